// Stap van het verzoekpad: wat een GraphQL-verzoek moet zijn voordat de gateway het leest, cachet of uitvoert:
// geen cross-site-formulier (CSRF) en geen JSON die dieper genest is dan een vraag ooit
// hoeft. Beide vóór de antwoordcache: een antwoord dat een ander met preflight opvroeg,
// mag een verzoek zonder preflight niet krijgen, en een diep genest document mag niet
// eerst door JSON.stringify of de coercie van graphql-js (die recursief zijn) heen.
import type { HttpVerzoek } from '../../kern/http.js';
import { Weigering } from '../fouten/weigering.js';
import { CSRF_MELDING } from '../fouten/meldingen.js';
import type { Stap } from '../stap.js';

/** Koppen waarmee een client laat zien dat het verzoek niet uit een formulier komt (dezelfde als Apollo Server). */
const PREFLIGHTKOPPEN = ['x-apollo-operation-name', 'apollo-require-preflight'];
/** Content-types die een browser zonder preflight mag versturen. */
const EENVOUDIGE_TYPEN = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Zo diep mag de JSON van een verzoek genest zijn. De diepste echte vraag (een lijst van
 * leeftijdsbereiken in een filter) komt niet boven 6; 32 laat elke redelijke client ruim door.
 */
export const MAXIMALE_JSONDIEPTE = 32;

/** Dezelfde regel als Apollo Server (preventCsrf), maar vóór de cache in plaats van erna. */
export function csrfVerdacht(verzoek: Pick<HttpVerzoek, 'headers'>): boolean {
  const soort = verzoek.headers.get('content-type');
  if (soort !== undefined) {
    const essentie = soort.split(';')[0].trim().toLowerCase();
    if (!EENVOUDIGE_TYPEN.includes(essentie)) return false;
  }
  return !PREFLIGHTKOPPEN.some((kop) => (verzoek.headers.get(kop) ?? '').length > 0);
}

/**
 * De nestingsdiepte van JSON-tekst, zonder hem te parsen: één keer over de tekens, met
 * strings overgeslagen. Stopt zodra `grens` overschreden is.
 */
export function jsondiepte(tekst: string, grens = Number.POSITIVE_INFINITY): number {
  let diepte = 0;
  let diepste = 0;
  let inString = false;
  for (let i = 0; i < tekst.length; i++) {
    const teken = tekst.charCodeAt(i);
    if (inString) {
      if (teken === 0x5c) i++; // \ : het volgende teken hoort bij de escape
      else if (teken === 0x22) inString = false;
    } else if (teken === 0x22) inString = true;
    else if (teken === 0x7b || teken === 0x5b) {
      diepte++;
      if (diepte > diepste) diepste = diepte;
      if (diepste > grens) return diepste;
    } else if (teken === 0x7d || teken === 0x5d) diepte--;
  }
  return diepste;
}

/** De JSON die een verzoek meebrengt: de body, of bij GET de parameters variables en extensions. */
function jsonVan(verzoek: HttpVerzoek): string[] {
  if (verzoek.method !== 'GET') return [verzoek.tekst];
  const zoek = new URLSearchParams(verzoek.search);
  return [...zoek.getAll('variables'), ...zoek.getAll('extensions')];
}

/** De stap: een Weigering als het verzoek niet door de voorcontrole komt. */
export const voorcontrole: Stap = {
  async voor(verzoek, verder) {
    if (csrfVerdacht(verzoek.http)) throw new Weigering(400, 'BAD_REQUEST', CSRF_MELDING);
    for (const json of jsonVan(verzoek.http)) {
      const diepte = jsondiepte(json, MAXIMALE_JSONDIEPTE);
      if (diepte > MAXIMALE_JSONDIEPTE) {
        throw new Weigering(
          400,
          'JSON_TE_DIEP',
          `De JSON van het verzoek is meer dan ${MAXIMALE_JSONDIEPTE} niveaus diep genest; geen vraag aan deze API heeft dat nodig. Stuur variabelen als platte waarden, lijsten of objecten van een paar niveaus.`,
          { grens: MAXIMALE_JSONDIEPTE },
        );
      }
    }
    return verder(verzoek);
  },
};
