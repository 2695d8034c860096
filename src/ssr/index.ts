/**
 * idv-pricing/ssr: the elements rendered to HTML on a server (Node 20 and later), with Lit's own SSR package,
 * `@lit-labs/ssr`. The HTML is the element with a declarative shadow root (`<template shadowrootmode="open">`)
 * holding its styles and its render, so a page, an e-mail preview or a docs build shows the figures
 * before (or without) any script. The figures are the engine's, rendered by the same element code as in the
 * browser. `prerenderHtml` does the same for every element of an HTML document (the `idv-pricing prerender`
 * command's rewrite, for static sites).
 *
 * Node only: importing this module in a browser bundle is not supported (it loads Lit's server renderer).
 */
// render.ts imports @lit-labs/ssr before any element module (see there); it comes first.
export { renderElement, ELEMENT_TAGS } from './render.js';
export type { ElementTag } from './render.js';
export { prerenderHtml } from './prerender.js';
export type { PrerenderOptions, PrerenderResult } from './prerender.js';
