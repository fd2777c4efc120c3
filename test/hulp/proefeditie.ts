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

/** Het SZW-doel waartegen de proefinstrumenten werken: meer woonwagenstandplaatsen (waar BZK ook een doel heeft). */
const proefdoel = (bron: unknown) => ({
  code: 'PROEF_DOEL',
  naam: 'Proefdoel meer standplaatsen',
  omschrijving: 'Verzonnen doel voor een test.',
  indicator: 'AANBOD_WOONWAGENSTANDPLAATSEN',
  richting: 'TOENAME',
  uitspraak: 'BELEIDSDOEL',
  aandachtsgroepen: ['WOONWAGENBEWONERS'],
  bron,
});

/** Een verzonnen SZW-instrument voor woonwagenbewoners met `effecten` en `bron`. */
const proefinstrument = (code: string, naam: string, effecten: unknown[], bron: unknown, extra: Record<string, unknown> = {}) => ({
  code,
  naam,
  soort: 'NORM',
  omschrijving: 'Verzonnen instrument voor een test.',
  aandachtsgroepen: ['WOONWAGENBEWONERS'],
  effecten,
  bron,
  ...extra,
});

/** Een map met de SZW-edities plus `tekst` als `bestand`. */
function szwMapMet(voorvoegsel: string, bestand: string, tekst: string): string {
  const map = mkdtempSync(join(tmpdir(), voorvoegsel));
  cpSync(SZW_DATA, map, { recursive: true });
  writeFileSync(join(map, bestand), tekst);
  return map;
}

/** Een SZW-editie met één verzonnen instrument en één effect, als YAML-tekst. */
export function proefeditieTekst(code: string, score: number, editie = '2022-01-01'): string {
  const bron = PROEFBRON;
  return stringify({
    departement: 'SZW',
    editie,
    instrumenten: [
      proefinstrument(code, `Proefinstrument ${code}`, [{ indicator: 'AANBOD_WOONWAGENSTANDPLAATSEN', score, gedragenDoor: ['GEMEENTEN'], toelichting: 'Testeffect.', bron }], bron),
    ],
  });
}

/** Map met de SZW-edities plus 2022-01-01.yaml met één instrument en één effect. */
export function proefeditie(code: string, score: number): string {
  return szwMapMet('thuis-proef-', '2022-01-01.yaml', proefeditieTekst(code, score));
}

/**
 * Een SZW-editie die elke soort zekerheid en een slapend instrument laat zien, op de
 * woonwagenstandplaatsen (waar BZK een doel heeft):
 * - PROEF_DOEL: een SZW-doel met citaat (letterlijk);
 * - PROEF_LETTERLIJK: een effect met citaat, tegen PROEF_DOEL in (een letterlijke prikkel);
 * - PROEF_AFGELEID: een effect met citaat maar een afgeleide score;
 * - PROEF_ZONDER_CITAAT: een effect zonder citaat (de redactie vult het nog aan);
 * - PROEF_SLAPEND: afgeschaft volgens zijn statusbron, met een effect met citaat en de
 *   maatregel PROEF_SLAPEND_DEFINITIEF die het voorgoed wegneemt.
 * De citaten zijn verzonnen: dit is een proef van de API, niet van de gegevens.
 */
export function zekerheidsproefTekst(editie = '2022-02-01'): string {
  const bron = (citaat?: string) => ({ ...PROEFBRON, ...(citaat ? { citaat } : {}) });
  const effect = (score: number, extra: Record<string, unknown> = {}) => ({
    indicator: 'AANBOD_WOONWAGENSTANDPLAATSEN',
    score,
    gedragenDoor: ['GEMEENTEN'],
    toelichting: 'Proefeffect.',
    bron: bron('Verzonnen citaat voor een proef.'),
    ...extra,
  });
  const instrument = (code: string, effecten: unknown[], extra: Record<string, unknown> = {}) =>
    proefinstrument(code, `Proefinstrument ${code}`, effecten, bron('Verzonnen citaat voor een proefinstrument.'), extra);
  return stringify({
    departement: 'SZW',
    editie,
    doelen: [proefdoel(bron('Verzonnen citaat voor een proefdoel.'))],
    instrumenten: [
      instrument('PROEF_LETTERLIJK', [effect(-2)]),
      instrument('PROEF_AFGELEID', [effect(-3, { afgeleid: { velden: ['score'], reden: 'De bron zegt alleen dat het kan.' } })]),
      instrument('PROEF_ZONDER_CITAAT', [effect(-1, { bron: bron() })]),
      instrument('PROEF_SLAPEND', [effect(-1)], {
        status: 'AFGESCHAFT',
        statusbron: bron('Verzonnen citaat dat zegt dat het proefinstrument is afgeschaft.'),
      }),
    ],
    maatregelen: [
      {
        code: 'PROEF_SLAPEND_DEFINITIEF',
        naam: 'Schaf het proefinstrument definitief af.',
        thema: 'Proef',
        instrumenten: ['PROEF_SLAPEND'],
        eigenaar: 'SZW',
        status: 'AANBEVOLEN',
        bron: bron('Verzonnen citaat voor een proefmaatregel.'),
      },
    ],
  });
}

/** Map met de SZW-edities plus de zekerheidsproef (zekerheidsproefTekst). */
export function zekerheidsproef(): string {
  return szwMapMet('thuis-zekerheid-', '2022-02-01.yaml', zekerheidsproefTekst());
}

/**
 * Een SZW-editie met veel instrumenten, om te zien wat het dashboard doet als er meer prikkels
 * zijn dan een pagina toont: `werkend` instrumenten met elk een effect op de
 * woonwagenstandplaatsen, tegen het SZW-doel PROEF_DOEL en de doelen van BZK daar in (zo krijgt
 * elke cel SZW-SZW `werkend` prikkels), en `slapend` afgeschafte. Alles met de proefbron en
 * hetzelfde verzonnen citaat.
 */
export function massaproefTekst(werkend: number, slapend: number, editie = '2022-03-01'): string {
  const bron = { ...PROEFBRON, citaat: 'Verzonnen citaat voor een proef.' };
  const nummer = (i: number) => String(i).padStart(3, '0');
  const instrument = (code: string, extra: Record<string, unknown> = {}) =>
    proefinstrument(code, `Massa-instrument ${code}`, [{ indicator: 'AANBOD_WOONWAGENSTANDPLAATSEN', score: -2, gedragenDoor: ['GEMEENTEN'], toelichting: 'Proefeffect.', bron }], bron, extra);
  return stringify({
    departement: 'SZW',
    editie,
    doelen: [proefdoel(bron)],
    instrumenten: [
      ...Array.from({ length: werkend }, (_, i) => instrument(`MASSA_${nummer(i + 1)}`)),
      ...Array.from({ length: slapend }, (_, i) =>
        instrument(`MASSA_SLAPEND_${nummer(i + 1)}`, { status: 'AFGESCHAFT', statusbron: { ...PROEFBRON, citaat: 'Verzonnen citaat dat zegt dat het proefinstrument is afgeschaft.' } }),
      ),
    ],
    // Dezelfde bron honderden keren: de lezer van edities weigert YAML-aliassen daarvoor.
  }, { aliasDuplicateObjects: false });
}

/** Map met de SZW-edities plus de massaproef (massaproefTekst). */
export function massaproef(werkend: number, slapend: number): string {
  return szwMapMet('thuis-massa-', '2022-03-01.yaml', massaproefTekst(werkend, slapend));
}
