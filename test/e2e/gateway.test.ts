// Door de gateway heen, met alle subgraphs op poort 0 en SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vocabulaire } from '../../kern/vocabulaire.js';
import { startStapel, type Stapel } from '../hulp/stapel.js';
import { controleerAcceptatie } from './acceptatie.js';

describe('gateway (SQLite)', () => {
  let stapel: Stapel;
  beforeAll(async () => {
    stapel = await startStapel('sqlite');
  });
  afterAll(() => stapel?.stop());

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
