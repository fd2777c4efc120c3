// watAls door de gateway: welke tegenwerkende prikkels een keuze van maatregelen
// wegneemt. De verwachting rekent de test zelf uit het ruwe beleid van de ministeries
// (instrumenten met hun maatregelen en effecten), niet uit TegenwerkendePrikkel.maatregelen,
// en zonder vaste aantallen: de gegevens mogen veranderen, de regel niet.
import { beforeAll, describe, expect, it } from 'vitest';
import { vrijePoort } from '../../scripts/procesgroep.js';
import { startStapel, type Stapel } from '../hulp/stapel.js';
import { SUBGRAFEN } from '../../kern/config.js';
import { gebruik, gebruikStapel } from '../hulp/gebruik.js';

const MINISTERIES = SUBGRAFEN.map((s) => s.naam);

interface Leeftijd {
  van: number | null;
  tot: number | null;
}
interface RuweMaatregel {
  code: string;
  pakket: string;
  indicatoren: string[];
  leeftijd: Leeftijd | null;
}
interface RuwInstrument {
  code: string;
  maatregelen: RuweMaatregel[];
  effecten: { indicator: string }[];
}
interface P {
  instrument: { code: string; departement: string };
  doel: { code: string; departement: string };
  indicator: string;
  score: number;
  leeftijd: Leeftijd | null;
}
interface WatAls {
  maatregelen: { code: string; pakket: string }[];
  opgelost: P[];
  resterend: P[];
}

const sleutel = (p: P) => `${p.instrument.departement}:${p.instrument.code}>${p.doel.departement}:${p.doel.code}>${p.indicator}`;
const PRIKKEL = 'instrument { code departement } doel { code departement } indicator score leeftijd { van tot }';
const WATALS = `maatregelen { code pakket } opgelost { ${PRIKKEL} } resterend { ${PRIKKEL} }`;

/** Elke maatregel van elk ministerie, ook die zonder instrument (Departementsbeleid.maatregelen). */
let alleMaatregelen: RuweMaatregel[] = [];

/** Het ruwe beleid: per ministerie zijn instrumenten en maatregelen (één query per ministerie: samen zijn ze te duur). */
async function instrumenten(stapel: Stapel): Promise<Map<string, RuwInstrument>> {
  const perSleutel = new Map<string, RuwInstrument>();
  alleMaatregelen = [];
  for (const m of MINISTERIES) {
    const r = await stapel.query<{ analyse: Record<string, { instrumenten: RuwInstrument[]; maatregelen: RuweMaatregel[] } | null> }>(
      `{ analyse { ${m} { instrumenten { code maatregelen { code pakket indicatoren leeftijd { van tot } } effecten { indicator } } maatregelen { code pakket indicatoren leeftijd { van tot } } } } }`,
    );
    expect(r.errors, m).toBeUndefined();
    for (const i of r.data!.analyse[m]!.instrumenten) perSleutel.set(`${m.toUpperCase()}:${i.code}`, i);
    alleMaatregelen.push(...r.data!.analyse[m]!.maatregelen);
  }
  return perSleutel;
}

/**
 * De regel uit het issue, los van de analyselaag: een gekozen maatregel neemt een prikkel
 * weg als hij bij het instrument van de prikkel staat en dat instrument als geheel aanpast
 * (geen indicatoren) of juist het effect op de indicator van de prikkel, en als hij voor
 * alle leeftijden van de prikkel geldt (een maatregel "tot 23 jaar" lost een prikkel voor
 * iedereen niet op).
 */
function neemtWeg(instrument: RuwInstrument, p: P, gekozen: (m: RuweMaatregel) => boolean): boolean {
  const omvat = (m: Leeftijd | null, q: Leeftijd | null) =>
    !m || (!!q && (m.van ?? -Infinity) <= (q.van ?? -Infinity) && (m.tot ?? Infinity) >= (q.tot ?? Infinity));
  return instrument.maatregelen.some((m) => gekozen(m) && (m.indicatoren.length === 0 || m.indicatoren.includes(p.indicator)) && omvat(m.leeftijd, p.leeftijd));
}

const stapel = gebruikStapel();
let beleid: Map<string, RuwInstrument>;
let alle: P[];
let geldigeCodes: string[];

const instrumentVan = (p: P) => beleid.get(`${p.instrument.departement}:${p.instrument.code}`)!;

async function watAls(argumenten: string): Promise<{ data?: { analyse: { watAls: WatAls } }; errors?: { message: string; path?: unknown; extensions?: Record<string, unknown> }[] }> {
  return stapel.query<{ analyse: { watAls: WatAls } }>(`{ analyse { watAls(${argumenten}) { ${WATALS} } } }`);
}

/** opgelost en resterend samen zijn precies de prikkels, zonder overlap en in dezelfde volgorde. */
function verwachtVerdeling(uitkomst: WatAls, prikkels: P[], weg: (p: P) => boolean) {
  const opgelost = uitkomst.opgelost.map(sleutel);
  const resterend = uitkomst.resterend.map(sleutel);
  expect(opgelost.filter((s) => resterend.includes(s))).toEqual([]);
  expect(opgelost).toEqual(prikkels.filter(weg).map(sleutel));
  expect(resterend).toEqual(prikkels.filter((p) => !weg(p)).map(sleutel));
  expect([...opgelost, ...resterend].sort()).toEqual(prikkels.map(sleutel).sort());
}

beforeAll(async () => {
  beleid = await instrumenten(stapel);
  const r = await stapel.query<{ analyse: { tegenwerkendePrikkels: P[] } }>(`{ analyse { tegenwerkendePrikkels { ${PRIKKEL} } } }`);
  expect(r.errors).toBeUndefined();
  alle = r.data!.analyse.tegenwerkendePrikkels;
  geldigeCodes = [...new Set(alleMaatregelen.map((m) => m.code))].sort();
  // Elke prikkel komt uit een effect van zijn instrument op zijn indicator.
  for (const p of alle) expect(instrumentVan(p).effecten.map((e) => e.indicator), sleutel(p)).toContain(p.indicator);
}, 60_000);

describe('watAls over een pakket', () => {
  it('SPOEDPAKKET neemt precies de prikkels weg waarvan een spoedmaatregel het instrument of dat effect aanpast', async () => {
    const r = await watAls('pakket: SPOEDPAKKET');
    expect(r.errors).toBeUndefined();
    const uitkomst = r.data!.analyse.watAls;
    const spoed = (m: RuweMaatregel) => m.pakket === 'SPOEDPAKKET';
    verwachtVerdeling(uitkomst, alle, (p) => neemtWeg(instrumentVan(p), p, spoed));
    // Anders bewijst de verdeling niets: het pakket lost iets op en laat iets over.
    expect(uitkomst.opgelost.length).toBeGreaterThan(0);
    expect(uitkomst.resterend.length).toBeGreaterThan(0);
    // Precies de spoedmaatregelen, elk één keer, ook die geen instrument aanpassen (en dus niets wegnemen).
    const spoedcodes = [...new Set(alleMaatregelen.filter(spoed).map((m) => m.code))].sort();
    expect(uitkomst.maatregelen.map((m) => m.code).sort()).toEqual(spoedcodes);
    expect(uitkomst.maatregelen.every((m) => m.pakket === 'SPOEDPAKKET')).toBe(true);
  });

  it('zegt hetzelfde als Analyse.maatregelen: opgelost is de vereniging van de prikkels van de gekozen maatregelen', async () => {
    const [pakket, perMaatregel] = await Promise.all([
      watAls('pakket: SAMENWERKINGSAGENDA'),
      stapel.query<{ analyse: { maatregelen: { maatregel: { code: string; pakket: string }; prikkels: P[] }[] } }>(
        `{ analyse { maatregelen { maatregel { code pakket } prikkels { ${PRIKKEL} } } } }`,
      ),
    ]);
    expect(pakket.errors ?? perMaatregel.errors).toBeUndefined();
    const verwacht = new Set(
      perMaatregel.data!.analyse.maatregelen.filter((m) => m.maatregel.pakket === 'SAMENWERKINGSAGENDA').flatMap((m) => m.prikkels.map(sleutel)),
    );
    expect(pakket.data!.analyse.watAls.opgelost.map(sleutel).sort()).toEqual([...verwacht].sort());
    verwachtVerdeling(pakket.data!.analyse.watAls, alle, (p) => neemtWeg(instrumentVan(p), p, (m) => m.pakket === 'SAMENWERKINGSAGENDA'));
  });
});

describe('watAls over losse maatregelen', () => {
  it('een maatregel met indicatoren neemt alleen de prikkels op die indicatoren weg, niet de andere van zijn instrument', async () => {
    // Uit de gegevens: een maatregel voor een deel van de effecten van een instrument dat ook
    // prikkels op andere indicatoren heeft.
    const kandidaat = alle
      .flatMap((p) => instrumentVan(p).maatregelen.filter((m) => m.indicatoren.length > 0 && !m.indicatoren.includes(p.indicator)).map((m) => ({ m, p })))
      .find(({ m, p }) => alle.some((q) => sleutel(q) !== sleutel(p) && instrumentVan(q) === instrumentVan(p) && m.indicatoren.includes(q.indicator)));
    expect(kandidaat, 'de gegevens hebben een maatregel voor een deel van de effecten van een instrument').toBeDefined();
    const { m, p: blijft } = kandidaat!;
    const r = await watAls(`maatregelen: ["${m.code}"]`);
    expect(r.errors).toBeUndefined();
    const uitkomst = r.data!.analyse.watAls;
    expect(uitkomst.maatregelen.map((x) => x.code)).toEqual([m.code]);
    verwachtVerdeling(uitkomst, alle, (p) => neemtWeg(instrumentVan(p), p, (x) => x.code === m.code));
    expect(uitkomst.opgelost.length).toBeGreaterThan(0);
    expect(uitkomst.resterend.map(sleutel)).toContain(sleutel(blijft));
  });

  it('een maatregel zonder indicatoren neemt elke prikkel van zijn instrument weg', async () => {
    const geheel = [...beleid.values()].flatMap((i) => i.maatregelen).find((m) => m.indicatoren.length === 0 && !m.leeftijd && alle.some((p) => neemtWeg(instrumentVan(p), p, (x) => x.code === m.code)));
    expect(geheel, 'de gegevens hebben een maatregel die een instrument als geheel aanpast').toBeDefined();
    const r = await watAls(`maatregelen: ["${geheel!.code}"]`);
    expect(r.errors).toBeUndefined();
    verwachtVerdeling(r.data!.analyse.watAls, alle, (p) => instrumentVan(p).maatregelen.some((x) => x.code === geheel!.code));
  });

  it('een maatregel voor een deel van de leeftijden neemt alleen de prikkels binnen die leeftijden weg', async () => {
    // "Pas de kostendelersnorm in elk geval niet toe voor de groep tot 23 jaar" (SZW).
    const r = await watAls('maatregelen: ["KOSTENDELERSNORM_NIET_TOT_23"]');
    expect(r.errors).toBeUndefined();
    const uitkomst = r.data!.analyse.watAls;
    verwachtVerdeling(uitkomst, alle, (p) => neemtWeg(instrumentVan(p), p, (x) => x.code === 'KOSTENDELERSNORM_NIET_TOT_23'));
    expect(uitkomst.opgelost.length).toBeGreaterThan(0);
    for (const p of uitkomst.opgelost) expect(p.leeftijd?.tot ?? Infinity, sleutel(p)).toBeLessThanOrEqual(22);
    // De prikkel op woningdelen geldt voor iedereen: de maatregel neemt hem maar voor een deel weg.
    const delen = await stapel.query<{ analyse: { tegenwerkendePrikkels: { maatregelen: { code: string }[]; deelmaatregelen: { code: string }[] }[] } }>(
      '{ analyse { tegenwerkendePrikkels(instrumentDepartement: SZW, indicator: WONINGDELEN) { maatregelen { code } deelmaatregelen { code } } } }',
    );
    const kdn = delen.data!.analyse.tegenwerkendePrikkels.filter((p) => p.deelmaatregelen.some((m) => m.code === 'KOSTENDELERSNORM_NIET_TOT_23'));
    expect(kdn.length).toBeGreaterThan(0);
    for (const p of kdn) expect(p.maatregelen.map((m) => m.code)).not.toContain('KOSTENDELERSNORM_NIET_TOT_23');
    expect(uitkomst.resterend.some((p) => p.instrument.code === 'KOSTENDELERSNORM' && p.indicator === 'WONINGDELEN')).toBe(true);
  });

  it('codes en pakket samen: de vereniging, elke maatregel één keer', async () => {
    const buitenSpoed = [...beleid.values()].flatMap((i) => i.maatregelen).find((m) => m.pakket !== 'SPOEDPAKKET')!;
    const eenSpoed = [...beleid.values()].flatMap((i) => i.maatregelen).find((m) => m.pakket === 'SPOEDPAKKET')!;
    const r = await watAls(`maatregelen: ["${buitenSpoed.code}", "${eenSpoed.code}", "${buitenSpoed.code}"], pakket: SPOEDPAKKET`);
    expect(r.errors).toBeUndefined();
    const uitkomst = r.data!.analyse.watAls;
    const codes = uitkomst.maatregelen.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain(buitenSpoed.code);
    const gekozen = (m: RuweMaatregel) => m.pakket === 'SPOEDPAKKET' || m.code === buitenSpoed.code;
    verwachtVerdeling(uitkomst, alle, (p) => neemtWeg(instrumentVan(p), p, gekozen));
  });
});

describe('watAls met een ongeldige keuze', () => {
  it('noemt een onbekende code en alle geldige codes', async () => {
    const r = await watAls(`maatregelen: ["BESTAAT_NIET", "${geldigeCodes[0]}"]`);
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]).toMatchObject({ path: ['analyse', 'watAls'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(r.errors![0].message).toMatch(/^Onbekende maatregel: BESTAAT_NIET\. Geldige codes: /);
    expect(r.errors![0].message).toContain(`Geldige codes: ${geldigeCodes.join(', ')}.`);
  });

  it('vraagt om maatregelen of een pakket als er geen van beide is', async () => {
    for (const argumenten of ['', 'maatregelen: []', 'maatregelen: null, pakket: null']) {
      const r = await stapel.query(`{ analyse { watAls${argumenten ? `(${argumenten})` : ''} { opgelost { score } } } }`);
      expect(r.errors?.[0], argumenten).toMatchObject({ path: ['analyse', 'watAls'], extensions: { code: 'BAD_USER_INPUT' } });
      expect(r.errors![0].message).toMatch(/^Geef maatregelen .* of een pakket \(SPOEDPAKKET of SAMENWERKINGSAGENDA\)/);
    }
  });
});

describe('watAls als een ministerie niet antwoordt', () => {
  // Een poort waar niemand luistert: SZW weigert elke verbinding.
  const zonderSzw = gebruik(
    'De stapel zonder SZW',
    async () => startStapel('sqlite', { subgraafUrls: { szw: `http://127.0.0.1:${await vrijePoort()}/graphql` } }),
    (stapel) => stapel.stop(),
    60_000,
  );

  it('rekent met de andere vier en meldt ONVOLLEDIGE_ANALYSE', async () => {
    const r = await zonderSzw.query<{ analyse: { watAls: WatAls } }>(`{ analyse { watAls(pakket: SPOEDPAKKET) { ${WATALS} } } }`);
    const zonder = alle.filter((p) => p.instrument.departement !== 'SZW' && p.doel.departement !== 'SZW');
    expect(zonder.length).toBeLessThan(alle.length);
    verwachtVerdeling(r.data!.analyse.watAls, zonder, (p) => neemtWeg(instrumentVan(p), p, (m) => m.pakket === 'SPOEDPAKKET'));
    const onvolledig = r.errors?.filter((e) => e.extensions?.code === 'ONVOLLEDIGE_ANALYSE');
    expect(onvolledig).toHaveLength(1);
    expect(onvolledig![0]).toMatchObject({ path: ['analyse', 'watAls'], extensions: { departementen: ['SZW'] } });
  });

  it('zegt bij een code van het ontbrekende ministerie dat diens maatregelen niet te kennen zijn', async () => {
    const codesVan = (szw: boolean) => [...beleid.entries()].filter(([k]) => k.startsWith('SZW:') === szw).flatMap(([, i]) => i.maatregelen.map((m) => m.code));
    const szwCode = codesVan(true).find((c) => !codesVan(false).includes(c))!;
    expect(szwCode).toBeDefined();
    const r = await zonderSzw.query(`{ analyse { watAls(maatregelen: ["${szwCode}"]) { opgelost { score } } } }`);
    const fout = r.errors?.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
    expect(fout?.message).toContain(`Onbekende maatregel: ${szwCode}.`);
    expect(fout?.message).toContain('De maatregelen van SZW zijn niet te kennen');
  });
});
