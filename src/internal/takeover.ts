/**
 * Taking over a server-rendered element (idv-pricing/ssr, `idv-pricing prerender`): the page's HTML holds the
 * element's declarative shadow root, which the browser shows before any script. The element's first render
 * replaces that content in one go (IdvElement.update), the same markup from the same code, so nothing moves.
 *
 * A visitor may have used the server's controls while the script loaded: typed a volume, picked a plan, moved
 * the focus. {@link noteVisitorState} reads that from the server's controls before they go, and
 * {@link replayVisitorState} gives it to the new ones as input events, so the element handles it as typing and
 * the focus stays where it was ({@link clear} does both). The two renders have the same controls in the same order (same template, same
 * attributes), so a control's place among them names it.
 */

/** The controls a visitor can change or focus, in document order. */
const CONTROLS = 'input, select, textarea, button, summary, a[href], [tabindex]';

/** What the visitor did to the server's controls: values changed from the markup's, and where the focus was. */
interface VisitorState {
  readonly changed: readonly { readonly index: number; readonly value: string; readonly checked: boolean }[];
  readonly focused: number;
  readonly selection: readonly [number | null, number | null] | null;
}

function controlsIn(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll(CONTROLS)];
}

function changedFromMarkup(el: Element): boolean {
  if (el instanceof HTMLInputElement) {
    // A radio the visitor picked (the one it replaced needs nothing: picking the new one unpicks it).
    if (el.type === 'radio') return el.checked && !el.defaultChecked;
    return el.type === 'checkbox' ? el.checked !== el.defaultChecked : el.value !== el.defaultValue;
  }
  if (el instanceof HTMLTextAreaElement) return el.value !== el.defaultValue;
  if (el instanceof HTMLSelectElement) return [...el.options].some((o) => o.selected !== o.defaultSelected);
  return false;
}

/** Reads what the visitor changed in the server's controls, and the focus; null when nothing. */
function noteVisitorState(root: ShadowRoot): VisitorState | null {
  const controls = controlsIn(root);
  const changed = controls.flatMap((el, index) =>
    changedFromMarkup(el) ? [{ index, value: (el as HTMLInputElement).value, checked: el instanceof HTMLInputElement && el.checked }] : [],
  );
  const active = root.activeElement;
  const focused = active ? controls.indexOf(active) : -1;
  if (changed.length === 0 && focused < 0) return null;
  const selection =
    active instanceof HTMLInputElement && /^(text|search|tel|url)$/.test(active.type) ? ([active.selectionStart, active.selectionEnd] as const) : null;
  return { changed, focused, selection };
}

/**
 * Gives the element's new controls what the visitor did to the server's: each changed value set and announced
 * with `input` and `change` events (what a visitor's edit fires), then the focus and the caret put back.
 */
function replayVisitorState(root: ShadowRoot, state: VisitorState): void {
  const controls = controlsIn(root);
  for (const { index, value, checked } of state.changed) {
    const el = controls[index];
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) continue;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) el.checked = checked;
    else el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  const target = controls[state.focused];
  if (target instanceof HTMLElement) {
    target.focus({ preventScroll: true });
    if (state.selection && target instanceof HTMLInputElement) target.setSelectionRange(state.selection[0], state.selection[1]);
  }
}

/**
 * Empties the server-rendered shadow root `root` for the element's first render, and returns what gives the
 * new controls the visitor's edits and focus, to call once that render is in.
 */
export function clear(root: ShadowRoot): () => void {
  const visitor = noteVisitorState(root);
  root.replaceChildren();
  return () => {
    if (visitor) replayVisitorState(root, visitor);
  };
}
