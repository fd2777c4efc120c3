// De filters op tegenwerkendePrikkels door de gateway: elk filter geeft precies wat een
// analist met de hand uit de volledige lijst zou halen, en filters zijn te combineren. Het
// filter is één invoertype (Prikkelfilter); de losse argumenten van daarvoor werken nog,
// verouderd, en geven hetzelfde.
import { beforeAll, describe, expect, it } from 'vitest';
import { gebruikStapel } from '../hulp/gebruik.js';

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

const stapel = gebruikStapel();
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
  alle = await prikkels('');
}, 60_000);

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

  it('filtert op één instrument, één doel en een bron, zodat een pagina één prikkel of de prikkels van één bron vraagt zonder de hele lijst', async () => {
    const uitkomst = await prikkels('filter: { instrument: "KOSTENDELERSNORM", doel: "WONINGDELEN_EN_SPLITSEN", indicator: WONINGDELEN }');
    expect(uitkomst.map(sleutel)).toEqual(['SZW:KOSTENDELERSNORM>BZK:WONINGDELEN_EN_SPLITSEN>WONINGDELEN']);
    expect((await prikkels('filter: { instrument: "KOSTENDELERSNORM" }')).map(sleutel)).toEqual(alle.filter((p) => p.instrument.code === 'KOSTENDELERSNORM').map(sleutel));
    expect((await prikkels('filter: { doel: "WONINGDELEN_EN_SPLITSEN" }')).map(sleutel)).toEqual(alle.filter((p) => p.doel.code === 'WONINGDELEN_EN_SPLITSEN').map(sleutel));
    expect(await prikkels('filter: { instrument: "BESTAAT_NIET" }')).toEqual([]);

    const metBronnen = await stapel.query<{ analyse: { tegenwerkendePrikkels: (P & { bronnen: { document: string; vindplaats: string }[] })[] } }>(
      `{ analyse { tegenwerkendePrikkels { ${VELDEN} bronnen { document vindplaats } } } }`,
    );
    const lijst = metBronnen.data!.analyse.tegenwerkendePrikkels;
    const { document, vindplaats } = lijst[0].bronnen[0];
    const opDocument = await prikkels(`filter: { bron: { document: "${document}" } }`);
    expect(opDocument.map(sleutel)).toEqual(lijst.filter((p) => p.bronnen.some((b) => b.document === document)).map(sleutel));
    const opVindplaats = await prikkels(`filter: { bron: { document: "${document}", vindplaats: ${JSON.stringify(vindplaats)} } }`);
    expect(opVindplaats.map(sleutel)).toEqual(lijst.filter((p) => p.bronnen.some((b) => b.document === document && b.vindplaats === vindplaats)).map(sleutel));
    expect(opVindplaats.length).toBeGreaterThan(0);
    expect(opVindplaats.length).toBeLessThanOrEqual(opDocument.length);
    // Een leeg bronfilter filtert niet, zoals elk weggelaten criterium.
    expect((await prikkels('filter: { bron: {} }')).length).toBe(alle.length);
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

  it('telt per instrument (met indicator en de richting waarin het duwt) en per doel, zodat een netwerk weet welk verband tegenwerkt', async () => {
    const r = await stapel.query<{
      analyse: {
        prikkeltelling: { totaal: number; perInstrument: { instrument: { code: string; departement: string }; indicator: string; richting: string; aantal: number }[]; perDoel: { doel: { code: string; departement: string }; aantal: number }[] };
        tegenwerkendePrikkels: (P & { doel: { richting: string } })[];
      };
    }>(
      `{ analyse { prikkeltelling(filter: { aandachtsgroep: DAK_EN_THUISLOZEN }) { totaal perInstrument { instrument { code departement } indicator richting aantal } perDoel { doel { code departement } aantal } }
        tegenwerkendePrikkels(filter: { aandachtsgroep: DAK_EN_THUISLOZEN }) { ${VELDEN} doel { richting } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const { prikkeltelling: t, tegenwerkendePrikkels: lijst } = r.data!.analyse;
    expect(t.perInstrument.reduce((n, i) => n + i.aantal, 0)).toBe(t.totaal);
    expect(t.perDoel.reduce((n, d) => n + d.aantal, 0)).toBe(t.totaal);
    for (const i of t.perInstrument) {
      const hier = lijst.filter((p) => p.instrument.code === i.instrument.code && p.instrument.departement === i.instrument.departement && p.indicator === i.indicator);
      // Het instrument duwt tegen de richting van de doelen in die het tegenwerkt.
      expect(i.aantal).toBe(hier.filter((p) => p.doel.richting !== i.richting).length);
    }
    for (const d of t.perDoel) expect(d.aantal).toBe(lijst.filter((p) => p.doel.code === d.doel.code && p.doel.departement === d.doel.departement).length);
    // De kostendelersnorm duwt woningdelen omlaag, tegen het BZK-doel in.
    expect(t.perInstrument).toContainEqual({ instrument: { code: 'KOSTENDELERSNORM', departement: 'SZW' }, indicator: 'WONINGDELEN', richting: 'AFNAME', aantal: expect.any(Number) });
  });
});


describe('filter: Prikkelfilter naast de verouderde losse argumenten', () => {
  const ALLES = 'instrumentDepartement: SZW, kruistDepartementen: true, maxScore: -1, uitspraak: [BELEIDSDOEL, AANBEVELING], leeftijd: { van: 18, tot: 23 }, gedragenDoor: [GEMEENTEN, PERSOON], slapend: null';

  it('het filter en de losse argumenten geven hetzelfde, ook gemengd, op elk veld met een filter', async () => {
    const los = await prikkels(ALLES);
    expect(los.length).toBeGreaterThan(0);
    expect((await prikkels(`filter: { ${ALLES} }`)).map(sleutel)).toEqual(los.map(sleutel));
    // Deels in het filter, deels los: beide tellen (en).
    expect((await prikkels('filter: { instrumentDepartement: SZW, leeftijd: { van: 18, tot: 23 } }, kruistDepartementen: true, maxScore: -1, uitspraak: [BELEIDSDOEL, AANBEVELING], gedragenDoor: [GEMEENTEN, PERSOON], slapend: null')).map(sleutel)).toEqual(los.map(sleutel));
    // Als variabele, zoals de overzichten het filter vullen.
    const r = await stapel.query<{ analyse: { tegenwerkendePrikkels: P[] } }>(
      `query($f: Prikkelfilter) { analyse { tegenwerkendePrikkels(filter: $f) { ${VELDEN} } } }`,
      { f: { instrumentDepartement: 'SZW', kruistDepartementen: true, maxScore: -1, uitspraak: ['BELEIDSDOEL', 'AANBEVELING'], leeftijd: { van: 18, tot: 23 }, gedragenDoor: ['GEMEENTEN', 'PERSOON'], slapend: null } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.analyse.tegenwerkendePrikkels.map(sleutel)).toEqual(los.map(sleutel));

    const groep = 'instrumentDepartement: BZK, kruistDepartementen: true, alleenLetterlijk: false';
    expect((await prikkels(`filter: { ${groep} }`, 'studenten')).map(sleutel)).toEqual((await prikkels(groep, 'studenten')).map(sleutel));

    const samen = await stapel.query<Record<string, unknown>>(`{ analyse {
      matrixLos: prikkelmatrix(doelDepartement: BZK, alleenLetterlijk: true) { instrumentDepartement doelDepartement aantal sterksteScore }
      matrixFilter: prikkelmatrix(filter: { doelDepartement: BZK, alleenLetterlijk: true }) { instrumentDepartement doelDepartement aantal sterksteScore }
      tellingLos: prikkeltelling(aandachtsgroepen: [STUDENTEN, OUDEREN], metMaatregel: true) { totaal perIndicator { indicator aantal } }
      tellingFilter: prikkeltelling(filter: { aandachtsgroepen: [STUDENTEN, OUDEREN], metMaatregel: true }) { totaal perIndicator { indicator aantal } }
      maatregelenLos: maatregelen(slapend: true) { maatregel { code } prikkels { indicator score } }
      maatregelenFilter: maatregelen(filter: { slapend: true }) { maatregel { code } prikkels { indicator score } }
      watAlsLos: watAls(pakket: SPOEDPAKKET, slapend: null) { opgelost { indicator score } resterend { indicator score } }
      watAlsFilter: watAls(pakket: SPOEDPAKKET, filter: { slapend: null }) { opgelost { indicator score } resterend { indicator score } }
    } }`);
    expect(samen.errors).toBeUndefined();
    const a = samen.data!.analyse as Record<string, unknown>;
    for (const veld of ['matrix', 'telling', 'maatregelen', 'watAls']) {
      expect(a[`${veld}Filter`], veld).toEqual(a[`${veld}Los`]);
      expect(JSON.stringify(a[`${veld}Los`]).length, veld).toBeGreaterThan(20);
    }
  });

  it('een criterium in het filter én los is een invoerfout die het noemt, ook met dezelfde waarde of null', async () => {
    for (const args of ['filter: { maxScore: -2 }, maxScore: -2', 'filter: { maxScore: -2, slapend: true }, maxScore: -3, slapend: null, departement: BZK']) {
      const r = await stapel.query(`{ analyse { tegenwerkendePrikkels(${args}) { score } } }`);
      expect(r.data, args).toBeNull();
      expect(r.errors?.[0].extensions?.code, args).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].message, args).toContain('staat zowel in filter als als los argument van tegenwerkendePrikkels');
    }
    const r = await stapel.query(`{ analyse { watAls(pakket: SPOEDPAKKET, alleenLetterlijk: true, filter: { alleenLetterlijk: true, slapend: null }) { opgelost { score } } } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumenten: ['alleenLetterlijk'] });
    expect(r.errors?.[0].message).toContain('Geef het alleen in filter: { alleenLetterlijk: … }');
    // Via een variabele evengoed; een variabele die niet meekomt, is niet gegeven.
    const v = await stapel.query(`query($f: Prikkelfilter, $s: Boolean) { analyse { prikkeltelling(filter: $f, slapend: $s) { totaal } } }`, { f: { slapend: true } });
    expect(v.errors).toBeUndefined();
    const w = await stapel.query(`query($f: Prikkelfilter, $s: Boolean) { analyse { prikkeltelling(filter: $f, slapend: $s) { totaal } } }`, { f: { slapend: true }, s: true });
    expect(w.errors?.[0].message).toContain('slapend staat zowel in filter als als los argument van prikkeltelling');
    // De controles van het filter gelden ook in het filter.
    const fout = await stapel.query(`{ analyse { prikkelmatrix(filter: { maxScore: 1 }) { aantal } } }`);
    expect(fout.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fout.errors?.[0].message).toContain('maxScore is 1');
  });

  it('op een aandachtsgroep is een andere groep in het filter een invoerfout', async () => {
    const r = await stapel.query(`{ aandachtsgroep(code: STUDENTEN) { tegenwerkendePrikkels(filter: { aandachtsgroepen: [OUDEREN] }) { score } } }`);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toContain('geeft de prikkels van STUDENTEN');
  });

  it('introspectie toont de losse argumenten als verouderd, met het filterveld in de plaats', async () => {
    const r = await stapel.query<{ __type: { fields: { name: string; args: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] }[] } }>(
      `{ __type(name: "Analyse") { fields(includeDeprecated: true) { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const velden = new Map(r.data!.__type.fields.map((v) => [v.name, v.args]));
    const args = velden.get('tegenwerkendePrikkels')!;
    expect(args.find((a) => a.name === 'filter')).toMatchObject({ isDeprecated: false });
    expect(args.filter((a) => a.isDeprecated).map((a) => a.name)).toHaveLength(14);
    expect(args.find((a) => a.name === 'maxScore')?.deprecationReason).toBe('Gebruik filter: { maxScore: … }.');
    expect(velden.get('watAls')!.filter((a) => a.isDeprecated).map((a) => a.name)).toEqual(['alleenLetterlijk', 'slapend']);
  });
});
