/** Frames the hardening and framework specs load pages in: a host page, the command's output, a strict CSP. */

export interface FrameOptions {
  /** Width and height of the frame, in px. */
  readonly width: number;
  readonly height: number;
  /** The page: a URL, or the document itself. */
  readonly src?: string;
  readonly srcdoc?: string;
  /** The frame's `sandbox` (e.g. `allow-same-origin`: scripts off); none when not given. */
  readonly sandbox?: string;
  /** Without a border, so the page's width is the frame's. */
  readonly borderless?: boolean;
}

/** Appends a frame showing the page to the document; resolves with it once the page has loaded. */
export async function loadFrame(options: FrameOptions): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  frame.style.width = `${options.width}px`;
  frame.style.height = `${options.height}px`;
  if (options.borderless) frame.style.border = '0';
  if (options.srcdoc !== undefined) frame.srcdoc = options.srcdoc;
  else if (options.src !== undefined) frame.src = options.src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}
