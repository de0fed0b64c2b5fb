// The development build: every manifest goes through the full validator, which names each problem
// with its JSON path, before any element uses it. Production pages run the guard instead and load
// the validator only for a manifest the guard refuses.
import * as validator from './core/manifest/validate.js';
import { useValidator } from './core/manifest/load.js';

useValidator(validator);
