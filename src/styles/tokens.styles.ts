import { css } from 'lit';

const dark = css`
  --idv-color-bg: #16181d;
  --idv-color-surface: #1f232b;
  --idv-color-surface-strong: #272c36;
  --idv-color-text: #e8eaed;
  --idv-color-muted: #a9b0bc;
  --idv-color-border: #3a4150;
  --idv-color-control-border: #7d8696;
  --idv-color-accent: #ff9a52;
  --idv-color-accent-surface: #3a2616;
  --idv-color-on-accent: #16181d;
  --idv-color-success: #5dd497;
  --idv-color-success-surface: #15301f;
  --idv-color-danger: #ff8a80;
  --idv-color-focus: #8ab4ff;
  color-scheme: dark;
`;

/**
 * Global design tokens, declared on :host so our values never leak out. A host page overrides them on the
 * element itself (`idv-pricing-calculator { --idv-color-accent: … }`): a value set on an ancestor is shadowed
 * by these declarations (docs/theming.md). Light by default, dark with `prefers-color-scheme` unless
 * `theme="light"`, and always with `theme="dark"`.
 */
export const tokens = css`
  :host {
    --idv-font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
      'Noto Sans CJK SC', sans-serif;
    --idv-font-size: 0.9375rem;
    --idv-radius: 12px;
    --idv-radius-small: 8px;
    --idv-space: 1rem;
    --idv-color-bg: #ffffff;
    --idv-color-surface: #f5f6f8;
    --idv-color-surface-strong: #eceef2;
    --idv-color-text: #1d2129;
    --idv-color-muted: #5a6270;
    --idv-color-border: #d5d9e0;
    /* What bounds a control (text field, select, segmented choice): 3:1 or more against bg, surface and
       surface-strong (WCAG 1.4.11), where --idv-color-border is a divider's hairline. */
    --idv-color-control-border: #767e8c;
    --idv-color-accent: #c2410c;
    --idv-color-accent-surface: #fff1e8;
    --idv-color-on-accent: #ffffff;
    --idv-color-success: #15803d;
    --idv-color-success-surface: #e9f7ef;
    --idv-color-danger: #b42318;
    --idv-color-focus: #2563eb;
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
`;
