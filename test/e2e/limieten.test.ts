// Vijandige operaties worden geweigerd vóór de uitvoering: geen enkele subgraph krijgt
// een verzoek, het antwoord is een 400 (of 413) met een stabiele extensions.code, en de
// gateway werkt daarna gewoon door. Elke bench-operatie blijft binnen de grenzen.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStapel, type Stapel } from '../hulp/stapel.js';

const map = new URL('../fixtures/vijandig/', import.meta.url);
const vijandig = readdirSync(map)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => {
    const tekst = readFileSync(new URL(f, map), 'utf8');
    const code = /^# code: (\w+)/m.exec(tekst)?.[1];
    if (!code) throw new Error(`${f} mist een regel "# code: …"`);
    return { naam: f, query: tekst, code };
  });

const bench = readdirSync(new URL('../../bench/operaties/', import.meta.url)).map((f) => ({
  naam: f,
  query: readFileSync(new URL(`../../bench/operaties/${f}`, import.meta.url), 'utf8'),
}));

interface Fout {
  message: string;
  extensions?: { code?: string };
}

describe('grenzen aan een operatie', () => {
  let stapel: Stapel;
  beforeAll(async () => {
    stapel = await startStapel('sqlite');
  });
  afterAll(() => stapel?.stop());

  const stuur = async (body: string) => {
    const voor = stapel.subgraafverzoeken();
    const r = await fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const inhoud = (await r.json()) as { data?: unknown; errors?: Fout[] };
    return { status: r.status, inhoud, subgraafverzoeken: stapel.subgraafverzoeken() - voor };
  };

  it.each(vijandig)('weigert $naam vóór de uitvoering met $code', async ({ query, code }) => {
    const { status, inhoud, subgraafverzoeken } = await stuur(JSON.stringify({ query }));
    expect(status).toBe(400);
    expect(inhoud.errors?.[0].extensions?.code).toBe(code);
    expect(inhoud.data ?? null).toBeNull();
    expect(subgraafverzoeken).toBe(0);
  });

  it.each([
    ['een document van 1 MB', JSON.stringify({ query: `{ aandachtsgroepen { code } } # ${'x'.repeat(1_048_576)}` }), 413, 'PAYLOAD_TOO_LARGE'],
    ['variabelen van 2 MB', JSON.stringify({ query: '{ aandachtsgroepen { code } }', variables: { x: 'y'.repeat(2_000_000) } }), 413, 'PAYLOAD_TOO_LARGE'],
    ['500 operaties in één batch', JSON.stringify(Array.from({ length: 500 }, () => ({ query: '{ aandachtsgroepen { code } }' }))), 400, 'BAD_REQUEST'],
    ['een lege body', '', 400, 'BAD_REQUEST'],
    ['JSON null', 'null', 400, 'BAD_REQUEST'],
  ] as const)('weigert %s', async (_, body, status, code) => {
    const r = await stuur(body);
    expect(r.status).toBe(status);
    expect(r.inhoud.errors?.[0].extensions?.code).toBe(code);
    expect(r.subgraafverzoeken).toBe(0);
  });

  it('zegt in het Nederlands wat de grens is', async () => {
    const { inhoud } = await stuur(JSON.stringify({ query: vijandig.find((v) => v.naam === 'diepte-14-groepen.graphql')!.query }));
    expect(inhoud.errors?.[0].message).toBe('De operatie is 14 niveaus diep; de grens is 7. Vraag minder ver door, of splits de vraag.');
  });

  it.each(bench)('laat bench-operatie $naam door', async ({ query }) => {
    const { status, inhoud } = await stuur(JSON.stringify({ query }));
    expect(inhoud.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it('werkt na de hele reeks gewoon door', async () => {
    const r = await stapel.query<{ aandachtsgroepen: unknown[] }>('{ aandachtsgroepen { code } }');
    expect(r.data!.aandachtsgroepen).toHaveLength(9);
  });
});
