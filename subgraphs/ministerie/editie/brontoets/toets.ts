// Toetst de editiebestanden van de ministeries tegen de brondocumenten: elk citaat
// (citaten.ts) en elke score tegen de rubriek (rubriek.ts). Gedeeld door
// test/data/citaten.test.ts, test/data/rubriek.test.ts en scripts/citaten.ts, zodat de
// redacteur met het script precies ziet wat de test zal melden.
import { relative } from 'node:path';
import { beweringen, type Bewering } from '../beweringen.js';
import { editiebestanden, leesEditie } from '../lezen.js';
import { PROJECTMAP } from '../../../../kern/projectmap.js';
import { toetsCitaat } from './citaten.js';
import { weegCitaat, type Weging } from './rubriek.js';

export interface Getoetst {
  departement: string;
  /** Pad van het editiebestand vanaf de projectmap. */
  bestand: string;
  bewering: Bewering;
  /** Waarom het citaat niet deugt; undefined als het letterlijk en heel in zijn vindplaats staat. */
  citaatfout?: string;
  /** Bij een effect of verband met |score| ≥ 2: waarom de score niet door de woorden gedragen wordt. */
  rubriekfout?: string;
  weging?: Weging;
}

/** De melding zoals de tests haar geven: "<bestand>: <record> > bron.citaat: <waarom>". */
export const citaatmelding = (g: Getoetst) => `${g.bestand}: ${g.bewering.waar} > ${g.bewering.bronveld}.citaat: ${g.citaatfout}`;
export const rubriekmelding = (g: Getoetst) => `${g.bestand}: ${g.bewering.waar} > score: ${g.rubriekfout}`;

const WOORDEN = { 1: '±1 (kan bijdragen, van invloed)', 2: '±2 (leidt tot, belemmert, vermindert, zorgt voor)', 3: '±3 (onmogelijk, geen aanspraak, hoofdoorzaak)' } as const;

function toetsScore(b: Bewering): { fout?: string; weging?: Weging } {
  if (b.score === undefined || Math.abs(b.score) < 2) return {};
  if (b.afgeleid?.velden.includes('score')) return {};
  const nodig = Math.abs(b.score) as 2 | 3;
  if (!b.bron.citaat) return { fout: `${b.score} vraagt een citaat met woorden van ${WOORDEN[nodig]}, of afgeleid: { velden: [score], reden }` };
  const weging = weegCitaat(b.bron.citaat);
  if (weging.sterkte >= nodig) return { weging };
  const gevonden = weging.woorden.length > 0 ? `het citaat draagt ±${weging.sterkte} (${weging.woorden.join(', ')})` : 'het citaat bevat geen woorden uit de rubriek';
  return { weging, fout: `${b.score} vraagt woorden van ${WOORDEN[nodig]}; ${gevonden}. Verlaag de score, kies een sterkere passage, of markeer afgeleid: { velden: [score], reden }` };
}

/** Toetst alle beweringen in de editiebestanden van de gegeven ministeries. */
export function toetsEdities(ministeries: { departement: string; map: string }[]): { getoetst: Getoetst[]; leesfouten: string[] } {
  const getoetst: Getoetst[] = [];
  const leesfouten: string[] = [];
  for (const { departement, map } of ministeries) {
    for (const pad of editiebestanden(map)) {
      const bestand = relative(PROJECTMAP, pad);
      const editie = leesEditie(pad, departement, PROJECTMAP);
      if (Array.isArray(editie)) {
        leesfouten.push(...editie);
        continue;
      }
      for (const bewering of beweringen(editie.inhoud)) {
        const score = toetsScore(bewering);
        getoetst.push({ departement, bestand, bewering, citaatfout: toetsCitaat(bewering.bron), rubriekfout: score.fout, weging: score.weging });
      }
    }
  }
  return { getoetst, leesfouten };
}
