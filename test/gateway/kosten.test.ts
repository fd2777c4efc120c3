// De kostenschatting van een verbinding rekent met first (issue 25), ook onder Analyse.bzk: dat
// veld telt als het hele beleid, de vereniging van negen groepen, en vermenigvuldigt wat eronder
// staat met 9. Een bladzijde van cijfersVerbinding geeft daar toch hooguit first cijfers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMIETEN } from '../../gateway/limieten/grenzen.js';
import { KOSTENTABEL, kostenVan, type Kostentabel } from '../../gateway/limieten/kosten.js';
import { publiekSchema } from '../../schema/gereedschap/publiekschema.js';

// In het exemplaar van graphql dat graphql-query-complexity laadt (CommonJS), zoals grenzen.ts.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schema = graphql.buildSchema(printSchema(publiekSchema(readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'))));
const kosten = (query: string, variabelen: Record<string, unknown> = {}, tabel: Kostentabel = KOSTENTABEL) => {
  const document = graphql.parse(query);
  const uitkomst = kostenVan(schema, document, graphql.getOperationAST(document)!, variabelen, tabel);
  if (uitkomst === undefined) throw new Error(`geen kosten voor ${query}`);
  return uitkomst;
};
/** De lengtes bij veel meer gegevens: 200 cijfers per groep. */
const veel: Kostentabel = { ...KOSTENTABEL, lijstlengtes: { ...KOSTENTABEL.lijstlengtes, 'Departementsbeleid.cijfers': 200 } };
const CIJFER = 'code waarde peildatum aandachtsgroepen { code } bron { document vindplaats citaat }';
const bladzijde = (first: number, waar = 'analyse') => `{ ${waar} { bzk { cijfersVerbinding(first: ${first}) { totaal edges { node { ${CIJFER} } } pageInfo { hasNextPage endCursor } } } } }`;

describe('de kosten van cijfersVerbinding', () => {
  it('groeien met first, en niet met de gegevens zodra er meer zijn dan first', () => {
    expect(kosten(bladzijde(1))).toBeLessThan(kosten(bladzijde(10)));
    expect(kosten(bladzijde(10))).toBeLessThan(kosten(bladzijde(50)));
    const groep = 'aandachtsgroep(code: STUDENTEN)';
    // Onder één groep: 40 cijfers gemeten, dus first: 100 kost 40 cijfers; met 200 gemeten wel 100.
    expect(kosten(bladzijde(20, groep), {}, veel)).toBe(kosten(bladzijde(20, groep)));
    expect(kosten(bladzijde(100, groep), {}, veel)).toBeGreaterThan(kosten(bladzijde(100, groep)));
    // Onder analyse.bzk niet negen bladzijden: één van hooguit first, zoals onder één groep.
    // (op de ouders na: analyse en bzk, dat als negen telt, tegen aandachtsgroep en bzk)
    expect(Math.abs(kosten(bladzijde(100), {}, veel) - kosten(bladzijde(100, groep), {}, veel))).toBeLessThan(20);
    // Een lijst onder analyse.bzk telt wel als het hele beleid: negen keer die van een groep.
    const lijst = (waar: string) => kosten(`{ ${waar} { bzk { cijfers { ${CIJFER} } } } }`, {}, veel);
    expect(lijst('analyse')).toBeGreaterThan(8 * lijst(groep));
  });

  it('ook in een fragment, en als variabele', () => {
    const metFragment = `query($first: Int) { analyse { bzk { ...Blad } } } fragment Blad on Departementsbeleid { cijfersVerbinding(first: $first) { totaal edges { node { ${CIJFER} } } } }`;
    expect(kosten(metFragment, { first: 100 }, veel)).toBe(kosten(`{ analyse { bzk { cijfersVerbinding(first: 100) { totaal edges { node { ${CIJFER} } } } } } }`, {}, veel));
    expect(kosten(metFragment, { first: 5 }, veel)).toBeLessThan(kosten(metFragment, { first: 100 }, veel));
  });

  it('het overzicht alle-cijfers blijft met zijn standaard first onder de grens, bij elke hoeveelheid cijfers', () => {
    const document = readFileSync(new URL('../../overzichten/alle-cijfers.graphql', import.meta.url), 'utf8');
    for (const perGroep of [40, 200, 800, 5000]) {
      const tabel = { ...KOSTENTABEL, lijstlengtes: { ...KOSTENTABEL.lijstlengtes, 'Departementsbeleid.cijfers': perGroep } };
      expect(kosten(document, {}, tabel), `${perGroep} cijfers per groep`).toBeLessThanOrEqual(LIMIETEN.kosten);
    }
    // Het oude overzicht cijfers groeit met de gegevens.
    const oud = readFileSync(new URL('../../overzichten/cijfers.graphql', import.meta.url), 'utf8');
    expect(kosten(oud, {}, veel)).toBeGreaterThan(LIMIETEN.kosten);
  });

  it('aandachtsgroep-met-alle-cijfers kost niet meer met meer cijfers per groep; aandachtsgroep wel', () => {
    const lees = (naam: string) => readFileSync(new URL(`../../overzichten/${naam}.graphql`, import.meta.url), 'utf8');
    const nieuw = lees('aandachtsgroep-met-alle-cijfers');
    const vijfduizend = { ...KOSTENTABEL, lijstlengtes: { ...KOSTENTABEL.lijstlengtes, 'Departementsbeleid.cijfers': 5000 } };
    expect(kosten(nieuw, { code: 'STUDENTEN' }, vijfduizend)).toBe(kosten(nieuw, { code: 'STUDENTEN' }, veel));
    expect(kosten(nieuw, { code: 'STUDENTEN' }, veel)).toBeLessThanOrEqual(LIMIETEN.kosten);
    expect(kosten(lees('aandachtsgroep'), { code: 'STUDENTEN' }, veel)).toBeGreaterThan(LIMIETEN.kosten);
  });
});
