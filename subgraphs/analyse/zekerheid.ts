// Hoe zeker wat de analyse afleidt is, uit de zekerheid van de beweringen waarop het
// berust (die geven de ministeries mee; subgraphs/ministerie/zekerheid.ts bepaalt haar). Een prikkel is
// niet zekerder dan zijn zwakste onderdeel: één afgeleid effect of doel maakt hem afgeleid.
import type { Instrumentstatus, Zekerheid } from './generated/beleid.js';

export const isLetterlijk = (b: { zekerheid: Zekerheid }) => b.zekerheid === 'LETTERLIJK';

/** LETTERLIJK alleen als elke bewering waarop iets berust LETTERLIJK is. */
export const zekerheidVanDelen = (delen: readonly { zekerheid: Zekerheid }[]): Zekerheid => (delen.every(isLetterlijk) ? 'LETTERLIJK' : 'AFGELEID');

/** Een instrument dat de bron tijdelijk buiten werking of afgeschaft noemt, geeft slapende prikkels. */
export const isSlapend = (status: Instrumentstatus) => status !== 'IN_WERKING';

/**
 * Het filter slapend zoals GraphQL het geeft: false (de standaard, ook als het ontbreekt)
 * alleen wat werkt, true alleen het slapende, null allebei.
 */
export const voldoetAanSlapend = (slapend: boolean, filter: boolean | null | undefined) => filter === null || slapend === (filter ?? false);
