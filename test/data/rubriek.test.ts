// De sterkte van een score volgt uit de woorden van de bron (docs/dataformaat.md,
// "Rubriek voor de score"). Eerst de weging zelf op zinnen uit de bronnen, dan of de
// documentatie dezelfde woorden noemt als de code, dan de gegevens: elk effect en
// verband met |score| ≥ 2 heeft woorden van die sterkte in zijn citaat, of zegt met
// afgeleid waarom niet. De laatste faalt tot de redactie de scores heeft nagelopen.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RUBRIEK, weegCitaat } from '../../subgraphs/ministerie/editie/brontoets/rubriek.js';
import { rubriekmelding, toetsEdities } from '../../subgraphs/ministerie/editie/brontoets/toets.js';
import { ministeries } from '../../subgraphs/ministeries.js';

const sterkte = (citaat: string) => weegCitaat(citaat).sterkte;

describe('de weging', () => {
  it('geeft ±3 alleen waar de bron iets uitsluit of onmogelijk maakt', () => {
    expect(sterkte('Vreemdelingen zonder rechtmatig verblijf maken (artikel 10 van de Vreemdelingenwet) geen aanspraak op overheidsvoorzieningen en uitkeringen.')).toBe(3);
    expect(sterkte('Omdat er bij gedeelde woonruimte geen huurtoeslag mogelijk is, worden er veel zelfstandige units gebouwd.')).toBe(3);
    expect(sterkte('Dit betekent dat zij in beginsel geen aanspraak maken op welk vorm van opvang dan ook, inclusief huisvesting.')).toBe(2);
  });

  it('geeft ±2 bij een direct gevolg zonder voorbehoud', () => {
    expect(sterkte('De verhuurderheffing vermindert de investeringskracht van corporaties voor het bouwen en exploiteren van sociale huurwoningen en inzet te plegen voor leefbare wijken.')).toBe(2);
    expect(sterkte('Dit, in combinatie met de tekorten in het sociaal domein bij gemeenten, zorgt voor een perverse prikkel om toch af te zien van het uitbreiden van het aantal sociale huurwoningen.')).toBe(2);
    expect(sterkte('Dit beleid leidt tot de komst van nieuwe aandachtsgroepen en tot extra vraag naar goedkope woningen.')).toBe(2);
    expect(sterkte('Zo zorgt het feit dat ouderen langer zelfstandig thuis wonen ervoor dat er jaarlijks minder woningen vrijkomen om opnieuw te worden verhuurd.')).toBe(2);
    // Het voorbehoud hoort bij de bijzin met 'als', niet bij 'moeilijk'.
    expect(
      sterkte(
        'Het gebrek aan woningen in dit prijssegment, samen met het jeugdloon en de lagere bijstandsuitkeringen voor jongeren tot 21 jaar maakt het voor (kwetsbare) jongeren moeilijk om zonder aanvullend maatwerk een woning te vinden en in hun bestaan te voorzien als ze niet op hun ouders kunnen terugvallen.',
      ),
    ).toBe(2);
  });

  it('geeft ±1 bij een voorbehoud of een vage invloed, en 0 zonder rubriekwoorden', () => {
    expect(weegCitaat('De kostendelersnorm kan een belemmering vormen voor woningdelen en kan bijdragen aan dakloosheid van jongeren of het wegvallen van mantelzorg voor kwetsbaren of ouderen.')).toEqual({
      sterkte: 1,
      woorden: ['belemmer*', "voorbehoud 'kan'"],
    });
    expect(sterkte('Ook diverse ontwikkelingen in beleid vanuit diverse domeinen (o.a. veranderingen in GGZ, Wajong, kostendelersnorm) lijken van invloed op de toename.')).toBe(1);
    expect(sterkte('Dit heeft gevolgen voor de prioritering van gemeenten, te meer wanneer de taakstelling relatief hoog is ten opzichte van de beschikbare woonruimte.')).toBe(1);
    expect(sterkte('Er is meer beleid en wet- en regelgeving dat invloed heeft op de omvang van aandachtsgroepen.')).toBe(1);
    expect(sterkte('Huurtoeslag is doorgaans alleen mogelijk bij zelfstandige woonruimten.')).toBe(0);
  });

  it('weegt een citaat naar zijn sterkste zin, ook over een beletselteken heen', () => {
    expect(sterkte('De kostendelersnorm kan een belemmering vormen voor woningdelen. … De verhuurderheffing vermindert de investeringskracht van corporaties.')).toBe(2);
  });

  it('herkent alleen hele woorden', () => {
    expect(sterkte('Het onderremt niets.')).toBe(0);
    expect(sterkte('Dat remt de bouw.')).toBe(2);
  });
});

describe('de documentatie', () => {
  /** De woorden tussen backticks in het lijstitem "- **<naam>**" van de rubriek in docs/dataformaat.md. */
  function gedocumenteerd(naam: string): string[] {
    const doc = readFileSync(new URL('../../docs/dataformaat.md', import.meta.url), 'utf8');
    const rubriek = doc.slice(doc.indexOf('## Rubriek voor de score'));
    const item = new RegExp(`^- \\*\\*${naam.replace(/[±]/g, '\\$&')}\\*\\*[\\s\\S]*?(?=\\n- |\\n\\n)`, 'm').exec(rubriek);
    expect(item, `lijstitem ${naam} in docs/dataformaat.md`).not.toBeNull();
    return [...item![0].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  }

  it.each([
    ['±3', RUBRIEK[3]],
    ['±2', RUBRIEK[2]],
    ['±1', RUBRIEK[1]],
    ['voorbehoud', RUBRIEK.voorbehoud],
    ['beperking', RUBRIEK.beperking],
  ] as const)('noemt bij %s precies de woorden uit subgraphs/ministerie/editie/brontoets/rubriek.ts', (naam, woorden) => {
    expect(gedocumenteerd(naam)).toEqual([...woorden]);
  });
});

describe('de gegevens', () => {
  const { getoetst } = toetsEdities(Object.values(ministeries).map((m) => ({ departement: m.departement, map: fileURLToPath(m.data) })));

  it('hebben effecten en verbanden met een score van 2 of 3', () => {
    expect(getoetst.filter((g) => Math.abs(g.bewering.score ?? 0) >= 2).length).toBeGreaterThan(30);
  });

  it('elk effect en verband met |score| ≥ 2 heeft rubriekwoorden van die sterkte in zijn citaat, of afgeleid met score en reden', () => {
    expect(getoetst.filter((g) => g.rubriekfout).map(rubriekmelding)).toEqual([]);
  });
});
