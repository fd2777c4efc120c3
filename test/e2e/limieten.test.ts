// Vijandige operaties worden geweigerd vóór de uitvoering: geen enkele subgraph krijgt
// een verzoek, het antwoord is een 400 (of 413) met een stabiele extensions.code, en de
// gateway werkt daarna gewoon door. Elke bench-operatie en elk voorbeeld uit README.md en
// docs/*.md blijft binnen de grenzen.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMIETEN } from '../../gateway/limieten/grenzen.js';
import { leesAlleVoorbeelden } from '../hulp/readme.js';
import { startStapel, type Stapel } from '../hulp/stapel.js';

const map = new URL('../fixtures/vijandig/', import.meta.url);
/** Kopregels van een fixture: `# code: X` (verplicht), `# operationName: Y` en `# variables: {json}`. */
const vijandig = readdirSync(map)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => {
    const tekst = readFileSync(new URL(f, map), 'utf8');
    const code = /^# code: (\w+)$/m.exec(tekst)?.[1];
    if (!code) throw new Error(`${f} mist een regel "# code: …"`);
    const operationName = /^# operationName: (\w+)$/m.exec(tekst)?.[1];
    const variabelen = /^# variables: (.+)$/m.exec(tekst)?.[1];
    return { naam: f, code, body: JSON.stringify({ query: tekst, operationName, variables: variabelen && (JSON.parse(variabelen) as unknown) }) };
  });

const bench = readdirSync(new URL('../../bench/operaties/', import.meta.url)).map((f) => ({
  naam: f,
  query: readFileSync(new URL(`../../bench/operaties/${f}`, import.meta.url), 'utf8'),
}));

const voorbeelden = leesAlleVoorbeelden().voorbeelden;

/** Codes van de grenzen zelf; een voorbeeld mag een andere fout tonen (onbekende-code), nooit deze. */
const GRENSCODES = ['DIEPTE_TE_GROOT', 'TE_VEEL_ALIASSEN', 'TE_VEEL_DIRECTIEVEN', 'TE_VEEL_TOKENS', 'TE_DUUR', 'TE_VEEL_HOOFDVELDEN'];

interface Fout {
  message: string;
  extensions?: { code?: string };
}

const aliassen = (n: number, veld: string) => Array.from({ length: n }, (_, i) => `a${i}: ${veld}`).join(' ');

async function stuurNaar(stapel: Stapel, body: string) {
  const voor = stapel.subgraafverzoeken();
  const r = await fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const tekst = await r.text();
  const inhoud = JSON.parse(tekst) as { data?: unknown; errors?: Fout[] } | { data?: unknown; errors?: Fout[] }[];
  return { status: r.status, inhoud, bytes: tekst.length, subgraafverzoeken: stapel.subgraafverzoeken() - voor };
}

describe('grenzen aan een operatie', () => {
  let stapel: Stapel;
  beforeAll(async () => {
    stapel = await startStapel('sqlite');
  });
  afterAll(() => stapel?.stop());

  const stuur = async (body: string) => {
    const r = await stuurNaar(stapel, body);
    if (Array.isArray(r.inhoud)) throw new Error(`onverwacht een bundelantwoord: ${JSON.stringify(r.inhoud).slice(0, 200)}`);
    return { ...r, inhoud: r.inhoud };
  };

  it('heeft een corpus van minstens 28 vijandige operaties', () => {
    expect(vijandig.length).toBeGreaterThanOrEqual(28);
  });

  it.each(vijandig)('weigert $naam vóór de uitvoering met $code', async ({ body, code }) => {
    const { status, inhoud, subgraafverzoeken } = await stuur(body);
    expect(inhoud.errors?.[0].extensions?.code).toBe(code);
    expect(status).toBe(400);
    expect(inhoud.data ?? null).toBeNull();
    expect(subgraafverzoeken).toBe(0);
  });

  const lichamen: [naam: string, body: () => string, status: number, code: string][] = [
    ['een document van 1 MB', () => JSON.stringify({ query: `{ aandachtsgroepen { code } } # ${'x'.repeat(1_048_576)}` }), 413, 'PAYLOAD_TOO_LARGE'],
    ['variabelen van 2 MB', () => JSON.stringify({ query: '{ aandachtsgroepen { code } }', variables: { x: 'y'.repeat(2_000_000) } }), 413, 'PAYLOAD_TOO_LARGE'],
    [
      'een variabele van 900 kB als groepscode',
      () => JSON.stringify({ query: 'query ($c: AandachtsgroepCode!) { aandachtsgroep(code: $c) { naam } }', variables: { c: 'K'.repeat(900_000) } }),
      400,
      'BAD_USER_INPUT',
    ],
    ['500 operaties in één bundel', () => JSON.stringify(Array.from({ length: 500 }, () => ({ query: '{ aandachtsgroepen { code } }' }))), 400, 'BUNDELS_NIET_TOEGESTAAN'],
    ['een lege body', () => '', 400, 'BAD_REQUEST'],
    ['JSON null', () => 'null', 400, 'BAD_REQUEST'],
    ['onleesbare JSON', () => '{"query": "{ aandachtsgroepen { code } }"', 400, 'BAD_REQUEST'],
    ['een query die geen tekst is', () => JSON.stringify({ query: 5 }), 400, 'BAD_REQUEST'],
    ['variabelen die geen object zijn', () => JSON.stringify({ query: '{ aandachtsgroepen { code } }', variables: [1, 2, 3] }), 400, 'BAD_REQUEST'],
  ];
  it.each(lichamen)('weigert %s', async (_, body, status, code) => {
    const r = await stuur(body());
    expect(r.inhoud.errors?.[0].extensions?.code).toBe(code);
    expect(r.status).toBe(status);
    expect(r.subgraafverzoeken).toBe(0);
  });

  it('herhaalt een reuzenvariabele niet in het antwoord', async () => {
    const r = await stuur(JSON.stringify({ query: 'query ($c: AandachtsgroepCode!) { aandachtsgroep(code: $c) { naam } }', variables: { c: 'K'.repeat(900_000) } }));
    expect(r.bytes).toBeLessThan(10_000);
  });

  it('zegt in het Nederlands wat de grens is', async () => {
    const diep = await stuur(vijandig.find((v) => v.naam === 'diepte-14-groepen.graphql')!.body);
    expect(diep.inhoud.errors?.[0].message).toBe('De operatie is 14 niveaus diep; de grens is 7. Vraag minder ver door, of splits de vraag.');
    const duur = await stuur(JSON.stringify({ query: `{ analyse { ${aliassen(16, 'tegenwerkendePrikkels { score }')} } }` }));
    expect(duur.inhoud.errors?.[0].message).toMatch(new RegExp(`^De operatie kost \\d+; de grens is ${LIMIETEN.kosten}\\. Een lijst telt met haar lengte, een analyseveld als een berekening`));
    const breed = await stuur(vijandig.find((v) => v.naam === 'hoofdvelden-10.graphql')!.body);
    expect(breed.inhoud.errors?.[0].message).toBe(`De operatie vraagt 10 velden op het hoogste niveau; de grens is ${LIMIETEN.hoofdvelden}. Stuur ze in aparte operaties.`);
    const bundel = await stuur(JSON.stringify([{ query: '{ aandachtsgroepen { code } }' }]));
    expect(bundel.inhoud.errors?.[0].message).toMatch(/^Deze gateway neemt één operatie per verzoek aan/);
  });

  // Wat Apollo Server zelf weigert vóór er een operatie is: elk krijgt een Nederlandse
  // melding die zegt wat wel mag, met de Engelse in oorspronkelijkeMelding.
  const json = { 'content-type': 'application/json' };
  const q = encodeURIComponent('{ aandachtsgroepen { code } }');
  it.each([
    ['text/plain zonder preflight', '', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ aandachtsgroepen { code } }' }, /application\/json/],
    ['een GET zonder content-type of preflight-kop', `?query=${q}`, { method: 'GET' }, /apollo-require-preflight/],
  ] as const)('weigert %s (CSRF) vóór de cache, ook na hetzelfde verzoek mét preflight', async (_, pad, init, moetNoemen) => {
    // Eerst hetzelfde verzoek met de preflight-kop (een GET mag dat): dat antwoord staat daarna in de cache.
    if (init.method === 'GET') expect((await fetch(stapel.url + pad, { ...init, headers: { 'apollo-require-preflight': 'true' } })).status).toBe(200);
    const r = await fetch(stapel.url + pad, init);
    const inhoud = (await r.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(r.status).toBe(400);
    expect(inhoud.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(inhoud.errors?.[0].message).toMatch(/cross-site request forgery/);
    expect(inhoud.errors?.[0].message).toMatch(moetNoemen);
  });

  const verkeerdeVerzoeken: [naam: string, pad: string, init: RequestInit, status: number, moetNoemen: RegExp][] = [
    ['variabelen als JSON-string', '', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }', variables: '{"a":1}' }) }, 400, /JSON-object/],
    ['extensions als getal', '', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }', extensions: 5 }) }, 400, /JSON-object/],
    ['operationName als getal', '', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }', operationName: 5 }) }, 400, /operationName/],
    ['een query als object', '', { method: 'POST', headers: json, body: JSON.stringify({ query: { kind: 'Document' } }) }, 400, /als tekst/],
    ['variabelen in een GET die geen JSON zijn', `?query=${q}&variables=%7Bkapot`, { method: 'GET', headers: { 'apollo-require-preflight': 'true' } }, 400, /zoekparameter variables/],
    ['query twee keer in een GET', `?query=${q}&query=${q}`, { method: 'GET', headers: { 'apollo-require-preflight': 'true' } }, 400, /meer dan één keer/],
    ['een accept-kop zonder JSON', '', { method: 'POST', headers: { ...json, accept: 'text/html' }, body: JSON.stringify({ query: '{ __typename }' }) }, 406, /application\/json/],
  ];
  it.each(verkeerdeVerzoeken)('weigert %s in het Nederlands, met wat wel mag', async (_, pad, init, status, moetNoemen) => {
    const voor = stapel.subgraafverzoeken();
    const r = await fetch(stapel.url + pad, init);
    const inhoud = (await r.json()) as { errors?: { message: string; extensions?: { code?: string; oorspronkelijkeMelding?: string } }[] };
    const fout = inhoud.errors?.[0];
    expect(r.status).toBe(status);
    expect(fout?.extensions?.code).toBe('BAD_REQUEST');
    expect(fout?.extensions?.oorspronkelijkeMelding, 'de Engelse melding van Apollo Server blijft ernaast').toBeTruthy();
    expect(fout?.message).not.toBe(fout?.extensions?.oorspronkelijkeMelding);
    expect(fout?.message).toMatch(moetNoemen);
    expect(stapel.subgraafverzoeken() - voor).toBe(0);
  });

  // De fouten die een analist bij een handgeschreven query het vaakst maakt.
  const tikfouten: [naam: string, query: string, variables: Record<string, unknown> | undefined, code: string, melding: string | RegExp][] = [
    ['een veld dat niet bestaat', '{ aandachtsgroepen { nam } }', undefined, 'GRAPHQL_VALIDATION_FAILED', 'Het type Aandachtsgroep heeft geen veld "nam". Bedoelde je "naam"?'],
    ['een argument dat niet bestaat', '{ analyse { prikkelmatrix(minScore: -2) { aantal } } }', undefined, 'GRAPHQL_VALIDATION_FAILED', 'Het veld Analyse.prikkelmatrix heeft geen argument "minScore". Bedoelde je "maxScore"?'],
    ['een verplicht argument dat ontbreekt', '{ aandachtsgroep { naam } }', undefined, 'GRAPHQL_VALIDATION_FAILED', 'Het veld aandachtsgroep heeft het argument code nodig (AandachtsgroepCode!); geef het mee: aandachtsgroep(code: …).'],
    ['een object zonder selectie', '{ aandachtsgroepen }', undefined, 'GRAPHQL_VALIDATION_FAILED', /^Het veld aandachtsgroepen is een object \(\[Aandachtsgroep!\]!\); kies de velden die je wilt: aandachtsgroepen \{ … \}\./],
    ['een selectie op een waarde', '{ aandachtsgroepen { naam { x } } }', undefined, 'GRAPHQL_VALIDATION_FAILED', 'Het veld naam is een waarde (String!) zonder subvelden; laat de { … } erachter weg.'],
    ['een ongebruikte variabele', 'query ($c: AandachtsgroepCode) { aandachtsgroepen { naam } }', undefined, 'GRAPHQL_VALIDATION_FAILED', 'De variabele $c wordt nergens gebruikt; gebruik haar als argument of haal haar weg.'],
    ['een niet gedeclareerde variabele', '{ aandachtsgroep(code: $c) { naam } }', undefined, 'GRAPHQL_VALIDATION_FAILED', 'De variabele $c is niet gedeclareerd; zet haar bij de operatie: query ($c: <Type>) { … }.'],
    ['een onbekend type', 'query ($c: Groepcode!) { aandachtsgroep(code: $c) { naam } }', undefined, 'GRAPHQL_VALIDATION_FAILED', /^Het type Groepcode bestaat niet in deze graaf\./],
    ['een ontbrekende verplichte variabele', 'query ($c: AandachtsgroepCode!) { aandachtsgroep(code: $c) { naam } }', {}, 'BAD_USER_INPUT', 'De variabele $c (AandachtsgroepCode!) is verplicht en ontbreekt in "variables".'],
    ['een afgebroken query', '{ aandachtsgroepen { naam }', undefined, 'GRAPHQL_PARSE_FAILED', 'Syntaxfout: hier hoort Name, maar er staat <EOF>.'],
  ];
  it.each(tikfouten)('zegt bij %s in het Nederlands wat er mis is', async (_, query, variables, code, melding) => {
    const { status, inhoud } = await stuur(JSON.stringify({ query, variables }));
    const fout = inhoud.errors?.[0];
    expect(status).toBe(400);
    expect(fout?.extensions?.code).toBe(code);
    if (typeof melding === 'string') expect(fout?.message).toBe(melding);
    else expect(fout?.message).toMatch(melding);
  });

  it('rekent de kosten met de variabelen van elk verzoek, ook als het document al gevalideerd is', async () => {
    const query = `query ($ja: Boolean!) { analyse { ${aliassen(11, 'tegenwerkendePrikkels @include(if: $ja) { score }')} } }`;
    // Eerst goedkoop: Apollo Server valideert en bewaart het document.
    const goedkoop = await stuur(JSON.stringify({ query, variables: { ja: false } }));
    expect(goedkoop.inhoud.errors).toBeUndefined();
    expect(goedkoop.status).toBe(200);
    // Hetzelfde document, nu met alle elf prikkels: geen validatie meer, wel de kostengrens.
    const duur = await stuur(JSON.stringify({ query, variables: { ja: true } }));
    expect(duur.inhoud.errors?.[0].extensions?.code).toBe('TE_DUUR');
    expect(duur.status).toBe(400);
    expect(duur.subgraafverzoeken).toBe(0);
  });

  it.each(bench)('laat bench-operatie $naam door', async ({ query }) => {
    const { status, inhoud } = await stuur(JSON.stringify({ query }));
    expect(inhoud.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it.each(voorbeelden)('laat voorbeeld $naam ($plaats) door de grenzen', async ({ query }) => {
    const { inhoud } = await stuur(JSON.stringify({ query }));
    expect(GRENSCODES).not.toContain(inhoud.errors?.[0]?.extensions?.code);
  });

  it('werkt na de hele reeks gewoon door', async () => {
    const r = await stapel.query<{ aandachtsgroepen: unknown[] }>('{ aandachtsgroepen { code } }');
    expect(r.data!.aandachtsgroepen).toHaveLength(9);
  });
});

describe('bundels, als ze aan staan', () => {
  let stapel: Stapel;
  beforeAll(async () => {
    stapel = await startStapel('sqlite', { bundels: { maximum: 10 } });
  });
  afterAll(() => stapel?.stop());

  it('weigert een bundel boven het maximum vóór de uitvoering', async () => {
    const r = await stuurNaar(stapel, JSON.stringify(Array.from({ length: 500 }, () => ({ query: '{ aandachtsgroepen { code } }' }))));
    expect(r.status).toBe(400);
    expect(Array.isArray(r.inhoud) ? undefined : r.inhoud.errors?.[0]).toEqual({
      message: 'De bundel bevat 500 operaties; de grens is 10. Stuur minder operaties per verzoek.',
      extensions: { code: 'BUNDEL_TE_GROOT' },
    });
    expect(r.subgraafverzoeken).toBe(0);
  });

  it('beantwoordt een bundel binnen het maximum, met de grenzen per operatie', async () => {
    const r = await stuurNaar(
      stapel,
      JSON.stringify([{ query: '{ aandachtsgroepen { code } }' }, { query: `{ analyse { ${aliassen(16, 'tegenwerkendePrikkels { score }')} } }` }]),
    );
    expect(Array.isArray(r.inhoud)).toBe(true);
    const [eerste, tweede] = r.inhoud as { data?: { aandachtsgroepen?: unknown[] }; errors?: Fout[] }[];
    expect(eerste.data?.aandachtsgroepen).toHaveLength(9);
    expect(tweede.errors?.[0].extensions?.code).toBe('TE_DUUR');
  });
});
