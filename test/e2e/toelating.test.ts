// Toelating naar echte kosten (issue 20): de schatting volgt de lijsten van nu, een
// identiteit heeft een budget per seconde, en zware operaties wachten op een plek.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luister, MAXIMALE_SUBGRAAFBODY, type Luisteraar } from '../../kern/http.js';
import type { Subgraaf } from '../../subgraphs/ministerie/subgraaf.js';
import { startStapel } from '../hulp/stapel.js';
import { subgraafMetData } from '../hulp/subgraaf.js';
import { sha256 } from '../../gateway/toegang/identificatie.js';
import { LIMIETEN } from '../../gateway/limieten/grenzen.js';
import { KOSTENTABEL, kostenVan } from '../../gateway/limieten/kosten.js';
import { createRequire } from 'node:module';
import { getIntrospectionQuery, getOperationAST, parse, type IntrospectionQuery } from 'graphql';
import type { Stapel } from '../hulp/stapel.js';
import { gebruikStapel } from '../hulp/gebruik.js';

const HEEL_HET_BELEID = readFileSync(new URL('../../bench/operaties/heel-het-beleid.graphql', import.meta.url), 'utf8');
const ZWAAR = '{ analyse { tegenwerkendePrikkels { score instrument { code } } prikkeltelling { totaal } } }';
const LICHT = '{ aandachtsgroepen { code naam } }';

const SLEUTELS: Record<string, [string, 'analist' | 'beheer']> = {
  'analist-een-0123456789abcdef': ['analist-een', 'analist'],
  'analist-twee-0123456789abcdef': ['analist-twee', 'analist'],
  'beheer-0123456789abcdef0123': ['beheer', 'beheer'],
};
const [EEN, TWEE, BEHEER] = Object.keys(SLEUTELS);

async function post(stapel: Stapel, query: string, sleutel: string) {
  const r = await fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': sleutel }, body: JSON.stringify({ query }) });
  return { status: r.status, koppen: r.headers, ...((await r.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
}

const toegang = { modus: 'productie' as const, anoniem: null, apiSleutels: new Map(Object.entries(SLEUTELS).map(([s, [naam, rol]]) => [sha256(s), { naam, rollen: [rol] }])) };

describe('kosten naar de gegevens van nu', () => {
  const stapel = gebruikStapel('sqlite', { toegang });

  it('laat de natuurlijke vraag (heel het beleid van alle groepen, met bronnen) door, die met de grootste lijstlengtes te duur was', async () => {
    // Met de vaste tabel (elke lijst zo lang als de langste) ligt deze vraag boven de grens.
    // Het schema zoals clients het zien, uit de introspectie van deze gateway; gebouwd met de
    // graphql die graphql-query-complexity laadt (onder vitest de CommonJS-kopie, net als die van @apollo/gateway).
    const { buildClientSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
    const schema = buildClientSchema((await post(stapel, getIntrospectionQuery(), EEN)).data as IntrospectionQuery);
    const document = parse(HEEL_HET_BELEID);
    expect(kostenVan(schema, document, getOperationAST(document)!, undefined, KOSTENTABEL)).toBeGreaterThan(LIMIETEN.kosten);
    await expect.poll(async () => (await post(stapel, HEEL_HET_BELEID, EEN)).status, { timeout: 10_000 }).toBe(200);
    const r = await post(stapel, HEEL_HET_BELEID, EEN);
    const kosten = Number(r.koppen.get('x-kosten'));
    expect(kosten).toBeGreaterThan(1000);
    expect(kosten).toBeLessThanOrEqual(LIMIETEN.kosten);
    expect((r.data as { aandachtsgroepen: unknown[] }).aandachtsgroepen).toHaveLength(9);
  });
});

describe('een budget per identiteit', () => {
  const stapel = gebruikStapel('sqlite', { toegang, kostenbudget: { perSeconde: 8000, maximaalWachtenMs: 200 } });

  it('geeft wie zijn budget opmaakt 429 met Retry-After, terwijl een ander gewoon antwoord krijgt', async () => {
    const antwoorden = await Promise.all(Array.from({ length: 12 }, (_, i) => post(stapel, ZWAAR.replace('score', `score a${i}: score`), EEN)));
    const geweigerd = antwoorden.filter((a) => a.status === 429);
    expect(antwoorden.filter((a) => a.status === 200).length).toBeGreaterThan(0);
    expect(geweigerd.length).toBeGreaterThan(0);
    expect(geweigerd[0].errors?.[0].extensions?.code).toBe('TE_VEEL_VERZOEKEN');
    expect(geweigerd[0].errors?.[0].message).toMatch(/budget van 8000 kosteneenheden per seconde/);
    expect(Number(geweigerd[0].koppen.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Ook een 429 zegt met de RateLimit-koppen wat het budget is en wanneer het weer vol is.
    expect(geweigerd[0].koppen.get('ratelimit-limit')).toBe('8000');
    expect(geweigerd[0].koppen.get('ratelimit-remaining')).toBe('0');
    expect(geweigerd[0].koppen.get('ratelimit-policy')).toBe('8000;w=1');
    const ander = await post(stapel, LICHT, TWEE);
    expect(ander.status).toBe(200);
    expect(ander.koppen.get('ratelimit-limit')).toBe('8000');
    expect(Number(ander.koppen.get('ratelimit-remaining'))).toBeLessThan(8000);
  });
});

describe('een grens aan zwaar werk tegelijk', () => {
  const stapel = gebruikStapel('sqlite', { toegang, kostenbudget: false, zwaarwerk: { drempel: 2000, tegelijk: 1, wachtrij: 1, maximaalWachtenMs: 10_000 } });

  it('laat zware operaties wachten of weigert ze met 503, en een lichte gaat er altijd langs', async () => {
    const zwaar = Array.from({ length: 6 }, (_, i) => post(stapel, ZWAAR.replace('score', `score b${i}: score`), EEN));
    const licht = await post(stapel, LICHT, TWEE);
    expect(licht.status).toBe(200);
    const antwoorden = await Promise.all(zwaar);
    const te = antwoorden.filter((a) => a.status === 503);
    expect(antwoorden.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(2);
    expect(te.length).toBeGreaterThan(0);
    expect(te[0].errors?.[0].extensions?.code).toBe('TE_DRUK');
    expect(te[0].koppen.get('retry-after')).toBe('1');
    // Geen plek blijft bezet: daarna gaat een zware operatie weer gewoon.
    expect((await post(stapel, ZWAAR, EEN)).status).toBe(200);
    const statistiek = (await (await fetch(stapel.url.replace('/graphql', '/statistiek'), { headers: { 'x-api-key': BEHEER } })).json()) as { zwaarBezig: number; zwaarGeweigerd: number };
    expect(statistiek.zwaarBezig).toBe(0);
    expect(statistiek.zwaarGeweigerd).toBe(te.length);
  });
});

describe('een wachtende zware operatie waarvan de client weggaat', () => {
  // SZW achter een poort die de test opent en sluit: zolang ze dicht is, houdt de eerste zware
  // operatie de enige plek bezet (ze wacht op SZW), en staat de volgende in de rij.
  let szw: Subgraaf;
  let szwHttp: Luisteraar;
  let poort: Server;
  let stapel: Stapel;
  let open: () => void = () => undefined;
  let dicht = Promise.resolve();
  const sluit = () => {
    dicht = new Promise((klaar) => (open = klaar));
  };

  beforeAll(async () => {
    szw = await subgraafMetData('SZW');
    szwHttp = await luister(szw.server, async () => szw.context(), { poort: 0, maximaleBody: MAXIMALE_SUBGRAAFBODY });
    poort = createServer((req: IncomingMessage, res) => {
      const delen: Buffer[] = [];
      req.on('data', (d: Buffer) => delen.push(d));
      req.on('end', async () => {
        await dicht;
        const koppen = Object.fromEntries(Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === 'string' && !['host', 'content-length', 'connection'].includes(e[0])));
        const antwoord = await fetch(`${szwHttp.url.replace(/\/graphql$/, '')}${req.url}`, { method: req.method, headers: koppen, body: req.method === 'POST' ? Buffer.concat(delen) : undefined });
        res.writeHead(antwoord.status, { 'content-type': antwoord.headers.get('content-type') ?? 'application/json' });
        res.end(Buffer.from(await antwoord.arrayBuffer()));
      });
    });
    await new Promise<void>((klaar) => poort.listen(0, '127.0.0.1', klaar));
    stapel = await startStapel('sqlite', {
      toegang,
      kostenbudget: false,
      zwaarwerk: { drempel: 2000, tegelijk: 1, wachtrij: 1, maximaalWachtenMs: 20_000 },
      subgraafUrls: { szw: `http://127.0.0.1:${(poort.address() as AddressInfo).port}/graphql` },
      subgraaftermijnMs: 20_000,
    });
  }, 60_000);
  afterAll(async () => {
    open();
    await stapel?.stop();
    poort?.closeAllConnections();
    await new Promise((klaar) => poort?.close(klaar));
    await szwHttp?.stop();
    await szw?.sluit();
  });

  const stand = async () =>
    (await (await fetch(stapel.url.replace('/graphql', '/statistiek'), { headers: { 'x-api-key': BEHEER } })).json()) as { zwaarBezig: number; zwaarWachtend: number; zwaarGeweigerd: number };

  it('verlaat de rij: de plek gaat naar een latere, en niemand krijgt 503 voor een verzoek van niemand', async () => {
    sluit();
    const eerste = post(stapel, ZWAAR.replace('score', 'score c1: score'), EEN);
    await expect.poll(async () => (await stand()).zwaarBezig, { timeout: 10_000 }).toBe(1);

    // De tweede wacht in de rij (één plek), tot haar client de verbinding verbreekt.
    const afbreker = new AbortController();
    const weg = fetch(stapel.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': EEN },
      body: JSON.stringify({ query: ZWAAR.replace('score', 'score c2: score') }),
      signal: afbreker.signal,
    }).catch((fout: unknown) => fout);
    await expect.poll(async () => (await stand()).zwaarWachtend, { timeout: 10_000 }).toBe(1);
    afbreker.abort();
    expect(await weg).toBeInstanceOf(Error);
    // De rij is meteen leeg, terwijl de eerste de plek nog heeft.
    await expect.poll(async () => (await stand()).zwaarWachtend, { timeout: 5000 }).toBe(0);
    expect((await stand()).zwaarBezig).toBe(1);

    // Een latere zware operatie krijgt de plek in de rij (met de weggegane erin kreeg zij 503) en is daarna aan de beurt.
    const later = post(stapel, ZWAAR.replace('score', 'score c3: score'), TWEE);
    await expect.poll(async () => (await stand()).zwaarWachtend, { timeout: 10_000 }).toBe(1);
    open();
    const [a, c] = await Promise.all([eerste, later]);
    expect(a.status).toBe(200);
    expect(c.status).toBe(200);
    expect(c.errors).toBeUndefined();
    expect(await stand()).toMatchObject({ zwaarBezig: 0, zwaarWachtend: 0, zwaarGeweigerd: 0 });
  }, 60_000);
});
