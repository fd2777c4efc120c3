// De responscache van de gateway: herhaalde vragen bereiken geen subgraph, en na een
// publicatie die via Redis is gemeld, is het nieuwe gegeven meteen zichtbaar.
import { describe, expect, it } from 'vitest';
import { proefeditie, SZW_DATA, szwSubgraaf } from '../hulp/proefeditie.js';
import { testRedis } from '../hulp/redis.js';
import { gebruikStapel } from '../hulp/gebruik.js';

const redis = await testRedis();
const VRAAG = '{ aandachtsgroep(code: WOONWAGENBEWONERS) { szw { instrumenten { code } } } analyse { tegenwerkendePrikkels(indicator: AANBOD_WOONWAGENSTANDPLAATSEN) { instrument { code } } } }';

describe.skipIf(!redis)('responscache met Redis', () => {
  const stapel = gebruikStapel('sqlite', { redis });

  it('beantwoordt een herhaalde vraag zonder de subgraphs te vragen', async () => {
    const eerste = await stapel.query(VRAAG);
    const voor = stapel.subgraafverzoeken();
    const tweede = await stapel.query(VRAAG);
    expect(stapel.subgraafverzoeken()).toBe(voor);
    expect(tweede.data).toEqual(eerste.data);
  });

  it('markeert een antwoord uit de cache met Age, en bewaart geen antwoord met een fout', async () => {
    const vraag = (query: string) => fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    await vraag(VRAAG);
    expect((await vraag(VRAAG)).headers.get('age')).toMatch(/^\d+$/);
    const fout = '{ analyse { tegenwerkendePrikkels(maxScore: 2) { score } } }';
    await vraag(fout);
    const voor = stapel.subgraafverzoeken();
    const opnieuw = await vraag(fout);
    expect(opnieuw.headers.get('age')).toBeNull();
    expect(stapel.subgraafverzoeken()).toBeGreaterThan(voor);
  });

  it('toont na een gemelde import meteen het nieuwe gegeven, ook in de afgeleide prikkels', async () => {
    await stapel.query(VRAAG);
    const szw = szwSubgraaf(stapel);
    const map = proefeditie('PROEF_CACHE', -1);
    try {
      // importeerMap: importeren, de momentopname herladen en dat aan Redis melden.
      await szw.importeerMap(map);
      const na = await stapel.query<{ aandachtsgroep: { szw: { instrumenten: { code: string }[] } }; analyse: { tegenwerkendePrikkels: { instrument: { code: string } }[] } }>(VRAAG);
      expect(na.data!.aandachtsgroep.szw.instrumenten.map((i) => i.code)).toContain('PROEF_CACHE');
      expect(na.data!.analyse.tegenwerkendePrikkels.map((p) => p.instrument.code)).toContain('PROEF_CACHE');
    } finally {
      await szw.importeerMap(SZW_DATA);
    }
    const terug = await stapel.query<{ aandachtsgroep: { szw: { instrumenten: { code: string }[] } } }>(VRAAG);
    expect(terug.data!.aandachtsgroep.szw.instrumenten.map((i) => i.code)).not.toContain('PROEF_CACHE');
  });
});

describe('zonder Redis', () => {
  const stapel = gebruikStapel('sqlite', { redis: null });

  it('cachet de gateway niets', async () => {
    await stapel.query(VRAAG);
    const voor = stapel.subgraafverzoeken();
    await stapel.query(VRAAG);
    expect(stapel.subgraafverzoeken()).toBeGreaterThan(voor);
  });
});
