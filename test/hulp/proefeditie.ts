// Een kopie van de SZW-edities met één verzonnen instrument erbij, om te laten zien
// dat nieuwe gegevens zonder codewijziging doorwerken in de graaf.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { SUBGRAFEN } from '../../kern/config.js';
import { ministeries } from '../../subgraphs/ministeries.js';
import type { Stapel } from './stapel.js';

export const SZW_DATA = fileURLToPath(ministeries.SZW.data);

export const szwSubgraaf = (stapel: Stapel) => stapel.subgrafen[SUBGRAFEN.findIndex((s) => s.departement === 'SZW')];

export const PROEFBRON = { document: '003_92de307edde85196.txt', vindplaats: 'Bijlage Opgave huisvesting per aandachtsgroep > Woonwagenbewoners' };

/** Een SZW-editie met één verzonnen instrument en één effect, als YAML-tekst. */
export function proefeditieTekst(code: string, score: number, editie = '2022-01-01'): string {
  const bron = PROEFBRON;
  return stringify({
    departement: 'SZW',
    editie,
    instrumenten: [
      {
        code,
        naam: `Proefinstrument ${code}`,
        soort: 'NORM',
        omschrijving: 'Verzonnen instrument voor een test.',
        aandachtsgroepen: ['WOONWAGENBEWONERS'],
        effecten: [{ indicator: 'AANBOD_WOONWAGENSTANDPLAATSEN', score, gedragenDoor: ['GEMEENTEN'], toelichting: 'Testeffect.', bron }],
        bron,
      },
    ],
  });
}

/** Map met de SZW-edities plus 2022-01-01.yaml met één instrument en één effect. */
export function proefeditie(code: string, score: number): string {
  const map = mkdtempSync(join(tmpdir(), 'thuis-proef-'));
  cpSync(SZW_DATA, map, { recursive: true });
  writeFileSync(join(map, '2022-01-01.yaml'), proefeditieTekst(code, score));
  return map;
}
