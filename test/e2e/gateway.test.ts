// Door de gateway heen, met alle subgraphs op poort 0 en SQLite.
import { describe, expect, it } from 'vitest';
import { vocabulaire } from '../../kern/vocabulaire.js';
import { controleerAcceptatie } from './acceptatie.js';
import { gebruikStapel } from '../hulp/gebruik.js';

describe('gateway (SQLite)', () => {
  const stapel = gebruikStapel('sqlite');

  it('toont alle negen groepen met gegevens van alle vijf ministeries, elk cijfer met bron en peildatum', async () => {
    await controleerAcceptatie(stapel);
  });

  it('geeft één groep met het beleid van elk ministerie', async () => {
    const r = await stapel.query<{ aandachtsgroep: { code: string; naam: string; omschrijving: string; szw: { instrumenten: { code: string }[] } } }>(
      '{ aandachtsgroep(code: DAK_EN_THUISLOZEN) { code naam omschrijving szw { instrumenten { code } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.aandachtsgroep.code).toBe('DAK_EN_THUISLOZEN');
    expect(r.data!.aandachtsgroep.szw.instrumenten.map((i) => i.code)).toContain('KOSTENDELERSNORM');
  });

  it.each([
    ['letterlijk in de query', '{ aandachtsgroep(code: KATTEN) { naam } }', undefined],
    ['als variabele', 'query ($c: AandachtsgroepCode!) { aandachtsgroep(code: $c) { naam } }', { c: 'KATTEN' }],
  ])('weigert een onbekende code %s met een melding die de geldige codes noemt', async (_, query, variables) => {
    const r = await stapel.query(query, variables);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0].message).toContain('"KATTEN"');
    expect(r.errors?.[0].message).toContain(`Geldige waarden: ${vocabulaire.aandachtsgroepen.join(', ')}`);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.stacktrace).toBeUndefined();
  });
});

describe('HTTP van de gateway', () => {
  const stapel = gebruikStapel('sqlite');

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(stapel.url, { method: 'POST', headers, body });

  it('geeft bij onleesbare JSON een 400 met een JSON-fout die zegt wat wel mag', async () => {
    const r = await post('{"query": "{ aandachtsgroepen { code } }"');
    expect(r.status).toBe(400);
    const inhoud = (await r.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(inhoud.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(inhoud.errors[0].message).toContain('geen geldige JSON');
    expect(inhoud.errors[0].message).toContain('{"query"');
  });

  it('weigert een body boven 1 MB met 413 en een JSON-fout, zonder hem te lezen', async () => {
    const r = await post(JSON.stringify({ query: `{ aandachtsgroepen { code } } # ${'x'.repeat(1_100_000)}` }));
    expect(r.status).toBe(413);
    const inhoud = (await r.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(inhoud.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(inhoud.errors[0].message).toContain('1 MB');
  });

  it('geeft op een onbekend pad een 404 in JSON die de juiste paden noemt', async () => {
    const r = await fetch(stapel.url.replace('/graphql', '/graphiql'));
    expect(r.status).toBe(404);
    expect(((await r.json()) as { errors: { message: string }[] }).errors[0].message).toContain('/graphql');
  });

  it.each(['/', '/dashboard'])('stuurt een browser van %s naar het dashboard, en zegt een andere client in JSON waar wat staat', async (pad) => {
    const adres = stapel.url.replace('/graphql', pad);
    const browser = await fetch(adres, { redirect: 'manual', headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/dashboard/');
    const client = await fetch(adres, { redirect: 'manual' });
    expect(client.status).toBe(404);
    expect(client.headers.get('content-type')).toMatch(/^application\/json/);
    const melding = ((await client.json()) as { errors: { message: string }[] }).errors[0].message;
    expect(melding).toContain('/graphql');
    expect(melding).toContain('/dashboard/');
  });

  it('voert gelijke verzoeken die tegelijk binnenkomen één keer uit, en geeft elk hetzelfde antwoord', async () => {
    const body = JSON.stringify({ query: '{ aandachtsgroep(code: OUDEREN) { naam vws { doelen { code } } } }' });
    const voor = stapel.subgraafverzoeken();
    const antwoorden = await Promise.all(Array.from({ length: 8 }, () => post(body).then((r) => r.json())));
    // BZK voor de groep en VWS voor zijn doelen: twee subgraph-verzoeken per uitvoering;
    // zonder samenvoegen waren het er zestien. Een verzoek dat pas binnenkomt als de eerste
    // uitvoering al klaar is, mag opnieuw gaan: vandaar ruimte tot twee uitvoeringen.
    expect(stapel.subgraafverzoeken() - voor).toBeLessThanOrEqual(4);
    for (const a of antwoorden) expect(a).toEqual(antwoorden[0]);
    expect((antwoorden[0] as { data: { aandachtsgroep: { naam: string } } }).data.aandachtsgroep.naam).toBe('Ouderen');
  });
});

describe('verzoeken die niets uitvoerbaars vragen', () => {
  const stapel = gebruikStapel('sqlite');

  it.each([
    ['een onbekende operationName', { query: 'query A { aandachtsgroepen { code } }', operationName: 'B' }, 'Er is geen operatie met de naam "B"'],
    ['een mutatie', { query: 'mutation { x }' }, 'Deze graaf kent alleen queries; een mutation bestaat hier niet.'],
  ])('beantwoordt %s met 400 en een Nederlandse uitleg', async (_, body, melding) => {
    const r = await fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(r.status).toBe(400);
    const inhoud = (await r.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(inhoud.errors[0].message).toContain(melding);
    expect(inhoud.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('weigert een geneste analyse vóór de uitvoering als te duur, in plaats van een 413 van de analyselaag', async () => {
    // Vóór issue 8 stuurde de gateway hiervoor meer dan 1 MB beleid naar de analyselaag
    // en kwam er data: null met een interne URL terug; nu kent de kostengrens de analysevelden.
    const voor = stapel.subgraafverzoeken();
    const r = await stapel.query('{ analyse { tegenwerkendePrikkels { aandachtsgroepen { tegenwerkendePrikkels { score } } } } }');
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions?.code).toBe('TE_DUUR');
    expect(r.errors?.[0].message).toMatch(/de grens is/);
    expect(stapel.subgraafverzoeken()).toBe(voor);
  });
});
