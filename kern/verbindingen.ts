// Lange lijsten ook per bladzijde, voor elke subgraph die ze heeft: de analyselaag (haar
// prikkels, maatregelen en toezeggingen) en elk ministerie (de cijfers in
// Departementsbeleid, schema/gedeeld.graphql). Een subgraph noemt zijn lijstvelden als
// "Type.veld"; metVerbindingen zet er in het schema de verbinding naast, en
// metVerbindingsresolvers maakt er de resolvers bij uit de resolver van de lijst. Zo staan
// argumenten, richtlijnen en de regel voor het oude lijstveld één keer, en gedragen alle
// verbindingen in de graaf zich hetzelfde (kern/bladzijde.ts).
import { GraphQLError, Kind, visit, type DocumentNode, type FieldDefinitionNode, type GraphQLResolveInfo, type ObjectTypeDefinitionNode } from 'graphql';
import { bladzijde, MAXIMALE_BLADZIJDE, STANDAARD_BLADZIJDE, verbindingsveld } from './bladzijde.js';

const naam = (value: string) => ({ kind: Kind.NAME, value }) as const;
const beschrijving = (value: string) => ({ kind: Kind.STRING, value, block: true }) as const;
const type = (value: string, verplicht = true) => {
  const benoemd = { kind: Kind.NAMED_TYPE, name: naam(value) } as const;
  return verplicht ? ({ kind: Kind.NON_NULL_TYPE, type: benoemd } as const) : benoemd;
};
const lijstVan = (value: string) => ({ kind: Kind.NON_NULL_TYPE, type: { kind: Kind.LIST_TYPE, type: type(value) } }) as const;
const veld = (value: string, omschrijving: string, soort: FieldDefinitionNode['type']): FieldDefinitionNode => ({
  kind: Kind.FIELD_DEFINITION,
  name: naam(value),
  description: beschrijving(omschrijving),
  type: soort,
});
const verouderd = (reden: string) => ({ kind: Kind.DIRECTIVE, name: naam('deprecated'), arguments: [{ kind: Kind.ARGUMENT, name: naam('reason'), value: { kind: Kind.STRING, value: reden } }] }) as const;

/** Het elementtype van `[X!]!`. */
function elementVan(v: FieldDefinitionNode, pad: string): string {
  const t = v.type;
  if (t.kind === Kind.NON_NULL_TYPE && t.type.kind === Kind.LIST_TYPE && t.type.type.kind === Kind.NON_NULL_TYPE && t.type.type.type.kind === Kind.NAMED_TYPE) return t.type.type.type.name.value;
  throw new Error(`${pad} staat in de lijst van verbindingen maar is geen lijst [X!]!`);
}

/**
 * Zet naast elk veld uit `velden` ("Type.veld") zijn verbinding `<veld>Verbinding` (zelfde
 * argumenten zonder de verouderde, plus first en after; dezelfde richtlijnen, ook @requires en
 * @shareable) en maakt per elementtype X de typen XConnection en XEdge. Het oude veld krijgt
 * @deprecated. Een typedefinitie met @shareable geeft dat door aan haar Connection en Edge: een
 * type dat elke subgraph deelt (Departementsbeleid), deelt zijn verbinding ook.
 */
export function metVerbindingen(document: DocumentNode, velden: readonly string[]): DocumentNode {
  const nieuweTypen: ObjectTypeDefinitionNode[] = [];
  const gevonden = new Set<string>();
  const uitgebreid = visit(document, {
    ObjectTypeDefinition(t: ObjectTypeDefinitionNode) {
      if (!t.fields?.some((v) => velden.includes(`${t.name.value}.${v.name.value}`))) return undefined;
      const gedeeld = t.directives?.filter((d) => d.name.value === 'shareable') ?? [];
      return {
        ...t,
        fields: t.fields.flatMap((v): FieldDefinitionNode[] => {
          const pad = `${t.name.value}.${v.name.value}`;
          if (!velden.includes(pad)) return [v];
          gevonden.add(pad);
          const element = elementVan(v, pad);
          const connection = `${element}Connection`;
          const edge = `${element}Edge`;
          nieuweTypen.push(
            {
              kind: Kind.OBJECT_TYPE_DEFINITION,
              name: naam(connection),
              description: beschrijving(`Eén bladzijde van ${v.name.value} (${pad}), met het totaal over alle bladzijden.`),
              directives: gedeeld,
              fields: [
                veld('totaal', `Hoeveel elementen ${v.name.value} met deze argumenten in totaal geeft, over alle bladzijden.`, type('Int')),
                veld('edges', 'De elementen van deze bladzijde, elk met zijn cursor, in de volgorde van de hele lijst.', lijstVan(edge)),
                veld('pageInfo', 'Of er meer is, en de cursor om verder te bladeren.', type('PageInfo')),
              ],
            },
            {
              kind: Kind.OBJECT_TYPE_DEFINITION,
              name: naam(edge),
              description: beschrijving(`Eén element van een bladzijde van ${v.name.value}, met zijn cursor.`),
              directives: gedeeld,
              fields: [
                veld('cursor', 'Waar dit element staat; geef het als after om na dit element verder te gaan. Ondoorzichtig: alleen doorgeven.', type('String')),
                veld('node', 'Het element.', type(element)),
              ],
            },
          );
          const nieuw: FieldDefinitionNode = {
            ...v,
            name: naam(verbindingsveld(v.name.value)),
            description: beschrijving(`${v.description?.value ?? v.name.value}\n\nPer bladzijde (first, after), met het totaal: zo haalt een client niet alles in één antwoord.`),
            type: type(connection),
            arguments: [
              ...(v.arguments ?? []).filter((a) => !a.directives?.some((d) => d.name.value === 'deprecated')),
              { kind: Kind.INPUT_VALUE_DEFINITION, name: naam('first'), description: beschrijving(`Zoveel elementen (0 tot en met ${MAXIMALE_BLADZIJDE}); 0 geeft alleen het totaal.`), type: type('Int', false), defaultValue: { kind: Kind.INT, value: String(STANDAARD_BLADZIJDE) } },
              { kind: Kind.INPUT_VALUE_DEFINITION, name: naam('after'), description: beschrijving('De cursor waarna de bladzijde begint (pageInfo.endCursor van de vorige); zonder: vanaf het begin.'), type: type('String', false) },
            ],
          };
          const oud: FieldDefinitionNode = { ...v, directives: [...(v.directives ?? []), verouderd(`Gebruik ${verbindingsveld(v.name.value)}(first:, after:): dezelfde elementen per bladzijde, met het totaal.`)] };
          return [oud, nieuw];
        }),
      };
    },
  });
  const over = velden.filter((pad) => !gevonden.has(pad));
  if (over.length > 0) throw new Error(`De lijst van verbindingen noemt ${over.join(', ')}, maar die velden staan niet in het schema.`);
  return { ...uitgebreid, definitions: [...uitgebreid.definitions, ...nieuweTypen] };
}

type Veldresolver = (bron: unknown, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown;

/**
 * De resolvers met naast elk veld uit `velden` zijn verbinding: dezelfde resolver op dezelfde
 * argumenten (zonder first en after), dan één bladzijde uit wat die geeft. Een veld zonder eigen
 * resolver leest zijn eigenschap (de cijfers van een ministerie liggen klaar in de momentopname);
 * niet met defaultFieldResolver van graphql-js, want die leest de naam uit info, en voor de
 * verbinding is dat de naam van de verbinding. Het oude lijstveld geeft hooguit `maximaleLijst`
 * elementen: daarboven een fout die naar de verbinding wijst. Zonder grens bouwde een subgraph
 * bij veel gegevens een antwoord van tientallen MB, hield zij de termijn van de gateway niet, en
 * pauzeerde de onderbreker haar dan voor iedereen.
 */
export function metVerbindingsresolvers<R extends object>(alle: R, velden: readonly string[], maximaleLijst: number): R {
  const perType = new Map<string, Record<string, Veldresolver>>();
  const typen = alle as Record<string, Record<string, Veldresolver> | undefined>;
  for (const pad of velden) {
    const [type, veld] = pad.split('.') as [string, string];
    const opType = perType.get(type) ?? { ...typen[type] };
    perType.set(type, opType);
    const lijst: Veldresolver = opType[veld] ?? ((bron) => (bron as Record<string, unknown>)[veld]);
    opType[verbindingsveld(veld)] = async (bron, { first, after, ...args }, context, info) =>
      bladzijde((await lijst(bron, args, context, info)) as readonly unknown[], { first: first as number | null, after: after as string | null }, pad);
    opType[veld] = async (bron, args, context, info) => {
      const uitkomst = (await lijst(bron, args, context, info)) as readonly unknown[];
      if (uitkomst.length <= maximaleLijst) return uitkomst;
      throw new GraphQLError(
        `${pad} zou ${uitkomst.length} elementen geven; de hele lijst in één antwoord gaat tot ${maximaleLijst}. ` +
          `Vraag ze per bladzijde met ${verbindingsveld(veld)}(first: …, after: …), of maak het filter nauwer.`,
        { extensions: { code: 'LIJST_TE_LANG', aantal: uitkomst.length, maximum: maximaleLijst, verbinding: verbindingsveld(veld) } },
      );
    };
  }
  return { ...alle, ...Object.fromEntries(perType) };
}
