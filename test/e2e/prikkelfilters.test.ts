// De filters op tegenwerkendePrikkels door de gateway: elk filter geeft precies wat een
// analist met de hand uit de volledige lijst zou halen, en filters zijn te combineren.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStapel, type Stapel } from '../hulp/stapel.js';

interface P {
  instrument: { code: string; departement: string };
  doel: { code: string; departement: string };
  indicator: string;
  score: number;
  aandachtsgroepen: { code: string }[];
  leeftijd: { van: number | null; tot: number | null } | null;
  gedragenDoor: string[];
  kruistDepartementen: boolean;
  maatregelen: { code: string }[];
}
const VELDEN = 'instrument { code departement } doel { code departement } indicator score aandachtsgroepen { code } leeftijd { van tot } gedragenDoor kruistDepartementen maatregelen { code }';
const sleutel = (p: P) => `${p.instrument.departement}:${p.instrument.code}>${p.doel.departement}:${p.doel.code}>${p.indicator}`;

let stapel: Stapel;
let alle: P[];

async function prikkels(args: string, pad: 'analyse' | 'studenten' = 'analyse'): Promise<P[]> {
  const veld = `tegenwerkendePrikkels${args ? `(${args})` : ''} { ${VELDEN} }`;
  const query = pad === 'analyse' ? `{ analyse { ${veld} } }` : `{ aandachtsgroep(code: STUDENTEN) { ${veld} } }`;
  const r = await stapel.query<{ analyse?: { tegenwerkendePrikkels: P[] }; aandachtsgroep?: { tegenwerkendePrikkels: P[] } }>(query);
  expect(r.errors, args).toBeUndefined();
  return (r.data!.analyse ?? r.data!.aandachtsgroep)!.tegenwerkendePrikkels;
}
const overlapt = (l: P['leeftijd'], van: number, tot: number) => !l || ((l.van ?? -Infinity) <= tot && (l.tot ?? Infinity) >= van);

beforeAll(async () => {
  stapel = await startStapel();
  alle = await prikkels('');
}, 60_000);
afterAll(() => stapel?.stop());

describe('filters op tegenwerkende prikkels', () => {
  it('SZW-instrumenten tegen BZK-doelen voor 18 tot en met 23 jaar: één vraag, hetzelfde als met de hand', async () => {
    const uitkomst = await prikkels('instrumentDepartement: SZW, doelDepartement: BZK, leeftijd: { van: 18, tot: 23 }');
    const verwacht = alle.filter((p) => p.instrument.departement === 'SZW' && p.doel.departement === 'BZK' && overlapt(p.leeftijd, 18, 23));
    expect(uitkomst.map(sleutel)).toEqual(verwacht.map(sleutel));
    expect(uitkomst.length).toBeGreaterThan(0);
    // Het oude departement blijft "instrument óf doel": ruimer dan de twee kanten samen.
    expect((await prikkels('departement: SZW')).length).toBe(alle.filter((p) => p.instrument.departement === 'SZW' || p.doel.departement === 'SZW').length);
  });

  it('geeft een prikkel alleen voor ouderen de leeftijd van de groep (65+), zodat hij buiten 18-23 valt', async () => {
    const groep = await stapel.query<{ aandachtsgroep: { leeftijd: P['leeftijd'] } }>('{ aandachtsgroep(code: OUDEREN) { leeftijd { van tot } } }');
    expect(groep.data?.aandachtsgroep.leeftijd).toEqual({ van: 65, tot: null });
    const alleenOuderen = alle.filter((p) => p.aandachtsgroepen.length === 1 && p.aandachtsgroepen[0].code === 'OUDEREN');
    expect(alleenOuderen.length).toBeGreaterThan(0);
    for (const p of alleenOuderen) expect(p.leeftijd?.van ?? -1, sleutel(p)).toBeGreaterThanOrEqual(65);
    const jong = (await prikkels('leeftijd: { van: 18, tot: 23 }')).map(sleutel);
    expect(alleenOuderen.filter((p) => jong.includes(sleutel(p)))).toEqual([]);
    // De kostendelersnorm en dakloosheid: de leeftijd uit de passages over 21 jaar en de groep tot 23 jaar.
    const kostendelers = alle.filter((p) => p.instrument.code === 'KOSTENDELERSNORM' && p.indicator === 'DAK_EN_THUISLOOSHEID');
    expect(kostendelers.length).toBeGreaterThan(0);
    for (const p of kostendelers) expect(p.leeftijd).toEqual({ van: 21, tot: 22 });
  });

  it('filtert op partij, groepen, kruising en maatregel, ook in combinatie', async () => {
    const gemeenten = await prikkels('gedragenDoor: [GEMEENTEN], aandachtsgroepen: [STUDENTEN, OUDEREN], kruistDepartementen: true, metMaatregel: false');
    const verwacht = alle.filter(
      (p) => p.gedragenDoor.includes('GEMEENTEN') && p.aandachtsgroepen.some((g) => ['STUDENTEN', 'OUDEREN'].includes(g.code)) && p.kruistDepartementen && p.maatregelen.length === 0,
    );
    expect(gemeenten.map(sleutel)).toEqual(verwacht.map(sleutel));
    const met = await prikkels('metMaatregel: true');
    const zonder = await prikkels('metMaatregel: false');
    expect(met.length + zonder.length).toBe(alle.length);
    expect(met.every((p) => p.maatregelen.length > 0)).toBe(true);
  });

  it('dezelfde filters op een aandachtsgroep', async () => {
    const studenten = await prikkels('', 'studenten');
    const uitkomst = await prikkels('instrumentDepartement: BZK, kruistDepartementen: true', 'studenten');
    expect(uitkomst.map(sleutel)).toEqual(studenten.filter((p) => p.instrument.departement === 'BZK' && p.kruistDepartementen).map(sleutel));
  });

  it('een leeftijdsbereik dat niet kan, is een invoerfout', async () => {
    const r = await stapel.query(`{ analyse { tegenwerkendePrikkels(leeftijd: { van: 30, tot: 20 }) { score } } }`);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toContain('van (30) is groter dan tot (20)');
  });
});

describe('aggregaten uit de analyse', () => {
  it('de matrix van ministeries telt per cel precies de prikkels met dat instrument- en doelministerie, met hun groepen en indicatoren', async () => {
    const r = await stapel.query<{ analyse: { prikkelmatrix: { instrumentDepartement: string; doelDepartement: string; aantal: number; sterksteScore: number; aandachtsgroepen: { code: string }[]; indicatoren: string[] }[] } }>(
      `{ analyse { prikkelmatrix(kruistDepartementen: true) { instrumentDepartement doelDepartement aantal sterksteScore aandachtsgroepen { code } indicatoren } } }`,
    );
    expect(r.errors).toBeUndefined();
    const kruisend = alle.filter((p) => p.kruistDepartementen);
    const cellen = r.data!.analyse.prikkelmatrix;
    expect(cellen.reduce((n, c) => n + c.aantal, 0)).toBe(kruisend.length);
    for (const c of cellen) {
      const hier = kruisend.filter((p) => p.instrument.departement === c.instrumentDepartement && p.doel.departement === c.doelDepartement);
      expect(c.aantal).toBe(hier.length);
      expect(c.sterksteScore).toBe(Math.min(...hier.map((p) => p.score)));
      expect(new Set(c.indicatoren)).toEqual(new Set(hier.map((p) => p.indicator)));
      expect(new Set(c.aandachtsgroepen.map((g) => g.code))).toEqual(new Set(hier.flatMap((p) => p.aandachtsgroepen.map((g) => g.code))));
    }
  });

  it('de tellingen per groep, indicator en partij komen overeen met tellen in de client, ook met een filter', async () => {
    const r = await stapel.query<{ analyse: { prikkeltelling: { totaal: number; perAandachtsgroep: { aandachtsgroep: { code: string }; aantal: number }[]; perIndicator: { indicator: string; aantal: number }[]; perPartij: { partij: string; aantal: number }[] } } }>(
      `{ analyse { prikkeltelling(instrumentDepartement: SZW) { totaal perAandachtsgroep { aandachtsgroep { code } aantal } perIndicator { indicator aantal } perPartij { partij aantal } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const t = r.data!.analyse.prikkeltelling;
    const szw = alle.filter((p) => p.instrument.departement === 'SZW');
    expect(t.totaal).toBe(szw.length);
    for (const g of t.perAandachtsgroep) expect(g.aantal).toBe(szw.filter((p) => p.aandachtsgroepen.some((a) => a.code === g.aandachtsgroep.code)).length);
    for (const i of t.perIndicator) expect(i.aantal).toBe(szw.filter((p) => p.indicator === i.indicator).length);
    for (const x of t.perPartij) expect(x.aantal).toBe(szw.filter((p) => p.gedragenDoor.includes(x.partij)).length);
    expect(t.perIndicator.reduce((n, i) => n + i.aantal, 0)).toBe(szw.length);
    expect(new Set(t.perPartij.map((x) => x.partij))).toEqual(new Set(szw.flatMap((p) => p.gedragenDoor)));
  });
});

