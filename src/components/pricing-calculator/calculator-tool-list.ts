/**
 * The six tools the calculator hosts, and which of them a `tools` attribute puts on the first screen. Each
 * one's element module loads the first time its disclosure opens (calculator-tools.ts). Not API.
 */
export type Tool = 'chart' | 'estimate' | 'compare' | 'quota' | 'refund' | 'billing';
export const TOOLS: readonly Tool[] = ['chart', 'estimate', 'compare', 'quota', 'refund', 'billing'];

/** The tools a `tools` attribute names (space- or comma-separated, any case; `all` for every one), in the usual order. */
export function toolsNamed(list: string): readonly Tool[] {
  const names = list.toLowerCase().split(/[\s,]+/).filter(Boolean);
  return names.includes('all') ? TOOLS : TOOLS.filter((tool) => names.includes(tool));
}
