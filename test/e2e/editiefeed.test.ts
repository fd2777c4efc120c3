// GET /edities/feed door de hele stapel, in productiemodus (geen anonieme analist): een
// publicatie verschijnt bovenaan, een partner kan peilen met ETag en 304, en een ministerie
// dat niet antwoordt maakt de feed onvolledig, niet kapot.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { proefeditieTekst } from '../hulp/proefeditie.js';
import type { Rol } from '../../kern/identiteit.js';
import { gebruikStapel, inProductiemodus } from '../hulp/gebruik.js';
import type { Feeditem } from '../../gateway/editiefeed.js';

interface Feed {
  version: string;
  items: Feeditem[];
  next_url?: string;
  _thuis: { onvolledig: { ministerie: string }[]; items: number };
}

inProductiemodus();
const stapel = gebruikStapel('sqlite', { toegang: { modus: 'productie', anoniem: null, apiSleutels: new Map() } });
const basis = () => stapel.url.replace(/\/graphql$/, '');

async function haal(pad: string, rollen: Rol[] | null, extra: Record<string, string> = {}, waar = basis()) {
  const headers: Record<string, string> = { ...extra };
  if (rollen) headers.authorization = `Bearer ${await stapel.token(rollen, { onderwerp: `feed-${rollen[0]}` })}`;
  const antwoord = await fetch(`${waar}${pad}`, { headers });
  const tekst = await antwoord.text();
  return { status: antwoord.status, headers: antwoord.headers, tekst, feed: () => JSON.parse(tekst) as Feed };
}

async function publiceer(yaml: string, rollen: Rol[] = ['redacteur:SZW']) {
  const antwoord = await fetch(`${basis()}/edities/szw`, {
    method: 'POST',
    headers: { 'content-type': 'application/yaml', authorization: `Bearer ${await stapel.token(rollen, { onderwerp: 'redacteur-szw' })}` },
    body: yaml,
  });
  expect(antwoord.status).toBe(201);
  return ((await antwoord.json()) as { publicatie: { id: number; wanneer: string } }).publicatie;
}

describe('GET /edities/feed', () => {
  it('weigert zonder identiteit, en geeft een partner de feed als JSON Feed 1.1', async () => {
    expect((await haal('/edities/feed', null)).status).toBe(401);
    const antwoord = await haal('/edities/feed', ['partner']);
    expect(antwoord.status, antwoord.tekst).toBe(200);
    expect(antwoord.headers.get('content-type')).toMatch(/^application\/feed\+json/);
    expect(antwoord.headers.get('cache-control')).toBe('no-cache');
    expect(antwoord.headers.get('x-onvolledig')).toBeNull();
    expect(antwoord.feed()).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', _thuis: { onvolledig: [] } });
  });

  it('zet een nieuwe SZW-publicatie bovenaan, met de juiste velden; de url is voor een partner niet leesbaar, voor een analist wel', async () => {
    const yaml = proefeditieTekst('E2E_FEED', 2, '2022-01-01');
    const publicatie = await publiceer(yaml);
    const antwoord = await haal('/edities/feed', ['partner']);
    const [eerste] = antwoord.feed().items;
    expect(eerste).toEqual({
      id: `urn:thuis:editie:szw:${publicatie.id}`,
      url: `${basis()}/edities/szw/${publicatie.id}`,
      title: 'SZW publiceerde editie 2022-01-01',
      content_text: expect.stringMatching(new RegExp(`^Publicatie #${publicatie.id} \\(2022-01-01\\.yaml\\): .*instrumenten: 1 toegevoegd, 0 gewijzigd, 0 verwijderd`)),
      date_published: publicatie.wanneer,
      tags: ['szw'],
      _thuis: {
        soort: 'publicatie',
        ministerie: 'szw',
        departement: 'SZW',
        publicatie: publicatie.id,
        editie: '2022-01-01',
        bestand: '2022-01-01.yaml',
        sha256: createHash('sha256').update(yaml).digest('hex'),
        samenvatting: expect.objectContaining({ instrumenten: { toegevoegd: 1, gewijzigd: 0, verwijderd: 0 } }),
        ingetrokken: false,
      },
    });
    expect(JSON.stringify(antwoord.feed())).not.toContain('redacteur-szw');
    const pad = new URL(eerste.url).pathname;
    expect((await haal(pad, ['partner'])).status).toBe(403);
    expect((await haal(pad, ['analist'])).tekst).toBe(yaml);
  });

  it('geeft 304 op de ETag tot er iets verandert, ook een intrekking (een eigen item); ?sinds= filtert', async () => {
    const eerst = await haal('/edities/feed', ['partner']);
    const etag = eerst.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const opnieuw = await haal('/edities/feed', ['partner'], { 'if-none-match': etag });
    expect(opnieuw.status).toBe(304);
    expect(opnieuw.tekst).toBe('');
    expect(opnieuw.headers.get('etag')).toBe(etag);

    const id = eerst.feed().items[0]._thuis.publicatie;
    const intrekking = await fetch(`${basis()}/edities/szw/${id}/intrekken`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stapel.token(['beheer'])}` },
      body: JSON.stringify({ reden: 'Proef van de feed.' }),
    });
    expect(intrekking.status).toBe(200);
    const daarna = await haal('/edities/feed', ['partner'], { 'if-none-match': etag });
    expect(daarna.status).toBe(200);
    expect(daarna.headers.get('etag')).not.toBe(etag);
    const [boven, tweede] = daarna.feed().items;
    expect(boven).toMatchObject({ id: `urn:thuis:intrekking:szw:${id}`, title: 'SZW trok editie 2022-01-01 in', _thuis: { soort: 'intrekking', reden: 'Proef van de feed.', ingetrokken: true } });
    expect(tweede).toMatchObject({ id: `urn:thuis:editie:szw:${id}`, _thuis: { ingetrokken: true } });

    const sinds = await haal(`/edities/feed?sinds=${encodeURIComponent(tweede.date_published)}`, ['partner']);
    expect(sinds.feed().items.map((i) => i.id)).toEqual([boven.id, tweede.id]);
    expect((await haal('/edities/feed?sinds=gisteren', ['partner'])).status).toBe(400);
  });

  it('antwoordt 200 zonder een ministerie dat niet antwoordt, en noemt het', async () => {
    const replica = await stapel.replica({ subgraafUrls: { ...stapel.subgraafUrls, ocw: 'http://127.0.0.1:9/graphql' } });
    const antwoord = await haal('/edities/feed', ['partner'], {}, replica.basis);
    expect(antwoord.status, antwoord.tekst).toBe(200);
    expect(JSON.parse(antwoord.headers.get('x-onvolledig')!)).toEqual({ fouten: 1, codes: ['MINISTERIE_ONBEREIKBAAR'], departementen: ['OCW'], ministeries: ['ocw'] });
    const feed = antwoord.feed();
    expect(feed._thuis.onvolledig).toEqual([expect.objectContaining({ ministerie: 'ocw', departement: 'OCW' })]);
    expect(feed.items.some((i) => i.tags[0] === 'szw')).toBe(true);
    expect(feed.items.some((i) => i.tags[0] === 'ocw')).toBe(false);
    // Een andere ETag dan de volledige feed: wie peilt, krijgt de volledige terug zodra OCW weer antwoordt.
    expect(antwoord.headers.get('etag')).not.toBe((await haal('/edities/feed', ['partner'])).headers.get('etag'));
  });

  it('wacht op een ministerie dat hangt niet langer dan de termijn van de gateway', async () => {
    const hangt = createServer(() => undefined);
    await new Promise<void>((klaar) => hangt.listen(0, '127.0.0.1', klaar));
    try {
      const poort = (hangt.address() as AddressInfo).port;
      const replica = await stapel.replica({ subgraaftermijnMs: 500, subgraafUrls: { ...stapel.subgraafUrls, bzk: `http://127.0.0.1:${poort}/graphql` } });
      const begin = Date.now();
      const antwoord = await haal('/edities/feed', ['partner'], {}, replica.basis);
      expect(antwoord.status, antwoord.tekst).toBe(200);
      expect(Date.now() - begin).toBeLessThan(5000);
      expect(antwoord.feed()._thuis.onvolledig.map((o) => o.ministerie)).toEqual(['bzk']);
      await replica.stop();
    } finally {
      hangt.closeAllConnections();
      await new Promise((klaar) => hangt.close(klaar));
    }
  });
});
