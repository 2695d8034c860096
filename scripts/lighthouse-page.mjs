// Lighthouse on one host page, as written and as `idv-pricing prerender` rewrites it (prerenderHtml of
// dist/lib/ssr): medians of performance, FCP, LCP, TBT and layout shift, mobile (simulated slow 4G, 4× CPU) and
// desktop. The page is served with gzip from the repository root, so its `/dist/idv-pricing.js` is the build.
// Not run by CI. Lighthouse is installed into a scratch directory (as scripts/lighthouse.mjs does).
// Usage: node scripts/lighthouse-page.mjs [PAGE=test/frameworks/prerender-pages/calculator.html] [runs=3]
// Needs `npm run build` first.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGE = process.argv[2] ?? 'test/frameworks/prerender-pages/calculator.html';
const RUNS = Number(process.argv[3] ?? 3);
const dir = process.env.LH_DIR ?? '/tmp/idv-lighthouse';
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
mkdirSync(`${dir}/reports`, { recursive: true });
const lhCli = `${dir}/node_modules/lighthouse/cli/index.js`;
if (!existsSync(lhCli)) execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', 'lighthouse@13'], { stdio: 'inherit' });

const { prerenderHtml } = await import(pathToFileURL(path.join(ROOT, 'dist/lib/ssr/index.js')).href);
const plain = readFileSync(path.join(ROOT, PAGE), 'utf8');
const prerendered = await prerenderHtml(plain);
const pages = { '/plain.html': plain, '/prerendered.html': prerendered.html };
const gz = (text) => gzipSync(text, { level: 9 });
console.log(`${PAGE}: ${Buffer.byteLength(plain)} B (${gz(plain).length} B gzip); prerendered ${prerendered.rendered} elements: ` +
  `${Buffer.byteLength(prerendered.html)} B (${gz(prerendered.html).length} B gzip)`);

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url, 'http://x');
  const file = path.resolve(ROOT, `.${decodeURIComponent(pathname)}`);
  const body = pages[pathname] ?? (file.startsWith(ROOT) && existsSync(file) && statSync(file).isFile() ? readFileSync(file) : null);
  if (body === null) {
    res.writeHead(404);
    return res.end();
  }
  const type = pathname.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
  res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' });
  res.end(gz(body));
});
await new Promise((resolve) => server.listen(4174, '127.0.0.1', resolve));

async function lighthouse(name, url, extra) {
  const out = `${dir}/reports/page-${name}.json`;
  const args = [lhCli, url, '--chrome-flags=--headless=new --no-sandbox --disable-gpu', '--output=json', `--output-path=${out}`, '--quiet', '--only-categories=performance', ...extra];
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } });
  const code = await new Promise((done) => child.on('exit', done));
  if (code !== 0) throw new Error(`lighthouse exited with ${code}`);
  return JSON.parse(readFileSync(out, 'utf8'));
}

const median = (xs) => [...xs].sort((a, z) => a - z)[Math.floor(xs.length / 2)];
try {
  for (const [form, extra] of [['mobile', []], ['desktop', ['--preset=desktop']]]) {
    for (const page of Object.keys(pages)) {
      const runs = [];
      for (let i = 1; i <= RUNS; i++) runs.push(await lighthouse(`${form}${page.replace(/\W/g, '-')}${i}`, `http://127.0.0.1:4174${page}`, extra));
      const metric = (id) => median(runs.map((r) => r.audits[id].numericValue));
      console.log(
        `${form} ${page}: performance ${median(runs.map((r) => r.categories.performance.score * 100))}, FCP ${Math.round(metric('first-contentful-paint'))} ms, ` +
          `LCP ${Math.round(metric('largest-contentful-paint'))} ms, TBT ${Math.round(metric('total-blocking-time'))} ms, CLS ${metric('cumulative-layout-shift').toFixed(3)} (${RUNS} runs, medians)`,
      );
    }
  }
} finally {
  server.close();
}
