/**
 * What the command line's commands share: the exit codes, bad input (UsageError), and how a message reaches
 * the one stderr line. Pure, like the rest of src/cli.
 */

/**
 * The exit codes: `ok` (the command did its work, or the help was printed), `usage` (bad input: one line on
 * stderr says what), `internal` (a bug).
 *
 * @since 0.1.0
 */
export const EXIT = { ok: 0, internal: 1, usage: 2 } as const;

/** Bad input: its message becomes the one stderr line, and the exit code is 2. */
export class UsageError extends Error {}

/**
 * Control characters, line and paragraph separators and bidi controls: none may reach the terminal from the
 * input or split the one stderr line.
 */
export const CONTROLS = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]+/gu;
export const oneLine = (text: string): string => text.replace(CONTROLS, ' ').trim();
/** Text from the command line or a file, shown in a message: quoted, with its controls escaped. */
export const quoted = (text: string): string => JSON.stringify(text);
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The exit code for `e`, thrown by a command: its one stderr line written (bad input: 2; anything else: 1). */
export function failed(e: unknown, err: (line: string) => void): number {
  if (e instanceof UsageError) {
    err(oneLine(`idv-pricing: ${e.message}`));
    return EXIT.usage;
  }
  try {
    err(oneLine(`idv-pricing: internal error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`));
  } catch {
    // stderr itself failed: the exit code still says what happened.
  }
  return EXIT.internal;
}
