/**
 * The documents cite only what the repository holds. For README.md, ARCHITECTURE.md, BENCHMARKS.md, every
 * file in docs/ and every Markdown file they link to (the test runner serves the repository root):
 * - every relative link or image (Markdown, reference definitions, HTML `href` / `src`) outside code blocks
 *   and code spans points at a file that exists;
 * - every `#anchor` into a Markdown file, the same one or another, matches a heading there, slugged as GitHub
 *   does (lowercase; punctuation other than `-` and `_` dropped, so `<`, `>`, `` ` `` and `.` go; each space
 *   a `-`; letters of any script, CJK included, kept; a repeated heading gets `-1`, `-2`, …);
 * - every link to a file of this repository on GitHub (`blob`, `tree`, `raw`, raw.githubusercontent.com)
 *   names a file that exists here;
 * - every file name ending in `.md` that the text mentions (in a code span, say) exists, beside the document
 *   or at the repository root.
 * And the README, the package's front door, stays at most README_CEILING bytes.
 *
 * The server lists no folders, so docs/ is the files in DOCS; a Markdown file any document links to is checked
 * as well, so a new page linked from the README is covered without being listed.
 */
import { expect } from '@open-wc/testing';

/** Issue 12: the README is the front door; depth goes to docs/. */
const README_CEILING = 20_000;

/** The repository's own documents, each checked, plus every Markdown file they link to. */
const ROOTS = ['README.md', 'ARCHITECTURE.md', 'BENCHMARKS.md'];
const DOCS = [
  'docs/accessibility.md',
  'docs/docs-sites.md',
  'docs/elements.md',
  'docs/engine.md',
  'docs/frameworks.md',
  'docs/languages.md',
  'docs/pricing-rules.md',
  'docs/security.md',
  'docs/theming.md',
];

/** The repository on GitHub (package.json's `repository`): links there must name files this checkout has. */
const GITHUB = { owner: 'idv-pricing', repo: 'idv-pricing' };

interface Link {
  readonly target: string;
  readonly line: number;
}

/** The lines of `markdown` outside fenced code blocks, with code spans blanked, and their line numbers. */
function prose(markdown: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | null = null;
  markdown.split('\n').forEach((text, index) => {
    const opener = /^\s*(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (opener?.startsWith(fence)) fence = null;
      return;
    }
    if (opener) {
      fence = opener;
      return;
    }
    out.push({ text, line: index + 1 });
  });
  return out;
}

const withoutCodeSpans = (text: string): string => text.replace(/(`+)[\s\S]*?\1/g, '');

/** Links and images (Markdown, reference definitions, HTML), outside code blocks and code spans. */
function linksOf(markdown: string): Link[] {
  const links: Link[] = [];
  for (const { text, line } of prose(markdown)) {
    const bare = withoutCodeSpans(text);
    const found = [
      ...bare.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g),
      ...bare.matchAll(/^\s*\[[^\]]+\]:\s*<?([^\s>]+)/g),
      ...bare.matchAll(/<(?:a|img|source)\b[^>]*?\s(?:href|src)\s*=\s*["']([^"']+)["']/gi),
    ];
    for (const match of found) links.push({ target: match[1]!, line });
  }
  return links;
}

/** GitHub's anchor for a heading's text. */
function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a Markdown file: its ATX headings (outside code blocks) and any `<a id>` / `<a name>`. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of prose(markdown)) {
    for (const match of text.matchAll(/<a\s[^>]*?(?:id|name)\s*=\s*["']([^"']+)["']/gi)) anchors.add(match[1]!);
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(text)?.[1];
    if (heading === undefined) continue;
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** File names ending in `.md` mentioned anywhere outside code blocks (code spans included), minus links' URLs. */
function mentionsOf(markdown: string): Link[] {
  const out: Link[] = [];
  for (const { text, line } of prose(markdown)) {
    // A link's own text and target are the link check's; a URL names no file here.
    const plain = text.replace(/!?\[[^\]]*\]\([^)]*\)/g, '').replace(/[a-z][a-z\d+.-]*:\/\/\S+/gi, '');
    for (const match of plain.matchAll(/(?<![\w/.-])((?:\.\.?\/)*[\w][\w./-]*\.md)\b/g)) out.push({ target: match[1]!, line });
  }
  return out;
}

const texts = new Map<string, Promise<{ status: number; text: string; bytes: number }>>();

/** A repository path as served, fetched once. */
function load(path: string): Promise<{ status: number; text: string; bytes: number }> {
  let found = texts.get(path);
  if (!found) {
    found = fetch(`/${path}`, { cache: 'no-store' }).then(async (response) => {
      const body = await response.arrayBuffer();
      return { status: response.status, text: new TextDecoder().decode(body), bytes: body.byteLength };
    });
    texts.set(path, found);
  }
  return found;
}

/** `target` (relative, maybe with a query or hash) resolved against the document `from`, as a repository path. */
function resolve(from: string, target: string): { path: string; anchor: string | null } {
  const url = new URL(target, `http://repo.invalid/${from}`);
  return { path: decodeURIComponent(url.pathname.slice(1)), anchor: url.hash ? decodeURIComponent(url.hash.slice(1)) : null };
}

/** For a link to this repository on GitHub, the path of the file it names; null for any other URL. */
function githubFile(target: string): string | null {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null;
  }
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] !== GITHUB.owner || parts[1] !== GITHUB.repo) return null;
  if (url.host === 'raw.githubusercontent.com') return parts.slice(3).join('/') || null;
  if (url.host === 'github.com' && ['blob', 'tree', 'raw'].includes(parts[2]!)) return parts.slice(4).join('/') || null;
  return null;
}

const isUrl = (target: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(target);

/**
 * Every problem in the documents: `file:line` and what is wrong. Follows links to further Markdown files
 * (checked the same way) until there are no new ones.
 */
async function problems(): Promise<string[]> {
  const found: string[] = [];
  const queue = [...ROOTS, ...DOCS];
  const done = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (done.has(file)) continue;
    done.add(file);
    const doc = await load(file);
    if (doc.status !== 200) {
      found.push(`${file}: not in the repository (HTTP ${doc.status})`);
      continue;
    }
    for (const { target, line } of linksOf(doc.text)) {
      const where = `${file}:${line}`;
      if (isUrl(target)) {
        const path = githubFile(target);
        if (path !== null && (await load(path)).status !== 200) found.push(`${where}: ${target} names ${path}, which the repository does not have`);
        continue;
      }
      const { path, anchor } = target.startsWith('#') ? { path: file, anchor: decodeURIComponent(target.slice(1)) } : resolve(file, target);
      const linked = await load(path);
      if (linked.status !== 200) {
        found.push(`${where}: ${target} → ${path}, which the repository does not have (HTTP ${linked.status})`);
        continue;
      }
      if (!path.endsWith('.md')) continue;
      queue.push(path);
      if (anchor !== null && !anchorsOf(linked.text).has(anchor)) {
        found.push(`${where}: ${target}${target.startsWith('#') ? '' : ` → #${anchor}`}, no heading of ${path}`);
      }
    }
    for (const { target, line } of mentionsOf(doc.text)) {
      // A path with a folder is usually from the root (`docs/pricing-rules.md`), a bare name from beside.
      const beside = resolve(file, target).path;
      const atRoot = resolve('', target).path;
      const [first, second] = target.includes('/') ? [atRoot, beside] : [beside, atRoot];
      if ((await load(first)).status !== 200 && (await load(second)).status !== 200) {
        found.push(`${file}:${line}: mentions ${target}, which the repository does not have`);
      }
    }
  }
  return found;
}

describe('the documents cite only what the repository holds', () => {
  it('should link only to files that exist and to headings that exist in them', async () => {
    expect(await problems()).to.deep.equal([]);
  });

  it(`should keep README.md at most ${README_CEILING.toLocaleString('en')} bytes`, async () => {
    const readme = await load('README.md');
    expect(readme.status).to.equal(200);
    expect(readme.bytes, 'README.md bytes').to.be.at.most(README_CEILING);
  });

  it('should slug headings as GitHub does', () => {
    expect(slug('`<idv-pricing-calculator>`')).to.equal('idv-pricing-calculator');
    expect(slug('The engine: `idv-pricing/engine`')).to.equal('the-engine-idv-pricingengine');
    expect(slug('`quote(scenario, rules?)`')).to.equal('quotescenario-rules');
    expect(slug('R5 Best pack mix')).to.equal('r5-best-pack-mix');
    expect(slug('Lighthouse (`scripts/lighthouse.mjs`, not in CI)')).to.equal('lighthouse-scriptslighthousemjs-not-in-ci');
    expect(slug('5. Ties: headroom, up front, and the equal-cost alternative')).to.equal('5-ties-headroom-up-front-and-the-equal-cost-alternative');
    expect(slug('价格 计算器')).to.equal('价格-计算器');
    expect(slug('snake_case and kebab-case')).to.equal('snake_case-and-kebab-case');
  });

  it('should find a broken link, a missing anchor and a missing mention (the checks can fail)', () => {
    const markdown = [
      '# Title',
      '## Title',
      'See [a](#title-1), [b](#nowhere), [c](docs/x.md#y) and `spec/ENGINE.md`.',
      '```md',
      '# Not a heading',
      '[not a link](missing.md)',
      '```',
    ].join('\n');
    expect([...anchorsOf(markdown)]).to.deep.equal(['title', 'title-1']);
    expect(linksOf(markdown).map((l) => l.target)).to.deep.equal(['#title-1', '#nowhere', 'docs/x.md#y']);
    expect(mentionsOf(markdown).map((l) => l.target)).to.deep.equal(['spec/ENGINE.md']);
    expect(resolve('docs/engine.md', '../BENCHMARKS.md#engine')).to.deep.equal({ path: 'BENCHMARKS.md', anchor: 'engine' });
    expect(githubFile('https://raw.githubusercontent.com/idv-pricing/idv-pricing/HEAD/screenshots/readme-phone.png')).to.equal(
      'screenshots/readme-phone.png',
    );
  });
});
