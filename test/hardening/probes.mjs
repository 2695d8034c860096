// The injection probes of the hardening suite, in one plain module: test/hardening/injection.test.ts sends
// them through the elements in Chromium, and scripts/packed-ssr-probes.mjs through `idv-pricing/ssr` in Node
// (judged by test/frameworks/ssr-probes.test.ts). Types: probes.d.mts.

/** 20 KB of text with markup inside. */
export const LONG_TEXT = `${'A'.repeat(4000)}<img src=x onerror="window.__pwned=1">${'B'.repeat(16000)}`;

/** 5,000 digits. */
export const LONG_DIGITS = '9'.repeat(5000);

/** Text that would run, inject markup or styles, or break a naive renderer if it were not handled as text. */
export const PROBES = Object.freeze([
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  "'><img src=x onerror=window.__pwned=1>",
  'javascript:window.__pwned=1',
  ' JaVaScRiPt:window.__pwned=1',
  "{{constructor.constructor('window.__pwned=1')()}}",
  `${'$'}{window.__pwned=1}`,
  '</style><style>*{display:none}',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  LONG_TEXT,
  LONG_DIGITS,
  '\u202Egnp.exe\u202C',
  '\u202E10000',
  '1\u200F0000',
  'a\u0000b',
  '\u0000',
  '__proto__',
  'constructor',
  'toString',
]);
