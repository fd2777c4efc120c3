// Hoe zeker een bewering is, op één plek afgeleid: elk record met een bron krijgt zijn
// zekerheid hier, in de momentopname, zodat geen type het zelf (en anders) uitrekent.
// Een record zonder citaat is niet nagetrokken tegen de woorden van de bron; het mag
// een analist dus nooit als letterlijk bereiken, ook niet zolang de redactie de citaten
// nog aanvult.
import type { Afleiding, Zekerheid } from './generated/resolvers.js';

/** De reden bij een record waarvan de redactie het citaat nog niet vastlegde. */
export const GEEN_CITAAT = 'Nog geen citaat uit de bron';

export interface Zekerheidsvelden {
  zekerheid: Zekerheid;
  afgeleid: Afleiding | null;
}

/**
 * LETTERLIJK: er is een citaat en de redactie leidde niets af. Anders AFGELEID, met de
 * afgeleide velden en hun reden; zonder citaat met reden GEEN_CITAAT (en de reden van de
 * redactie erachter als zij ook velden afleidde).
 */
export function zekerheidVan(bron: { citaat?: string | null }, afgeleid: { velden: string[]; reden: string } | null | undefined): Zekerheidsvelden {
  if (!bron.citaat) {
    return {
      zekerheid: 'AFGELEID',
      afgeleid: { velden: afgeleid ? [...afgeleid.velden] : [], reden: afgeleid ? `${GEEN_CITAAT}. ${afgeleid.reden}` : GEEN_CITAAT },
    };
  }
  if (afgeleid) return { zekerheid: 'AFGELEID', afgeleid: { velden: [...afgeleid.velden], reden: afgeleid.reden } };
  return { zekerheid: 'LETTERLIJK', afgeleid: null };
}
