// Build plugin: shrinks the static text of Lit's css`…`, html`…` and svg`…` templates in our own sources (src/),
// which the JS minifier leaves as written (comments, indentation). Only a template's static parts change, never
// its `${…}` expressions, and every escape (`\\`, `\``, `\n`, …) is kept byte-for-byte.
// - css: comments go; whitespace runs become one space, dropped at the ends, after `:` and `,`, and around `{`,
//   `}` and `;`; a `;` right before `}` goes. Strings ('…', "…") stay as written, and so do the spaces before
//   `:` (`a :hover`), around `+`/`-` (calc) and `>`, and in `: ;` (an empty custom property). A template with a
//   JS escape other than `\\` (a CSS escape) is left as it is.
// - html, svg: a whitespace run holding a newline becomes one space (as the page renders it anyway: no style of
//   ours sets `white-space: pre*`), except in quoted attribute values and comments; comments wholly in one
//   static part go. Runs without a newline are deliberate and kept. A template's first and last runs become one
//   space too, not none: it may sit in running text. Templates with `<pre`, `<textarea`, `white-space` or a
//   `\u`/`\x` escape in them are left as they are.
// The build fails if a rewritten file no longer parses into the same templates.
// Not rollup-plugin-minify-html-literals: unmaintained, and it pulls in html-minifier; this is vite's own parser.
import { parseAst } from 'vite';

const LIT = /^(lit|lit-html|lit-element)($|\/)|^@lit\//;
const WS = /[ \t\n\r\f]/;

/** css: the new static parts, or null to leave the template alone. */
function css(raws) {
  if (raws.some((raw) => /\\(?!\\)/.test(raw.replaceAll('\\\\', '')))) return null;
  let quote = null;
  const parts = [];
  for (const raw of raws) {
    const t = []; // tokens: [kind, text]; kind s (space), c (comment), p (punctuation), x (anything else)
    for (let i = 0; i < raw.length; ) {
      let j = i + 1;
      if (raw.startsWith('\\\\', i)) {
        const hex = /^[0-9a-fA-F]{1,6}/.exec(raw.slice(i + 2));
        j = hex ? i + 2 + hex[0].length + (WS.test(raw[i + 2 + hex[0].length] ?? '') ? 1 : 0) : i + (raw.startsWith('\\\\', i + 2) ? 4 : 3);
        t.push(['x', raw.slice(i, j)]);
      } else if (quote) {
        if (raw[i] === quote) quote = null;
        t.push(['x', raw[i]]);
      } else if (raw.startsWith('/*', i)) {
        j = raw.indexOf('*/', i + 2) + 2;
        if (j < 2) return null; // a comment around an expression
        t.push(['c', '']);
      } else if (WS.test(raw[i])) {
        while (WS.test(raw[j] ?? '')) j++;
        t.push(['s', ' ']);
      } else {
        if (raw[i] === '"' || raw[i] === "'") quote = raw[i];
        t.push(['{};:,'.includes(raw[i]) ? 'p' : 'x', raw[i]]);
      }
      i = j;
    }
    parts.push(t);
  }
  if (quote) return null;
  return parts.map((t, n) => {
    const is = (m, chars) => t[m]?.[0] === 'p' && chars.includes(t[m][1]);
    const end = (m) => (m < 0 && n === 0) || (m >= t.length && n === parts.length - 1); // the template's own ends
    // A comment goes; between two words (or an expression) it stays as `/**/`, so `a/**/b` does not become `ab`.
    const soft = (m) => end(m) || ['s', 'p'].includes(t[m]?.[0]);
    t = t.flatMap(([k, s], i) => (k !== 'c' ? [[k, s]] : soft(i - 1) || soft(i + 1) ? [] : [['x', '/**/']]));
    t = t.filter(([k], i) => k !== 's' || t[i - 1]?.[0] !== 's');
    const keep = (i) => {
      if (is(i, ';')) return !is(t[i + 1]?.[0] === 's' ? i + 2 : i + 1, '}');
      if (t[i][0] !== 's') return true;
      if (end(i - 1) || end(i + 1)) return false;
      if (is(i - 1, ':') && is(i + 1, ';}')) return true; // `--x: ;`, an empty custom property
      if (t[i - 1]?.[1].endsWith('$') && is(i + 1, '{')) return true; // never make a `${`
      return !(is(i - 1, '{};:,') || is(i + 1, '{};'));
    };
    return t.filter((_, i) => keep(i)).map(([, s]) => s).join('');
  });
}

/** html, svg: the new static parts, or null to leave the template alone. */
function html(raws) {
  if (raws.some((raw) => /<pre|<textarea|white-space|\\[ux]/i.test(raw))) return null;
  let mode = 'text'; // text, tag (inside `<…>`), ' or " (an attribute value), comment
  return raws.map((raw) => {
    let out = '';
    for (let i = 0; i < raw.length; ) {
      let j = i + 1;
      const c = raw[i];
      if (c === '\\') j = i + 2; // an escape, kept whole; the state machine ignores it
      else if (mode === 'comment') mode = raw.startsWith('-->', i) ? ((j = i + 3), 'text') : mode;
      else if (mode === "'" || mode === '"') mode = c === mode ? 'tag' : mode;
      else if (mode === 'tag' && (c === '"' || c === "'" || c === '>')) mode = c === '>' ? 'text' : c;
      else if (mode === 'text' && raw.startsWith('<!--', i)) {
        const end = raw.indexOf('-->', i + 4);
        if (end < 0) [mode, j] = ['comment', i + 4]; // it runs past an expression: kept
        else if (raw[i + 4] === '?') j = end + 3; // Lit's own marker form: kept
        else {
          i = end + 3;
          continue;
        }
      } else if (mode === 'text' && c === '<' && /[a-zA-Z/]/.test(raw[i + 1] ?? '')) mode = 'tag';
      else if ((mode === 'text' || mode === 'tag') && WS.test(c)) {
        while (WS.test(raw[j] ?? '')) j++;
        // One space, or none right after a space (where a comment was).
        out += /[\n\r]/.test(raw.slice(i, j)) ? (WS.test(out.at(-1) ?? '') ? '' : ' ') : raw.slice(i, j);
        i = j;
        continue;
      }
      out += raw.slice(i, j);
      i = j;
    }
    return out;
  });
}

function templates(ast, found = []) {
  const imports = new Set();
  for (const node of ast.body)
    if (node.type === 'ImportDeclaration' && LIT.test(node.source.value))
      for (const s of node.specifiers) if (s.type === 'ImportSpecifier' && ['css', 'html', 'svg'].includes(s.local.name) && s.local.name === s.imported.name) imports.add(s.local.name);
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && imports.has(node.tag.name)) found.push(node);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return found;
}

export function minifyTemplates() {
  return {
    name: 'idv-minify-templates',
    // After vite's own transforms, so the code is JavaScript (TypeScript stripped), whatever the plugin order.
    enforce: 'post',
    transform(code, id) {
      if (!/^(?!.*[\\/]node_modules[\\/]).*[\\/]src[\\/].*\.ts$/.test(id.split('?')[0]) || !/\b(css|html|svg)`/.test(code)) return null;
      const found = templates(parseAst(code));
      const edits = [];
      for (const { tag, quasi } of found) {
        const raws = quasi.quasis.map((q) => q.value.raw);
        const next = (tag.name === 'css' ? css : html)(raws);
        if (!next) continue;
        quasi.quasis.forEach((q, n) => {
          // oxc's spans include the delimiters (` or } before, ` or ${ after); ESTree's do not.
          const start = code[q.start] === (n === 0 ? '`' : '}') && code.slice(q.start + 1, q.start + 1 + raws[n].length) === raws[n] ? q.start + 1 : q.start;
          if (code.slice(start, start + raws[n].length) !== raws[n]) this.error(`minify-templates: cannot place a template part in ${id}`);
          if (next[n] !== raws[n]) edits.push([start, start + raws[n].length, next[n]]);
        });
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      // Same templates, same number of parts each, and each part still a valid string (no broken escape).
      const shape = (ast) => templates(ast).map((t) => `${t.tag.name}:${t.quasi.quasis.map((q) => (q.value.cooked === null ? '!' : '.')).join('')}`).join();
      if (shape(parseAst(out)) !== shape(parseAst(code))) this.error(`minify-templates: rewriting ${id} changed its templates`);
      return { code: out, map: null };
    },
  };
}
