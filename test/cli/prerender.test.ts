/**
 * `idv-pricing prerender`'s arguments, output and exit codes (src/cli/prerender.ts), through runCli with files
 * in memory and a stand-in for idv-pricing/ssr's prerenderHtml: the rendering itself is checked on the packed
 * package in Node (test/frameworks/prerender-command.test.ts).
 */
import { expect } from '@open-wc/testing';
import { runCli } from '../../src/cli/index.js';
import type { CliIo, PrerenderIo } from '../../src/cli/index.js';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: readonly string[];
  /** The files after the run. */
  readonly files: Readonly<Record<string, string>>;
  /** The files written, in order. */
  readonly written: readonly string[];
  /** Whether the command asked for the SSR side (io.prerender). */
  readonly loaded: boolean;
}

/**
 * A stand-in prerenderHtml: each `<idv-x>` start tag gets `<template shadowrootmode="open"><style>x</style></template>`
 * after it, unless it is there already; `<idv-x bad>` is left with a warning.
 */
async function fakePrerender(html: string, { file }: { readonly file: string }) {
  let rendered = 0;
  const warnings: string[] = [];
  const out = html.replace(/<(idv-[a-z]+)( bad)?>(<template shadowrootmode="open">.*?<\/template>)?/g, (_, tag: string, bad?: string) => {
    if (bad) {
      warnings.push(`${file}:1: <${tag}> left as it is: bad`);
      return `<${tag} bad>`;
    }
    rendered++;
    return `<${tag}><template shadowrootmode="open"><style>${tag}</style></template>`;
  });
  const styleHashes = [...new Set([...out.matchAll(/<style>(.*?)<\/style>/g)].map((m) => `'sha256-${m[1]}'`))].sort();
  return { html: out, rendered, styleHashes, warnings };
}

/** Runs the command line with `files` (paths ending in `/` are directories: the files under them). */
async function run(argv: readonly string[], initial: Readonly<Record<string, string>> = {}, options: { readonly failWrite?: string } = {}): Promise<Run> {
  const files: Record<string, string> = { ...initial };
  const written: string[] = [];
  let out = '';
  const err: string[] = [];
  let loaded = false;
  const node: PrerenderIo = {
    htmlFiles: (path) => {
      const dir = path.endsWith('/') ? path : `${path}/`;
      const under = Object.keys(files)
        .filter((f) => f.startsWith(dir) && f.endsWith('.html'))
        .sort();
      if (Object.hasOwn(files, path)) return { directory: false, files: [path] };
      if (under.length > 0 || Object.keys(files).some((f) => f.startsWith(dir))) return { directory: true, files: under };
      throw new Error(`ENOENT: no such file or directory, stat '${path}'`);
    },
    readFile: (path) => {
      if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return files[path]!;
    },
    writeFile: (path, text) => {
      if (path === options.failWrite) throw new Error(`EACCES: permission denied, open '${path}'`);
      files[path] = text;
      written.push(path);
    },
    prerenderHtml: fakePrerender,
  };
  const io: CliIo = {
    readFile: () => '',
    out: (text) => {
      out += text;
    },
    err: (line) => {
      err.push(line);
    },
    prerender: () => {
      loaded = true;
      return Promise.resolve(node);
    },
  };
  const code = await runCli(argv, io);
  return { code, out, err, files, written, loaded };
}

async function refused(argv: readonly string[], files?: Readonly<Record<string, string>>): Promise<string> {
  const r = await run(argv, files);
  expect(r.code, `exit code of ${JSON.stringify(argv)} (stderr: ${r.err.join(' | ')})`).to.equal(2);
  expect(r.out, 'nothing on stdout').to.equal('');
  expect(r.err, 'one line on stderr').to.have.length(1);
  expect(r.err[0]).to.match(/^idv-pricing: /);
  expect(r.written, 'nothing written').to.deep.equal([]);
  return r.err[0]!;
}

const PAGE = '<p>a</p><idv-estimate></idv-estimate>';
const DONE = '<p>a</p><idv-estimate><template shadowrootmode="open"><style>idv-estimate</style></template></idv-estimate>';

describe('idv-pricing prerender (runCli)', () => {
  it('should rewrite each file in place, print a line for each, then the style-src line, and exit 0', async () => {
    const r = await run(['prerender', 'site', '--csp', 'csp.txt'], { 'site/b.html': PAGE, 'site/a/index.html': '<idv-compare></idv-compare>', 'site/x.css': '' });
    expect(r.err).to.deep.equal([]);
    expect(r.code).to.equal(0);
    expect(r.out).to.equal(
      "site/a/index.html: 1 element\nsite/b.html: 1 element\nstyle-src 'self' 'sha256-idv-compare' 'sha256-idv-estimate'\n",
    );
    expect(r.files['site/b.html']).to.equal(DONE);
    expect(r.files['csp.txt']).to.equal("style-src 'self' 'sha256-idv-compare' 'sha256-idv-estimate'\n");
    expect(r.written).to.deep.equal(['site/a/index.html', 'site/b.html', 'csp.txt']);
  });

  it('should write only the files that changed, and say which did not', async () => {
    const r = await run(['prerender', 'done.html', 'plain.html'], { 'done.html': DONE, 'plain.html': '<p>none</p>' });
    expect(r.code).to.equal(0);
    expect(r.written).to.deep.equal([]);
    expect(r.out).to.equal("done.html: 1 element (unchanged)\nplain.html: 0 elements (unchanged)\nstyle-src 'self' 'sha256-idv-estimate'\n");
  });

  it('should take --csp=FILE, a file named twice once, and print the warnings on stderr with exit 0', async () => {
    const r = await run(['prerender', '--csp=c.txt', 'site', 'site/a.html'], { 'site/a.html': '<idv-estimate bad></idv-estimate>' });
    expect(r.code).to.equal(0);
    expect(r.out).to.equal("site/a.html: 0 elements (unchanged)\nstyle-src 'self'\n");
    expect(r.err).to.deep.equal(['idv-pricing: warning: site/a.html:1: <idv-estimate> left as it is: bad']);
    expect(r.files['c.txt']).to.equal("style-src 'self'\n");
  });

  it('should refuse bad input with exit 2, one stderr line and nothing written', async () => {
    expect(await refused(['prerender'])).to.contain('missing PATH');
    expect(await refused(['prerender', 'nope.html'])).to.contain('"nope.html"').and.contain('ENOENT');
    expect(await refused(['prerender', 'a.html', 'nope.html'], { 'a.html': PAGE })).to.contain('"nope.html"');
    expect(await refused(['prerender', 'a.html', '--nope'], { 'a.html': PAGE })).to.contain('"--nope"');
    expect(await refused(['prerender', 'a.html', '--csp'], { 'a.html': PAGE })).to.contain('--csp needs a FILE');
    expect(await refused(['prerender', 'a.html', '--csp', '--x'], { 'a.html': PAGE })).to.contain('--csp needs a FILE');
    expect(await refused(['prerender', 'a.html', '--csp=x', '--csp=y'], { 'a.html': PAGE })).to.contain('twice');
    expect(await refused(['prerender', 'notes.md'], { 'notes.md': '' })).to.contain('not an .html file');
    expect(await refused(['prerender', 'empty'], { 'empty/x.css': '' })).to.contain('no .html files under "empty"');
  });

  it('should refuse a file it cannot write with exit 2', async () => {
    const r = await run(['prerender', 'a.html'], { 'a.html': PAGE }, { failWrite: 'a.html' });
    expect(r.code).to.equal(2);
    expect(r.err).to.have.length(1);
    expect(r.err[0]).to.contain('cannot write "a.html"').and.contain('EACCES');
  });

  it('should exit 1 when the caller cannot prerender (a bug), and never load the SSR side for quote or --help', async () => {
    const err: string[] = [];
    const code = await runCli(['prerender', 'a.html'], { readFile: () => '', out: () => undefined, err: (line) => err.push(line) });
    expect(code).to.equal(1);
    expect(err[0]).to.contain('internal error');
    for (const argv of [['quote', 'v1;app:10000/day'], ['prerender', '--help'], ['--help']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).to.equal(0);
      expect(r.loaded, `${argv.join(' ')} loads no SSR code`).to.equal(false);
    }
  });

  it('should document prerender in --help', async () => {
    const help = (await run(['prerender', '--help'])).out;
    for (const text of ['idv-pricing prerender PATH... [--csp FILE]', '--csp FILE', "style-src 'self' 'sha256-", 'shadowrootmode', 'docs/ssr.md']) {
      expect(help, text).to.contain(text);
    }
  });
});
