import { css } from 'lit';
import { baseStyles } from '../../internal/base.styles.js';

export const styles = [
  baseStyles,
  css`
    [part~='panel'],
    dialog,
    .dock {
      position: fixed;
      z-index: 2147483000;
      margin: 0;
      color: var(--_color);
    }
    [part~='panel'],
    dialog,
    .dock [part~='note'] {
      background: var(--_background);
      border: 1px solid var(--_border);
      box-shadow: var(--_shadow);
    }
    /* A long policy scrolls inside the box, and the choices stay in view below it. */
    [part~='panel'] {
      inset: auto 0 0;
      max-height: 60vh;
      display: flex;
      flex-direction: column;
      padding: 1rem max(1rem, calc(50% - 30rem));
    }
    .text {
      overflow: auto;
      min-height: 0;
    }
    :host([position='top']) [part~='panel'] {
      inset: 0 0 auto;
    }
    :host([position='corner']) [part~='panel'],
    dialog,
    .dock [part~='note'] {
      border-radius: var(--_radius);
    }
    :host([position='corner']) [part~='panel'] {
      inset-block: auto 1rem;
      inset-inline: auto 1rem;
      max-width: min(26rem, calc(100% - 2rem));
      padding: 1rem;
    }
    .dock {
      inset-block: auto 0.75rem;
      inset-inline: 0.75rem auto;
      max-width: min(22rem, calc(100% - 1.5rem));
    }
    .dock [part~='note'] {
      padding: 0.5rem;
    }
    [part~='reopen'] {
      font-size: 0.875rem;
      box-shadow: var(--_shadow);
    }
    dialog {
      inset: 0;
      margin: auto;
      width: min(40rem, calc(100% - 2rem));
      max-height: calc(100% - 2rem);
      padding: 1.25rem;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    button.more {
      min-height: 1.5rem;
      min-width: 0;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      font-weight: inherit;
      text-align: start;
      text-decoration: underline;
    }
    h2 {
      font-size: 1.125rem;
      margin: 0 0 0.5rem;
    }
    p {
      margin: 0 0 0.75rem;
    }
    [part~='actions'] {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      /* Every choice the same size in every language, even when one label wraps. */
      grid-auto-rows: 1fr;
      gap: 0.5rem;
      margin-top: 0.75rem;
    }
    /*
     * The three choices share one row on a phone, so the first layer leaves most of the page in view.
     * Tracks of one fixed width, not 1fr: shared-out fractions differ by a sub-pixel from button to button.
     */
    [part~='panel'] [part~='actions'] {
      grid-template-columns: repeat(auto-fill, clamp(7rem, 20vw, 9rem));
      margin-top: 0.5rem;
    }
    .choice {
      padding-inline: 0.25rem;
    }
    @media (max-width: 30rem) {
      [part~='panel'] {
        padding: 0.75rem;
      }
      .text {
        font-size: 0.9375rem;
      }
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    /* Side by side rather than in a sentence: each link is a 24 px target of its own (WCAG 2.5.8). */
    .links > * {
      min-height: 1.5rem;
    }
    [part~='details'] {
      margin: 0.5rem 0;
      font-size: 0.875rem;
    }
    caption {
      text-align: start;
      font-weight: 600;
    }
    summary {
      cursor: pointer;
      min-height: 1.5rem;
    }
    .category {
      border-top: 1px solid var(--_border);
      padding-top: 0.75rem;
      /* A policy may list hundreds: a category out of view is laid out only once scrolled to. */
      content-visibility: auto;
      contain-intrinsic-size: auto 7rem;
    }
    label {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    input {
      /* Never squeezed by a long category name: a switch stays a 24 px target. */
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    [part~='note'] {
      color: var(--_muted);
      font-size: 0.875rem;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
