// WCAG 2.2 checks axe leaves out by default: target size (2.5.8, at least 24x24 CSS px or the
// spacing exception) and the 3:1 boundary of controls seen by their border (1.4.11). Measured
// on what is rendered, from computed styles, for every control in an element's shadow root.

const CONTROLS = 'button, input:not([type=hidden]), select, textarea, a[href], summary';
const MIN = 24;
const EPSILON = 0.01;

/** Rendered: has a layout box and is not hidden (hidden attribute, closed dialog or details, visibility). */
const rendered = (el: Element) => el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true });

const describeControl = (el: Element) => {
  const text = (el.textContent || el.getAttribute('aria-label') || el.id || (el as HTMLInputElement).type || '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40);
  return `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}> "${text}"`;
};

const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** The nearest ancestor whose box is not inline. */
const blockOf = (el: Element) => {
  let block = parentOf(el);
  while (block && getComputedStyle(block).display === 'inline') block = parentOf(block);
  return block;
};

/**
 * A link inside a sentence: inline, in a block with words outside any control. Its height is set
 * by the line of text around it, which WCAG 2.5.8 exempts ("inline" exception).
 */
function inSentence(el: Element): boolean {
  if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline') return false;
  const block = blockOf(el);
  if (!block) return false;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!node.parentElement?.closest(CONTROLS) && /[\p{L}\p{N}]/u.test(node.textContent ?? '')) return true;
  return false;
}

/**
 * Every rendered control in the root that can be used now, with its box and whether the inline
 * exception applies. While a modal dialog is open, what lies outside it is inert: not a target.
 */
function controlsOf(root: ShadowRoot) {
  const modal = root.querySelector('dialog:modal');
  return [...root.querySelectorAll<HTMLElement>(CONTROLS)]
    .filter((el) => rendered(el) && (!modal || modal.contains(el)))
    .map((el) => ({ el, box: el.getBoundingClientRect(), inline: inSentence(el) }));
}

const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;
/** Distance from a point to the nearest point of a box (0 inside it). */
const toBox = ([x, y]: readonly [number, number], r: DOMRect) =>
  Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));

/**
 * Controls smaller than 24x24 CSS px that do not meet the spacing exception (a 24 px circle centred
 * on each undersized target intersects no other target, nor the circle of another undersized one).
 * Links inside a sentence are exempt, but count as targets for the others.
 */
export function targetSizeProblems(root: ShadowRoot): string[] {
  const controls = controlsOf(root);
  const small = (r: DOMRect) => r.width < MIN - EPSILON || r.height < MIN - EPSILON;
  const problems: string[] = [];
  for (const c of controls) {
    if (c.inline || !small(c.box)) continue;
    const at = centre(c.box);
    const crowding = controls.find(
      (o) =>
        o !== c &&
        (toBox(at, o.box) < MIN / 2 - EPSILON ||
          (!o.inline &&
            small(o.box) &&
            Math.hypot(at[0] - centre(o.box)[0], at[1] - centre(o.box)[1]) < MIN - EPSILON)),
    );
    if (c.box.width === 0 || c.box.height === 0 || crowding)
      problems.push(
        `${describeControl(c.el)} is ${c.box.width.toFixed(1)}x${c.box.height.toFixed(1)} px${crowding ? `, too close to ${describeControl(crowding.el)}` : ''}`,
      );
  }
  return problems;
}

type Rgba = [number, number, number, number];

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
/** Any CSS colour as 8-bit sRGB and alpha 0-1, as the browser paints it. */
function rgba(color: string): Rgba {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = '#000';
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255]; // ImageData is not premultiplied
}

const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba, opacity = 1): Rgba => {
  const k = a * opacity;
  return [r * k + R * (1 - k), g * k + G * (1 - k), b * k + B * (1 - k), 1];
};

const luminance = ([r, g, b]: Rgba) => {
  const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
export const contrast = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/**
 * The colour behind a control: the backgrounds of its ancestors (through shadow roots) laid over each
 * other down to the first opaque one (the page's white canvas if none), and the opacity between.
 */
function behind(el: Element): { color: Rgba; opacity: number } {
  const layers: Rgba[] = [];
  let opacity = Number(getComputedStyle(el).opacity);
  for (let node = parentOf(el); node; node = parentOf(node)) {
    const color = rgba(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
    opacity *= Number(getComputedStyle(node).opacity);
  }
  const color = layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
  return { color, opacity };
}

/**
 * Buttons and fields that are told apart from what is around them only by their border (their own
 * fill contrasts less than 3:1 with it), whose border contrasts less than 3:1 with it (WCAG 1.4.11).
 * Inactive controls are exempt; checkboxes and radios drawn by the browser have no CSS border to measure.
 */
export function boundaryContrastProblems(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const { el } of controlsOf(root)) {
    if (!/^(button|input|select|textarea)$/.test(el.localName)) continue;
    if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') continue;
    const style = getComputedStyle(el);
    if (
      el.localName === 'input' &&
      /^(checkbox|radio)$/.test((el as HTMLInputElement).type) &&
      style.appearance !== 'none'
    )
      continue;
    const { color: around, opacity } = behind(el);
    const fill = over(rgba(style.backgroundColor), around, opacity);
    if (contrast(fill, around) >= 3) continue; // seen by its fill
    const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).filter(
      (s) =>
        parseFloat(style.getPropertyValue(`border-${s.toLowerCase()}-width`)) > 0 &&
        !/none|hidden/.test(style.getPropertyValue(`border-${s.toLowerCase()}-style`)),
    );
    if (!sides.length) continue; // no border to rely on: text alone marks it (a disclosure toggle, say)
    const worst = Math.min(
      ...sides.map((s) =>
        contrast(over(rgba(style.getPropertyValue(`border-${s.toLowerCase()}-color`)), fill, opacity), around),
      ),
    );
    if (worst < 3)
      problems.push(
        `${describeControl(el)} border ${style.borderTopColor} on ${`rgb(${around.slice(0, 3).join(', ')})`}: ${worst.toFixed(2)}:1`,
      );
  }
  return problems;
}
