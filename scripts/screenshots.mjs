// `npm run screenshots`: serves the demo with Vite and photographs it in headless Chromium (playwright-core,
// Debian's chromium): wide and narrow, zh and en, light and dark, plus an error state. PNGs go to screenshots/.
// Only the README's two (readme-desktop.png: the marketing hero at 1280 px, English, light; readme-phone.png:
// a 390 × 844 phone screen of it, Chinese, light) are committed; .gitignore keeps the rest out.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.mjs';

// Without a CJK font Chinese renders as boxes: install Debian's Noto CJK when we can (root on Debian).
if (!existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') && process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
  console.log('screenshots: installing fonts-noto-cjk with apt so Chinese renders');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk', { stdio: 'inherit' });
}

const OUT = 'screenshots';
mkdirSync(OUT, { recursive: true });

const server = await createServer({ server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const shots = [
  { name: 'wide-zh-light', width: 1280, lang: 'zh-CN', theme: 'light' },
  { name: 'wide-en-dark', width: 1280, lang: 'en', theme: 'dark' },
  { name: 'wide-en-light', width: 1280, lang: 'en', theme: 'light', sections: true },
  { name: 'narrow-zh-dark', width: 360, lang: 'zh-CN', theme: 'dark', sections: true },
  { name: 'narrow-en-light', width: 320, lang: 'en', theme: 'light' },
  { name: 'error-zh-light', width: 1280, lang: 'zh-CN', theme: 'light', error: '12,34' },
  { name: 'error-en-dark', width: 390, lang: 'en', theme: 'dark', error: 'lots' },
];

/** Opens the demo at `width` × `height` and waits for the calculators to render. */
async function open({ width, height = 900, lang, theme, scale = 1 }) {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme, deviceScaleFactor: scale });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${base}demo/?lang=${lang}&theme=${theme}`);
  await page.waitForFunction(() => customElements.get('idv-pricing-calculator') !== undefined);
  await page.waitForTimeout(150);
  return { page, errors };
}

// The README's pictures: the default (marketing) calculator as a visitor first sees it.
const readme = [
  // The hero with a band of page around it, the full window's width.
  { name: 'readme-desktop', width: 1280, lang: 'en', theme: 'light', margin: 12 },
  // A phone's first screen, scrolled to the calculator's top.
  { name: 'readme-phone', width: 390, height: 844, lang: 'zh-CN', theme: 'light', margin: 12, screen: true },
];

try {
  for (const s of readme) {
    const { page, errors } = await open(s);
    const hero = page.locator('#hero');
    await hero.scrollIntoViewIfNeeded();
    const top = await hero.evaluate((el, margin) => el.getBoundingClientRect().top + window.scrollY - margin, s.margin);
    if (s.screen) {
      await page.evaluate((y) => window.scrollTo(0, y), top);
      await page.waitForTimeout(100);
      await page.screenshot({ path: `${OUT}/${s.name}.png` });
    } else {
      const box = await hero.boundingBox();
      const clip = { x: 0, y: top, width: s.width, height: Math.ceil(box.height) + 2 * s.margin };
      await page.screenshot({ path: `${OUT}/${s.name}.png`, clip, fullPage: true });
    }
    console.log(`${OUT}/${s.name}.png${errors.length ? `  PROBLEMS: ${errors.join('; ')}` : ''}`);
    await page.close();
  }

  for (const s of shots) {
    const { page, errors } = await open(s);
    const hero = page.locator('#hero');
    if (s.error) {
      const input = hero.locator('input[type="text"]').first();
      await input.fill(s.error);
    }
    await page.waitForTimeout(150);
    await hero.screenshot({ path: `${OUT}/${s.name}.png` });
    // Tall narrow shots are also cut into screen-sized parts, which read better than one long strip.
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await hero.boundingBox();
    if (box && box.height > 1400) {
      for (let y = 0, i = 1; y < box.height; y += 1300, i++) {
        const clip = { x: box.x, y: box.y + y, width: box.width, height: Math.min(1300, box.height - y) };
        await page.screenshot({ path: `${OUT}/${s.name}-part${i}.png`, clip, fullPage: true });
      }
    }
    await page.screenshot({ path: `${OUT}/${s.name}-page.png`, fullPage: true });
    if (s.width <= 400) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) errors.push(`horizontal scroll of ${overflow}px at ${s.width}px`);
    }
    // The other two uses (docs, read-only; sales, toolbar and tools) and the planning sections (estimate,
    // compare, chart, lifecycle tools) in two of the combinations.
    if (s.sections) {
      for (const id of ['docs', 'sales', 'planning', 'comparing', 'charting', 'lifecycle']) {
        await page.locator(`#${id}`).screenshot({ path: `${OUT}/${s.name}-${id}.png` });
      }
    }
    console.log(`${OUT}/${s.name}.png${errors.length ? `  PROBLEMS: ${errors.join('; ')}` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
