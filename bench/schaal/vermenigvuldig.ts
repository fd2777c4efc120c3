// De edities van elk ministerie k keer zo groot, voor de schaalbench van issue 25: hoe
// gedraagt de stapel zich als de ministeries veel meer beleid vastleggen dan nu? Elke kopie
// is een eigen editie met een latere datum (een editie mag hooguit 1 MB zijn, en BZK is al
// ±400 kB), met nieuwe codes (`_K2`, `_K3`, …) en verwijzingen naar de kopieën uit dezelfde
// ronde, zodat de lezer en de import van het ministerie haar aannemen zoals elke editie.
//
// Bron en citaat blijven gelijk: een kopie beweert hetzelfde als het origineel, dus haar
// citaat staat nog steeds letterlijk onder zijn vindplaats en de brontoets aanvaardt het.
// Niet gekopieerd: de aandachtsgroepen en partijen van BZK. Hun code komt uit een vaste lijst
// (enum Aandachtsgroep en Partij), dus een kopie zou het origineel vervangen in plaats van
// ernaast te komen. De tegenwerkende prikkels groeien zo met k² (elk gekopieerd instrument
// tegen elk gekopieerd doel), de rest met k.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { DEPARTEMENTEN, subgraaf, type DepartementCode } from '../../kern/config.js';
import { editiebestanden } from '../../subgraphs/ministerie/editie/lezen.js';
import { ministeries } from '../../subgraphs/ministeries.js';

type Veld = Record<string, unknown>;

/** De secties met records die een eigen code hebben en dus naast het origineel kunnen staan. */
const MET_CODE = ['verantwoordelijkheden', 'doelen', 'instrumenten', 'maatregelen', 'monitoring', 'verbanden', 'cijfers'] as const;
/** Secties die alleen BZK heeft en die niet te kopiëren zijn (zie boven). */
const NIET_GEKOPIEERD = ['aandachtsgroepen', 'partijen'] as const;

export const achtervoegsel = (kopie: number) => `_K${kopie}`;

const isVeld = (x: unknown): x is Veld => typeof x === 'object' && x !== null && !Array.isArray(x);

function records(editie: Veld, sectie: string): Veld[] {
  const lijst = editie[sectie];
  if (lijst === undefined) return [];
  if (!Array.isArray(lijst) || !lijst.every(isVeld)) throw new Error(`${sectie} is geen lijst van records`);
  return lijst;
}

function codeVan(record: Veld): string {
  if (typeof record.code !== 'string') throw new Error(`record zonder code: ${JSON.stringify(record).slice(0, 120)}`);
  return record.code;
}

/** JJJJ-MM-DD plus `dagen`. */
function later(datum: string, dagen: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/**
 * Eén editie als kopie nummer `kopie`: elke code en elke verwijzing naar een code krijgt
 * hetzelfde achtervoegsel. Verwijzingen: de instrumenten van een maatregel (van dit
 * ministerie) en een cijferverwijzing (naar een reeks van een ander ministerie, dat in
 * dezelfde ronde dezelfde kopie krijgt).
 */
export function kopieVan(editie: Veld, kopie: number, datum: string): Veld {
  const nieuw = (code: string) => `${code}${achtervoegsel(kopie)}`;
  const uit: Veld = { ...editie, editie: datum, omschrijving: `Kopie ${kopie} van editie ${String(editie.editie)}, voor de schaalbench (issue 25)` };
  for (const sectie of NIET_GEKOPIEERD) delete uit[sectie];
  for (const sectie of MET_CODE) {
    if (editie[sectie] === undefined) continue;
    uit[sectie] = records(editie, sectie).map((r) => ({ ...r, code: nieuw(codeVan(r)) }));
  }
  if (editie.maatregelen !== undefined) {
    uit.maatregelen = records(uit, 'maatregelen').map((m) => ({ ...m, instrumenten: (Array.isArray(m.instrumenten) ? m.instrumenten : []).map((c) => nieuw(String(c))) }));
  }
  if (editie.cijferverwijzingen !== undefined) {
    uit.cijferverwijzingen = records(editie, 'cijferverwijzingen').map((v) => ({ ...v, code: nieuw(codeVan(v)) }));
  }
  return uit;
}

export interface Vermenigvuldiging {
  /** Per ministerie de map met zijn edities: het origineel en k − 1 kopieën. */
  mappen: Record<DepartementCode, string>;
  /** Aantal geschreven editiebestanden, over alle ministeries. */
  bestanden: number;
}

export interface Vermenigvuldigopties {
  k: number;
  /** Hierin komt per ministerie een map (bzk, vws, …); nooit subgraphs/<ministerie>/data/ zelf. */
  doel: string;
  /** De edities waarvan gekopieerd wordt; standaard die van elk ministerie in subgraphs/<ministerie>/data/. */
  bronnen?: Partial<Record<DepartementCode, string>>;
}

export function vermenigvuldig({ k, doel, bronnen = {} }: Vermenigvuldigopties): Vermenigvuldiging {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k is een geheel getal van minstens 1, niet ${k}`);
  const mappen = {} as Record<DepartementCode, string>;
  let bestanden = 0;
  for (const departement of DEPARTEMENTEN) {
    const bron = bronnen[departement] ?? fileURLToPath(ministeries[departement].data);
    const map = join(doel, subgraaf(departement).naam);
    mkdirSync(map, { recursive: true });
    const originelen = editiebestanden(bron);
    const edities = originelen.map((pad) => parse(readFileSync(pad, 'utf8')) as Veld);
    // Elke kopie na de laatste echte editie en in dezelfde volgorde, zodat een latere
    // editie binnen een kopie ook daar de eerdere aanvult zoals in het origineel.
    const laatste = edities.map((e) => String(e.editie)).sort().at(-1) ?? '2021-07-08';
    originelen.forEach((pad) => copyFileSync(pad, join(map, basename(pad))));
    bestanden += originelen.length;
    for (let kopie = 2; kopie <= k; kopie++) {
      edities.forEach((editie, i) => {
        const datum = later(laatste, (kopie - 2) * edities.length + i + 1);
        writeFileSync(join(map, `${datum}.yaml`), stringify(kopieVan(editie, kopie, datum), { lineWidth: 0 }));
        bestanden += 1;
      });
    }
    mappen[departement] = map;
  }
  return { mappen, bestanden };
}
