/** Embeds held back until their category is granted: no `src` yet, the address in `data-src`. */
export const HELD = ':is(iframe, img, video, audio)[data-privacy-category][data-src]:not([data-privacy-released])';

/** The categories an embed names (space-separated); it loads once all are granted, and never when it names none. */
export const embedCategories = (embed: HTMLElement): string[] =>
  (embed.dataset.privacyCategory ?? '').trim().split(/\s+/).filter(Boolean);
