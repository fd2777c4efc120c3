// Een vraag die niemand meer wil, kost niemand nog werk. Gaat een client weg (of verloopt de
// termijn van de gateway), dan breekt de gateway het deelverzoek af, en de subgraph ziet zijn
// verbinding dichtgaan; een subgraph geeft dat aan zijn resolvers door als signaal in de
// context (kern/http.ts), zodat een lange berekening stopt. Wie met een ander op hetzelfde
// antwoord wacht en weggaat, kost die ander niets.
import { ApolloServer, type BaseContext } from '@apollo/server';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luister, MAXIMALE_SUBGRAAFBODY, type Luisteraar, type Verzoekcontext } from '../../kern/http.js';
import { maakLogboek } from '../../kern/logboek.js';
import type { Subgraaf } from '../../subgraphs/ministerie/subgraaf.js';
import { gebruik } from '../hulp/gebruik.js';
import { startStapel, type Stapel } from '../hulp/stapel.js';
import { logopvanger } from '../hulp/logopvanger.js';
import { subgraafMetData } from '../hulp/subgraaf.js';
import { trageSubgraaf, type TrageSubgraaf } from '../hulp/traagheid.js';

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Hoe lang het afbreken mag duren voordat de subgraph het ziet, op een drukke machine met twee kernen. */
const BINNEN_MS = 2000;
const binnen = <T>(belofte: Promise<T>, ms = BINNEN_MS) =>
  Promise.race([belofte, wacht(ms).then(() => Promise.reject(new Error(`niet binnen ${ms} ms`)))]);

describe('een subgraph hoort dat de gateway wegging (luister)', () => {
  let stappen = 0;
  let gestoptOp: number | undefined;
  let begonnen!: Promise<void>;
  let meldBegin!: () => void;
  let bewaard: AbortSignal | undefined;
  const nieuwBegin = () => (begonnen = new Promise<void>((r) => (meldBegin = r)));
  const log = logopvanger();
  let server: ApolloServer<BaseContext & Partial<Verzoekcontext>>;
  let http: Luisteraar;

  beforeAll(async () => {
    server = new ApolloServer<BaseContext & Partial<Verzoekcontext>>({
      typeDefs: 'type Query { lang: Int kort: Int }',
      resolvers: {
        Query: {
          // Een lange berekening die tussen haar stappen naar het signaal kijkt, zoals een resolver van de analyselaag zou doen.
          lang: async (_bron: unknown, _args: unknown, { signaal }: Partial<Verzoekcontext>) => {
            meldBegin();
            for (let i = 0; i < 1000; i++) {
              if (signaal?.aborted) gestoptOp = stappen;
              signaal?.throwIfAborted();
              stappen += 1;
              await wacht(10);
            }
            return stappen;
          },
          kort: (_bron: unknown, _args: unknown, { signaal }: Partial<Verzoekcontext>) => {
            bewaard = signaal;
            return 1;
          },
        },
      },
    });
    await server.start();
    http = await luister(server, async () => ({}), { poort: 0, logboek: maakLogboek({ proces: 'subgraaf', bestemming: log.stroom, niveau: 'info' }) });
  });
  afterAll(async () => {
    await http?.stop();
    await server?.stop();
  });

  it('een resolver ziet signaal.aborted zodra de client de verbinding verbreekt, en stopt', async () => {
    nieuwBegin();
    const client = new AbortController();
    const verzoek = fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ lang }' }), signal: client.signal }).catch(
      (f: unknown) => f,
    );
    await binnen(begonnen);
    await wacht(50);
    client.abort();
    expect(await verzoek).toBeInstanceOf(Error);
    const tot = Date.now() + BINNEN_MS;
    while (gestoptOp === undefined && Date.now() < tot) await wacht(10);
    expect(gestoptOp).toBeDefined();
    // Na het stoppen doet de resolver niets meer.
    const na = stappen;
    await wacht(300);
    expect(stappen).toBe(na);
    expect(stappen).toBeLessThan(1000);
    // De dienst zegt in zijn logboek dat de client wegging, en meldt geen interne fout.
    const regels = log.gelezen();
    expect(regels.some((r) => String(r.msg).startsWith('client brak het verzoek af'))).toBe(true);
    expect(regels.some((r) => r.level === 50)).toBe(false);
  });

  it('na een volledig antwoord gaat het signaal niet af, ook niet als de verbinding daarna dichtgaat', async () => {
    const agent = new Agent();
    const antwoord = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ kort }' }),
      // @ts-expect-error dispatcher is een optie van de fetch van Node (undici), niet van de DOM-typen
      dispatcher: agent,
    });
    expect(await antwoord.json()).toEqual({ data: { kort: 1 } });
    await agent.destroy();
    await wacht(100);
    expect(bewaard).toBeInstanceOf(AbortSignal);
    expect(bewaard!.aborted).toBe(false);
  });
});

describe('de gateway breekt deelverzoeken af die niemand meer wil', () => {
  const TERMIJN_MS = 2500;
  const VRAAG = '{ aandachtsgroep(code: ARBEIDSMIGRANTEN) { naam szw { doelen { code } instrumenten { code } } } }';
  /** Wat SZW over de groep zei, in het antwoord van de gateway: zonder SZW zou dat null zijn. */
  const beleidVanSzw = (data: Record<string, unknown> | undefined) => {
    const szw = (data?.aandachtsgroep as { szw: { doelen: unknown[]; instrumenten: unknown[] } | null } | undefined)?.szw;
    return szw ? szw.doelen.length + szw.instrumenten.length : 0;
  };
  // Een echte SZW-subgraph achter een die pas doorgeeft als de test het zegt.
  const szw = gebruik<{ subgraaf: Subgraaf; http: Luisteraar }>(
    'SZW',
    async () => {
      const subgraaf = await subgraafMetData('SZW');
      return { subgraaf, http: await luister(subgraaf.server, async () => subgraaf.context(), { poort: 0, maximaleBody: MAXIMALE_SUBGRAAFBODY }) };
    },
    async ({ subgraaf, http }) => {
      await http.stop();
      await subgraaf.sluit();
    },
  );
  const traag = gebruik<TrageSubgraaf>(
    'de trage SZW',
    async () => {
      const t = await trageSubgraaf(szw.http.url.replace(/\/graphql$/, ''));
      t.laatDoor();
      return t;
    },
    (t) => t.stop(),
  );
  const log = logopvanger();
  // Met gebruik (niet gebruikStapel): de URL van de trage SZW is er pas na diens start.
  const stapel = gebruik<Stapel>(
    'de stapel',
    () => startStapel('sqlite', { subgraafUrls: { szw: traag.url }, subgraaftermijnMs: TERMIJN_MS, logbestemming: log.stroom }),
    (s) => s.stop(),
  );

  /** Een vraag aan de gateway die de test kan afbreken; de belofte geeft de JSON, of de fout van het afbreken. */
  const vraag = (query: string, signaal?: AbortSignal) =>
    fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), signal: signaal }).then(
      async (a) => (await a.json()) as { data?: Record<string, unknown>; errors?: { extensions?: Record<string, unknown> }[] },
      (f: unknown) => ({ afgebroken: f }) as { data?: undefined; errors?: undefined; afgebroken: unknown },
    );
  const metrieken = async () => (await fetch(stapel.url.replace(/\/graphql$/, '/metrics'))).text();
  /** De waarde van een reeks in de tekst van /metrics (0 als hij er niet is). */
  const reeks = (tekst: string, naam: string, labels: string) => Number(new RegExp(`^${naam}\\{[^}]*${labels}[^}]*\\} (\\S+)$`, 'm').exec(tekst)?.[1] ?? 0);

  it('gaat de client weg, dan ziet SZW zijn verbinding dichtgaan; de onderbreker pauzeert SZW daar niet om', async () => {
    traag.laatDoor(false);
    for (let i = 0; i < 3; i++) {
      const client = new AbortController();
      const al = traag.verzoeken.length;
      const antwoord = vraag(VRAAG, client.signal);
      const gezien = await binnen(traag.binnen(al + 1));
      const begin = performance.now();
      client.abort();
      await binnen(gezien.afgebroken);
      expect(performance.now() - begin).toBeLessThan(BINNEN_MS);
      expect(gezien.beantwoord).toBe(false);
      expect(await antwoord).toHaveProperty('afgebroken');
    }
    const tekst = await metrieken();
    expect(reeks(tekst, 'thuis_subgraaf_verzoekduur_seconden_count', 'subgraaf="szw",uitkomst="afgebroken"')).toBe(3);
    expect(reeks(tekst, 'thuis_subgraaf_fouten_totaal', 'subgraaf="szw",uitkomst="termijn_verlopen"')).toBe(0);
    expect(reeks(tekst, 'thuis_subgraaf_fouten_totaal', 'subgraaf="szw",uitkomst="onbereikbaar"')).toBe(0);
    // Drie clients die weggingen, zijn geen ministerie dat hapert: SZW antwoordt de volgende gewoon.
    const gezondheid = (await (await fetch(stapel.url.replace(/\/graphql$/, '/health'))).json()) as { gepauzeerdeSubgraphs?: string[] };
    expect(gezondheid.gepauzeerdeSubgraphs ?? []).not.toContain('szw');
    traag.laatDoor();
    const volgende = await vraag(VRAAG);
    expect(volgende.errors).toBeUndefined();
    expect(beleidVanSzw(volgende.data)).toBeGreaterThan(0);
    // Het logboek van de gateway zegt dat de client wegging, zonder interne fout.
    const regels = log.gelezen().filter((r) => r.proces === 'gateway');
    expect(regels.filter((r) => String(r.msg).startsWith('client brak het verzoek af')).length).toBeGreaterThanOrEqual(3);
    expect(regels.filter((r) => r.level === 50)).toEqual([]);
  });

  it('twee clients met dezelfde vraag: gaat de een weg, dan krijgt de ander zijn volledige antwoord', async () => {
    traag.laatDoor(false);
    const al = traag.verzoeken.length;
    const eerste = new AbortController();
    const a = vraag(VRAAG, eerste.signal);
    const gezien = await binnen(traag.binnen(al + 1));
    const b = vraag(VRAAG);
    // De tweede sluit aan bij de eerste: SZW krijgt geen tweede verzoek.
    await wacht(200);
    expect(traag.verzoeken.length).toBe(al + 1);
    eerste.abort();
    expect(await a).toHaveProperty('afgebroken');
    await wacht(300);
    expect(gezien.afgebrokenNaMs).toBeUndefined();
    traag.laatDoor();
    const antwoord = await b;
    expect(antwoord.errors).toBeUndefined();
    expect(beleidVanSzw(antwoord.data)).toBeGreaterThan(0);
    expect(gezien.beantwoord).toBe(true);
  });

  it('twee clients met dezelfde vraag: gaan beide weg, dan breekt het deelverzoek af', async () => {
    traag.laatDoor(false);
    const al = traag.verzoeken.length;
    const eerste = new AbortController();
    const tweede = new AbortController();
    const a = vraag(VRAAG, eerste.signal);
    const gezien = await binnen(traag.binnen(al + 1));
    const b = vraag(VRAAG, tweede.signal);
    await wacht(200);
    eerste.abort();
    await wacht(200);
    expect(gezien.afgebrokenNaMs).toBeUndefined();
    tweede.abort();
    await binnen(gezien.afgebroken);
    expect(await a).toHaveProperty('afgebroken');
    expect(await b).toHaveProperty('afgebroken');
    expect(traag.verzoeken.length).toBe(al + 1);
    traag.laatDoor();
  });

  it('twee verschillende vragen met hetzelfde deelverzoek aan SZW: gaat de een weg, dan krijgt de ander SZW gewoon; gaan beide weg, dan breekt het af', async () => {
    // Dezelfde vraag plus het beleid van BZK: een andere operatie (de antwoordcache voegt ze niet samen), met hetzelfde deelverzoek aan SZW.
    const MET_BZK = VRAAG.replace('naam szw', 'naam bzk { doelen { code } } szw');
    const gedeeld = async () => reeks(await metrieken(), 'thuis_subgraaf_gedeelde_verzoeken_totaal', 'subgraaf="szw"');
    for (const beideWeg of [false, true]) {
      traag.laatDoor(false);
      const al = traag.verzoeken.length;
      const voor = await gedeeld();
      const eerste = new AbortController();
      const tweede = new AbortController();
      const a = vraag(VRAAG, eerste.signal);
      const gezien = await binnen(traag.binnen(al + 1));
      const b = vraag(MET_BZK, tweede.signal);
      const tot = Date.now() + BINNEN_MS;
      while ((await gedeeld()) === voor && Date.now() < tot) await wacht(20);
      expect(await gedeeld()).toBe(voor + 1);
      eerste.abort();
      expect(await a).toHaveProperty('afgebroken');
      await wacht(300);
      expect(gezien.afgebrokenNaMs).toBeUndefined();
      if (beideWeg) {
        tweede.abort();
        await binnen(gezien.afgebroken);
        expect(await b).toHaveProperty('afgebroken');
      } else {
        traag.laatDoor();
        const antwoord = await b;
        expect(antwoord.errors).toBeUndefined();
        expect(beleidVanSzw(antwoord.data)).toBeGreaterThan(0);
        expect(gezien.beantwoord).toBe(true);
      }
      expect(traag.verzoeken.length).toBe(al + 1);
    }
    traag.laatDoor();
  });

  it('verloopt de termijn van de gateway, dan breekt hij het deelverzoek af en zegt dat aan de client', async () => {
    traag.laatDoor(false);
    const al = traag.verzoeken.length;
    const antwoord = vraag(VRAAG);
    const gezien = await binnen(traag.binnen(al + 1));
    const na = await binnen(gezien.afgebroken, TERMIJN_MS + BINNEN_MS);
    expect(na).toBeGreaterThanOrEqual(TERMIJN_MS - 100);
    const { errors } = await antwoord;
    expect(errors?.map((e) => e.extensions?.code)).toContain('SUBGRAAF_TERMIJN_VERLOPEN');
    traag.laatDoor();
  });
});
