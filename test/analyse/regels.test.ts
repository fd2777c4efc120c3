// De afleidingsregels van de analyselaag, los van de graaf: wanneer is iets een
// tegenwerkende prikkel, en waar zitten de leeftijdsgaten.
import { describe, expect, it } from 'vitest';
import { drempels, gaten } from '../../subgraphs/analyse/leeftijden.js';
import { tegenwerkendePrikkels, voldoet, type Prikkel } from '../../subgraphs/analyse/prikkels.js';
import { bron, doel, effect, g, groep, instrument, letterlijk, maatregel } from '../hulp/beleidsfixtures.js';


describe('tegenwerkende prikkels', () => {
  const bzkDoel = doel('WONINGDELEN_MOGELIJK', 'WONINGDELEN', 'TOENAME', ['OUDEREN', 'STUDENTEN']);

  it('ontstaan waar een effect een indicator tegen de richting van een doel in duwt, voor dezelfde groep', () => {
    const p = tegenwerkendePrikkels([
      groep('OUDEREN', { bzk: { doelen: [bzkDoel] }, szw: { instrumenten: [instrument('KDN', [effect('WONINGDELEN', -2, ['OUDEREN'])])] } }),
    ]);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({
      instrument: { code: 'KDN', departement: 'SZW' },
      doel: { code: 'WONINGDELEN_MOGELIJK', departement: 'BZK' },
      indicator: 'WONINGDELEN',
      score: -2,
      kruistDepartementen: true,
      gedragenDoor: ['GEMEENTEN'],
    });
    expect(p[0].toelichting).toBe(
      'kdn (SZW) duwt "woningdelen en samenwonen" omlaag, terwijl BZK met "woningdelen_mogelijk" juist een toename wil; de gevolgen liggen bij gemeenten. Mechanisme.',
    );
  });

  it('ontstaan niet als het effect meewerkt, een andere groep of een andere indicator raakt', () => {
    const instrumenten = [
      instrument('MEE', [effect('WONINGDELEN', 2, ['OUDEREN'])]),
      instrument('ANDERE_GROEP', [effect('WONINGDELEN', -2, ['DAK_EN_THUISLOZEN'])]),
      instrument('ANDERE_INDICATOR', [effect('DOORSTROMING', -2, ['OUDEREN'])]),
    ];
    expect(tegenwerkendePrikkels([groep('OUDEREN', { bzk: { doelen: [bzkDoel], instrumenten } })])).toEqual([]);
  });

  it('houden rekening met leeftijden: geen prikkel als de bereiken elkaar niet raken', () => {
    const jong = doel('JONG', 'DAK_EN_THUISLOOSHEID', 'AFNAME', ['OUDEREN'], { van: 18, tot: 20 });
    const laat = instrument('LAAT', [effect('DAK_EN_THUISLOOSHEID', 1, ['OUDEREN'], { leeftijd: { van: 23, tot: null } })]);
    const vroeg = instrument('VROEG', [effect('DAK_EN_THUISLOOSHEID', 1, ['OUDEREN'], { leeftijd: { van: null, tot: 19 } })]);
    const p = tegenwerkendePrikkels([groep('OUDEREN', { vws: { doelen: [jong] }, szw: { instrumenten: [laat, vroeg] } })]);
    expect(p.map((x) => x.instrument.code)).toEqual(['VROEG']);
    expect(p[0].leeftijd).toEqual({ van: 18, tot: 19 });
  });

  it('voegen dezelfde combinatie over groepen samen, met de sterkste score en alle bronnen', () => {
    const kdn = instrument('KDN', [
      effect('WONINGDELEN', -1, ['OUDEREN']),
      effect('WONINGDELEN', -3, ['STUDENTEN'], { bron: { ...bron, vindplaats: 'Y' }, gedragenDoor: ['PERSOON'] }),
    ]);
    const beleid = { bzk: { doelen: [bzkDoel] }, szw: { instrumenten: [kdn] } };
    const p = tegenwerkendePrikkels([groep('OUDEREN', beleid), groep('STUDENTEN', beleid)]);
    expect(p).toHaveLength(1);
    expect(p[0].score).toBe(-3);
    expect(p[0].aandachtsgroepen).toEqual(g('OUDEREN', 'STUDENTEN'));
    expect(p[0].gedragenDoor).toEqual(['GEMEENTEN', 'PERSOON']);
    expect(p[0].bronnen.map((b) => b.vindplaats)).toEqual(['X', 'Y']);
  });

  it('noemen alleen maatregelen die het instrument geheel of op deze indicator aanpassen', () => {
    const kdn = instrument('KDN', [effect('WONINGDELEN', -2, ['OUDEREN'])], {
      maatregelen: [maatregel('GEHEEL', []), maatregel('DELEN', ['WONINGDELEN']), maatregel('ANDERS', ['DAK_EN_THUISLOOSHEID'])],
    });
    const p = tegenwerkendePrikkels([groep('OUDEREN', { bzk: { doelen: [bzkDoel] }, szw: { instrumenten: [kdn] } })]);
    expect(p[0].maatregelen.map((x) => x.code)).toEqual(['GEHEEL', 'DELEN']);
    expect(p[0].deelmaatregelen).toEqual([]);
  });

  it('tellen een maatregel voor een deel van de leeftijden als deelmaatregel, niet als oplossing', () => {
    // "Pas de kostendelersnorm niet toe voor de groep tot 23 jaar" lost een prikkel voor alle
    // leeftijden niet op, wel een voor 21 en 22 jaar; een maatregel voor 30+ hoort bij geen van beide.
    const kdn = instrument('KDN', [effect('WONINGDELEN', -2, ['OUDEREN']), { ...effect('DAK_EN_THUISLOOSHEID', 1, ['OUDEREN']), leeftijd: { van: 21, tot: 22 } }], {
      maatregelen: [maatregel('TOT_23', [], { van: null, tot: 22 }), maatregel('BOVEN_30', [], { van: 30, tot: null }), maatregel('GEHEEL', [])],
    });
    const doelen = [bzkDoel, doel('MINDER_DAKLOOS', 'DAK_EN_THUISLOOSHEID', 'AFNAME', ['OUDEREN'])];
    const p = tegenwerkendePrikkels([groep('OUDEREN', { bzk: { doelen }, szw: { instrumenten: [kdn] } })]);
    const delen = p.find((x) => x.indicator === 'WONINGDELEN')!;
    expect(delen.maatregelen.map((x) => x.code)).toEqual(['GEHEEL']);
    expect(delen.deelmaatregelen.map((x) => x.code)).toEqual(['TOT_23', 'BOVEN_30']);
    const dakloos = p.find((x) => x.indicator === 'DAK_EN_THUISLOOSHEID')!;
    expect(dakloos.maatregelen.map((x) => x.code)).toEqual(['TOT_23', 'GEHEEL']);
    expect(dakloos.deelmaatregelen).toEqual([]);
  });

  it('filteren op departement (instrument of doel), indicator en maximale score', () => {
    const beleid = {
      bzk: { doelen: [bzkDoel, doel('MINDER_TEKORT', 'WONINGTEKORT', 'AFNAME', ['OUDEREN'])] },
      szw: { instrumenten: [instrument('KDN', [effect('WONINGDELEN', -2, ['OUDEREN']), effect('WONINGTEKORT', 1, ['OUDEREN'])])] },
    };
    const groepen = [groep('OUDEREN', beleid)];
    expect(tegenwerkendePrikkels(groepen)).toHaveLength(2);
    expect(tegenwerkendePrikkels(groepen, { maxScore: -2 }).map((p) => p.indicator)).toEqual(['WONINGDELEN']);
    expect(tegenwerkendePrikkels(groepen, { indicator: 'WONINGTEKORT' })).toHaveLength(1);
    expect(tegenwerkendePrikkels(groepen, { departement: 'BZK' })).toHaveLength(2);
    expect(tegenwerkendePrikkels(groepen, { departement: 'OCW' })).toEqual([]);
    expect(tegenwerkendePrikkels(groepen, { aandachtsgroep: 'STUDENTEN' })).toEqual([]);
  });
});

describe('leeftijdsgrenzen en -gaten', () => {
  const grens = (leeftijd: number, volwassenVanaf = true) => ({ leeftijd, volwassenVanaf, wijziging: `vanaf ${leeftijd}`, bron, ...letterlijk });
  const groepen = [
    groep('DAK_EN_THUISLOZEN', {
      vws: { instrumenten: [instrument('JEUGDWET', [], { leeftijdsgrenzen: [grens(18)] })] },
      szw: { instrumenten: [instrument('JONGERENNORM', [], { leeftijdsgrenzen: [grens(21)] }), instrument('AOW', [], { leeftijdsgrenzen: [grens(67, false)] })] },
      bzk: { instrumenten: [instrument('HUURTOESLAG', [], { leeftijdsgrenzen: [grens(23)] })] },
    }),
  ];

  it('geeft de drempels binnen het bereik op leeftijd', () => {
    expect(drempels(groepen, { van: 16, tot: 30 }).map((d) => `${d.leeftijd} ${d.instrument.departement}`)).toEqual(['18 VWS', '21 SZW', '23 BZK']);
    expect(drempels(groepen).map((d) => d.leeftijd)).toEqual([18, 21, 23, 67]);
  });

  it('vindt de intervallen waarin het ene ministerie al volwassen behandelt en een ander nog niet', () => {
    const uitkomst = gaten(drempels(groepen, { van: 16, tot: 30 }));
    expect(uitkomst.map((x) => [x.van, x.tot])).toEqual([[18, 20], [21, 22]]);
    expect(uitkomst[0].alVolwassen.map((d) => d.instrument.code)).toEqual(['JEUGDWET']);
    expect(uitkomst[0].nogJongere.map((d) => d.instrument.code)).toEqual(['JONGERENNORM', 'HUURTOESLAG']);
    expect(uitkomst[0].toelichting).toContain('Van 18 tot en met 20 jaar behandelt VWS (jeugdwet vanaf 18) iemand al als volwassene');
  });

  it('weigert een omgekeerd of onmogelijk bereik met een uitleg', () => {
    expect(() => drempels(groepen, { van: 30, tot: 16 })).toThrow('van (30) is groter dan tot (16)');
    expect(() => drempels(groepen, { van: -1 })).toThrow('van is -1; een leeftijd ligt tussen 0 en 120 jaar.');
  });
});

describe('filters op prikkels', () => {
  const p = (extra: Partial<Prikkel>): Prikkel => ({
    instrument: { code: 'I', naam: 'i', departement: 'SZW' },
    doel: { code: 'D', naam: 'd', departement: 'BZK', richting: 'TOENAME', uitspraak: 'BELEIDSDOEL', bron, ...letterlijk },
    indicator: 'WONINGDELEN', score: -2, aandachtsgroepen: g('STUDENTEN'), leeftijd: null, gedragenDoor: ['PERSOON'],
    kruistDepartementen: true, toelichting: '', bronnen: [], maatregelen: [], deelmaatregelen: [],
    zekerheid: 'LETTERLIJK', effecten: [], instrumentstatus: 'IN_WERKING', statusbron: null, slapend: false, ...extra,
  });
  it('scheiden de kant van het instrument en die van het doel; departement is een van beide', () => {
    expect(voldoet(p({}), { instrumentDepartement: 'BZK' })).toBe(false);
    expect(voldoet(p({}), { doelDepartement: 'BZK' })).toBe(true);
    expect(voldoet(p({}), { departement: 'BZK' })).toBe(true);
  });
  it('laten een leeftijdsbereik overlappen, en een prikkel zonder leeftijd geldt voor iedereen', () => {
    expect(voldoet(p({ leeftijd: { van: 21, tot: null } }), { leeftijd: { van: 18, tot: 23 } })).toBe(true);
    expect(voldoet(p({ leeftijd: { van: 27, tot: null } }), { leeftijd: { van: 18, tot: 23 } })).toBe(false);
    expect(voldoet(p({ leeftijd: null }), { leeftijd: { van: 18, tot: 23 } })).toBe(true);
  });
  it('vergen bij meer filters dat ze allemaal kloppen', () => {
    expect(voldoet(p({}), { gedragenDoor: ['GEMEENTEN'], kruistDepartementen: true })).toBe(false);
    expect(voldoet(p({}), { gedragenDoor: ['PERSOON'], kruistDepartementen: true, metMaatregel: false })).toBe(true);
  });
});
