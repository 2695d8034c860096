import { expect } from '@open-wc/testing';
import { loadFrame } from '../helpers/frame.js';

const POLICY = "default-src 'self'; require-trusted-types-for 'script'";

interface ProbeWindow extends Window {
  __cspViolations?: string[];
}

/** A same-origin page with a strict CSP that loads the built drop-in file as a host page would. */
async function strictPage(body: string): Promise<HTMLIFrameElement> {
  const frame = await loadFrame({
    width: 1000,
    height: 1200,
    srcdoc: `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${POLICY}">
    <script src="/test/hardening/csp-probe.js"></script>
    <script type="module" src="/dist/idv-pricing.js"></script>
    </head><body>${body}</body></html>`,
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  // The drop-in defines the tags it finds on the page; wait for the first one.
  await win.customElements.whenDefined(/<(idv-[a-z-]+)/.exec(body)![1]!);
  return frame;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('under a strict Content-Security-Policy (built file)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('should render, compute and take input with no violation reported', async () => {
    frame = await strictPage('<idv-pricing-calculator volume="12000" period="month"></idv-pricing-calculator>');
    const doc = frame.contentDocument!;
    const el = doc.querySelector('idv-pricing-calculator')!;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const shadow = el.shadowRoot!;
    expect(shadow.textContent).to.contain('¥12,000.00');
    const input = shadow.querySelector<HTMLInputElement>('input[type="text"]')!;
    input.value = '5万';
    input.dispatchEvent(new (frame.contentWindow as Window & typeof globalThis).Event('input', { bubbles: true }));
    await settle();
    expect(shadow.textContent).to.contain('¥50,000.00');
    const win = frame.contentWindow as ProbeWindow;
    expect(win.__cspViolations, 'the probe ran').to.be.an('array');
    expect(win.__cspViolations).to.deep.equal([]);
  });

  it('should also run the planning elements there with no violation', async () => {
    frame = await strictPage(
      '<idv-estimate></idv-estimate><idv-compare></idv-compare><idv-cost-chart plan="app" units="3650000"></idv-cost-chart>' +
        '<idv-quota-planner></idv-quota-planner><idv-refund-estimator></idv-refund-estimator><idv-billing-calendar month="2020-01"></idv-billing-calendar>',
    );
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    for (const tag of ['idv-estimate', 'idv-compare', 'idv-cost-chart', 'idv-quota-planner', 'idv-refund-estimator', 'idv-billing-calendar']) {
      // Each element's code is a chunk the drop-in imports when it finds the tag.
      await win.customElements.whenDefined(tag);
      const el = doc.querySelector(tag)!;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot?.textContent?.trim().length, tag).to.be.greaterThan(20);
      expect(el.shadowRoot!.textContent, tag).to.not.match(/NaN|undefined|Infinity/);
    }
    expect((frame.contentWindow as ProbeWindow).__cspViolations).to.deep.equal([]);
  });

  it('should report a violation when a page breaks the policy (the probe works)', async () => {
    frame = await strictPage('<idv-pricing-calculator></idv-pricing-calculator>');
    const doc = frame.contentDocument!;
    const s = doc.createElement('script');
    try {
      s.textContent = 'window.x = 1';
    } catch {
      // Trusted Types refuse a plain string for script text: that is itself the policy at work.
    }
    doc.body.append(s);
    const img = doc.createElement('img');
    img.src = 'https://example.invalid/x.png';
    doc.body.append(img);
    await settle();
    expect((frame.contentWindow as ProbeWindow).__cspViolations!.length).to.be.greaterThan(0);
  });
});
