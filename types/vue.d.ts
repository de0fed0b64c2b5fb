/**
 * Template types for Vue 3 (vue-tsc, Volar): the tags as global components with typed props and
 * events. Vue itself must be told they are custom elements
 * (`compilerOptions.isCustomElement: (tag) => tag.startsWith('privacy-')` in vite.config.ts):
 *
 *   import 'privacy-elements/define';
 *   import type {} from 'privacy-elements/vue';
 *   <privacy-banner :manifest="policy" @privacy-consent-change="(e) => e.detail.choices" />
 */
import type { DefineComponent } from 'vue';
import type { PrivacyElementEvents, PrivacyElementProps } from '../dist/index.js';

type Tag = keyof PrivacyElementProps;
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** `@privacy-consent-change` is checked against an `onPrivacyConsentChange` prop. */
type EventProps<T extends Tag> = {
  [K in keyof PrivacyElementEvents[T] as `on${Capitalize<Camel<K & string>>}`]?: (
    event: PrivacyElementEvents[T][K],
  ) => void;
};

export type PrivacyElementComponent<T extends Tag> = DefineComponent<PrivacyElementProps[T] & EventProps<T>>;

declare module 'vue' {
  interface GlobalComponents {
    'privacy-banner': PrivacyElementComponent<'privacy-banner'>;
    'privacy-summary': PrivacyElementComponent<'privacy-summary'>;
    'privacy-signals': PrivacyElementComponent<'privacy-signals'>;
    'privacy-request': PrivacyElementComponent<'privacy-request'>;
  }
}
