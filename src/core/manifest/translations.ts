import { manifestShape } from './schema.js';
import type { Shape } from './shape.js';

/** A text of the manifest that lacks a language other texts of it have. */
export interface MissingTranslation {
  /** Where the text is, e.g. `$.cookies.categories[1].name`. */
  readonly path: string;
  /** The languages other texts have and this one lacks. */
  readonly missing: readonly string[];
}

/**
 * Every language-keyed text of a valid manifest that lacks a language another text of it has: a
 * visitor who reads that language sees this text in the manifest's default language instead.
 * Plain strings are in the default language by design and are not listed.
 */
export function missingTranslations(manifest: unknown): MissingTranslation[] {
  const maps: [string, string[]][] = [];
  const walk = (value: unknown, shape: Shape, path: string) => {
    if (value == null) return;
    if (shape.k === 'text' && typeof value === 'object') maps.push([path, Object.keys(value)]);
    else if (shape.k === 'arr' && Array.isArray(value)) value.forEach((v, i) => walk(v, shape.of, `${path}[${i}]`));
    else if (shape.k === 'obj' && typeof value === 'object')
      for (const [key, inner] of Object.entries(shape.p))
        if (Object.prototype.hasOwnProperty.call(value, key))
          walk((value as Record<string, unknown>)[key], inner, `${path}.${key}`);
  };
  walk(manifest, manifestShape, '$');
  const all = [...new Set(maps.flatMap(([, langs]) => langs))].sort();
  return maps.flatMap(([path, langs]) => {
    const missing = all.filter((lang) => !langs.includes(lang));
    return missing.length ? [{ path, missing }] : [];
  });
}
