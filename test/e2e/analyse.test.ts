// Tegenwerkende prikkels en leeftijdsgrenzen door de gateway, afgeleid uit de
// gegevens van de ministeries (SQLite, subgraphs op poort 0).
import { beforeAll, describe, expect, it } from 'vitest';
import { proefeditie, SZW_DATA, szwSubgraaf } from '../hulp/proefeditie.js';
import { gebruikStapel } from '../hulp/gebruik.js';

export const ANALYSEQUERY = `{ analyse {
  tegenwerkendePrikkels { instrument { code naam departement } doel { code naam departement } indicator score
    aandachtsgroepen { code } toelichting bronnen { document vindplaats } maatregelen { naam } kruistDepartementen gedragenDoor }
  leeftijdsgrenzen(van: 16, tot: 30) { leeftijd instrument { naam departement } wijziging }
} }`;

interface Prikkel {
  instrument: { code: string; naam: string; departement: string };
  doel: { code: string; naam: string; departement: string };
  indicator: string;
  score: number;
  aandachtsgroepen: { code: string }[];
  toelichting: string;
  bronnen: { document: string; vindplaats: string }[];
  maatregelen: { naam: string }[];
  kruistDepartementen: boolean;
  gedragenDoor: string[];
}

/**
 * Tegenwerkende prikkels die de bronnen beschrijven, als (departement:instrument,
 * departement van het doel, indicator). Elk moet uit de gegevens volgen.
 *
 * Niet (meer) in deze lijst, na de audit van issue 10: de zoektermijn bijstand voor
 * jongeren tegen dakloosheid (de bron legt dat verband niet; het kwam uit de kop "Aanpak
 * 18- tot 23-jarigen") en de markttoets tegen leefbaarheid (de bron zegt dat hij
 * "tijdelijk afgeschaft" is, dus nu geen effect heeft).
 *
 * Na de audit van issue 21: het forensisch beschermd wonen tegen de uitstroom uit opvang
 * en instellingen. De bron wijt de belemmerde uitstroom aan het tekort aan FBW-plekken,
 * niet aan het instrument ("Er is momenteel een ernstig tekort aan FBW-plekken waardoor de
 * uitstroom uit de intramurale situatie wordt belemmerd"); dat staat nu als verband
 * TEKORT_FBW_PLEKKEN_BELEMMERT_UITSTROOM. De markttoets staat sinds issue 21 als tijdelijk
 * buiten werking met zijn effecten; zijn prikkels zijn slapend, niet tegenwerkend.
 */
export const GEDOCUMENTEERD: [string, string, string, string][] = [
  ['SZW:KOSTENDELERSNORM', 'BZK', 'WONINGDELEN', 'rapport: kostendelersnorm belemmert woningdelen; brief G4/G40'],
  ['SZW:KOSTENDELERSNORM', 'VWS', 'DAK_EN_THUISLOOSHEID', 'rapport: kan bijdragen aan dakloosheid van jongeren'],
  ['SZW:KOSTENDELERSNORM', 'VWS', 'ZELFSTANDIG_WONEN_MET_ONDERSTEUNING', 'rapport: wegvallen van mantelzorg'],
  ['BZK:HUURTOESLAG', 'OCW', 'AANBOD_STUDENTENHUISVESTING', 'rapport: huurtoeslag alleen bij zelfstandige woonruimte'],
  ['BZK:HUURTOESLAG', 'BZK', 'AANBOD_OUDERENWONINGEN', 'rapport voetnoot 4: groepswonen voor ouderen'],
  ['BZK:HUURTOESLAG', 'VWS', 'DAK_EN_THUISLOOSHEID', 'rapport: onder 23 alleen huurtoeslag onder de kwaliteitskortingsgrens'],
  ['SZW:JONGERENNORM_BIJSTAND', 'VWS', 'DAK_EN_THUISLOOSHEID', 'rapport: lagere bijstand tot 21'],
  ['SZW:MINIMUMJEUGDLOON', 'VWS', 'DAK_EN_THUISLOOSHEID', 'rapport: jeugdloon'],
  ['BZK:VERHUURDERHEFFING', 'BZK', 'AANBOD_BETAALBARE_WOONPLEKKEN', 'rapport: vermindert investeringskracht; brief G4/G40'],
  ['BZK:VERHUURDERHEFFING', 'BZK', 'LEEFBAARHEID_WIJKEN', 'rapport: minder inzet voor leefbare wijken'],
  ['BZK:VERDELING_TAAKSTELLING_VERGUNNINGHOUDERS', 'VWS', 'UITSTROOM_UIT_OPVANG_EN_INSTELLINGEN', 'rapport: wettelijke opgave alleen voor statushouders'],
  ['VWS:WMO_2015', 'BZK', 'AANBOD_BETAALBARE_WOONPLEKKEN', 'rapport: perverse prikkel Wmo bij meer sociale woningbouw'],
  ['SZW:PARTICIPATIEWET_BIJSTAND', 'BZK', 'AANBOD_BETAALBARE_WOONPLEKKEN', 'duivels lokaal dilemma; brief 31 mei: vrees voor bijstand'],
  ['VWS:JEUGDWET', 'BZK', 'AANBOD_BETAALBARE_WOONPLEKKEN', 'duivels lokaal dilemma: lasten Jeugdwet'],
  ['VWS:EXTRAMURALISERING_ZORG', 'BZK', 'WONINGTEKORT', 'rapport: extramuralisering bepaalt omvang aandachtsgroepen'],
  ['VWS:AMBULANTISERING_ZORG', 'BZK', 'WONINGTEKORT', 'brief 31 mei: ambulantisering vergroot vraag naar betaalbare woningen'],
  ['VWS:PROGRAMMA_LANGER_THUIS', 'BZK', 'DOORSTROMING', 'brief 31 mei: minder woningen komen vrij'],
  ['OCW:BEKOSTIGING_WO', 'BZK', 'WONINGTEKORT', 'rapport: werving buitenlandse studenten zonder huisvestingsbudget'],
  ['JENV:INHALEN_ACHTERSTANDEN_ASIELAANVRAGEN', 'BZK', 'WONINGTEKORT', 'brief 31 mei: gemeenten en corporaties lopen tegen grenzen aan'],
  ['SZW:ARBEIDSMIGRATIEBELEID', 'BZK', 'WONINGTEKORT', 'rapport preventie: werving arbeidsmigranten'],
  ['SZW:STOPZETTEN_UITKERING_BIJ_OPNAME_OF_DETENTIE', 'JENV', 'WONINGBEHOUD', 'rapport preventie: volledige uitkering stopt'],
  ['VWS:JEUGDWET', 'VWS', 'DAK_EN_THUISLOOSHEID', 'rapport 18-23: overgang van 18- naar 18+'],
  ['VWS:WMO_ZELFREDZAAMHEIDSTOETS', 'VWS', 'DAK_EN_THUISLOOSHEID', 'bijlage dak- en thuislozen: economisch daklozen'],
  ['VWS:CENTRUMGEMEENTECONSTRUCTIE', 'VWS', 'EVENWICHTIGE_SPREIDING', 'bijlage dak- en thuislozen: opvang via centrumgemeenten'],
  ['JENV:KOPPELING_DOOR_COA', 'BZK', 'DOORSTROOM_STATUSHOUDERS_UIT_OPVANG', 'bijlage statushouders: onvolledige dossiers'],
  ['JENV:OP_EN_AFSCHAALMETHODIEK', 'BZK', 'DOORSTROOM_STATUSHOUDERS_UIT_OPVANG', 'bijlage statushouders: schommelingen'],
  ['JENV:GEVANGENISSTRAF', 'JENV', 'WONINGBEHOUD', 'bijlage uitstroom: elektronische detentie'],
  ['BZK:TIJDELIJKE_HUURCONTRACTEN', 'BZK', 'BETAALBAARHEID_WONEN', 'markt en overheid; bijlage studenten'],
  ['BZK:INTREKKING_WOONWAGENWET', 'BZK', 'AANBOD_WOONWAGENSTANDPLAATSEN', 'bijlage woonwagenbewoners'],
  ['BZK:BOUWBESLUIT_TOEGANKELIJKHEID', 'BZK', 'AANBOD_ROLSTOELGESCHIKTE_WONINGEN', 'bijlage medisch urgenten'],
  ['BZK:WWS_BIJTELLING_ZORGWONINGEN', 'VWS', 'AANBOD_OUDERENWONINGEN', 'brief 31 mei: knelpunten geclusterde ouderenhuisvesting'],
];

describe('analyse door de gateway', () => {
  const stapel = gebruikStapel('sqlite');
  /** Een vraag aan Query.analyse, met het antwoord zonder die laag. */
  async function vraagAnalyse<T>(selectie: string) {
    const r = await stapel.query<{ analyse: T }>(`{ analyse { ${selectie} } }`);
    return { ...r, data: r.data?.analyse };
  }

  let prikkels: Prikkel[];
  let grenzen: { leeftijd: number; instrument: { naam: string; departement: string }; wijziging: string }[];

  beforeAll(async () => {
    const r = await stapel.query<{ analyse: { tegenwerkendePrikkels: Prikkel[]; leeftijdsgrenzen: typeof grenzen } }>(ANALYSEQUERY);
    expect(r.errors).toBeUndefined();
    prikkels = r.data!.analyse.tegenwerkendePrikkels;
    grenzen = r.data!.analyse.leeftijdsgrenzen;
  });

  it('leidt elke in de bronnen beschreven tegenwerkende prikkel af, met bron', () => {
    const gevonden = new Set(prikkels.map((p) => `${p.instrument.departement}:${p.instrument.code}|${p.doel.departement}|${p.indicator}`));
    const ontbrekend = GEDOCUMENTEERD.filter(([i, d, ind]) => !gevonden.has(`${i}|${d}|${ind}`)).map((x) => x.join(' '));
    expect(ontbrekend).toEqual([]);
    for (const p of prikkels) {
      expect(p.bronnen.length).toBeGreaterThan(0);
      expect(p.score).toBeLessThan(0);
      expect(p.toelichting).toContain(p.instrument.naam);
      expect(p.gedragenDoor.length).toBeGreaterThan(0);
    }
  });

  it('laat de meeste prikkels over ministeriegrenzen lopen', () => {
    const kruisend = prikkels.filter((p) => p.kruistDepartementen);
    expect(kruisend.length * 2).toBeGreaterThan(prikkels.length);
    for (const p of kruisend) expect(p.instrument.departement).not.toBe(p.doel.departement);
  });

  it('zet naast de prikkel de maatregelen die hem wegnemen', () => {
    const kdn = prikkels.find((p) => p.instrument.code === 'KOSTENDELERSNORM' && p.indicator === 'WONINGDELEN');
    expect(kdn?.maatregelen.map((m) => m.naam).join(' ')).toMatch(/kostendelersnorm/i);
  });

  it('geeft leeftijdsgrenzen op 18, 21, 23 en 27 van minstens drie ministeries, op leeftijd', () => {
    const leeftijden = grenzen.map((g) => g.leeftijd);
    expect(leeftijden).toEqual([...leeftijden].sort((a, b) => a - b));
    for (const l of [18, 21, 23, 27]) expect(leeftijden).toContain(l);
    expect(new Set(grenzen.map((g) => g.instrument.departement)).size).toBeGreaterThanOrEqual(3);
    expect(grenzen.every((g) => g.leeftijd >= 16 && g.leeftijd <= 30)).toBe(true);
  });

  it('noemt de leeftijdsgaten met de instrumenten aan beide kanten', async () => {
    const r = await vraagAnalyse<{ leeftijdsgaten: { van: number; tot: number; alVolwassen: { instrument: { departement: string } }[]; nogJongere: { instrument: { departement: string } }[]; toelichting: string; bronnen: unknown[] }[] }>(
      'leeftijdsgaten(van: 16, tot: 30) { van tot alVolwassen { instrument { departement } } nogJongere { instrument { departement } } toelichting bronnen { document } }',
    );
    expect(r.errors).toBeUndefined();
    const gat18 = r.data!.leeftijdsgaten.find((g) => g.van === 18);
    expect(gat18?.alVolwassen.map((d) => d.instrument.departement)).toContain('VWS');
    expect(gat18?.nogJongere.map((d) => d.instrument.departement)).toEqual(expect.arrayContaining(['SZW', 'BZK']));
    for (const g of r.data!.leeftijdsgaten) expect(g.bronnen.length).toBeGreaterThan(0);
  });

  it('geeft per aandachtsgroep dezelfde prikkels als de analyse gefilterd op die groep', async () => {
    type Lijst = { instrument: { code: string }; doel: { code: string } }[];
    const r = await stapel.query<{ aandachtsgroep: { tegenwerkendePrikkels: Lijst }; analyse: { tegenwerkendePrikkels: Lijst } }>(
      '{ aandachtsgroep(code: STUDENTEN) { tegenwerkendePrikkels { instrument { code } doel { code } } } analyse { tegenwerkendePrikkels(aandachtsgroep: STUDENTEN) { instrument { code } doel { code } } } }',
    );
    expect(r.errors).toBeUndefined();
    const sleutels = (l: Lijst) => l.map((p) => `${p.instrument.code}>${p.doel.code}`).sort();
    expect(sleutels(r.data!.aandachtsgroep.tegenwerkendePrikkels)).toEqual(sleutels(r.data!.analyse.tegenwerkendePrikkels));
    expect(r.data!.analyse.tegenwerkendePrikkels.length).toBeGreaterThan(0);
  });

  it('filtert op maximale score, departement en indicator', async () => {
    const r = await vraagAnalyse<Record<string, Prikkel[]>>(
      'sterk: tegenwerkendePrikkels(maxScore: -2) { score } ocw: tegenwerkendePrikkels(departement: OCW) { instrument { departement } doel { departement } } delen: tegenwerkendePrikkels(indicator: WONINGDELEN) { indicator }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.sterk.length).toBeGreaterThan(0);
    expect(r.data!.sterk.every((p) => p.score <= -2)).toBe(true);
    expect(r.data!.ocw.every((p) => p.instrument.departement === 'OCW' || p.doel.departement === 'OCW')).toBe(true);
    expect(r.data!.delen.every((p) => p.indicator === 'WONINGDELEN')).toBe(true);
  });

  it.each([
    ['{ analyse { tegenwerkendePrikkels(maxScore: 2) { score } } }', 'maxScore is 2; tegenwerkende prikkels scoren -3, -2 of -1'],
    ['{ analyse { leeftijdsgrenzen(van: 30, tot: 16) { leeftijd } } }', 'van (30) is groter dan tot (16)'],
    ['{ analyse { tegenwerkendePrikkels(indicator: GELUK) { score } } }', 'Onbekende waarde "GELUK" voor Indicator. Geldige waarden: AANBOD_BETAALBARE_WOONPLEKKEN'],
    // Tussen aanhalingstekens of als getal meldt graphql-js het anders; de uitleg is dezelfde.
    ['{ analyse { tegenwerkendePrikkels(indicator: "KATTEN") { score } } }', 'Onbekende waarde "KATTEN" voor Indicator. Geldige waarden: AANBOD_BETAALBARE_WOONPLEKKEN'],
    ['{ analyse { tegenwerkendePrikkels(departement: 5) { score } } }', 'Onbekende waarde "5" voor Departement. Geldige waarden: BZK, VWS, JENV, SZW, OCW.'],
  ])('weigert %s met een uitleg', async (query, melding) => {
    const r = await stapel.query(query);
    expect(r.errors?.[0].message).toContain(melding);
  });

  it.each([
    [{ i: 'KATTEN' }, 'Onbekende waarde "KATTEN" voor Indicator. Geldige waarden: AANBOD_BETAALBARE_WOONPLEKKEN'],
    [{ i: 5 }, 'Onbekende waarde "5" voor Indicator. Geldige waarden: AANBOD_BETAALBARE_WOONPLEKKEN'],
    [{ i: true }, 'Onbekende waarde "true" voor Indicator. Geldige waarden: AANBOD_BETAALBARE_WOONPLEKKEN'],
  ])('weigert de variabele %j met de geldige waarden', async (variabelen, melding) => {
    const r = await stapel.query('query($i: Indicator) { analyse { tegenwerkendePrikkels(indicator: $i) { score } } }', variabelen);
    expect(r.errors?.[0].message).toContain(melding);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('wijst een client met een query van vóór issue 7 de nieuwe plek van het veld', async () => {
    const r = await stapel.query('{ tegenwerkendePrikkels(maxScore: -2) { score } }');
    expect(r.errors?.[0].message).toContain('tegenwerkendePrikkels staat onder analyse: { analyse { tegenwerkendePrikkels(…) { … } } }');
    expect(r.errors?.[0].extensions?.nieuwePlek).toBe('Query.analyse.tegenwerkendePrikkels');
  });

  it('laat een nieuw instrument met één effect als prikkel verschijnen en weer verdwijnen, zonder codewijziging', async () => {
    const szw = szwSubgraaf(stapel);
    const map = proefeditie('PROEF_WOONDEELBOETE', -3);
    const vraag = 'tegenwerkendePrikkels(departement: SZW, indicator: AANBOD_WOONWAGENSTANDPLAATSEN) { instrument { code } doel { code departement } score aandachtsgroepen { code } }';
    expect((await vraagAnalyse<{ tegenwerkendePrikkels: unknown[] }>(vraag)).data!.tegenwerkendePrikkels).toEqual([]);

    await szw.importeerMap(map);
    const erbij = await vraagAnalyse<{ tegenwerkendePrikkels: Prikkel[] }>(vraag);
    expect(erbij.data!.tegenwerkendePrikkels).toEqual([
      { instrument: { code: 'PROEF_WOONDEELBOETE' }, doel: expect.objectContaining({ departement: 'BZK' }), score: -3, aandachtsgroepen: [{ code: 'WOONWAGENBEWONERS' }] },
    ]);

    await szw.importeerMap(SZW_DATA);
    expect((await vraagAnalyse<{ tegenwerkendePrikkels: unknown[] }>(vraag)).data!.tegenwerkendePrikkels).toEqual([]);
  });
});
