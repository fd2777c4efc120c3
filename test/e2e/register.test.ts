// Het toezeggingenregister, de partijen, de lasten, de monitoring, de gebieden en de
// indirecte prikkels door de gateway. De verwachting rekent de test zelf uit het ruwe
// beleid dat de ministeries geven (Analyse.<ministerie>), zonder vaste aantallen: de
// gegevens mogen groeien, de regels niet.
import { beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAFEN } from '../../kern/config.js';
import { gebruikStapel } from '../hulp/gebruik.js';

const MINISTERIES = SUBGRAFEN.map((s) => s.naam);

interface Eigenaar { code: string; departement: string | null; partij: string | null }
interface Maatregel { code: string; departement: string; eigenaar: Eigenaar; status: string; termijn: { uiterlijk: string } | null }
interface Effect { indicator: string; score: number; gedragenDoor: string[]; aandachtsgroepen: { code: string }[] }
interface Ruw {
  maatregelen: Maatregel[];
  monitoring: { code: string; indicatoren: string[]; eigenaar: Eigenaar | null }[];
  verbanden: { van: string; naar: string; score: number; aandachtsgroepen: { code: string }[] }[];
  doelen: { code: string; indicator: string; richting: string; aandachtsgroepen: { code: string }[] }[];
  instrumenten: { code: string; effecten: Effect[] }[];
  cijferreeksen: { code: string; indicator: string | null; gebied: { code: string } }[];
}

// In delen: het hele beleid van een ministerie in één vraag kost meer dan de grens toelaat.
const RUW = [
  'maatregelen { code departement eigenaar { code departement partij } status termijn { uiterlijk } }',
  'monitoring { code indicatoren eigenaar { code departement partij } } verbanden { van naar score aandachtsgroepen { code } }',
  'doelen { code indicator richting aandachtsgroepen { code } } cijferreeksen { code indicator gebied { code } }',
  'instrumenten { code effecten { indicator score gedragenDoor aandachtsgroepen { code } } }',
];

const stapel = gebruikStapel();
const ruw = new Map<string, Ruw>();
const alle = <K extends keyof Ruw>(k: K): (Ruw[K][number] & { dep: string })[] =>
  [...ruw.entries()].flatMap(([dep, b]) => (b[k] as Ruw[K][number][]).map((x) => ({ ...x, dep })));

async function vraag<T>(query: string): Promise<T> {
  const r = await stapel.query<T>(query);
  expect(r.errors, query).toBeUndefined();
  return r.data!;
}

beforeAll(async () => {
  for (const m of MINISTERIES) {
    const delen = await Promise.all(RUW.map((deel) => vraag<{ analyse: Record<string, Partial<Ruw>> }>(`{ analyse { ${m} { ${deel} } } }`)));
    ruw.set(m.toUpperCase(), Object.assign({}, ...delen.map((d) => d.analyse[m])) as Ruw);
  }
}, 60_000);

describe('het toezeggingenregister', () => {
  it('geeft elke open maatregel van elk ministerie één keer, de vroegste termijn eerst en zonder termijn achteraan', async () => {
    const d = await vraag<{ analyse: { toezeggingen: Maatregel[] } }>(`{ analyse { toezeggingen { code departement eigenaar { code } status termijn { uiterlijk } } } }`);
    const lijst = d.analyse.toezeggingen;
    const open = alle('maatregelen').filter((m) => !['UITGEVOERD', 'VERVALLEN'].includes(m.status));
    expect(lijst.map((m) => `${m.departement}:${m.code}`).sort()).toEqual(open.map((m) => `${m.dep}:${m.code}`).sort());
    const data = lijst.map((m) => m.termijn?.uiterlijk ?? '~');
    expect(data).toEqual([...data].sort());
    expect(lijst.filter((m) => m.termijn).length).toBeGreaterThan(0);
  });

  it('filtert op eigenaar, ook een partij, en weigert een onbekende eigenaar met de geldige waarden', async () => {
    const partij = alle('maatregelen').find((m) => m.eigenaar.partij)!;
    expect(partij, 'minstens één toezegging van een partij').toBeDefined();
    const d = await vraag<{ analyse: { toezeggingen: Maatregel[] } }>(`{ analyse { toezeggingen(eigenaar: "${partij.eigenaar.code}", ookAfgerond: true) { code eigenaar { code partij } } } }`);
    expect(d.analyse.toezeggingen.map((m) => m.code).sort()).toEqual(alle('maatregelen').filter((m) => m.eigenaar.code === partij.eigenaar.code).map((m) => m.code).sort());
    const fout = await stapel.query(`{ analyse { toezeggingen(eigenaar: "gemeente") { code } } }`);
    expect(fout.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fout.errors?.[0].message).toMatch(/Onbekende eigenaar "gemeente".*GEMEENTEN/);
  });

  it('kent geen toezegging van een ministerie die een ander ministerie vastlegt', () => {
    for (const m of alle('maatregelen')) if (m.eigenaar.departement) expect(m.eigenaar.departement, m.code).toBe(m.dep);
    for (const m of alle('monitoring')) if (m.eigenaar?.departement) expect(m.eigenaar.departement, m.code).toBe(m.dep);
  });
});

describe('partijen en lasten', () => {
  it('geeft de partijen met hun rollen per groep, en per groep de rollen van de partijen', async () => {
    const d = await vraag<{ partijen: { code: string; rollen: { aandachtsgroepen: { code: string }[] }[] }[]; aandachtsgroep: { partijrollen: { partij: string }[] } }>(
      `{ partijen { code rollen { aandachtsgroepen { code } } } aandachtsgroep(code: STATUSHOUDERS) { partijrollen { partij } } }`,
    );
    expect(d.partijen.map((p) => p.code)).toContain('GEMEENTEN');
    const verwacht = d.partijen.flatMap((p) => p.rollen.filter((r) => r.aandachtsgroepen.some((g) => g.code === 'STATUSHOUDERS')).map(() => p.code));
    expect(d.aandachtsgroep.partijrollen.map((r) => r.partij)).toEqual(verwacht);
    expect(verwacht.length).toBeGreaterThan(0);
  });

  it('lasten: per instrument precies de effecten die gemeenten dragen, met de eisen die het instrument noemen', async () => {
    const d = await vraag<{ analyse: { lasten: { instrument: { code: string; departement: string }; dragers: string[]; effecten: Effect[]; eisen: { code: string }[] }[] }; partijen: { eisen: { code: string; instrumenten: { departement: string; code: string }[] }[] }[] }>(
      `{ analyse { lasten(partijen: [GEMEENTEN]) { instrument { code departement } dragers effecten { indicator score gedragenDoor aandachtsgroepen { code } } eisen { code } } }
         partijen { eisen { code instrumenten { departement code } } } }`,
    );
    const lasten = d.analyse.lasten;
    const metEffect = alle('instrumenten').filter((i) => i.effecten.some((e) => e.gedragenDoor.includes('GEMEENTEN')));
    expect(lasten.filter((l) => l.effecten.length > 0).map((l) => `${l.instrument.departement}:${l.instrument.code}`).sort()).toEqual(metEffect.map((i) => `${i.dep}:${i.code}`).sort());
    for (const l of lasten) {
      expect(l.effecten.every((e) => e.gedragenDoor.includes('GEMEENTEN'))).toBe(true);
      const eisen = d.partijen.flatMap((p) => p.eisen).filter((e) => e.instrumenten.some((i) => i.departement === l.instrument.departement && i.code === l.instrument.code));
      expect(l.eisen.map((e) => e.code).sort()).toEqual(eisen.map((e) => e.code).sort());
    }
    // De brief van de G4 en G40 vraagt de kostendelersnorm weg te nemen: die last staat erin mét die eis.
    expect(lasten.find((l) => l.instrument.code === 'KOSTENDELERSNORM')?.eisen.length).toBeGreaterThan(0);
  });
});

describe('monitoring en gebieden', () => {
  it('zonderMonitoring noemt precies de indicatoren die geen monitoringadvies meet', async () => {
    const d = await vraag<{ analyse: { monitoring: { indicator: string; adviezen: { code: string }[] }[] } }>(
      `{ analyse { monitoring(zonderMonitoring: true) { indicator adviezen { code } } } }`,
    );
    const gemeten = new Set(alle('monitoring').flatMap((m) => m.indicatoren));
    const alleIndicatoren = (await vraag<{ __type: { enumValues: { name: string }[] } }>(`{ __type(name: "Indicator") { enumValues { name } } }`)).__type.enumValues.map((v) => v.name);
    expect(d.analyse.monitoring.map((m) => m.indicator)).toEqual(alleIndicatoren.filter((i) => !gemeten.has(i)));
    expect(gemeten.size).toBeGreaterThan(0);
  });

  it('gebiedsvergelijking zet elke reeks van een indicator bij haar gebied, het land eerst', async () => {
    const perIndicator = new Map<string, Set<string>>();
    for (const r of alle('cijferreeksen')) if (r.indicator) perIndicator.set(r.indicator, (perIndicator.get(r.indicator) ?? new Set()).add(r.gebied.code));
    // De indicator met de meeste gebieden: daar valt iets te vergelijken.
    const [indicator, gebieden] = [...perIndicator.entries()].sort((a, b) => b[1].size - a[1].size)[0];
    expect(gebieden.size, `${indicator} in meer dan één gebied`).toBeGreaterThan(1);
    const d = await vraag<{ analyse: { gebiedsvergelijking: { gebied: { code: string; soort: string }; cijferreeksen: { code: string; gebied: { code: string } }[] }[] } }>(
      `{ analyse { gebiedsvergelijking(indicator: ${indicator}) { gebied { code soort } cijferreeksen { code gebied { code } } } } }`,
    );
    const v = d.analyse.gebiedsvergelijking;
    expect(new Set(v.map((g) => g.gebied.code))).toEqual(gebieden);
    if (gebieden.has('NL01')) expect(v[0].gebied).toEqual({ code: 'NL01', soort: 'LAND' });
    for (const g of v) for (const r of g.cijferreeksen) expect(r.gebied.code).toBe(g.gebied.code);
  });
});

describe('indirecte prikkels', () => {
  it('elke keten is een bestaand effect plus een bestaand verband, samen tegen een doel in, met de zwakste stap als score', async () => {
    const d = await vraag<{ analyse: { indirectePrikkels: { instrument: { code: string; departement: string }; doel: { code: string; departement: string; richting: string }; via: string; indicator: string; score: number; aandachtsgroepen: { code: string }[]; stappen: { van: string; naar: string; score: number; bron: { document: string } }[] }[] } }>(
      `{ analyse { indirectePrikkels { instrument { code departement } doel { code departement richting } via indicator score aandachtsgroepen { code } stappen { van naar score bron { document } } } } }`,
    );
    const ketens = d.analyse.indirectePrikkels;
    expect(ketens.length).toBeGreaterThan(0);
    for (const k of ketens) {
      const [effect, verband] = k.stappen;
      const instrument = alle('instrumenten').find((i) => i.dep === k.instrument.departement && i.code === k.instrument.code)!;
      expect(instrument.effecten.some((e) => e.indicator === k.via && e.score === effect.score)).toBe(true);
      expect(alle('verbanden').some((v) => v.van === k.via && v.naar === k.indicator && v.score === verband.score)).toBe(true);
      const doel = alle('doelen').find((x) => x.dep === k.doel.departement && x.code === k.doel.code)!;
      expect(doel.indicator).toBe(k.indicator);
      // Het teken van de keten is het product van de stappen, en dat gaat tegen het doel in.
      expect(effect.score * verband.score > 0).toBe(doel.richting === 'AFNAME');
      expect(k.score).toBe(-Math.min(Math.abs(effect.score), Math.abs(verband.score)));
      expect(k.aandachtsgroepen.length).toBeGreaterThan(0);
    }
  });
});
