/** True in the development build (privacy-elements.dev.js), where the loader brings the full validator first. */
export const DEVELOPMENT: boolean = false;
