import { css } from 'lit';

/**
 * What every element's look starts from: the `--privacy-*` custom properties
 * with their defaults (light and dark), and the shared button and focus styles.
 */
export const baseStyles = css`
  :host {
    --privacy-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --privacy-font-size: 1rem;
    --privacy-color: #1b1b1f;
    --privacy-muted: #4a4a55;
    --privacy-background: #ffffff;
    --privacy-surface: #f3f3f6;
    --privacy-border: #75757f;
    --privacy-accent: #1d4ed8;
    --privacy-accent-contrast: #ffffff;
    --privacy-focus: #1d4ed8;
    --privacy-radius: 0.5rem;
    --privacy-shadow: 0 0.25rem 1.5rem rgb(0 0 0 / 0.2);
    font-family: var(--privacy-font);
    font-size: var(--privacy-font-size);
    line-height: 1.5;
    color: var(--privacy-color);
    /*
     * Any text from the policy may be one unbroken word (an address, a URL, a hostile name): it wraps
     * anywhere rather than push a dialog or a flex row wider than the screen (WCAG 1.4.10). Unlike
     * break-word, anywhere also lets the boxes around it shrink to fit.
     */
    overflow-wrap: anywhere;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --privacy-color: #ececf1;
      --privacy-muted: #c0c0cb;
      --privacy-background: #1b1b1f;
      --privacy-surface: #2a2a31;
      --privacy-border: #9a9aa6;
      --privacy-accent: #93b4ff;
      --privacy-accent-contrast: #10131a;
      --privacy-focus: #93b4ff;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  * {
    box-sizing: border-box;
  }
  a {
    color: var(--privacy-accent);
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--privacy-radius);
    border: 2px solid var(--privacy-accent);
    background: var(--privacy-background);
    color: var(--privacy-accent);
    font-weight: 600;
    cursor: pointer;
  }
  button.primary {
    background: var(--privacy-accent);
    color: var(--privacy-accent-contrast);
  }
  button[disabled],
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  :focus-visible {
    outline: 3px solid var(--privacy-focus);
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
    border-bottom: 1px solid var(--privacy-border);
    /* Long cookie names and words wrap, so a table fits 320 px without scrolling (WCAG 1.4.10). */
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  [part~='status'] {
    background: var(--privacy-background);
  }
  @media print {
    button {
      display: none;
    }
  }
`;
