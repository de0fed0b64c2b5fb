import { isOptional, type Shape } from './shape.js';
import { manifestShape } from './schema.js';

const PATTERNS: Record<string, object> = {
  url: { format: 'uri-reference', pattern: '^(?![a-zA-Z][a-zA-Z0-9+.-]*:|\\s)|^(https?|mailto):' },
  email: { format: 'email', pattern: '^[^\\s@<>()",;:?#]+@[^\\s@<>()",;:?#]+\\.[^\\s@<>()",;:?#]+$' },
  date: { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  duration: { pattern: '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$' },
  lifetime: {
    pattern: '^(session|unspecified|P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?)$',
  },
  id: { pattern: '^[A-Za-z][\\w-]{0,63}$' },
  cookie: { pattern: '^(__Host-)?[A-Za-z][\\w-]{0,63}$' },
  lang: { pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$' },
  domain: { pattern: '^\\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$' },
  pattern: { pattern: "^(?=.*[^*])[\\w!#$%&'*+.^`|~-]{1,200}$" },
};

function convert(shape: Shape, docs: Record<string, string>, path: string): object {
  const description = docs[path] ? { description: docs[path] } : {};
  switch (shape.k) {
    case 'str':
      return { type: 'string', maxLength: 10000, ...(shape.f ? PATTERNS[shape.f] : {}), ...description };
    case 'text':
      return { $ref: '#/$defs/text', ...description };
    case 'num':
      return { type: 'integer', minimum: shape.min, maximum: shape.max, ...description };
    case 'bool':
      return { type: 'boolean', ...description };
    case 'enum':
      return { enum: shape.v, ...description };
    case 'arr':
      return { type: 'array', maxItems: 500, items: convert(shape.of, docs, `${path}[]`), ...description };
    case 'obj':
      return {
        type: 'object',
        additionalProperties: false,
        required: Object.keys(shape.p).filter((k) => !isOptional(shape.p[k])),
        properties: Object.fromEntries(Object.entries(shape.p).map(([k, s]) => [k, convert(s, docs, `${path}.${k}`)])),
        ...description,
      };
  }
}

/** The published JSON Schema (draft 2020-12), generated from the same shape the validator walks. */
export function manifestJsonSchema(docs: Record<string, string> = {}) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'privacy-elements policy manifest',
    ...convert(manifestShape, docs, '$'),
    $defs: {
      text: {
        description: 'A plain string, or a map of language tag to string.',
        oneOf: [
          { type: 'string', maxLength: 10000 },
          {
            type: 'object',
            minProperties: 1,
            propertyNames: PATTERNS.lang,
            additionalProperties: { type: 'string', maxLength: 10000 },
          },
        ],
      },
    },
  };
}
