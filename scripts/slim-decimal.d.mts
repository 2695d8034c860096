import type { Plugin } from 'vite';

/** decimal.js method names the build leaves out. */
export declare const LEFT_OUT: ReadonlySet<string>;
/** The build plugin (see slim-decimal.mjs). */
export declare function slimDecimal(): Plugin;
