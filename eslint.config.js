import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Not type-aware on purpose: lint stays fast, and `npm run typecheck` does the type work.
export default defineConfig(
  // Mirrors .gitignore: ESLint's flat config does not read it.
  globalIgnores(['dist/', 'coverage/', 'node_modules/', '.cache/', 'screenshots/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Build and test scripts run in Node (the "globals" package is not a dependency here).
    files: ['**/*.{js,mjs}'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'performance', 'setTimeout', 'clearTimeout', 'Buffer'].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    // Callbacks that scripts hand to the browser (page.evaluate, waitForFunction) run in the page, as do the
    // plain scripts that test pages load.
    files: ['scripts/screenshots.mjs', 'scripts/bench-ui.mjs', 'test/**/*.js'],
    languageOptions: {
      globals: Object.fromEntries(['window', 'document', 'customElements', 'Event', 'requestAnimationFrame', 'performance'].map((name) => [name, 'readonly'])),
    },
  },
  {
    // The engine is pure and DOM-free (ARCHITECTURE.md, layers): it ships alone as `./engine`, runs in Node,
    // and must give the same answer for the same input. Only decimal.js and ../rules/ data come in.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*'],
              message: 'The engine is DOM-free: no Lit.',
            },
            {
              regex: '^\\.\\./(?!rules/)|(^|/)(components|i18n|events|styles|internal)(/|$)',
              message: 'The engine imports nothing from src/ outside engine/, except ../rules/ data.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'HTMLElement', 'customElements'].map((name) => ({
          name,
          message: 'The engine is DOM-free.',
        })),
        { name: 'Intl', message: 'Formatting belongs to src/i18n; the engine returns decimal strings.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
        { object: 'Date', property: 'now', message: 'Pass the time in as a parameter.' },
      ],
    },
  },
  {
    // The command line (ARCHITECTURE.md, layers) is a pure function of its arguments and an injected io:
    // bin/idv-pricing.js wires it to Node, and the test runner drives it in the browser. It may import the
    // engine, the rules, share and i18n (not i18n/localize.ts, which reads the document); no element, no DOM,
    // no Node built-in.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*'],
              message: 'The command line has no DOM: no Lit.',
            },
            {
              group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'process', 'child_process'],
              message: 'The command line reaches Node only through its io argument (bin/idv-pricing.js).',
            },
            {
              regex: '(^|/)(components|events|styles|internal)(/|$)|(^|/)i18n/localize(\\.js)?$|^\\.\\./(index|drop-in|jsx)(\\.js)?$',
              message: 'The command line imports only the engine, the rules, share and i18n (not the DOM-bound localize.ts).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'HTMLElement', 'customElements', 'process', 'console'].map((name) => ({
          name,
          message: 'The command line writes through its io argument and touches no DOM.',
        })),
      ],
    },
  },
  {
    // Server rendering (ARCHITECTURE.md, layers): `idv-pricing/ssr` renders the elements with Lit's server
    // renderer in Node. It may import lit, @lit-labs/ssr, the elements' modules and i18n; not the drop-in or the
    // main entry (which would define everything twice over), and no DOM (a server has none).
    files: ['src/ssr/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(index|drop-in|jsx|cli|share)(/|\\.js$|$)|(^|/)(styles|events)(/|$)',
              message: 'Server rendering imports only lit, @lit-labs/ssr, the elements\' modules and i18n.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'location'].map((name) => ({
          name,
          message: 'A server has no page: render from the attributes.',
        })),
      ],
    },
  },
);
