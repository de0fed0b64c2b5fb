import { isSafeUrl } from '../manifest/urls.js';
import { embedCategories, HELD } from './embed-selector.js';

/** Who serves the embed: `data-privacy-provider`, else the host of its address. */
export function embedProvider(embed: HTMLElement): string {
  const named = embed.dataset.privacyProvider?.trim();
  if (named) return named;
  try {
    return new URL(embed.dataset.src!, embed.ownerDocument.baseURI).hostname;
  } catch {
    return '';
  }
}

/** An address an embed may load: http(s) or relative, never javascript:, data: or mailto:. */
const loadable = (src: string) => isSafeUrl(src) && !/^mailto:/i.test(src);

/** What the gate did to an embed it holds: its placeholder, and the page's own inline `display` it replaced. */
interface Held {
  readonly placeholder: HTMLElement;
  readonly display: readonly [value: string, priority: string];
}

/**
 * Holds embeds (`<iframe data-privacy-category="marketing" data-src="…">`, and the same on `<img>`,
 * `<video>` and `<audio>`) until every category they name is granted, showing a placeholder of their
 * size in their place; loads them then, by setting `src` from `data-src`. Embeds added later are
 * picked up. An address that is not http(s) or relative never loads.
 */
export class EmbedGate {
  private readonly held = new Map<HTMLElement, Held>();
  private granted: (category: string) => boolean = () => false;
  private readonly observer = new MutationObserver(() => this.pass());

  constructor(
    private readonly doc: Document,
    private readonly placeholder: (embed: HTMLElement) => HTMLElement,
  ) {
    this.observer.observe(doc, { childList: true, subtree: true });
  }

  /** Applies the choices in force: loads what they grant, holds the rest. */
  update(granted: (category: string) => boolean): void {
    this.granted = granted;
    this.pass();
  }

  /** Loads one embed now, whatever the choices: the visitor asked for this one. */
  load(embed: HTMLElement): void {
    const src = embed.dataset.src ?? '';
    if (!loadable(src)) return;
    const held = this.held.get(embed);
    const hadFocus = !!held?.placeholder.matches(':focus-within');
    embed.dataset.privacyReleased = '';
    (embed as HTMLIFrameElement).src = src;
    if (held) this.unhold(embed, held);
    // The button that was used is gone with its placeholder: keyboard users continue in the embed.
    if (hadFocus) embed.focus();
  }

  /** Stops watching and takes the placeholders away; what was not loaded stays without `src`. */
  stop(): void {
    this.observer.disconnect();
    this.held.forEach((held, embed) => this.unhold(embed, held));
  }

  private pass() {
    for (const embed of this.doc.querySelectorAll<HTMLElement>(HELD)) {
      const categories = embedCategories(embed);
      if (categories.length && categories.every(this.granted)) this.load(embed);
      else if (!this.held.has(embed) && loadable(embed.dataset.src ?? '')) this.hold(embed);
    }
    // An embed the page removed takes its placeholder along.
    this.held.forEach((held, embed) => embed.isConnected || this.unhold(embed, held));
  }

  private hold(embed: HTMLElement) {
    try {
      const placeholder = this.placeholder(embed);
      const box = embed.getBoundingClientRect();
      const size = (attribute: 'width' | 'height', measured: number) => {
        const given = embed.getAttribute(attribute)?.trim() ?? '';
        return /^\d+(\.\d+)?$/.test(given)
          ? `${given}px`
          : /^\d+(\.\d+)?%$/.test(given)
            ? given
            : measured
              ? `${measured}px`
              : '';
      };
      // Through the CSSOM, which a strict style-src allows (a style attribute it would refuse).
      placeholder.style.width = size('width', box.width);
      placeholder.style.minHeight = size('height', box.height);
      const display = [embed.style.getPropertyValue('display'), embed.style.getPropertyPriority('display')] as const;
      embed.style.setProperty('display', 'none', 'important');
      embed.before(placeholder);
      this.held.set(embed, { placeholder, display });
    } catch (e) {
      console.error('privacy-elements: an embed could not be held:', e);
    }
  }

  private unhold(embed: HTMLElement, { placeholder, display }: Held) {
    this.held.delete(embed);
    placeholder.remove();
    embed.style.setProperty('display', ...display);
  }
}
