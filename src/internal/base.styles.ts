import { css, unsafeCSS } from 'lit';

/**
 * The theme tokens: each public `--privacy-*` property with its light and dark default. The
 * elements read private `--_*` copies, set on `:host` as `var(--privacy-x, default)`, so a token
 * set on any ancestor (`:root`, `body`, a wrapper) or on the element itself reaches them: a default
 * declared on `:host` would beat the inherited value.
 */
export const TOKENS: Record<string, readonly [light: string, dark?: string]> = {
  font: ["system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"],
  'font-size': ['1rem'],
  color: ['#1b1b1f', '#ececf1'],
  muted: ['#4a4a55', '#c0c0cb'],
  background: ['#ffffff', '#1b1b1f'],
  surface: ['#f3f3f6', '#2a2a31'],
  border: ['#75757f', '#9a9aa6'],
  accent: ['#1d4ed8', '#93b4ff'],
  'accent-contrast': ['#ffffff', '#10131a'],
  focus: ['#1d4ed8', '#93b4ff'],
  danger: ['#b3261e', '#ffb4ab'],
  radius: ['0.5rem'],
  shadow: ['0 0.25rem 1.5rem rgb(0 0 0 / 0.2)'],
};

const declare = (value: (light: string, dark?: string) => string) =>
  unsafeCSS(
    Object.entries(TOKENS)
      .map(([name, [light, dark]]) => `--_${name}:var(--privacy-${name},${value(light, dark)});`)
      .join(''),
  );

/**
 * What every element's look starts from: the tokens, light or dark as the page's own `color-scheme`
 * says (`light-dark()`: a page that declares `light dark` follows the system, one that declares
 * nothing is light, as the browser's default is), and the shared button and focus styles.
 */
export const baseStyles = css`
  :host {
    ${declare((light, dark) => (dark ? `light-dark(${light},${dark})` : light))}
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_color);
    /*
     * Any text from the policy may be one unbroken word (an address, a URL, a hostile name): it wraps
     * anywhere rather than push a dialog or a flex row wider than the screen (WCAG 1.4.10). Unlike
     * break-word, anywhere also lets the boxes around it shrink to fit.
     */
    overflow-wrap: anywhere;
  }
  /* A browser without light-dark() would drop every colour: it gets the light ones. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${declare((light) => light)}
    }
  }
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  :host([color-scheme='light dark']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  button[disabled],
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    /* Long cookie names and words wrap, so a table fits 320 px without scrolling (WCAG 1.4.10). */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  [part~='status'] {
    background: var(--_background);
  }
  @media print {
    button {
      display: none;
    }
  }
`;
