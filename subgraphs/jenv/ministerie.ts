import type { Ministerie } from '../ministerie/subgraaf.js';

export const jenv: Ministerie = {
  departement: 'JENV',
  schema: new URL('schema.graphql', import.meta.url),
  data: new URL('data/', import.meta.url),
};
