import type { Plugin } from 'vite';

/** The build plugin (see minify-templates.mjs). */
export declare function minifyTemplates(): Plugin;
