// De prikkelmatrix en de maatregelen zijn andere kijkjes op dezelfde afgeleide prikkels:
// ze moeten precies optellen tot de lijst van tegenwerkendePrikkels.
import { beforeAll, describe, expect, it } from 'vitest';
import { gebruikStapel } from '../hulp/gebruik.js';

interface P {
  instrument: { code: string; departement: string };
  doel: { code: string; departement: string };
  indicator: string;
  score: number;
  maatregelen?: { code: string }[];
}
const sleutel = (p: P) => `${p.instrument.code}>${p.doel.code}>${p.indicator}`;
const VELDEN = 'instrument { code departement } doel { code departement } indicator score';

const stapel = gebruikStapel();
let alle: P[];
beforeAll(async () => {
  alle = (await stapel.query<{ analyse: { tegenwerkendePrikkels: P[] } }>(`{ analyse { tegenwerkendePrikkels { ${VELDEN} maatregelen { code } } } }`)).data!.analyse.tegenwerkendePrikkels;
});

describe('prikkelmatrix', () => {
  it('telt elke prikkel in precies de cel van zijn twee ministeries, met de laagste score als sterkste', async () => {
    const r = await stapel.query<{ analyse: { prikkelmatrix: { instrumentDepartement: string; doelDepartement: string; aantal: number; sterksteScore: number; prikkels: P[] }[] } }>(
      `{ analyse { prikkelmatrix { instrumentDepartement doelDepartement aantal sterksteScore prikkels { ${VELDEN} } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const cellen = r.data!.analyse.prikkelmatrix;
    expect(cellen.reduce((n, c) => n + c.aantal, 0)).toBe(alle.length);
    expect(new Set(cellen.map((c) => `${c.instrumentDepartement}>${c.doelDepartement}`)).size).toBe(cellen.length);
    for (const cel of cellen) {
      expect(cel.prikkels).toHaveLength(cel.aantal);
      expect(cel.sterksteScore).toBe(Math.min(...cel.prikkels.map((p) => p.score)));
      for (const p of cel.prikkels) expect([p.instrument.departement, p.doel.departement]).toEqual([cel.instrumentDepartement, cel.doelDepartement]);
    }
    expect(cellen.flatMap((c) => c.prikkels).map(sleutel).sort()).toEqual(alle.map(sleutel).sort());
    // De kostendelersnorm van SZW werkt tegen het woningdelen dat BZK wil: die cel bestaat.
    const szwBzk = cellen.find((c) => c.instrumentDepartement === 'SZW' && c.doelDepartement === 'BZK');
    expect(szwBzk?.prikkels.map((p) => p.instrument.code)).toContain('KOSTENDELERSNORM');
  });

  it('filtert op aandachtsgroep zoals tegenwerkendePrikkels', async () => {
    const [matrix, lijst] = await Promise.all([
      stapel.query<{ analyse: { prikkelmatrix: { aantal: number }[] } }>('{ analyse { prikkelmatrix(aandachtsgroep: STUDENTEN) { aantal } } }'),
      stapel.query<{ analyse: { tegenwerkendePrikkels: unknown[] } }>('{ analyse { tegenwerkendePrikkels(aandachtsgroep: STUDENTEN) { score } } }'),
    ]);
    const totaal = matrix.data!.analyse.prikkelmatrix.reduce((n, c) => n + c.aantal, 0);
    expect(totaal).toBe(lijst.data!.analyse.tegenwerkendePrikkels.length);
    expect(totaal).toBeLessThan(alle.length);
  });
});

describe('maatregelen met hun prikkels', () => {
  it('noemt bij elke maatregel precies de prikkels die hem als maatregel hebben', async () => {
    const r = await stapel.query<{ analyse: { maatregelen: { maatregel: { code: string }; prikkels: P[] }[] } }>(
      `{ analyse { maatregelen { maatregel { code } prikkels { ${VELDEN} } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const regels = r.data!.analyse.maatregelen;
    const verwacht = new Map<string, string[]>();
    for (const p of alle) for (const m of p.maatregelen ?? []) verwacht.set(m.code, [...(verwacht.get(m.code) ?? []), sleutel(p)]);
    expect(regels.map((m) => m.maatregel.code).sort()).toEqual([...verwacht.keys()].sort());
    for (const m of regels) expect(m.prikkels.map(sleutel).sort()).toEqual(verwacht.get(m.maatregel.code)!.sort());
    const sterkste = regels.map((m) => Math.min(...m.prikkels.map((p) => p.score)));
    expect(sterkste).toEqual([...sterkste].sort((a, b) => a - b));
  });
});
