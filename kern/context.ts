import type { Beleidslader } from './beleidslader.js';

/** Per verzoek: een eigen EntityManager-fork en eigen DataLoaders. */
export interface Subgraafcontext {
  beleid: Beleidslader;
}
