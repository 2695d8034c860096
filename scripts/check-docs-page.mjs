// Checks one built docs page that embeds <idv-pricing-calculator>, in headless Chromium: the element is
// defined and upgraded, its summary card shows ¥ figures, the lang attribute is the expected one, and
// typing a volume changes the figures. No console errors, no failed requests (favicon aside).
// Usage: node scripts/check-docs-page.mjs URL [LANG]   (LANG: what the page sets; default en)
// Used by scripts/build-docs-sites.sh; prints "ok ..." or "FAIL ..." (exit code 1).
import { chromium } from 'playwright-core';

const [url, lang = 'en'] = process.argv.slice(2);
if (!url) throw new Error('usage: node scripts/check-docs-page.mjs URL [LANG]');

// The figures: the summary card (part="summary"), not the plan list, which shows unit prices in ¥ too.
const SUMMARY = `(document.querySelector('idv-pricing-calculator')?.shadowRoot
  ?.querySelector('[part~="summary"]')?.textContent ?? '').replace(/\\s+/g, ' ')`;
const money = (s) => [...s.matchAll(/¥[\d,]+(?:\.\d+)?/g)].map((m) => m[0]);

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const problems = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => { if (r.status() >= 400 && !/favicon/.test(r.url())) problems.push(`HTTP ${r.status()} ${r.url()}`); });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(`customElements.get('idv-pricing-calculator') && ${SUMMARY}.includes('¥')`, null, { timeout: 15000 });
  const before = await page.evaluate(SUMMARY);
  const langAttr = await page.getAttribute('idv-pricing-calculator', 'lang');
  if (langAttr !== lang) problems.push(`lang attribute is ${JSON.stringify(langAttr)}, expected ${lang}`);
  const volume = page.locator('idv-pricing-calculator input[id$="-volume"]'); // CSS pierces open shadow roots
  await volume.fill('');
  await volume.pressSequentially('5万', { delay: 20 });
  await page.waitForFunction(`${SUMMARY} !== ${JSON.stringify(before)}`, null, { timeout: 5000 });
  const after = await page.evaluate(SUMMARY);
  if (!money(after).length || money(after).join() === money(before).join()) problems.push('figures did not change after typing');
  if (problems.length) throw new Error(problems.join('\n'));
  console.log(`ok ${url} lang=${langAttr}: ${money(before).join(' ')} -> after typing "5万": ${money(after).join(' ')}`);
} catch (e) {
  console.error(`FAIL ${url}\n${[...new Set([e.message, ...problems])].join('\n')}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
