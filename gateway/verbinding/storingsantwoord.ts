// Eén ministerie dat niet antwoordt, mag de andere niet meenemen.
//
// @apollo/gateway laat de velden van een mislukte fetch weg in plaats van ze null te
// maken. Leest een @requires zo'n veld (de analyselaag leest het beleid van alle vijf),
// dan slaat de gateway de hele entiteit over: de analyselaag krijgt geen verzoek en het
// niet-nullbare analyseveld maakt het hele antwoord null (gemeten: zie
// test/e2e/storingen.test.ts). Geeft de fetcher voor een mislukt _entities-verzoek zelf
// antwoord, met null voor elk gevraagd veld en de fout van de subgraph, dan krijgt de
// gateway wat GraphQL voor een mislukt veld voorschrijft: null met een fout die zegt
// waarom. De analyselaag ziet dan welk ministerie ontbreekt en rekent met de rest.
import { GraphQLError, Kind, parse, type SelectionSetNode } from 'graphql';

interface Deelverzoek {
  query?: unknown;
  variables?: { representations?: unknown };
}

/** De antwoordnamen die een selectie voor een type vraagt, met de velden in fragmenten op dat type. */
function antwoordnamen(selectie: SelectionSetNode, type: string): string[] {
  return selectie.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === '__typename' ? [] : [(s.alias ?? s.name).value];
    if (s.kind === Kind.INLINE_FRAGMENT && (!s.typeCondition || s.typeCondition.name.value === type)) return antwoordnamen(s.selectionSet, type);
    return [];
  });
}

/** De selectie onder `_entities`, of null als het deelverzoek geen entiteiten vraagt. */
function entiteitselectie(query: string): SelectionSetNode | null {
  const operatie = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const veld = operatie?.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  return veld?.kind === Kind.FIELD ? (veld.selectionSet ?? null) : null;
}

/**
 * Het antwoord (als JSON-tekst) dat een mislukt _entities-verzoek vervangt: per
 * representatie null voor elk gevraagd veld, en de fout. Null als het deelverzoek geen
 * _entities-verzoek is; dan blijft de fout een fout van de hele fetch, zoals voorheen.
 */
function storingsantwoord(fout: GraphQLError, body: string): string | null {
  const verzoek = JSON.parse(body) as Deelverzoek;
  const representaties = verzoek.variables?.representations;
  if (typeof verzoek.query !== 'string' || !Array.isArray(representaties)) return null;
  const selectie = entiteitselectie(verzoek.query);
  if (!selectie) return null;
  const entiteiten = representaties.map((r: unknown) => {
    const type = r && typeof r === 'object' && '__typename' in r && typeof r.__typename === 'string' ? r.__typename : '';
    return { __typename: type, ...Object.fromEntries(antwoordnamen(selectie, type).map((naam) => [naam, null])) };
  });
  return JSON.stringify({ data: { _entities: entiteiten }, errors: [{ message: fout.message, extensions: fout.extensions }] });
}

/** Het storingsantwoord als subgraph-antwoord; elke andere fout gaat ongewijzigd door. */
export function alsStoringsantwoord(fout: unknown, body: unknown): { status: number; kopregels: [string, string][]; tekst: string } {
  const tekst = fout instanceof GraphQLError && typeof body === 'string' ? storingsantwoord(fout, body) : null;
  if (tekst === null) throw fout;
  return { status: 200, kopregels: [['content-type', 'application/json']], tekst };
}
