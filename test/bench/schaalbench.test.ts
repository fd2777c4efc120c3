// Wat de schaalbench (issue 25) zelf afleidt: de vorm van de vragen uit de supergraph (de
// eerste pagina prikkels pas als er paginering is) en de doelen uit de metingen, waar een
// time-out of een weigering nooit als gehaald mag tellen.
import { describe, expect, it } from 'vitest';
import type { Vraagmeting } from '../../bench/schaal/latentie.js';
import { schaaldoelen, type Schaalresultaat } from '../../bench/schaal/rapport.js';
import { schaalvragen } from '../../bench/schaal/vragen.js';
import { ingecheckteSupergraph } from '../../schema/gereedschap/compositie.js';

describe('de vragen van de schaalbench', () => {
  it('nemen de hele lijst als de supergraph geen paginering heeft, en zeggen dat', () => {
    // Een supergraph van vóór de verbinding: het veld heet anders, dus geen tegenwerkendePrikkels…(first:).
    const sdl = ingecheckteSupergraph().replaceAll('tegenwerkendePrikkelsVerbinding', 'andereVerbinding');
    const pagina = schaalvragen(sdl).find((v) => v.naam === 'prikkelpagina')!;
    expect(pagina.vorm).toMatch(/^hele lijst/);
  });

  it('nemen de verbinding zodra die er is (de ingecheckte supergraph heeft haar)', () => {
    const vragen = schaalvragen(ingecheckteSupergraph());
    const pagina = vragen.find((v) => v.naam === 'prikkelpagina')!;
    expect(pagina.vorm).toBe('verbinding: analyse.tegenwerkendePrikkelsVerbinding(first: 50)');
    expect(JSON.parse(pagina.body).query).toMatch(/tegenwerkendePrikkelsVerbinding\(first: 50\) \{ edges \{ node \{/);
    expect(vragen.find((v) => v.naam === 'prikkeltelling')!.vorm).toBe('analyse.prikkeltelling { totaal }');
  });
});

describe('de doelen van de schaalbench', () => {
  const meting = (p50: number | null, fouten: Record<string, number> = {}, timeouts = 0): Vraagmeting => ({
    vorm: '',
    verzoeken: 20,
    geslaagd: p50 === null ? 0 : 20,
    p50,
    max: p50,
    eersteMs: p50 ?? 30_000,
    timeouts,
    fouten,
    subgrafenMs: {},
  });
  const resultaat = (k: number, vragen: Schaalresultaat['vragen']): Schaalresultaat => ({
    k,
    bestanden: 5 * k,
    genererenMs: 0,
    import: { ms: 0, rijen: 0, perMinisterie: {} as Schaalresultaat['import']['perMinisterie'] },
    gereedMs: 0,
    opwarmen: { ms: 1000, bron: 'gezondheid', mislukt: null },
    rssGereed: { gateway: 100 },
    rssNa: { gateway: 100 },
    vragen,
    publicatie: { status: 201, publicatieMs: 500, eersteAntwoordMs: 20, eersteZichtbaar: true, zichtbaarNaMs: 520, inElkAntwoord: true, daarna: ['nieuw', 'nieuw', 'nieuw'] },
    doorvoer: {},
  });
  const gehaald = (doelen: ReturnType<typeof schaaldoelen>, begin: string) => doelen.find((d) => d.doel.startsWith(begin))?.gehaald;

  it('noemt een time-out bij k=50 een gemist doel, en een doel zonder de nodige k niet gemeten', () => {
    const doelen = schaaldoelen([resultaat(1, { prikkeltelling: meting(10) }), resultaat(50, { prikkeltelling: meting(null, { SUBGRAAF_TERMIJN_VERLOPEN: 1 }, 1) })]);
    expect(gehaald(doelen, 'k=50')).toBe(false);
    expect(gehaald(doelen, 'aantal prikkels')).toBe(false);
    expect(gehaald(doelen, 'RSS totaal')).toBeNull();
    expect(gehaald(doelen, 'publicatie')).toBe(true);
  });

  it('rekent het geheugen met het hoogste van gereed en na per proces, niet met één moment', () => {
    const een = resultaat(1, {});
    const twintig = { ...resultaat(20, {}), rssGereed: { gateway: 100, analyse: 200 }, rssNa: { gateway: 120, analyse: 50 } };
    const doelen = schaaldoelen([{ ...een, rssGereed: { gateway: 100, analyse: 100 }, rssNa: { gateway: 100, analyse: 100 } }, twintig]);
    // Na de metingen 170 MB (0,85×), maar de analyselaag had bij gereed 200 MB: 320 tegen 200 is 1,6×.
    expect(gehaald(doelen, 'RSS totaal')).toBe(false);
  });

  it('laat een snelle mediaan over de paar verzoeken die niet geweigerd werden, geen doel halen', () => {
    const doelen = schaaldoelen([resultaat(1, { prikkelpagina: meting(10, { TE_DUUR: 15 }) })]);
    expect(gehaald(doelen, 'eerste pagina')).toBe(false);
    expect(gehaald(doelen, 'k=50')).toBeNull();
  });
});
