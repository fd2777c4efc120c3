// Rollen aan de gateway: wie zonder, met een geldig, vervalst of verlopen token vraagt,
// wat een partner mag, en dat niemand de gateway overslaat door een subgraph direct aan te spreken.
import { describe, expect, it } from 'vitest';
import { maakSleutelpaar, tekenToken } from '../../gateway/toegang/ontwikkelsleutel.js';
import { sha256 } from '../../gateway/toegang/identificatie.js';
import { leesOverzichten } from '../../gateway/overzichten/register.js';
import { gebruikStapel } from '../hulp/gebruik.js';

const EEN_GROEP = '{ aandachtsgroep(code: STUDENTEN) { naam bzk { doelen { code } } } }';
const PARTNERSLEUTEL = 'thuis_test-partner-sleutel-0123456789';
const SAMENSTELLERSLEUTEL = 'thuis_test-samensteller-sleutel-0123456789';

type Fout = { message: string; extensions?: Record<string, unknown> };

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const antwoord = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: antwoord.status, kop: antwoord.headers, ...((await antwoord.json()) as { data?: Record<string, unknown>; errors?: Fout[] }) };
}

describe('rollen aan de gateway (ontwikkelmodus: anoniem is analist)', () => {
  const stapel = gebruikStapel('sqlite', {
    toegang: {
      apiSleutels: new Map([
        [sha256(PARTNERSLEUTEL), { naam: 'partner-test', rollen: ['partner'] }],
        [sha256(SAMENSTELLERSLEUTEL), { naam: 'programmateam', rollen: ['samensteller'] }],
      ]),
    },
  });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('anoniem krijgt in de ontwikkelmodus analistenrechten', async () => {
    const a = await post(stapel.url, { query: EEN_GROEP });
    expect(a.status).toBe(200);
    expect(a.data).toMatchObject({ aandachtsgroep: { naam: expect.any(String) } });
  });

  it('een analist mag vrije queries en introspectie, en krijgt suggesties in het Nederlands', async () => {
    const token = await stapel.token(['analist']);
    const vrij = await post(stapel.url, { query: EEN_GROEP }, bearer(token));
    expect(vrij.status).toBe(200);
    const intro = await post(stapel.url, { query: '{ __schema { queryType { name } } }' }, bearer(token));
    expect(intro.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const tikfout = await post(stapel.url, { query: '{ aandachtsgroepen { naamm } }' }, bearer(token));
    expect(tikfout.errors?.[0].message).toMatch(/Bedoelde je "naam"\?/);
  });

  it('een partner mag alleen vastgelegde overzichten, op id of hash, met variabelen', async () => {
    const token = await stapel.token(['partner']);
    const vrij = await post(stapel.url, { query: EEN_GROEP }, bearer(token));
    expect(vrij.status).toBe(403);
    expect(vrij.errors?.[0].extensions?.code).toBe('ALLEEN_VASTGELEGDE_OPERATIES');
    expect(vrij.errors?.[0].message).toContain('aandachtsgroep');

    const opId = await post(stapel.url, { documentId: 'aandachtsgroep', variables: { code: 'STUDENTEN' } }, bearer(token));
    expect(opId.status).toBe(200);
    expect(opId.data).toMatchObject({ aandachtsgroep: { code: 'STUDENTEN', ocw: { departement: 'OCW' } } });

    const overzicht = leesOverzichten().find((o) => o.id === 'aandachtsgroep')!;
    const opHash = await post(stapel.url, { documentId: overzicht.hash, variables: { code: 'STUDENTEN' } }, bearer(token));
    expect(opHash.data).toEqual(opId.data);

    const onbekend = await post(stapel.url, { documentId: 'alles' }, bearer(token));
    expect(onbekend.status).toBe(400);
    expect(onbekend.errors?.[0].extensions?.code).toBe('ONBEKEND_OVERZICHT');

    const introspectie = await post(stapel.url, { query: '{ __schema { types { name } } }' }, bearer(token));
    expect(introspectie.status).toBe(403);
  });

  it('een partner ziet geen veldsuggesties, ook niet in een fout over zijn variabelen', async () => {
    const token = await stapel.token(['partner']);
    const fout = await post(stapel.url, { documentId: 'aandachtsgroep', variables: { code: 'STUDENT' } }, bearer(token));
    expect(fout.status).toBe(400);
    expect(JSON.stringify(fout.errors)).not.toMatch(/Did you mean|Bedoelde je/);
  });

  it('een antwoord dat een analist in de cache zette, gaat niet naar een partner', async () => {
    await post(stapel.url, { query: EEN_GROEP });
    const partner = await post(stapel.url, { query: EEN_GROEP }, bearer(await stapel.token(['partner'])));
    expect(partner.status).toBe(403);
  });

  it('een partner met een API-sleutel (als Bearer of X-API-Key) mag hetzelfde als met een token', async () => {
    for (const kop of [{ 'x-api-key': PARTNERSLEUTEL }, bearer(PARTNERSLEUTEL)]) {
      const a = await post(stapel.url, { documentId: 'leeftijden' }, kop);
      expect(a.status).toBe(200);
      expect((a.data as { analyse: { leeftijdsgaten: unknown[] } }).analyse.leeftijdsgaten.length).toBeGreaterThan(0);
    }
    const onbekend = await post(stapel.url, { documentId: 'leeftijden' }, { 'x-api-key': 'thuis_geraden' });
    expect(onbekend.status).toBe(401);
  });

  it('een samensteller (token of API-sleutel) leest als analist en publiceert overzichten, geen edities', async () => {
    const token = await stapel.token(['samensteller']);
    expect((await post(stapel.url, { query: EEN_GROEP }, bearer(token))).status).toBe(200);
    const basis = stapel.url.replace(/\/graphql$/, '');
    const overzicht = {
      naam: 'via-sleutel',
      titel: 'Groepen',
      omschrijving: 'Elke aandachtsgroep met code en naam.',
      document: 'query Groepen { aandachtsgroepen { code naam } }',
      rijen: 'aandachtsgroepen',
    };
    const gepubliceerd = await post(`${basis}/overzichten`, overzicht, { 'x-api-key': SAMENSTELLERSLEUTEL });
    expect(gepubliceerd.status).toBe(201);
    const verslag = (await (await fetch(`${basis}/overzichten/via-sleutel/verslag`, { headers: bearer(token) })).json()) as { versies: { wie: string; bron: string }[] };
    expect(verslag.versies[0]).toMatchObject({ wie: 'programmateam', bron: 'api-sleutel' });
    const editie = await fetch(`${basis}/edities/bzk`, { method: 'POST', headers: { 'content-type': 'application/yaml', ...bearer(token) }, body: 'editie: 2030-01-01' });
    expect(editie.status).toBe(403);
  });

  it('een redacteur leest als analist', async () => {
    const a = await post(stapel.url, { query: EEN_GROEP }, bearer(await stapel.token(['redacteur:BZK'])));
    expect(a.status).toBe(200);
  });

  it('een vervalst, verlopen, onleesbaar of rolloos token wordt geweigerd met een melding die zegt waarom', async () => {
    const ander = await maakSleutelpaar();
    const vervalst = await tekenToken(ander, { onderwerp: 'indringer', rollen: ['analist'] });
    const verlopen = await stapel.token(['analist'], { geldig: '-1m' });
    const gevallen: [Record<string, string>, number, string, RegExp][] = [
      [bearer(vervalst), 401, 'NIET_GEAUTHENTICEERD', /handtekening/],
      [bearer(verlopen), 401, 'NIET_GEAUTHENTICEERD', /verlopen/],
      [bearer('a.b.c'), 401, 'NIET_GEAUTHENTICEERD', /onleesbaar/],
      [{ authorization: 'Basic YWRtaW46YWRtaW4=' }, 401, 'NIET_GEAUTHENTICEERD', /Bearer/],
    ];
    for (const [kop, status, code, melding] of gevallen) {
      const a = await post(stapel.url, { query: EEN_GROEP }, kop);
      expect(a.status, JSON.stringify(kop)).toBe(status);
      expect(a.errors?.[0].extensions?.code).toBe(code);
      expect(a.errors?.[0].message).toMatch(melding);
      expect(a.kop.get('www-authenticate')).toMatch(/^Bearer /);
      expect(a.data).toBeUndefined();
    }
    // Een echt token met een rol die niet bestaat, zegt welke rollen er zijn.
    const rolloos = await tekenToken(ander, { onderwerp: 'x', rollen: [] });
    expect((await post(stapel.url, { query: EEN_GROEP }, bearer(rolloos))).status).toBe(401);
  });

  it('een subgraph weigert wie hem zonder het geheim van de gateway aanspreekt', async () => {
    for (const naam of ['bzk', 'szw', 'analyse']) {
      const zonder = await post(stapel.subgraafUrls[naam], { query: '{ _service { sdl } }' });
      expect(zonder.status).toBe(401);
      expect(zonder.errors?.[0].extensions?.code).toBe('ALLEEN_VIA_GATEWAY');
      const fout = await post(stapel.subgraafUrls[naam], { query: '{ _service { sdl } }' }, { 'x-gateway-geheim': 'geraden' });
      expect(fout.status).toBe(401);
      const met = await post(stapel.subgraafUrls[naam], { query: '{ _service { sdl } }' }, { 'x-gateway-geheim': stapel.geheim });
      expect(met.status).toBe(200);
    }
    const gezond = await fetch(stapel.subgraafUrls.bzk.replace('/graphql', '/health'));
    expect(gezond.status).toBe(200);
  });
});

describe('rollen aan de gateway (productie: geen anoniem)', () => {
  const stapel = gebruikStapel('sqlite', { toegang: { modus: 'productie', anoniem: null } });

  it('weigert een verzoek zonder token met 401 en zegt hoe het wel moet', async () => {
    const a = await post(stapel.url, { query: EEN_GROEP });
    expect(a.status).toBe(401);
    expect(a.errors?.[0].message).toMatch(/Authorization: Bearer/);
    expect(a.data).toBeUndefined();
  });

  it('laat de metrieken van de gateway alleen aan beheer zien', async () => {
    const metrics = stapel.url.replace('/graphql', '/metrics');
    expect((await fetch(metrics)).status).toBe(401);
    const analist = await fetch(metrics, { headers: { authorization: `Bearer ${await stapel.token(['analist'])}` } });
    expect(analist.status).toBe(403);
    const beheer = await fetch(metrics, { headers: { authorization: `Bearer ${await stapel.token(['beheer'])}` } });
    expect(beheer.status).toBe(200);
    expect(await beheer.text()).toContain('thuis_http_verzoeken_totaal');
  });

  it('beantwoordt een analist met een geldig token', async () => {
    const a = await post(stapel.url, { query: EEN_GROEP }, { authorization: `Bearer ${await stapel.token(['analist'])}` });
    expect(a.status).toBe(200);
  });
});
