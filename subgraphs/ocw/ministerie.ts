import type { Ministerie } from '../ministerie/subgraaf.js';

export const ocw: Ministerie = {
  departement: 'OCW',
  schema: new URL('schema.graphql', import.meta.url),
  data: new URL('data/', import.meta.url),
};
