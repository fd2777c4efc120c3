import type { Ministerie } from '../ministerie/subgraaf.js';

export const szw: Ministerie = {
  departement: 'SZW',
  schema: new URL('schema.graphql', import.meta.url),
  data: new URL('data/', import.meta.url),
};
