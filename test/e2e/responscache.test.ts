// De responscache van de gateway: herhaalde vragen kosten geen SQL, en na een import
// die via Redis is gemeld, is het nieuwe gegeven meteen zichtbaar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importeer } from '../../kern/editie/importeren.js';
import { meldDataGewijzigd } from '../../kern/wijzigingsbericht.js';
import { proefeditie, SZW_DATA, szwSubgraaf } from '../hulp/proefeditie.js';
import { testRedis } from '../hulp/redis.js';
import { startStapel, type Stapel } from '../hulp/stapel.js';

const redis = await testRedis();
const VRAAG = '{ aandachtsgroep(code: WOONWAGENBEWONERS) { szw { instrumenten { code } } } tegenwerkendePrikkels(indicator: AANBOD_WOONWAGENSTANDPLAATSEN) { instrument { code } } }';

function sql(stapel: Stapel): number {
  return stapel.subgrafen.reduce((n, s) => n + s.db.teller.aantal, 0);
}

describe.skipIf(!redis)('responscache met Redis', () => {
  let stapel: Stapel;
  beforeAll(async () => {
    stapel = await startStapel('sqlite', { redis });
  });
  afterAll(() => stapel?.stop());

  it('beantwoordt een herhaalde vraag zonder de databases te raadplegen', async () => {
    const eerste = await stapel.query(VRAAG);
    const voor = sql(stapel);
    const tweede = await stapel.query(VRAAG);
    expect(sql(stapel)).toBe(voor);
    expect(tweede.data).toEqual(eerste.data);
  });

  it('toont na een gemelde import meteen het nieuwe gegeven, ook in de afgeleide prikkels', async () => {
    await stapel.query(VRAAG);
    const szw = szwSubgraaf(stapel);
    const map = proefeditie('PROEF_CACHE', -1);
    try {
      await importeer(szw.db.orm.em, map, 'SZW');
      await meldDataGewijzigd('SZW', redis);
      const na = await stapel.query<{ aandachtsgroep: { szw: { instrumenten: { code: string }[] } }; tegenwerkendePrikkels: { instrument: { code: string } }[] }>(VRAAG);
      expect(na.data!.aandachtsgroep.szw.instrumenten.map((i) => i.code)).toContain('PROEF_CACHE');
      expect(na.data!.tegenwerkendePrikkels.map((p) => p.instrument.code)).toContain('PROEF_CACHE');
    } finally {
      await importeer(szw.db.orm.em, SZW_DATA, 'SZW');
      await meldDataGewijzigd('SZW', redis);
    }
    const terug = await stapel.query<{ aandachtsgroep: { szw: { instrumenten: { code: string }[] } } }>(VRAAG);
    expect(terug.data!.aandachtsgroep.szw.instrumenten.map((i) => i.code)).not.toContain('PROEF_CACHE');
  });
});

describe('zonder Redis', () => {
  let stapel: Stapel;
  beforeAll(async () => {
    stapel = await startStapel('sqlite', { redis: null });
  });
  afterAll(() => stapel?.stop());

  it('cachet de gateway niets', async () => {
    await stapel.query(VRAAG);
    const voor = sql(stapel);
    await stapel.query(VRAAG);
    expect(sql(stapel)).toBeGreaterThan(voor);
  });
});
