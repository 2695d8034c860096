// Locates a Chromium for the tests. npm cannot download a browser on our machines, so on a
// root Debian box (CI) we install Debian's package; elsewhere we say how to get one and stop.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// The real binary first: /usr/bin/chromium is a wrapper script that adds flags and prints noise.
const CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

function lookup() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

function canAptInstall() {
  return (
    existsSync('/etc/debian_version') &&
    process.getuid?.() === 0 &&
    ['/usr/bin/apt-get', '/bin/apt-get'].some((path) => existsSync(path))
  );
}

/** Returns the Chromium executable path, installing Chromium with apt when that is possible. */
export function findChromium() {
  const found = lookup();
  if (found) return found;
  if (!process.env.CHROME_PATH && canAptInstall()) {
    console.error('Chromium not found: installing it with apt-get (about a minute)...');
    // apt's progress goes to stderr so `$(node scripts/find-chromium.mjs)` captures only the path.
    execFileSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
      stdio: ['ignore', process.stderr, 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = lookup();
    if (installed) return installed;
  }
  const why = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist` : 'No Chromium found';
  console.error(`${why}: run \`apt-get install chromium\` as root, or set CHROME_PATH=/path/to/chrome.`);
  process.exit(1);
}

// `node scripts/find-chromium.mjs` prints the path (used by .ci/run).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(findChromium());
}
