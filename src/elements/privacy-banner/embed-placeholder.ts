import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { baseStyles } from '../../internal/base.styles.js';

/**
 * What `<privacy-banner>` shows in place of an embed that waits for consent: who serves it and for
 * what, "Load this once" and, when the category can be granted, "Always allow …". The banner makes
 * and removes it; a page does not use it directly.
 *
 * @summary The stand-in for an embed held until its category is granted.
 * @tagname privacy-embed-placeholder
 *
 * @csspart base - The box.
 * @csspart actions - The row of buttons.
 * @csspart button - Each button.
 */
export class PrivacyEmbedPlaceholder extends LitElement {
  static override properties: PropertyDeclarations = {
    message: { attribute: false },
    loadLabel: { attribute: false },
    allowLabel: { attribute: false },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        max-width: 100%;
      }
      [part~='base'] {
        display: flex;
        flex-direction: column;
        justify-content: center;
        gap: 0.75rem;
        min-height: inherit;
        padding: 1rem;
        color: var(--_color);
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      p {
        margin: 0;
      }
      [part~='actions'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  /** Who serves the embed and what loading it lets them do. */
  message = '';
  loadLabel = '';
  /** The label of "Always allow …"; no such button when undefined. */
  allowLabel?: string;
  /** Loads this embed only. */
  onLoad?: () => void;
  /** Grants the embed's categories, as the preferences would. */
  onAllow?: () => void;

  protected override render() {
    return html`<div part="base" role="group" aria-labelledby="message">
      <p id="message">${this.message}</p>
      <div part="actions">
        <button part="button" @click=${() => this.onLoad?.()}>${this.loadLabel}</button>
        ${this.allowLabel ? html`<button part="button" @click=${() => this.onAllow?.()}>${this.allowLabel}</button>` : nothing}
      </div>
    </div>`;
  }
}
