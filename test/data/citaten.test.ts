// Elke bewering draagt de woorden van haar bron (issue 21): een citaat dat letterlijk, in
// hele zinnen, onder de genoemde vindplaats in docs/bronnen staat. Eerst de toets zelf op
// kleine eigen teksten, zodat deze test niet leeg kan slagen; dan de koppen van de vijf
// documenten en elke vindplaats in de gegevens; dan elke bewering. De laatste faalt tot
// de redactie alle citaten heeft ingevuld (npx tsx scripts/citaten.ts toont de stand).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toetsCitaat, zoekStukken, stukkenVan } from '../../subgraphs/ministerie/editie/brontoets/citaten.js';
import { beschrevenDocumenten, indeling, maakIndeling, zoekVindplaats, type Documentbeschrijving } from '../../subgraphs/ministerie/editie/brontoets/indeling.js';
import { maakDoorzoekbaar, normaliseer } from '../../subgraphs/ministerie/editie/brontoets/normaliseren.js';
import { citaatmelding, toetsEdities } from '../../subgraphs/ministerie/editie/brontoets/toets.js';
import { documenten } from '../../kern/vocabulaire.js';
import { ministeries } from '../../subgraphs/ministeries.js';

// Een rapport in het klein: een alinea per regel, koppen in hoofdletters en vet, een voetnoot met superscript.
const RAPPORT = [
  'Proefrapport',
  '',
  'HOOFDSTUK EEN',
  '',
  'Een eerste zin staat hier. De kostendelersnorm kan een belemmering vormen voor woningdelen.',
  '',
  '- **Lage huurprijs**',
  '',
  "Huurtoeslag is doorgaans alleen mogelijk bij zelfstandige woonruimten.⁴ Gemeenten spreken van een 'perverse prikkel'.",
  '',
  '⁴ Een voetnoot met een eigen zin.',
  '',
  '- Een opsomming zonder punt',
  '| Wonen en Woningbouw | BZK |',
  '',
  'HOOFDSTUK TWEE',
  '',
  'De kostendelersnorm staat ook hier, in een andere zin.',
].join('\n');

const RAPPORTINDELING: Documentbeschrijving = {
  regels: 'alinea',
  voetnoten: 'superscript',
  secties: [
    { kop: 'Titel', begin: 'Proefrapport' },
    { kop: '1 Hoofdstuk een', regel: 'HOOFDSTUK EEN', secties: [{ kop: 'Lage huurprijs' }] },
    { kop: 'Hoofdstuk twee' },
  ],
};

// Een brief in het klein: afgebroken regels, een afgebroken woord en een voetnoot onderaan de bladzijde.
const BRIEF = [
  ' Het woningtekort raakt alle groepen in de samen-',
  'leving. Het gebrek aan geschikte huisvesting leidt er bijvoorbeeld toe dat mensen noodge-',
  'dwongen langer in een AZC moeten verblijven.2 Dat geeft onrust. Voor',
  '',
  '2 Staat van de Woningmarkt 2020.',
  ' sommige mensen geldt dat nog meer.',
].join('\n');

const BRIEFINDELING: Documentbeschrijving = { regels: 'afgebroken', voetnoten: 'regel', secties: [{ kop: 'Brief', begin: 'Het woningtekort' }] };

const rapport = maakIndeling('rapport.txt', RAPPORT, RAPPORTINDELING);
const brief = maakIndeling('brief.txt', BRIEF, BRIEFINDELING);
const inRapport = (vindplaats: string, citaat: string) => toetsCitaat({ document: 'rapport.txt', vindplaats, citaat }, rapport);
const inBrief = (citaat: string, vindplaats = 'Brief') => toetsCitaat({ document: 'brief.txt', vindplaats, citaat }, brief);

const { getoetst, leesfouten } = toetsEdities(Object.values(ministeries).map((m) => ({ departement: m.departement, map: fileURLToPath(m.data) })));

describe('de citaattoets zelf', () => {
  it('deelt een tekst in: koppen in hoofdletters of vet, een kop zonder regel, voetnoten apart', () => {
    expect(rapport.fouten).toEqual([]);
    expect(rapport.secties.map((s) => [s.kop, s.van, s.tot])).toEqual([
      ['Titel', 0, 2],
      ['1 Hoofdstuk een', 2, 15],
      ['Hoofdstuk twee', 15, 18],
    ]);
    expect(rapport.secties[1].secties.map((s) => [s.kop, s.van, s.tot])).toEqual([['Lage huurprijs', 6, 15]]);
    expect(rapport.voetnoten).toEqual([{ nummer: 4, van: 10, tot: 11 }]);
    expect(brief.voetnoten).toEqual([{ nummer: 2, van: 4, tot: 5 }]);
  });

  it('meldt een kop uit de indeling die niet in de tekst staat', () => {
    const fout = maakIndeling('x', RAPPORT, { regels: 'alinea', secties: [{ kop: 'Hoofdstuk drie' }] });
    expect(fout.fouten).toEqual(['Hoofdstuk drie: de kopregel "Hoofdstuk drie" staat niet in de tekst tussen regel 1 en 18']);
  });

  it('vindt een citaat onder zijn vindplaats en onder elke hogere', () => {
    expect(inRapport('1 Hoofdstuk een > Lage huurprijs', 'Huurtoeslag is doorgaans alleen mogelijk bij zelfstandige woonruimten.')).toBeUndefined();
    expect(inRapport('1 Hoofdstuk een', 'Huurtoeslag is doorgaans alleen mogelijk bij zelfstandige woonruimten.')).toBeUndefined();
  });

  it('weigert een citaat dat er niet staat, of onder een andere kop, en zegt waar het wel staat', () => {
    expect(inRapport('1 Hoofdstuk een', 'De kostendelersnorm maakt woningdelen onmogelijk.')).toBe(
      '"De kostendelersnorm maakt woningdelen onmogelijk." staat niet onder "1 Hoofdstuk een"; ook nergens anders in het document (letterlijk overnemen, zie docs/dataformaat.md)',
    );
    expect(inRapport('Hoofdstuk twee', 'Een eerste zin staat hier.')).toBe('"Een eerste zin staat hier." staat niet onder "Hoofdstuk twee"; het staat wel onder "1 Hoofdstuk een"');
    expect(inRapport('1 Hoofdstuk een > Lage huurprijs', 'Een eerste zin staat hier.')).toMatch(/^"Een eerste zin staat hier\." staat niet onder/);
  });

  it('weigert een vindplaats die niet bestaat en noemt de koppen die er wel zijn', () => {
    expect(inRapport('1 Hoofdstuk een > Hoge huurprijs', 'Een eerste zin staat hier.')).toBe(
      'vindplaats "1 Hoofdstuk een > Hoge huurprijs" bestaat niet: "Hoge huurprijs" is geen kop onder "1 Hoofdstuk een"; wel: Lage huurprijs',
    );
    expect(zoekVindplaats(rapport, 'Hoofdstuk een')).toBe('"Hoofdstuk een" is geen kop bovenaan; wel: Titel | 1 Hoofdstuk een | Hoofdstuk twee');
    // Ook zonder citaat: de vindplaats moet eerst recht.
    expect(toetsCitaat({ document: 'rapport.txt', vindplaats: 'Hoofdstuk een' }, rapport)).toMatch(/^ontbreekt, en de vindplaats "Hoofdstuk een" bestaat niet/);
    expect(toetsCitaat({ document: 'rapport.txt', vindplaats: 'Hoofdstuk twee' }, rapport)).toBe('ontbreekt');
  });

  it('kent voetnoten alleen onder "voetnoot N", en laat de hoofdtekst eromheen doorlopen', () => {
    expect(inRapport('1 Hoofdstuk een > Lage huurprijs > voetnoot 4', 'Een voetnoot met een eigen zin.')).toBeUndefined();
    expect(inRapport('1 Hoofdstuk een > Lage huurprijs', 'Een voetnoot met een eigen zin.')).toMatch(/het staat wel onder "1 Hoofdstuk een > Lage huurprijs > voetnoot 4"/);
    expect(inRapport('Hoofdstuk twee > voetnoot 4', 'Een voetnoot met een eigen zin.')).toMatch(/^vindplaats .* bestaat niet: "voetnoot 4" staat niet onder "Hoofdstuk twee"; voetnoot 4 staat onder/);
    expect(inBrief('Dat geeft onrust. Voor sommige mensen geldt dat nog meer.')).toBeUndefined();
    expect(inBrief('Staat van de Woningmarkt 2020.', 'Brief > voetnoot 2')).toBeUndefined();
  });

  it('negeert witruimte, afbreekstreepjes aan het regeleinde, voetnoottekens en de soort aanhalingstekens', () => {
    expect(inBrief('Het woningtekort raakt alle groepen in de samenleving.')).toBeUndefined();
    expect(inBrief('Het gebrek aan geschikte huisvesting leidt er bijvoorbeeld toe dat mensen noodgedwongen langer in een AZC moeten verblijven.')).toBeUndefined();
    expect(inBrief('Het gebrek aan geschikte huisvesting leidt er bijvoorbeeld toe dat mensen noodgedwongen langer in een AZC moeten verblijven.2')).toBeUndefined();
    expect(inRapport('1 Hoofdstuk een', 'Gemeenten spreken van een “perverse prikkel”.')).toBeUndefined();
    expect(inRapport('1 Hoofdstuk een', 'Gemeenten  spreken\u00A0van een ‘per\u00ADverse prikkel’.')).toBeUndefined();
    expect(normaliseer("woning-\u00ADtekort … „x” – 'y' zo’n")).toBe('woning-tekort ... "x" - "y" zo"n');
  });

  it('houdt een echt streepje heel en haalt niet elk cijfer weg', () => {
    const d = maakDoorzoekbaar('dak- en thuisloze mensen, 2 x € 50 miljoen en 24.500 statushouders2.', 'afgebroken', [2]);
    expect(d.tekst).toBe('dak- en thuisloze mensen, 2 x € 50 miljoen en 24.500 statushouders.');
  });

  it('laat met een beletselteken stukken weg, maar alleen tussen letterlijke stukken en in de volgorde van de bron', () => {
    expect(inRapport('1 Hoofdstuk een', 'Een eerste zin staat hier. … Gemeenten spreken van een \'perverse prikkel\'.')).toBeUndefined();
    expect(inRapport('1 Hoofdstuk een', 'Een eerste zin [...] woningdelen.')).toBeUndefined();
    expect(inRapport('1 Hoofdstuk een', "Gemeenten spreken van een 'perverse prikkel'. … Een eerste zin staat hier.")).toBe(
      'de stukken rond het beletselteken staan niet in deze volgorde in de bron',
    );
    expect(inRapport('1 Hoofdstuk een', '… staat hier.')).toMatch(/alleen tussen twee letterlijke stukken/);
    expect(stukkenVan('A. ... B.')).toEqual(['A.', 'B.']);
  });

  it('eist hele zinnen, behalve bij een opsomming, tabelcel of regel zonder punt', () => {
    expect(inRapport('1 Hoofdstuk een', 'kan een belemmering vormen voor woningdelen.')).toBe(
      'begint midden in een zin (ervoor staat "…ste zin staat hier. De kostendelersnorm"); citeer hele zinnen',
    );
    expect(inRapport('1 Hoofdstuk een', 'De kostendelersnorm kan een belemmering vormen')).toMatch(/^eindigt midden in een zin \(erna staat "voor woningdelen\. .*citeer hele zinnen$/);
    expect(inRapport('1 Hoofdstuk een', 'Een opsomming zonder punt')).toBeUndefined();
    expect(inRapport('1 Hoofdstuk een', 'Wonen en Woningbouw')).toBeUndefined();
    expect(inBrief('sommige mensen geldt dat nog meer.')).toMatch(/^begint midden in een zin/);
  });

  it('vindt bij meer plaatsen die waar het citaat een hele zin is', () => {
    const d = maakDoorzoekbaar('De norm. Ook de norm werkt. De norm werkt.', 'alinea');
    expect(zoekStukken(d, ['De norm werkt.'])).toEqual({ soort: 'gevonden', van: 28, tot: 42 });
  });
});

describe('de brondocumenten', () => {
  it.each(beschrevenDocumenten())('%s: elke kop uit docs/bronnen/indeling.json staat in de tekst', (document) => {
    expect(indeling(document).fouten).toEqual([]);
  });

  it('elk document uit schema/documenten.json heeft een indeling', () => {
    expect(beschrevenDocumenten().sort()).toEqual(Object.keys(documenten).sort());
  });

  it('elke vindplaats in de gegevens bestaat', () => {
    // Ook die zonder citaat: een vindplaats die niet bestaat, moet de redactie eerst rechtzetten.
    const vindplaatsen = new Set(getoetst.map((g) => `${g.bewering.bron.document}|${g.bewering.bron.vindplaats}`));
    expect(vindplaatsen.size).toBeGreaterThan(100);
    const onbekend = [...vindplaatsen]
      .map((v) => v.split('|'))
      .map(([document, vindplaats]) => [document, vindplaats, zoekVindplaats(indeling(document), vindplaats)] as const)
      .filter(([, , uitkomst]) => typeof uitkomst === 'string')
      .map(([document, vindplaats, uitkomst]) => `${document} > ${vindplaats}: ${uitkomst as string}`);
    expect(onbekend).toEqual([]);
  });
});

describe('de gegevens', () => {

  it('zijn leesbaar en bevatten beweringen van elke soort', () => {
    expect(leesfouten).toEqual([]);
    expect(getoetst.length).toBeGreaterThan(500);
    expect(new Set(getoetst.map((g) => g.bewering.categorie)).size).toBeGreaterThanOrEqual(13);
  });

  it('elke bewering heeft een citaat dat letterlijk en in hele zinnen onder haar vindplaats staat', () => {
    expect(getoetst.filter((g) => g.citaatfout).map(citaatmelding)).toEqual([]);
  });
});
