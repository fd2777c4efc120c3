// Een ministerie dat hangt of weg is, houdt de gateway niet langer op dan de termijn,
// en de fout noemt het ministerie (niet zijn interne adres). Gedeeltelijke antwoorden
// (de andere ministeries wel) vragen nullable ministerievelden: dat is issue 8.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStapel, type Stapel } from '../hulp/stapel.js';

const TERMIJN_MS = 500;
const VRAAG = '{ aandachtsgroep(code: STUDENTEN) { naam szw { doelen { code } } } }';

async function luisterOpPoort0(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

describe('storingen bij een ministerie', () => {
  // Neemt verbindingen aan en antwoordt nooit, zoals een subgraph die met SIGSTOP stilstaat.
  const hangt = createServer(() => undefined);
  // Antwoordt met een HTTP-fout, zoals een subgraph in onderhoud of een te groot deelverzoek.
  const weigert = createServer((_req, res) => {
    res.statusCode = 503;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ errors: [{ message: 'in onderhoud' }] }));
  });
  let hangend: Stapel;
  let weg: Stapel;
  let geweigerd: Stapel;

  beforeAll(async () => {
    const hangpoort = await luisterOpPoort0(hangt);
    const dicht = createServer();
    const dichtePoort = await luisterOpPoort0(dicht);
    await new Promise((r) => dicht.close(r));
    hangend = await startStapel('sqlite', { subgraafUrls: { szw: `http://127.0.0.1:${hangpoort}/graphql` }, subgraaftermijnMs: TERMIJN_MS });
    weg = await startStapel('sqlite', { subgraafUrls: { szw: `http://127.0.0.1:${dichtePoort}/graphql` }, subgraaftermijnMs: TERMIJN_MS });
    const weigerpoort = await luisterOpPoort0(weigert);
    geweigerd = await startStapel('sqlite', { subgraafUrls: { szw: `http://127.0.0.1:${weigerpoort}/graphql` } });
  });
  afterAll(async () => {
    await Promise.all([hangend?.stop(), weg?.stop(), geweigerd?.stop()]);
    await new Promise((r) => weigert.close(r));
    hangt.closeAllConnections();
    await new Promise((r) => hangt.close(r));
  });

  it('antwoordt bij een hangend ministerie binnen de termijn, met een fout die SZW noemt', async () => {
    const begin = Date.now();
    const r = await hangend.query(VRAAG);
    expect(Date.now() - begin).toBeLessThan(TERMIJN_MS + 1500);
    expect(r.errors?.[0].message).toBe(`SZW gaf binnen ${TERMIJN_MS} ms geen antwoord; het verzoek is afgebroken.`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAAF_TERMIJN_VERLOPEN', subgraaf: 'szw', termijnMs: TERMIJN_MS });
    expect(JSON.stringify(r.errors)).not.toContain('127.0.0.1');
  });

  it('noemt een ministerie dat niet bereikbaar is', async () => {
    const r = await weg.query(VRAAG);
    expect(r.errors?.[0].message).toBe('SZW is niet bereikbaar (ECONNREFUSED).');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAAF_ONBEREIKBAAR', subgraaf: 'szw' });
    expect(JSON.stringify(r.errors)).not.toContain('127.0.0.1');
  });

  it('noemt een ministerie dat het deelverzoek weigert, met zijn reden en zonder zijn adres', async () => {
    const r = await geweigerd.query(VRAAG);
    expect(r.errors?.[0].message).toBe('SZW weigerde het deelverzoek (HTTP 503): in onderhoud');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAAF_WEIGERDE', subgraaf: 'szw', status: 503 });
    expect(JSON.stringify(r.errors)).not.toContain('127.0.0.1');
  });

  it('beantwoordt vragen aan de andere ministeries gewoon', async () => {
    for (const stapel of [hangend, weg, geweigerd]) {
      const r = await stapel.query<{ aandachtsgroep: { naam: string; ocw: { doelen: unknown[] } } }>(
        '{ aandachtsgroep(code: STUDENTEN) { naam ocw { doelen { code } } } }',
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.aandachtsgroep.naam).toBe('Studenten');
      expect(r.data!.aandachtsgroep.ocw.doelen.length).toBeGreaterThan(0);
    }
  });
});
