import type { commonStrings as english } from '../../en/common.js';

/** Latin American Spanish UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Cargando la política de privacidad…',
  loadError:
    'No se pudo cargar la política de privacidad, por lo que en este momento no se pueden ofrecer opciones de privacidad. No se activó nada opcional.',
  invalidPolicy:
    'La política de privacidad de este sitio contiene errores, por lo que en este momento no se pueden ofrecer opciones de privacidad. No se activó nada opcional.',
  close: 'Cerrar',
  policyLink: 'Leer la política de privacidad completa',
  listAnd: ['es', ' y ', ', ', ' y '],
};
