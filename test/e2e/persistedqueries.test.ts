// Partners met hun eigen standaardgereedschap (issue 24): Apollo Client met zijn
// persisted-queries-link en een manifest uit GET /overzichten/manifest.json, GET /graphql met
// een documentId, en voorwaardelijke verzoeken (ETag, If-None-Match, 304 zonder uitvoering).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { generatePersistedQueryIdsFromManifest } from '@apollo/persisted-query-lists';
import { parse, print } from 'graphql';
import { sha256 } from '../../gateway/toegang/identificatie.js';
import { leesOverzichten } from '../../gateway/overzichten/register.js';
import { proefeditie, SZW_DATA, szwSubgraaf } from '../hulp/proefeditie.js';
import { testRedis } from '../hulp/redis.js';
import { gebruikStapel } from '../hulp/gebruik.js';

const PARTNERSLEUTEL = 'thuis_test-partner-sleutel-0123456789';
const redis = await testRedis();

interface Manifest {
  format: string;
  version: number;
  operations: { id: string; name: string; type: string; body: string }[];
}

describe.skipIf(!redis)('persisted queries en voorwaardelijke verzoeken', () => {
  const stapel = gebruikStapel('sqlite', {
    redis,
    toegang: { apiSleutels: new Map([[sha256(PARTNERSLEUTEL), { naam: 'partner-test', rollen: ['partner'] }]]) },
  });
  const basis = () => stapel.url.replace(/\/graphql$/, '');
  const partner = { 'x-api-key': PARTNERSLEUTEL };
  const manifest = async () => (await (await fetch(`${basis()}/overzichten/manifest.json`, { headers: partner })).json()) as Manifest;

  it('GET /overzichten/manifest.json is een Apollo-manifest met de sha256 van elk geprint document', async () => {
    const m = await manifest();
    expect(m.format).toBe('apollo-persisted-query-manifest');
    expect(m.version).toBe(1);
    const ingebouwd = leesOverzichten();
    expect(m.operations).toHaveLength(ingebouwd.length);
    for (const o of ingebouwd) {
      const body = print(parse(o.document));
      const op = m.operations.find((x) => x.body === body);
      expect(op, o.naam).toEqual({ id: createHash('sha256').update(body).digest('hex'), name: o.operatienaam, type: 'query', body });
      expect(op!.body).not.toContain('#');
    }
  });

  it('Apollo Client met de persisted-queries-link en het manifest voert als partner een overzicht uit (POST en GET)', async () => {
    const m = await manifest();
    const leeftijden = leesOverzichten().find((o) => o.naam === 'leeftijden')!;
    const op = m.operations.find((o) => o.name === leeftijden.operatienaam)!;
    for (const useGETForHashedQueries of [false, true]) {
      const client = new ApolloClient({
        cache: new InMemoryCache(),
        link: new PersistedQueryLink({ ...generatePersistedQueryIdsFromManifest({ loadManifest: async () => m }), useGETForHashedQueries }).concat(
          // Een GET zonder content-type moet laten zien dat hij geen formulier is (CSRF): dezelfde regel als altijd.
          new HttpLink({ uri: stapel.url, headers: { ...partner, 'apollo-require-preflight': 'true' } }),
        ),
      });
      const voor = stapel.subgraafverzoeken();
      const { data, error } = await client.query({ query: gql(op.body), fetchPolicy: 'no-cache' });
      expect(error, `GET: ${useGETForHashedQueries}`).toBeUndefined();
      expect((data as { analyse: { leeftijdsgaten: unknown[] } }).analyse.leeftijdsgaten.length).toBeGreaterThan(0);
      expect(stapel.subgraafverzoeken()).toBeGreaterThanOrEqual(voor);
    }
  });

  it('de link van Apollo met sha256 uit node:crypto, zonder manifest, vindt hetzelfde id (zonder de __typename die ApolloClient toevoegt)', async () => {
    const leeftijden = leesOverzichten().find((o) => o.naam === 'leeftijden')!;
    const link = new PersistedQueryLink({ sha256: (tekst: string) => createHash('sha256').update(tekst).digest('hex') }).concat(new HttpLink({ uri: stapel.url, headers: partner }));
    const client = new ApolloClient({ cache: new InMemoryCache(), link });
    const resultaat = await new Promise<{ data?: unknown; errors?: unknown }>((klaar, mis) => {
      ApolloLink.execute(link, { query: gql(leeftijden.document) }, { client }).subscribe({ next: klaar, error: mis });
    });
    expect(resultaat.errors).toBeUndefined();
    expect((resultaat.data as { analyse: { leeftijdsgaten: unknown[] } }).analyse.leeftijdsgaten.length).toBeGreaterThan(0);
  });

  it('een onbekende hash geeft de vorm van Apollo (PERSISTED_QUERY_NOT_FOUND); een bekende werkt ook zonder Apollo Client', async () => {
    const vraag = (hash: string) =>
      fetch(stapel.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...partner },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      });
    const onbekend = await vraag('0'.repeat(64));
    expect(onbekend.status).toBe(200);
    const fout = (await onbekend.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(fout.errors[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    // Wat de link daarna doet (de query met de hash meesturen) mag een partner niet: geen vrije queries.
    const metQuery = await fetch(stapel.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...partner },
      body: JSON.stringify({ query: '{ aandachtsgroepen { code } }', extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update('{ aandachtsgroepen { code } }').digest('hex') } } }),
    });
    expect(metQuery.status).toBe(403);
    // Een andere versie van het protocol dan 1 is een fout van de client, in het Nederlands en met wat wel mag.
    const versie = await fetch(stapel.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stapel.token(['analist'])}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 99, sha256Hash: '0'.repeat(64) } } }),
    });
    expect(versie.status).toBe(400);
    expect(((await versie.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ message: expect.stringContaining('version moet 1 zijn'), extensions: { code: 'BAD_REQUEST' } });
    const leeftijden = leesOverzichten().find((o) => o.naam === 'leeftijden')!;
    const op = (await manifest()).operations.find((o) => o.name === leeftijden.operatienaam)!;
    const bekend = await vraag(op.id);
    expect(bekend.status).toBe(200);
    expect(((await bekend.json()) as { data: unknown }).data).toBeTruthy();
  });

  it('GET /graphql?documentId=… met variabelen, met de regels voor CSRF, en de oude ids werken nog', async () => {
    const url = (id: string) => `${stapel.url}?documentId=${encodeURIComponent(id)}&variables=${encodeURIComponent(JSON.stringify({ code: 'STUDENTEN' }))}`;
    const zonderPreflight = await fetch(url('aandachtsgroep'), { headers: partner });
    expect(zonderPreflight.status).toBe(400);
    const aandachtsgroep = leesOverzichten().find((o) => o.naam === 'aandachtsgroep')!;
    const ids = ['aandachtsgroep', 'aandachtsgroep@1', aandachtsgroep.hash, createHash('sha256').update(print(parse(aandachtsgroep.document))).digest('hex')];
    const antwoorden = [];
    for (const id of ids) {
      const a = await fetch(url(id), { headers: { ...partner, 'apollo-require-preflight': 'true' } });
      expect(a.status, id).toBe(200);
      antwoorden.push(((await a.json()) as { data: unknown }).data);
    }
    expect(antwoorden[0]).toBeTruthy();
    for (const a of antwoorden) expect(a).toEqual(antwoorden[0]);
  });

  it('ETag en 304 zonder subgraph-verzoek, op /overzichten (JSON, CSV, lijst, manifest) en GET /graphql; een nieuwe editie verandert de ETag', async () => {
    const paden = ['/overzichten/cijfers', '/overzichten/cijfers?formaat=csv', '/overzichten', '/overzichten/manifest.json'];
    const graphqlGet = `${stapel.url}?documentId=leeftijden`;
    const etags = new Map<string, string>();
    for (const pad of [...paden.map((p) => `${basis()}${p}`), graphqlGet]) {
      const koppen = { ...partner, 'apollo-require-preflight': 'true' };
      const eerste = await fetch(pad, { headers: koppen });
      expect(eerste.status, pad).toBe(200);
      await eerste.arrayBuffer();
      const etag = eerste.headers.get('etag');
      expect(etag, pad).toMatch(/^"[\w-]+"$/);
      expect(eerste.headers.get('cache-control'), pad).toBe('no-cache');
      etags.set(pad, etag!);
      const voor = stapel.subgraafverzoeken();
      const tweede = await fetch(pad, { headers: { ...koppen, 'if-none-match': etag! } });
      expect(tweede.status, pad).toBe(304);
      expect(await tweede.text()).toBe('');
      expect(tweede.headers.get('etag')).toBe(etag);
      expect(stapel.subgraafverzoeken(), pad).toBe(voor);
    }
    expect(etags.get(`${basis()}/overzichten/cijfers`)).not.toBe(etags.get(`${basis()}/overzichten/cijfers?formaat=csv`));
    // Zonder geldig bewijs geen 304, ook met de goede ETag.
    const zonder = await fetch(`${basis()}/overzichten/cijfers`, { headers: { 'x-api-key': 'thuis_geraden', 'if-none-match': etags.get(`${basis()}/overzichten/cijfers`)! } });
    expect(zonder.status).toBe(401);

    const szw = szwSubgraaf(stapel);
    try {
      await szw.importeerMap(proefeditie('PROEF_ETAG', -1));
      for (const pad of [`${basis()}/overzichten/cijfers`, graphqlGet]) {
        const na = await fetch(pad, { headers: { ...partner, 'apollo-require-preflight': 'true', 'if-none-match': etags.get(pad)! } });
        expect(na.status, pad).toBe(200);
        await na.arrayBuffer();
        expect(na.headers.get('etag'), pad).not.toBe(etags.get(pad));
      }
    } finally {
      await szw.importeerMap(SZW_DATA);
    }
  });
});
