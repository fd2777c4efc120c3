import type { Momentopname } from './momentopname.js';

/**
 * Per verzoek: de momentopname van de editie die gold toen het verzoek binnenkwam, zodat
 * één antwoord nooit half uit een oude en half uit een nieuwe editie bestaat.
 */
export interface Subgraafcontext {
  momentopname: Momentopname;
}
