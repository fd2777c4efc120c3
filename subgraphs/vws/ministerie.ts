import type { Ministerie } from '../ministerie/subgraaf.js';

export const vws: Ministerie = {
  departement: 'VWS',
  schema: new URL('schema.graphql', import.meta.url),
  data: new URL('data/', import.meta.url),
};
