// Letterlijk of afgeleid, werkend of slapend: hoe de analyse de zekerheid van de
// beweringen doorgeeft aan de prikkels die eruit volgen, wat alleenLetterlijk doet, en
// hoe de prikkels van een opgeschort of afgeschaft instrument apart komen te staan.
import { describe, expect, it } from 'vitest';
import { drempels, gaten } from '../../subgraphs/analyse/leeftijden.js';
import { tegenwerkendePrikkels } from '../../subgraphs/analyse/prikkels.js';
import { maatregelenMetPrikkels, prikkelmatrix, prikkeltelling } from '../../subgraphs/analyse/samenvattingen.js';
import { watAls } from '../../subgraphs/analyse/watals.js';
import { afgeleid, bron, doel, effect, g, groep, instrument, letterlijk, maatregel } from '../hulp/beleidsfixtures.js';

const woningdelen = doel('WONINGDELEN_MOGELIJK', 'WONINGDELEN', 'TOENAME', ['OUDEREN', 'STUDENTEN']);

describe('de zekerheid van een prikkel', () => {
  it('is LETTERLIJK als het effect en het doel het zijn, en noemt het effect met zijn bron en zekerheid', () => {
    const kdn = instrument('KDN', [effect('WONINGDELEN', -2, ['OUDEREN'])]);
    const [p] = tegenwerkendePrikkels([groep('OUDEREN', { bzk: { doelen: [woningdelen] }, szw: { instrumenten: [kdn] } })]);
    expect(p.zekerheid).toBe('LETTERLIJK');
    expect(p.doel).toMatchObject({ code: 'WONINGDELEN_MOGELIJK', zekerheid: 'LETTERLIJK', afgeleid: null, bron });
    expect(p.effecten).toEqual([{ van: 'SZW:KDN', naar: 'WONINGDELEN', score: -2, toelichting: 'Mechanisme.', bron, ...letterlijk }]);
  });

  it('is AFGELEID als het doel of één van de effecten afgeleid is, met de reden bij dat onderdeel', () => {
    const kdn = instrument('KDN', [effect('WONINGDELEN', -1, ['OUDEREN']), effect('WONINGDELEN', -3, ['STUDENTEN'], afgeleid(['score'], 'De bron zegt "kan".'))]);
    const beleid = { bzk: { doelen: [woningdelen] }, szw: { instrumenten: [kdn] } };
    const [p] = tegenwerkendePrikkels([groep('OUDEREN', beleid), groep('STUDENTEN', beleid)]);
    expect(p.zekerheid).toBe('AFGELEID');
    // Het sterkste effect eerst: dat is hier juist het afgeleide.
    expect(p.effecten.map((e) => [e.score, e.zekerheid, e.afgeleid?.reden ?? null])).toEqual([
      [-3, 'AFGELEID', 'De bron zegt "kan".'],
      [-1, 'LETTERLIJK', null],
    ]);
    const afgeleidDoel = { ...woningdelen, ...afgeleid(['richting']) };
    const [q] = tegenwerkendePrikkels([groep('OUDEREN', { bzk: { doelen: [afgeleidDoel] }, szw: { instrumenten: [instrument('KDN', [effect('WONINGDELEN', -1, ['OUDEREN'])])] } })]);
    expect(q.zekerheid).toBe('AFGELEID');
    expect(q.doel.afgeleid).toEqual({ velden: ['richting'], reden: 'Afgeleid door de redactie.' });
  });

  it('telt een effect dat voor meer groepen geldt één keer', () => {
    const kdn = instrument('KDN', [effect('WONINGDELEN', -2, ['OUDEREN', 'STUDENTEN'])]);
    const beleid = { bzk: { doelen: [woningdelen] }, szw: { instrumenten: [kdn] } };
    const [p] = tegenwerkendePrikkels([groep('OUDEREN', beleid), groep('STUDENTEN', beleid)]);
    expect(p.aandachtsgroepen).toEqual(g('OUDEREN', 'STUDENTEN'));
    expect(p.effecten).toHaveLength(1);
  });
});

describe('alleenLetterlijk', () => {
  // Hetzelfde conflict voor twee groepen: voor ouderen letterlijk (-1), voor studenten met een afgeleide score (-3).
  const kdn = instrument('KDN', [effect('WONINGDELEN', -1, ['OUDEREN']), effect('WONINGDELEN', -3, ['STUDENTEN'], afgeleid(['score']))]);
  const beleid = { bzk: { doelen: [woningdelen] }, szw: { instrumenten: [kdn] } };
  const groepen = [groep('OUDEREN', beleid), groep('STUDENTEN', beleid)];

  it('rekent met alleen de letterlijke effecten: de prikkel blijft, met de groep en de score die de bron zegt', () => {
    const [alles] = tegenwerkendePrikkels(groepen);
    expect(alles).toMatchObject({ score: -3, aandachtsgroepen: g('OUDEREN', 'STUDENTEN'), zekerheid: 'AFGELEID' });
    const [letterlijke] = tegenwerkendePrikkels(groepen, { alleenLetterlijk: true });
    expect(letterlijke).toMatchObject({ score: -1, aandachtsgroepen: g('OUDEREN'), zekerheid: 'LETTERLIJK' });
    expect(letterlijke.effecten.map((e) => e.score)).toEqual([-1]);
  });

  it('laat een prikkel weg als zijn doel of al zijn effecten afgeleid zijn, ook een effect zonder citaat', () => {
    const zonderCitaat = { ...afgeleid([], 'Nog geen citaat uit de bron'), bron: { ...bron, citaat: null } };
    const alleenAfgeleid = [groep('OUDEREN', { bzk: { doelen: [woningdelen] }, szw: { instrumenten: [instrument('KDN', [effect('WONINGDELEN', -2, ['OUDEREN'], zonderCitaat)])] } })];
    expect(tegenwerkendePrikkels(alleenAfgeleid)).toHaveLength(1);
    expect(tegenwerkendePrikkels(alleenAfgeleid, { alleenLetterlijk: true })).toEqual([]);
    const afgeleidDoel = [groep('OUDEREN', { bzk: { doelen: [{ ...woningdelen, ...afgeleid(['uitspraak']) }] }, szw: { instrumenten: [instrument('KDN', [effect('WONINGDELEN', -2, ['OUDEREN'])])] } })];
    expect(tegenwerkendePrikkels(afgeleidDoel, { alleenLetterlijk: true })).toEqual([]);
  });

  it('werkt door in de matrix, de telling, de maatregelen en watAls, die dezelfde prikkels gebruiken', () => {
    const metMaatregel = instrument('KDN', kdn.effecten, { maatregelen: [maatregel('GEHEEL', [])] });
    const anders = instrument('ANDERS', [effect('WONINGDELEN', -2, ['OUDEREN'], afgeleid(['score']))]);
    const b = [groep('OUDEREN', { bzk: { doelen: [woningdelen] }, szw: { instrumenten: [metMaatregel, anders] } })];
    const letterlijke = tegenwerkendePrikkels(b, { alleenLetterlijk: true });
    expect(letterlijke.map((p) => p.instrument.code)).toEqual(['KDN']);
    expect(prikkelmatrix(letterlijke)).toMatchObject([{ instrumentDepartement: 'SZW', doelDepartement: 'BZK', aantal: 1, sterksteScore: -1 }]);
    expect(prikkeltelling(tegenwerkendePrikkels(b)).totaal).toBe(2);
    expect(prikkeltelling(letterlijke).totaal).toBe(1);
    expect(maatregelenMetPrikkels(letterlijke).map((m) => [m.maatregel.code, m.prikkels.length])).toEqual([['GEHEEL', 1]]);
    expect(watAls(letterlijke, [metMaatregel.maatregelen[0]])).toMatchObject({ opgelost: [{ instrument: { code: 'KDN' } }], resterend: [] });
  });
});

describe('slapende prikkels', () => {
  const statusbron = { ...bron, vindplaats: 'Managementsamenvatting', citaat: 'De tijdelijk afgeschafte markttoets.' };
  const markttoets = instrument('MARKTTOETS', [effect('WONINGDELEN', -2, ['OUDEREN'])], {
    status: 'TIJDELIJK_BUITEN_WERKING',
    statusbron,
    maatregelen: [maatregel('MARKTTOETS_DEFINITIEF_AFSCHAFFEN', [])],
  });
  const kdn = instrument('KDN', [effect('WONINGDELEN', -1, ['OUDEREN'])]);
  const groepen = [groep('OUDEREN', { bzk: { doelen: [woningdelen], instrumenten: [markttoets] }, szw: { instrumenten: [kdn] } })];

  it('staan niet in de gewone lijst: die noemt alleen instrumenten die werken', () => {
    const p = tegenwerkendePrikkels(groepen);
    expect(p.map((x) => x.instrument.code)).toEqual(['KDN']);
    expect(p[0]).toMatchObject({ slapend: false, instrumentstatus: 'IN_WERKING', statusbron: null });
  });

  it('staan apart met slapend: true, met de status, de passage die haar noemt en de maatregel die hen voorgoed wegneemt', () => {
    const p = tegenwerkendePrikkels(groepen, { slapend: true });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ instrument: { code: 'MARKTTOETS' }, slapend: true, instrumentstatus: 'TIJDELIJK_BUITEN_WERKING', statusbron, score: -2 });
    expect(p[0].maatregelen.map((m) => m.code)).toEqual(['MARKTTOETS_DEFINITIEF_AFSCHAFFEN']);
    // Een afgeschaft instrument is net zo goed slapend.
    const afgeschaft = [groep('OUDEREN', { bzk: { doelen: [woningdelen], instrumenten: [{ ...markttoets, status: 'AFGESCHAFT' }] } })];
    expect(tegenwerkendePrikkels(afgeschaft, { slapend: true }).map((x) => x.instrumentstatus)).toEqual(['AFGESCHAFT']);
    expect(tegenwerkendePrikkels(afgeschaft)).toEqual([]);
  });

  it('staan met slapend: null naast de werkende, en tellen dan ook in de matrix en de maatregelen', () => {
    const beide = tegenwerkendePrikkels(groepen, { slapend: null });
    expect(beide.map((x) => [x.instrument.code, x.slapend])).toEqual([['MARKTTOETS', true], ['KDN', false]]);
    expect(prikkeltelling(beide).totaal).toBe(2);
    expect(maatregelenMetPrikkels(tegenwerkendePrikkels(groepen)).map((m) => m.maatregel.code)).toEqual([]);
    expect(maatregelenMetPrikkels(tegenwerkendePrikkels(groepen, { slapend: true })).map((m) => m.maatregel.code)).toEqual(['MARKTTOETS_DEFINITIEF_AFSCHAFFEN']);
  });
});

describe('de zekerheid van leeftijdsdrempels en -gaten', () => {
  const grens = (leeftijd: number, zeker = letterlijk as typeof letterlijk | ReturnType<typeof afgeleid>) => ({ leeftijd, volwassenVanaf: true, wijziging: `vanaf ${leeftijd}`, bron, ...zeker });
  const beleid = (tweede: ReturnType<typeof grens>) => [
    groep('DAK_EN_THUISLOZEN', {
      vws: { instrumenten: [instrument('JEUGDWET', [], { leeftijdsgrenzen: [grens(18)] })] },
      szw: { instrumenten: [instrument('JONGERENNORM', [], { leeftijdsgrenzen: [tweede] })] },
    }),
  ];

  it('geeft elke drempel de zekerheid van zijn leeftijdsgrens, en een gat is alleen letterlijk als al zijn drempels het zijn', () => {
    expect(gaten(drempels(beleid(grens(21))))[0].zekerheid).toBe('LETTERLIJK');
    const metAfgeleid = drempels(beleid(grens(21, afgeleid(['leeftijd'], 'De leeftijd staat alleen in een kop.'))));
    expect(metAfgeleid.map((d) => d.zekerheid)).toEqual(['LETTERLIJK', 'AFGELEID']);
    expect(metAfgeleid[1].afgeleid?.reden).toBe('De leeftijd staat alleen in een kop.');
    expect(gaten(metAfgeleid)[0].zekerheid).toBe('AFGELEID');
  });
});
