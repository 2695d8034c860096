/** The package version, kept equal to package.json's by a test (test/internal/define-element.test.ts). */
export const VERSION = '0.1.0';
