/**
 * A tiny schema language. The policy manifest is described once with these
 * builders; its TypeScript type is inferred from the description, the runtime
 * validator walks it, and the published JSON Schema is generated from it.
 */

/** String formats the validator knows. */
export type Format =
  'url' | 'email' | 'date' | 'duration' | 'lifetime' | 'id' | 'cookie' | 'lang' | 'domain' | 'pattern';

export type Shape =
  | { readonly k: 'str'; readonly f?: Format }
  | { readonly k: 'text' }
  | { readonly k: 'num'; readonly min: number; readonly max: number }
  | { readonly k: 'bool' }
  | { readonly k: 'enum'; readonly v: readonly string[] }
  | { readonly k: 'arr'; readonly of: Shape }
  | { readonly k: 'obj'; readonly p: Readonly<Record<string, Shape>> };

/** Marks a property as optional; carries the value type as a phantom. */
export interface Typed<T> {
  readonly t?: T;
  readonly opt?: true;
}

/** A language-keyed map or a plain string: every human-readable string. */
export type Text = string | { readonly [lang: string]: string };

type Props = Record<string, Shape & Typed<unknown>>;
type TypeOf<S> = S extends Typed<infer T> ? T : never;
type OptionalKeys<P> = { [K in keyof P]: P[K] extends { opt: true } ? K : never }[keyof P];
type Flat<T> = { [K in keyof T]: T[K] } & {};
type ObjType<P extends Props> = Flat<
  { readonly [K in Exclude<keyof P, OptionalKeys<P>>]: TypeOf<P[K]> } & {
    readonly [K in OptionalKeys<P>]?: TypeOf<P[K]>;
  }
>;

export const str = (f?: Format) => ({ k: 'str', f }) as Shape & Typed<string>;
export const text = () => ({ k: 'text' }) as Shape & Typed<Text>;
export const num = (min: number, max: number) => ({ k: 'num', min, max }) as Shape & Typed<number>;
export const bool = () => ({ k: 'bool' }) as Shape & Typed<boolean>;
export const oneOf = <const V extends readonly string[]>(v: V) => ({ k: 'enum', v }) as Shape & Typed<V[number]>;
export const arr = <S extends Shape & Typed<unknown>>(of: S) =>
  ({ k: 'arr', of }) as Shape & Typed<readonly TypeOf<S>[]>;
export const obj = <P extends Props>(p: P) => ({ k: 'obj', p }) as Shape & Typed<ObjType<P>>;
export const opt = <S extends Shape & Typed<unknown>>(s: S) => ({ ...s, opt: true }) as S & { opt: true };

/** The TypeScript type a shape describes. */
export type Infer<S> = TypeOf<S>;

// Its own mark only: `Object.prototype.opt = true` must not make every property optional.
export const isOptional = (s: Shape) => Object.prototype.hasOwnProperty.call(s, 'opt');
