// For pages whose elements were rendered on the server (privacy-elements/ssr): Lit's hydration
// support comes first, before any element class is defined, so that each element adopts the
// declarative shadow DOM it finds instead of rendering it again. Then every tag is registered.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './define.js';
