// De publicatie-eindpunten van de gateway, met een eigen identificeer() in plaats van
// tokens: wie mag wat, doorsturen met geheim en identiteit, en een subgraph die er niet is.
// test/e2e/publicatie.test.ts doet hetzelfde door de hele stapel, met echte tokens.
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { luister, type HttpVerzoek, type Luisteraar } from '../../kern/http.js';
import { leesRol, type Identiteit, type Rol } from '../../kern/identiteit.js';
import { publicatieroutes } from '../../gateway/publiceren.js';
import { Weigering } from '../../gateway/fouten/weigering.js';
import { proefeditieTekst } from '../hulp/proefeditie.js';
import { GEHEIM, sha256VanBestand, startPublicatiesubgraaf, type Publicatiesubgraaf } from './hulp.js';

interface Fout {
  errors: { message: string; extensions: { code: string; meldingen?: string[] } }[];
}

/** "Bearer <rol>:<onderwerp>", bijvoorbeeld "Bearer redacteur:SZW:anna"; anders 401. */
async function identificeer({ headers }: HttpVerzoek): Promise<Identiteit> {
  const token = headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  const scheiding = token.lastIndexOf(':');
  const rol = leesRol(token.slice(0, scheiding));
  if (!rol) throw new Weigering(401, 'NIET_GEAUTHENTICEERD', 'Het token is onleesbaar.');
  return { onderwerp: token.slice(scheiding + 1), rollen: [rol], bron: 'jwt' };
}

let szw: Publicatiesubgraaf;
let gateway: Luisteraar;
let leeg: ApolloServer;
let basis: string;

beforeAll(async () => {
  szw = await startPublicatiesubgraaf('SZW');
  // Een poort waar niets luistert: BZK ligt eruit.
  const weg = createServer();
  await new Promise<void>((klaar) => weg.listen(0, '127.0.0.1', klaar));
  const wegPoort = (weg.address() as AddressInfo).port;
  await new Promise((klaar) => weg.close(klaar));
  leeg = new ApolloServer({ typeDefs: 'type Query { x: Int }' });
  await leeg.start();
  gateway = await luister(leeg, async () => ({}), {
    poort: 0,
    routes: publicatieroutes({ identificeer, geheim: GEHEIM, subgraafUrls: { szw: szw.url, bzk: `http://127.0.0.1:${wegPoort}/graphql` } }),
  });
  basis = gateway.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await gateway?.stop();
  await leeg?.stop();
  await szw?.stop();
});

const stuur = async (pad: string, { rol, onderwerp = 'anna', body, methode = body === undefined ? 'GET' : 'POST' }: { rol?: Rol; onderwerp?: string; body?: string; methode?: string } = {}) => {
  const headers: Record<string, string> = { 'content-type': 'application/yaml' };
  if (rol) headers.authorization = `Bearer ${rol}:${onderwerp}`;
  const antwoord = await fetch(`${basis}${pad}`, { method: methode, headers, body });
  const tekst = await antwoord.text();
  return { status: antwoord.status, headers: antwoord.headers, tekst, json: <T = Fout>() => JSON.parse(tekst) as T };
};

describe('publiceren via de gateway', () => {
  it('weigert een BZK-redacteur die voor SZW publiceert; de SZW-database blijft byte voor byte gelijk', async () => {
    const voor = sha256VanBestand(szw.sqlitePad);
    const antwoord = await stuur('/edities/szw', { rol: 'redacteur:BZK', onderwerp: 'bert', body: proefeditieTekst('INDRINGER', 3) });
    expect(antwoord.status).toBe(403);
    expect(antwoord.json().errors[0]).toEqual({
      message: 'bert mag alleen edities van BZK publiceren, niet van SZW: gebruik POST /edities/bzk.',
      extensions: { code: 'GEEN_REDACTEUR' },
    });
    const analist = await stuur('/edities/szw', { rol: 'analist', onderwerp: 'ans', body: proefeditieTekst('INDRINGER', 3) });
    expect(analist.json().errors[0].message).toBe('ans mag geen edities publiceren (rollen: analist); voor SZW is de rol redacteur:SZW nodig.');
    expect(sha256VanBestand(szw.sqlitePad)).toBe(voor);
  });

  it('stuurt de editie van een SZW-redacteur door met diens identiteit, en geeft verslag en YAML terug', async () => {
    const yaml = proefeditieTekst('VIA_GATEWAY', 1, '2022-01-01');
    const antwoord = await stuur('/edities/szw?bestand=2022-01-01.yaml', { rol: 'redacteur:SZW', onderwerp: 'zoë', body: yaml });
    expect(antwoord.status, antwoord.tekst).toBe(201);
    expect(antwoord.headers.get('location')).toBe('/edities/szw/1');
    expect(antwoord.headers.get('x-request-id')).toBeTruthy();
    expect(antwoord.json<{ publicatie: { wie: string } }>().publicatie.wie).toBe('zoë');
    expect(szw.subgraaf.momentopname.alles().instrumenten.map((i) => i.code)).toContain('VIA_GATEWAY');

    const lijst = await stuur('/edities/szw', { rol: 'analist' });
    expect(lijst.json<{ publicaties: { id: number; wie: string }[] }>().publicaties).toEqual([expect.objectContaining({ id: 1, wie: 'zoë' })]);
    const terug = await stuur('/edities/SZW/1', { rol: 'beheer' });
    expect(terug.tekst).toBe(yaml);
    expect(terug.headers.get('content-type')).toContain('application/yaml');
  });

  it('geeft de meldingen van de subgraph ongewijzigd door', async () => {
    const antwoord = await stuur('/edities/szw', { rol: 'redacteur:SZW', body: proefeditieTekst('FOUT', 7, '2023-01-01') });
    expect(antwoord.status).toBe(422);
    expect(antwoord.json().errors[0].extensions.meldingen).toEqual([expect.stringContaining('2023-01-01.yaml: instrumenten[0] (FOUT) > effecten[0] > score')]);
  });

  it('weigert zonder geldig token, een partner die het verslag wil zien, en een onbekend ministerie', async () => {
    const zonder = await stuur('/edities/szw', { body: proefeditieTekst('X', 1) });
    expect(zonder.status).toBe(401);
    expect(zonder.headers.get('www-authenticate')).toContain('Bearer');
    expect(zonder.json().errors[0]).toEqual({ message: 'Het token is onleesbaar.', extensions: { code: 'NIET_GEAUTHENTICEERD' } });
    expect((await stuur('/edities/szw', { rol: 'partner' })).status).toBe(403);
    const onbekend = await stuur('/edities/az', { rol: 'analist' });
    expect(onbekend.status).toBe(404);
    expect(onbekend.json().errors[0].message).toBe('Onbekend ministerie "az"; kies uit: bzk, vws, jenv, szw, ocw (bijvoorbeeld /edities/szw).');
    expect((await stuur('/edities', { rol: 'analist' })).status).toBe(404);
    const wijzig = await stuur('/edities/szw/1', { rol: 'redacteur:SZW', body: 'x' });
    expect(wijzig.status).toBe(405);
  });

  it('meldt een subgraph die er niet is als 503 met het ministerie erbij', async () => {
    const antwoord = await stuur('/edities/bzk', { rol: 'redacteur:BZK', body: proefeditieTekst('X', 1) });
    expect(antwoord.status).toBe(503);
    expect(antwoord.json().errors[0].extensions.code).toBe('MINISTERIE_ONBEREIKBAAR');
    expect(antwoord.json().errors[0].message).toMatch(/^De subgraph van BZK is nu niet bereikbaar \(ECONNREFUSED\)\. De editie is niet gepubliceerd/);
  });

  it('zegt het als gateway en subgraph niet hetzelfde geheim hebben, in plaats van de 401 van de subgraph door te geven', async () => {
    const verkeerd = await luister(leeg, async () => ({}), { poort: 0, routes: publicatieroutes({ identificeer, geheim: 'ander-geheim', subgraafUrls: { szw: szw.url } }) });
    try {
      const antwoord = await fetch(`${verkeerd.url.replace(/\/graphql$/, '')}/edities/szw`, {
        method: 'POST',
        headers: { authorization: 'Bearer redacteur:SZW:anna', 'content-type': 'application/yaml' },
        body: proefeditieTekst('GEHEIM', 1, '2026-06-01'),
      });
      expect(antwoord.status).toBe(502);
      expect(((await antwoord.json()) as Fout).errors[0]).toMatchObject({ extensions: { code: 'GEHEIM_VERSCHILT' } });
    } finally {
      await verkeerd.stop();
    }
  });

  it('leest hooguit 1 MB', async () => {
    const antwoord = await stuur('/edities/szw', { rol: 'redacteur:SZW', body: `# ${'x'.repeat(1024 * 1024)}\n` });
    expect(antwoord.status).toBe(413);
  });
});
