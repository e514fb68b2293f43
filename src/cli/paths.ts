import { fileURLToPath } from 'node:url';

/** The bundled sample corpus (the seed article): the server starts on it with no setup. */
export const DEFAULT_DATA = fileURLToPath(new URL('../../data/', import.meta.url));
