// GET /overzichten/openapi.json: de OpenAPI 3.1-beschrijving van de overzichten. Een
// onderhouden validator (@readme/openapi-parser) keurt haar goed, en een onderhouden generator
// (openapi-typescript) maakt er typen van; daarmee roept een client (openapi-fetch) als
// partner een overzicht aan, en tsc controleert dat die client de vorm van het antwoord kent.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { validate } from '@readme/openapi-parser';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../gateway/toegang/identificatie.js';
import { gebruikStapel } from '../hulp/gebruik.js';

const PARTNERSLEUTEL = 'thuis_test-partner-sleutel-openapi-0123456789';
const WORTEL = fileURLToPath(new URL('../../', import.meta.url));

const stapel = gebruikStapel('sqlite', {
  toegang: { modus: 'productie', anoniem: null, apiSleutels: new Map([[sha256(PARTNERSLEUTEL), { naam: 'partner-openapi', rollen: ['partner'] }]]) },
});

type Document = {
  openapi: string;
  paths: Record<string, { get: { operationId: string; deprecated?: boolean; parameters: Record<string, unknown>[]; responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> } }>;
  components: { securitySchemes: Record<string, Record<string, unknown>> };
};

let basis: string;
let document: Document;
let map: string;
beforeAll(async () => {
  basis = stapel.url.replace(/\/graphql$/, '');
  const antwoord = await fetch(`${basis}/overzichten/openapi.json`, { headers: { 'x-api-key': PARTNERSLEUTEL } });
  expect(antwoord.status).toBe(200);
  expect(antwoord.headers.get('content-type')).toMatch(/^application\/json/);
  document = (await antwoord.json()) as Document;
  // Binnen node_modules: tsc en het gegenereerde bestand vinden daar openapi-fetch.
  map = await mkdtemp(join(WORTEL, 'node_modules/.cache-openapi-'));
});
afterAll(async () => {
  if (map) await rm(map, { recursive: true, force: true });
});

describe('GET /overzichten/openapi.json', () => {
  it('is geldig OpenAPI 3.1 volgens @readme/openapi-parser', async () => {
    expect(document.openapi).toBe('3.1.0');
    // validate wijzigt wat het krijgt (het lost $ref's op): een kopie.
    const uitslag = await validate(structuredClone(document) as never);
    expect(uitslag.valid ? [] : uitslag.errors).toEqual([]);
    expect(uitslag.warnings).toEqual([]);
  });

  it('heeft een pad per overzicht uit de levende lijst, met parameters, JSON en CSV', async () => {
    const { overzichten } = (await (await fetch(`${basis}/overzichten`)).json()) as { overzichten: { naam: string; csv: boolean }[] };
    for (const o of overzichten) {
      const pad = document.paths[`/overzichten/${o.naam}`];
      expect(pad, o.naam).toBeDefined();
      expect(Object.keys(pad.get.responses['200'].content ?? {})).toEqual(o.csv ? ['application/json', 'text/csv'] : ['application/json']);
      expect(document.paths[`/overzichten/${o.naam}@1`], `${o.naam}@1`).toBeDefined();
    }
    const aandachtsgroep = document.paths['/overzichten/aandachtsgroep'].get;
    expect(aandachtsgroep.operationId).toBe('aandachtsgroep');
    const code = aandachtsgroep.parameters.find((p) => p.name === 'code') as { required: boolean; schema: { enum: string[] } };
    expect(code.required).toBe(true);
    expect(code.schema.enum).toContain('STUDENTEN');
    expect(aandachtsgroep.parameters.find((p) => p.name === 'alleenLetterlijk')).toMatchObject({ required: false, schema: { type: 'boolean', default: false } });
    expect(document.paths['/overzichten/tegenwerkende-prikkels'].get.operationId).toBe('tegenwerkendePrikkels');
    // GEEN_TABEL alleen waar geen CSV is.
    expect(Object.keys(aandachtsgroep.responses)).not.toContain('406');
    const zonderRijen = overzichten.find((o) => !o.csv);
    if (zonderRijen) expect(Object.keys(document.paths[`/overzichten/${zonderRijen.naam}`].get.responses)).toContain('406');
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['apiSleutel', 'bearer']);
    expect(document.components.securitySchemes.apiSleutel).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-API-Key' });
  });

  it('geeft een getypeerde client (openapi-typescript + openapi-fetch) die als partner een overzicht aanroept', async () => {
    const typen = astToString(await openapiTS(document as never));
    await writeFile(join(map, 'overzichten.ts'), typen);
    await writeFile(join(map, 'package.json'), '{"type":"module"}');
    // Wat een partner schrijft: tsc moet het aanvaarden, en de regels met @ts-expect-error weigeren.
    await writeFile(
      join(map, 'gebruik.ts'),
      `import createClient from 'openapi-fetch';
import type { paths } from './overzichten.js';

export async function gebruik(baseUrl: string, sleutel: string): Promise<string> {
  const client = createClient<paths>({ baseUrl, headers: { 'X-API-Key': sleutel } });
  const { data, error } = await client.GET('/overzichten/aandachtsgroep', { params: { query: { code: 'STUDENTEN' } } });
  // De 200 is JSON of CSV (een tekst): wie JSON vraagt, sluit de tekst uit.
  if (error || data === undefined || typeof data === 'string' || !data.data) throw new Error('geen antwoord');
  const groep = data.data.aandachtsgroep;
  const naam: string = groep.naam;
  const scores: (number | null)[] = groep.tegenwerkendePrikkels.map((p) => p.score);
  void scores;
  // @ts-expect-error geen waarde van AandachtsgroepCode
  void client.GET('/overzichten/aandachtsgroep', { params: { query: { code: 'GEEN_GROEP' } } });
  // @ts-expect-error code is verplicht
  void client.GET('/overzichten/aandachtsgroep', { params: { query: {} } });
  // @ts-expect-error dit veld vraagt het overzicht niet
  void groep.bestaatNiet;
  return naam;
}
`,
    );
    const tsc = join(WORTEL, 'node_modules/typescript/bin/tsc');
    const opties = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', join(map, 'gebruik.ts')];
    const uitvoer = await promisify(execFile)(process.execPath, [tsc, ...opties], { cwd: map }).catch((e: { stdout: string }) => ({ stdout: e.stdout, fout: true }));
    expect(uitvoer.stdout).toBe('');

    // En echt aanroepen, met dezelfde client (de typen bestaan alleen voor tsc).
    const client = createClient<Record<string, never>>({ baseUrl: basis, headers: { 'X-API-Key': PARTNERSLEUTEL } });
    const aanroep = client.GET as unknown as (pad: string, opties: unknown) => Promise<{ data?: { data: { aandachtsgroep: { code: string; naam: string; szw: { departement: string } | null } } }; response: Response }>;
    const { data, response } = await aanroep('/overzichten/aandachtsgroep', { params: { query: { code: 'STUDENTEN' } } });
    expect(response.status).toBe(200);
    expect(data?.data.aandachtsgroep.code).toBe('STUDENTEN');
    expect(data?.data.aandachtsgroep.naam).not.toBe('');
    expect(data?.data.aandachtsgroep.szw?.departement).toBe('SZW');
    // Zonder sleutel: de 401 die de beschrijving noemt.
    const zonder = await fetch(`${basis}/overzichten/aandachtsgroep?code=STUDENTEN`);
    expect(zonder.status).toBe(401);
    expect(((await zonder.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NIET_GEAUTHENTICEERD');
  }, 120_000);

  it('volgt de levende lijst: een gepubliceerd overzicht staat er meteen in, een gebroken versie als deprecated met Deprecation en Sunset', async () => {
    const samensteller = { authorization: `Bearer ${await stapel.token(['samensteller'])}`, 'content-type': 'application/json' };
    const document = 'query GroepDoelen($code: AandachtsgroepCode!) { aandachtsgroep(code: $code) { code naam bzk { doelen { code naam } } } }';
    const overzicht = { naam: 'openapi-doelen', titel: 'Doelen van BZK', omschrijving: 'De doelen van BZK voor een groep.', document, rijen: 'aandachtsgroep.bzk.doelen', standaardwaarden: { code: 'STUDENTEN' } };
    const publiceer = async (body: unknown) => {
      const a = await fetch(`${basis}/overzichten`, { method: 'POST', headers: samensteller, body: JSON.stringify(body) });
      expect(a.status, await a.text()).toBe(201);
    };
    const beschrijving = async () => (await (await fetch(`${basis}/overzichten/openapi.json`)).json()) as Document;
    await publiceer(overzicht);
    let nu = await beschrijving();
    const op = nu.paths['/overzichten/openapi-doelen'].get;
    expect(op.operationId).toBe('openapiDoelen');
    expect(op.parameters.find((p) => p.name === 'code')).toMatchObject({ required: false, schema: { default: 'STUDENTEN' } });
    expect(op.responses['200'].content?.['application/json'].schema).toMatchObject({
      // data is null als niets lukte; aandachtsgroep is Aandachtsgroep! in het schema.
      properties: { data: { type: ['object', 'null'], properties: { aandachtsgroep: { type: 'object', properties: { bzk: { properties: { doelen: { type: 'array' } } } } } } } },
    });
    await publiceer({ ...overzicht, document: document.replace('code naam bzk', 'code bzk'), breekt: { reden: 'naam weg', uitfaseerdatum: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10) } });
    nu = await beschrijving();
    const oud = nu.paths['/overzichten/openapi-doelen@1'].get as { deprecated?: boolean; responses: Record<string, { headers?: Record<string, unknown> }> };
    expect(oud.deprecated).toBe(true);
    expect(Object.keys(oud.responses['200'].headers ?? {})).toEqual(['Deprecation', 'Sunset', 'Link']);
    expect(nu.paths['/overzichten/openapi-doelen'].get.deprecated).toBeUndefined();
    const uitslag = await validate(structuredClone(nu) as never);
    expect(uitslag.valid ? [] : uitslag.errors).toEqual([]);
  }, 60_000);
});
