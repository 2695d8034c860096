import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What an element's polite live region (`role="status"`) says after a change: one pending message at a
 * time, replaced by the next. Once the element is removed, nothing is said and no timer is left behind.
 */
export class Announcer implements ReactiveController {
  /** The text the element renders in its live region. */
  text = '';
  private readonly host: ReactiveControllerHost & Element;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Says `message` at once, dropping anything pending. */
  now(message: string): void {
    clearTimeout(this.timer);
    this.set(message);
  }

  /**
   * Says what `message()` returns (read then, from the state of that moment; null says nothing) after `ms`,
   * dropping anything pending: e.g. once typing pauses, so a screen reader is not read every keystroke.
   * With `clear`, the region empties at once, so a repeated message is a fresh text node and is read again.
   */
  after(ms: number, message: () => string | null, { clear = false } = {}): void {
    clearTimeout(this.timer);
    if (clear) this.set('');
    // An update can still run just after removal (a change made before it): a removed element says nothing.
    if (!this.host.isConnected) return;
    this.timer = setTimeout(() => {
      const text = message();
      if (text !== null) this.set(text);
    }, ms);
  }

  private set(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }
}
