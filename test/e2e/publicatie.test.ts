// Een ministerie publiceert door de hele stapel: token bij de gateway, doorsturen met het
// gedeelde geheim, valideren en schrijven in de subgraph, en via Redis een lege cache.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { proefeditieTekst, szwSubgraaf } from '../hulp/proefeditie.js';
import { testRedis } from '../hulp/redis.js';
import type { Rol } from '../../kern/identiteit.js';
import { SUBGRAFEN } from '../../kern/config.js';
import { gebruikStapel } from '../hulp/gebruik.js';

interface Fout {
  errors: { message: string; extensions: { code: string; meldingen?: string[] } }[];
}

const redis = await testRedis();
const VRAAG = '{ aandachtsgroep(code: WOONWAGENBEWONERS) { szw { instrumenten { code } } } }';
type Antwoord = { aandachtsgroep: { szw: { instrumenten: { code: string }[] } } };

const stapel = gebruikStapel('sqlite', { redis });

/** Het SQLite-bestand van SZW in deze stapel. */
const szwBestand = () => String(szwSubgraaf(stapel).db.orm.config.get('dbName'));
const sha256VanBestand = (pad: string) => createHash('sha256').update(readFileSync(pad)).digest('hex');
const codes = async () => (await stapel.query<Antwoord>(VRAAG)).data!.aandachtsgroep.szw.instrumenten.map((i) => i.code);

async function stuur(pad: string, { rollen, onderwerp, body }: { rollen?: Rol[]; onderwerp?: string; body?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/yaml' };
  if (rollen) headers.authorization = `Bearer ${await stapel.token(rollen, { onderwerp })}`;
  const antwoord = await fetch(`${stapel.url.replace(/\/graphql$/, '')}${pad}`, { method: body === undefined ? 'GET' : 'POST', headers, body });
  const tekst = await antwoord.text();
  return { status: antwoord.status, headers: antwoord.headers, tekst, json: <T = Fout>() => JSON.parse(tekst) as T };
}

describe('publiceren door de hele stapel', () => {
  it('weigert een BZK-redacteur die voor SZW publiceert, en laat de SZW-database byte voor byte gelijk', async () => {
    const voor = sha256VanBestand(szwBestand());
    const antwoord = await stuur('/edities/szw', { rollen: ['redacteur:BZK'], onderwerp: 'redacteur-bzk', body: proefeditieTekst('INDRINGER', 3) });
    expect(antwoord.status).toBe(403);
    expect(antwoord.json().errors[0]).toEqual({
      message: 'redacteur-bzk mag alleen edities van BZK publiceren, niet van SZW: gebruik POST /edities/bzk.',
      extensions: { code: 'GEEN_REDACTEUR' },
    });
    expect(sha256VanBestand(szwBestand())).toBe(voor);
    expect(await codes()).not.toContain('INDRINGER');
  });

  it('weigert zonder token te publiceren, ook in de ontwikkelmodus (anoniem is analist), en laat een partner het verslag niet zien', async () => {
    const voor = sha256VanBestand(szwBestand());
    expect((await stuur('/edities/szw', { body: proefeditieTekst('ANONIEM', 1) })).status).toBe(403);
    expect((await stuur('/edities/szw', { rollen: ['partner'] })).status).toBe(403);
    expect(sha256VanBestand(szwBestand())).toBe(voor);
  });

  it('weigert een foute editie met elke melding, en schrijft niets', async () => {
    const voor = sha256VanBestand(szwBestand());
    const inhoud = parse(proefeditieTekst('FOUT_E2E', 9, '2022-06-01'));
    inhoud.instrumenten[0].soort = 'WENS';
    const antwoord = await stuur('/edities/szw', { rollen: ['redacteur:SZW'], body: stringify(inhoud) });
    expect(antwoord.status).toBe(422);
    expect(antwoord.json().errors[0].extensions.meldingen).toEqual([
      expect.stringMatching(/^2022-06-01\.yaml: instrumenten\[0\] \(FOUT_E2E\) > soort: ongeldige waarde "WENS"; geldig: /),
      expect.stringMatching(/^2022-06-01\.yaml: instrumenten\[0\] \(FOUT_E2E\) > effecten\[0\] > score: /),
    ]);
    expect(sha256VanBestand(szwBestand())).toBe(voor);
  });

  it('publiceert de editie van een SZW-redacteur, toont haar meteen door de gateway en houdt het verslag bij', async () => {
    // Eerst in de cache (als Redis er is): na de publicatie moet het nieuwe antwoord komen, niet het bewaarde.
    expect(await codes()).not.toContain('E2E_PUBLICATIE');
    if (redis) {
      const voor = stapel.subgraafverzoeken();
      await codes();
      expect(stapel.subgraafverzoeken(), 'het antwoord komt uit de cache').toBe(voor);
    }
    const yaml = proefeditieTekst('E2E_PUBLICATIE', -2, '2022-01-01');
    const antwoord = await stuur('/edities/szw', { rollen: ['redacteur:SZW'], onderwerp: 'redacteur-szw', body: yaml });
    expect(antwoord.status, antwoord.tekst).toBe(201);
    const { publicatie } = antwoord.json<{ publicatie: { id: number; wie: string; sha256: string; samenvatting: Record<string, { toegevoegd: number }> } }>();
    expect(publicatie).toMatchObject({ wie: 'redacteur-szw', sha256: createHash('sha256').update(yaml).digest('hex') });
    expect(publicatie.samenvatting.instrumenten.toegevoegd).toBe(1);
    expect(antwoord.headers.get('location')).toBe(`/edities/szw/${publicatie.id}`);
    expect(await codes()).toContain('E2E_PUBLICATIE');

    const verslag = await stuur('/edities/szw', { rollen: ['beheer'] });
    expect(verslag.json<{ publicaties: { id: number; wie: string }[] }>().publicaties[0]).toMatchObject({ id: publicatie.id, wie: 'redacteur-szw' });
    const terug = await stuur(`/edities/szw/${publicatie.id}`, { rollen: ['analist'] });
    expect(terug.tekst).toBe(yaml);
  });

  it('laat de redacteur van elk ministerie alleen voor dat ministerie publiceren', async () => {
    const ministeries = SUBGRAFEN.map((s) => s.naam);
    for (const [i, { naam: eigen, departement }] of SUBGRAFEN.entries()) {
      const ander = ministeries[(i + 1) % ministeries.length];
      // Een editie zonder records: geldig voor elk ministerie, en ze verandert geen beleid.
      const editie = (dep: string) => `departement: ${dep}\neditie: 2023-0${i + 1}-01\nomschrijving: Proef van de redacteur van ${departement}\n`;
      const eigenAntwoord = await stuur(`/edities/${eigen}`, { rollen: [`redacteur:${departement}`], body: editie(departement) });
      expect(eigenAntwoord.status, eigen).toBe(201);
      const anderAntwoord = await stuur(`/edities/${ander}`, { rollen: [`redacteur:${departement}`], body: editie(ander.toUpperCase()) });
      expect(anderAntwoord.status, `${eigen} → ${ander}`).toBe(403);
      expect(anderAntwoord.json().errors[0].extensions.code).toBe('GEEN_REDACTEUR');
    }
  });

  it('noemt de geldige ministeries bij een onbekend ministerie', async () => {
    const antwoord = await stuur('/edities/minfin', { rollen: ['redacteur:SZW'], body: proefeditieTekst('X', 1) });
    expect(antwoord.status).toBe(404);
    expect(antwoord.json().errors[0].message).toContain('kies uit: bzk, vws, jenv, szw, ocw');
  });

  it('laat de subgraph een publicatie buiten de gateway om weigeren', async () => {
    const url = stapel.subgraafUrls.szw.replace(/\/graphql$/, '/edities');
    const antwoord = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml', 'x-identiteit': JSON.stringify({ onderwerp: 'indringer', rollen: ['redacteur:SZW'], bron: 'jwt' }) },
      body: proefeditieTekst('OMWEG', 1, '2026-05-01'),
    });
    expect(antwoord.status).toBe(401);
    expect(await codes()).not.toContain('OMWEG');
  });
});

describe('intrekken door de hele stapel', () => {
  const trekIn = async (pad: string, rollen: Rol[], reden: unknown) => {
    const antwoord = await fetch(`${stapel.url.replace(/\/graphql$/, '')}${pad}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stapel.token(rollen, { onderwerp: `intrekker-${rollen[0]}` })}` },
      body: JSON.stringify({ reden }),
    });
    return { status: antwoord.status, inhoud: (await antwoord.json()) as { ingetrokken?: boolean; errors?: Fout['errors'] } };
  };

  it('beheer trekt een SZW-publicatie in: ze verdwijnt meteen uit de graaf, ook uit de cache, en staat in het verslag', async () => {
    const gepubliceerd = await stuur('/edities/szw', { rollen: ['redacteur:SZW'], body: proefeditieTekst('E2E_INTREKKEN', 1, '2024-12-01') });
    expect(gepubliceerd.status).toBe(201);
    const id = gepubliceerd.json<{ publicatie: { id: number } }>().publicatie.id;
    expect(await codes()).toContain('E2E_INTREKKEN');

    for (const rollen of [['redacteur:BZK'], ['analist'], ['partner']] as Rol[][]) {
      expect((await trekIn(`/edities/szw/${id}/intrekken`, rollen, 'mag niet')).status, rollen[0]).toBe(403);
    }
    expect(await codes()).toContain('E2E_INTREKKEN');
    const ingetrokken = await trekIn(`/edities/szw/${id}/intrekken`, ['beheer'], 'Proefpublicatie; hoort niet in productie.');
    expect(ingetrokken.status).toBe(200);
    expect(ingetrokken.inhoud.ingetrokken).toBe(true);
    expect(await codes()).not.toContain('E2E_INTREKKEN');

    const verslag = (await stuur('/edities/szw', { rollen: ['analist'] })).json<{ publicaties: { id: number; ingetrokken: { wie: string; reden: string } | null }[] }>();
    expect(verslag.publicaties.find((p) => p.id === id)?.ingetrokken).toMatchObject({ wie: 'intrekker-beheer', reden: 'Proefpublicatie; hoort niet in productie.' });
  });
});
