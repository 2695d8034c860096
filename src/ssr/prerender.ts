/**
 * `prerenderHtml`: every one of the seven elements in an HTML document given its declarative shadow root, as
 * `renderElement` renders it, and nothing else in the document changed. The `idv-pricing prerender` command
 * (src/cli/prerender.ts, bin/idv-pricing.js) runs it on each file of a static site after its build.
 *
 * The document is read with parse5, which implements the WHATWG HTML parsing algorithm and gives each node's
 * source offsets: what a browser takes for an element is what is rendered (not a tag in a comment, a
 * `<script>`, a `<textarea>` or a `<template>`'s content), and the text is then changed only at those offsets.
 */
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { checkElement, ELEMENT_TAGS, renderChecked, renderedAttributes } from './render.js';
import type { ElementTag } from './render.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const TAGS: ReadonlySet<string> = new Set(ELEMENT_TAGS);

/**
 * Options of {@link prerenderHtml}.
 *
 * @since 0.1.0
 */
export interface PrerenderOptions {
  /** The document's file name, for the warnings (`docs/index.html:12: …`). */
  readonly file?: string;
}

/**
 * What {@link prerenderHtml} returns.
 *
 * @since 0.1.0
 */
export interface PrerenderResult {
  /** The document with each element's declarative shadow root as its first child; otherwise the input's text. */
  readonly html: string;
  /** How many elements were rendered. */
  readonly rendered: number;
  /**
   * CSP hash sources (`'sha256-<base64>'`) of every distinct `<style>` text in the inserted shadow roots, nested
   * ones included, sorted: what a Content-Security-Policy without `'unsafe-inline'` lists under `style-src` for
   * these styles to apply before the elements' script runs.
   */
  readonly styleHashes: readonly string[];
  /** One line for each tag that starts with `idv-` and is not one of the elements (a typo), left as it is. */
  readonly warnings: readonly string[];
}

/** A change to the document: `[start, end)` of its text replaced by `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Renders every one of the seven elements (`idv-pricing-calculator`, `idv-estimate`…) in an HTML document: each
 * gets its declarative shadow root (`<template shadowrootmode="open">`, as {@link renderElement} renders it) as
 * its first child, right after its start tag. Everything else stays as it was, character for character: the
 * element's start tag, its children (slotted content), its end tag, the rest of the document, line endings and
 * a byte order mark. A shadow root the element already has as its first child (an earlier run's) is replaced,
 * so running it on its own output gives the same text.
 *
 * The elements are found as a browser finds them (parse5, the WHATWG parsing algorithm): tag names in any case,
 * not in comments, `<script>`, `<style>`, `<textarea>`, `<template>` content or SVG. Attribute values are read
 * as the browser reads them (`&amp;` is `&`). The locale is the element's `lang`, else its nearest ancestor's,
 * else the `<html lang>`, else English, as the element finds it in a browser; nothing is added to its start tag.
 *
 * Its shadow root is rendered from the attributes it depends on: an event handler the author put on the host
 * (`onclick`) and a name that is not lowercase letters, digits and `-` play no part, and the calculator's
 * `sync-url` renders what a visitor without a `?idv=` link sees (with one, the element shows the link's
 * scenario once its script runs). An `idv-` tag that is not one of the seven elements is left as it is, with a
 * warning that names the file and the line.
 *
 * @param html - the document's text.
 * @param options - `file`: its name, for the warnings.
 * @returns the new text, how many elements were rendered, the CSP hashes of their styles and the warnings.
 * @example
 * import { prerenderHtml } from 'idv-pricing/ssr';
 * const { html, styleHashes } = await prerenderHtml('<html lang="zh-CN"><body><idv-estimate volume="12000"></idv-estimate>');
 * @since 0.1.0
 */
export async function prerenderHtml(html: string, options: PrerenderOptions = {}): Promise<PrerenderResult> {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const edits: Edit[] = [];
  const warnings: string[] = [];
  const hashes = new Set<string>();
  let rendered = 0;
  const where = (element: Element): string => {
    const line = element.sourceCodeLocation?.startLine ?? 0;
    return options.file === undefined ? `line ${line}` : `${options.file}:${line}`;
  };

  for (const element of elementsOf(document)) {
    const tag = element.tagName;
    const location = element.sourceCodeLocation?.startTag;
    // An element the parser made up (no start tag in the text) has no place to put a shadow root.
    if (!location) continue;
    if (!TAGS.has(tag)) {
      warnings.push(`${where(element)}: <${tag}> is not one of the elements (${ELEMENT_TAGS.join(', ')}); left as it is`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const { name, value } of element.attrs) attributes[name] = value;
    const stale = staleShadowRoot(element);
    const start = stale?.start ?? location.endOffset;
    const end = stale?.end ?? location.endOffset;
    const used = renderedAttributes(tag as ElementTag, attributes);
    checkElement(tag, used);
    const markup = await renderChecked(tag, used, used['lang'] ? null : inheritedLang(element), slotsFilled(element));
    const shadowRoot = shadowRootOf(tag, markup);
    for (const hash of await styleHashes(shadowRoot)) hashes.add(hash);
    edits.push({ start, end, text: shadowRoot });
    rendered++;
  }

  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, z) => a.start - z.start)) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += html.slice(at);
  return { html: out, rendered, styleHashes: [...hashes].sort(), warnings };
}

/**
 * The document's HTML elements whose names start with `idv-`, in document order, outside `<template>` content
 * (parse5 keeps that in the template's `content`, which is not walked) and foreign content (SVG, MathML).
 */
function* elementsOf(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes as Node[]) {
    if (!('tagName' in child)) continue;
    if (child.namespaceURI !== HTML_NAMESPACE) continue;
    if (child.tagName.startsWith('idv-')) yield child;
    yield* elementsOf(child);
  }
}

/** The element's first child when it is a declarative shadow root (`<template shadowrootmode>`): its extent. */
function staleShadowRoot(element: Element): { start: number; end: number } | null {
  const first = element.childNodes[0];
  if (!first || !('tagName' in first) || first.tagName !== 'template' || first.namespaceURI !== HTML_NAMESPACE) return null;
  if (!first.attrs.some((a) => a.name === 'shadowrootmode' || a.name === 'shadowroot')) return null;
  const location = first.sourceCodeLocation;
  if (!location) return null;
  return { start: location.startOffset, end: location.endOffset };
}

/**
 * The locale an element without its own `lang` takes in a browser (src/i18n/localize.ts): the nearest
 * ancestor's `lang`, else the page's (`<html lang>`), else (the browser's there) English.
 */
function inheritedLang(element: Element): string {
  let html: Element | null = null;
  let nearest: string | null = null;
  for (let node = element.parentNode; node && 'tagName' in node; node = node.parentNode) {
    const lang = node.attrs.find((a) => a.name === 'lang')?.value;
    if (nearest === null && lang !== undefined) nearest = lang;
    if (node.tagName === 'html') html = node;
  }
  return nearest || html?.attrs.find((a) => a.name === 'lang')?.value || 'en';
}

/** The declarative shadow root in renderChecked's markup: what lies between the host's start and end tags. */
function shadowRootOf(tag: string, markup: string): string {
  // The start tag holds no `<`: Lit SSR escapes the attribute values.
  const start = markup.indexOf('<', 1);
  const endTag = `</${tag}>`;
  if (start < 0 || !markup.startsWith('<template', start) || !markup.endsWith(endTag)) {
    throw new Error(`idv-pricing/ssr: the render of <${tag}> is not the element with its shadow root`);
  }
  return markup.slice(start, markup.length - endTag.length);
}

/**
 * The CSP hash source (`'sha256-…'`) of each `<style>` in `fragment`, nested shadow roots (template content)
 * included: SHA-256 of the UTF-8 text between `<style>` and `</style>` as written.
 */
async function styleHashes(fragment: string): Promise<string[]> {
  const texts: string[] = [];
  const visit = (node: ParentNode): void => {
    for (const child of node.childNodes as Node[]) {
      if (!('tagName' in child)) continue;
      const location = child.sourceCodeLocation;
      if (child.tagName === 'style' && location?.startTag && location.endTag) {
        texts.push(fragment.slice(location.startTag.endOffset, location.endTag.startOffset));
      }
      visit(child);
      if (child.tagName === 'template' && 'content' in child) visit(child.content);
    }
  };
  visit(parseFragment(fragment, { sourceCodeLocationInfo: true }));
  // Web Crypto (a global in Node 20 as in browsers): SHA-256 of the UTF-8 text, in base64.
  const digests = await Promise.all(texts.map((text) => crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
  return digests.map((digest) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
}

/** The named slots the element's own children fill (`<span slot="cta">`), which the render shows as filled. */
function slotsFilled(element: Element): string[] {
  return (element.childNodes as Node[]).flatMap((child) => ('attrs' in child ? child.attrs.filter((a) => a.name === 'slot').map((a) => a.value) : []));
}
