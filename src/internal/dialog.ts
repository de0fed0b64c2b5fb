const FOCUSABLE = 'a[href], input:enabled, select:enabled, textarea:enabled, summary, button:enabled';

/**
 * Keeps Tab and Shift+Tab inside a modal dialog in a shadow root: Chromium's
 * `<dialog>` lets focus leave for the browser's own controls at either end.
 */
export function wrapTab(event: KeyboardEvent, dialog: HTMLElement | null | undefined): void {
  if (event.key !== 'Tab' || !dialog) return;
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((c) => !c.closest('[hidden]'));
  const [first, last] = event.shiftKey
    ? [controls[controls.length - 1], controls[0]]
    : [controls[0], controls[controls.length - 1]];
  if ((dialog.getRootNode() as ShadowRoot).activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
