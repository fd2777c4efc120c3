// Het schema van de analyselaag, met de fragmenten uit beleid.graphql ingevuld in de
// @requires-selecties: een FieldSet kent geen fragmenten, dus de gateway (en de
// supergraph die npm run compose schrijft) krijgt de volledige selectie. Zo staat wat
// de analyse leest maar op één plek. Het veld elkMinisterie in beide bestanden staat voor
// het beleidsveld van elk ministerie uit de lijst in kern/config.ts (bzk, vws, …): een
// nieuw ministerie leest de analyse zo vanzelf mee. Ook de losse, verouderde
// filterargumenten komen hier uit één plek: de velden van input Prikkelfilter.
import { readFileSync } from 'node:fs';
import {
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldDefinitionNode,
  type FragmentDefinitionNode,
  type InputObjectTypeDefinitionNode,
  type InputValueDefinitionNode,
  type ObjectTypeDefinitionNode,
  type SelectionNode,
} from 'graphql';
import { MAXIMALE_BLADZIJDE, STANDAARD_BLADZIJDE, verbindingsveld } from '../../kern/bladzijde.js';
import { SUBGRAFEN } from '../../kern/config.js';
import { gedeeldeSdl, metInterfacevelden } from '../../kern/vocabulaire.js';

/** Staat in schema.graphql en beleid.graphql voor het veld van elk ministerie. */
export const ELK_MINISTERIE = 'elkMinisterie';

/** Het veld `knoop` (elkMinisterie) één keer per ministerie, met diens veldnaam. */
function perMinisterie<T extends FieldDefinitionNode | SelectionNode>(knoop: T): T[] {
  if ((knoop.kind !== Kind.FIELD && knoop.kind !== Kind.FIELD_DEFINITION) || knoop.name.value !== ELK_MINISTERIE) return [knoop];
  return SUBGRAFEN.map((s) => ({ ...knoop, name: { ...knoop.name, value: s.naam } }));
}

/** Vervangt elkMinisterie door het veld van elk ministerie, in typen en in selecties. */
function vulMinisteriesIn(document: DocumentNode): DocumentNode {
  return visit(document, {
    ObjectTypeDefinition: (type) => ({ ...type, fields: type.fields?.flatMap(perMinisterie) }),
    SelectionSet: (set) => ({ ...set, selections: set.selections.flatMap(perMinisterie) }),
  });
}

/** schema.graphql met het veld van elk ministerie, vóór de losse filterargumenten. */
const SCHEMA = vulMinisteriesIn(parse(readFileSync(new URL('schema.graphql', import.meta.url), 'utf8')));

/** beleid.graphql met het veld van elk ministerie ingevuld (ook wat npm run generate leest). */
export const BELEIDSFRAGMENTEN = print(vulMinisteriesIn(parse(readFileSync(new URL('beleid.graphql', import.meta.url), 'utf8'))));

function fragmentenUit(document: string): Map<string, FragmentDefinitionNode> {
  return new Map(
    parse(document)
      .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/** Vervangt elke fragmentspreiding door de velden van het fragment, tot op de bodem. */
function ingevuld(selecties: readonly SelectionNode[], fragmenten: Map<string, FragmentDefinitionNode>): SelectionNode[] {
  return selecties.flatMap((s): SelectionNode[] => {
    if (s.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragmenten.get(s.name.value);
      if (!fragment) throw new Error(`fragment ${s.name.value} ontbreekt in subgraphs/analyse/beleid.graphql`);
      return ingevuld(fragment.selectionSet.selections, fragmenten);
    }
    if (s.kind === Kind.FIELD && s.selectionSet) {
      return [{ ...s, selectionSet: { ...s.selectionSet, selections: ingevuld(s.selectionSet.selections, fragmenten) } }];
    }
    return [s];
  });
}

/** "...AlleGroepen" → "aandachtsgroepen { code bzk { departement doelen { … } … } … }" */
export function vulSelectieIn(fields: string, fragmenten = fragmentenUit(BELEIDSFRAGMENTEN)): string {
  const operatie = parse(`{ ${fields} }`).definitions[0];
  if (operatie.kind !== Kind.OPERATION_DEFINITION) throw new Error(`ongeldige selectie: ${fields}`);
  const selectieset = { ...operatie.selectionSet, selections: ingevuld(operatie.selectionSet.selections, fragmenten) };
  return print(selectieset).slice(1, -1).replace(/\s+/g, ' ').trim();
}

/**
 * Welke losse filterargumenten elk veld met `filter: Prikkelfilter` had vóór dat filter er
 * was: alle velden van Prikkelfilter, behalve of alleen de genoemde. Ze werken nog, maar
 * zijn verouderd (schema/WIJZIGINGEN.md); server.ts voegt ze samen met het filter.
 */
export const LOSSE_FILTERARGUMENTEN: Readonly<Record<string, { behalve?: readonly string[]; alleen?: readonly string[] }>> = {
  'Analyse.tegenwerkendePrikkels': {},
  'Analyse.prikkelmatrix': {},
  'Analyse.prikkeltelling': {},
  'Analyse.maatregelen': { alleen: ['alleenLetterlijk', 'slapend'] },
  'Analyse.watAls': { alleen: ['alleenLetterlijk', 'slapend'] },
  // De groep is daar al gekozen.
  'Aandachtsgroep.tegenwerkendePrikkels': { behalve: ['aandachtsgroep', 'aandachtsgroepen'] },
};

/**
 * Criteria die er pas na Prikkelfilter bij kwamen: die hebben nooit een los argument gehad,
 * dus krijgen ze er ook geen verouderd los argument bij.
 */
export const ALLEEN_IN_FILTER: readonly string[] = ['instrument', 'doel', 'bron'];

const heeftFilter = (veld: FieldDefinitionNode) =>
  veld.arguments?.some((a) => a.name.value === 'filter' && a.type.kind === Kind.NAMED_TYPE && a.type.name.value === 'Prikkelfilter') ?? false;

/**
 * Zet achter elk `filter: Prikkelfilter` de losse argumenten van vóór het filter, gemaakt
 * uit de velden van Prikkelfilter (zelfde naam, type en beschrijving) met @deprecated. Zo
 * staan ze maar één keer in schema.graphql, en blijven oude vragen werken.
 */
export function metLosseFilterargumenten(document: DocumentNode, tabel = LOSSE_FILTERARGUMENTEN): DocumentNode {
  const invoer = document.definitions.find((d): d is InputObjectTypeDefinitionNode => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === 'Prikkelfilter');
  if (!invoer) throw new Error('input Prikkelfilter ontbreekt in subgraphs/analyse/schema.graphql');
  const velden = invoer.fields ?? [];
  const gebruikt = new Set<string>();
  const uitgebreid = visit(document, {
    ObjectTypeDefinition(type: ObjectTypeDefinitionNode) {
      if (!type.fields?.some(heeftFilter)) return undefined;
      return {
        ...type,
        fields: type.fields.map((veld) => {
          if (!heeftFilter(veld)) return veld;
          const pad = `${type.name.value}.${veld.name.value}`;
          const keuze = tabel[pad];
          if (!keuze) throw new Error(`${pad} heeft filter: Prikkelfilter maar staat niet in LOSSE_FILTERARGUMENTEN (subgraphs/analyse/sdl.ts); een nieuw veld heeft geen verouderde argumenten: zet het erin met alleen: [].`);
          gebruikt.add(pad);
          const losse = velden
            .filter((v) => !ALLEEN_IN_FILTER.includes(v.name.value))
            .filter((v) => (keuze.alleen ? keuze.alleen.includes(v.name.value) : !keuze.behalve?.includes(v.name.value)))
            .map((v): InputValueDefinitionNode => ({
              ...v,
              directives: [
                ...(v.directives ?? []),
                {
                  kind: Kind.DIRECTIVE,
                  name: { kind: Kind.NAME, value: 'deprecated' },
                  arguments: [
                    {
                      kind: Kind.ARGUMENT,
                      name: { kind: Kind.NAME, value: 'reason' },
                      value: { kind: Kind.STRING, value: `Gebruik filter: { ${v.name.value}: … }.` },
                    },
                  ],
                },
              ],
            }));
          return { ...veld, arguments: [...(veld.arguments ?? []), ...losse] };
        }),
      };
    },
  });
  const over = Object.keys(tabel).filter((pad) => !gebruikt.has(pad));
  if (over.length > 0) throw new Error(`LOSSE_FILTERARGUMENTEN noemt ${over.join(', ')}, maar die velden hebben geen filter: Prikkelfilter.`);
  return uitgebreid;
}

/**
 * De lange lijsten die ook per bladzijde komen: naast elk staat `<veld>Verbinding(…, first, after)`
 * met dezelfde argumenten en dezelfde @requires, en het type `<Element>Connection`. Het oude
 * veld blijft, verouderd (schema/WIJZIGINGEN.md). server.ts maakt de resolvers uit deze lijst.
 */
export const VERBINDINGEN = ['Analyse.tegenwerkendePrikkels', 'Analyse.indirectePrikkels', 'Analyse.maatregelen', 'Analyse.toezeggingen'] as const;

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
  throw new Error(`${pad} staat in VERBINDINGEN (subgraphs/analyse/sdl.ts) maar is geen lijst [X!]!`);
}

/**
 * Zet naast elk veld uit VERBINDINGEN zijn verbinding (zelfde argumenten zonder de verouderde,
 * plus first en after; dezelfde richtlijnen) en maakt per elementtype X de typen XConnection
 * en XEdge. Het oude veld krijgt @deprecated. Zo staan argumenten en @requires maar één keer
 * in schema.graphql.
 */
export function metVerbindingen(document: DocumentNode, velden: readonly string[] = VERBINDINGEN): DocumentNode {
  const nieuweTypen: ObjectTypeDefinitionNode[] = [];
  const gevonden = new Set<string>();
  const uitgebreid = visit(document, {
    ObjectTypeDefinition(t: ObjectTypeDefinitionNode) {
      if (!t.fields?.some((v) => velden.includes(`${t.name.value}.${v.name.value}`))) return undefined;
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
  if (over.length > 0) throw new Error(`VERBINDINGEN noemt ${over.join(', ')}, maar die velden staan niet in het schema.`);
  return { ...uitgebreid, definitions: [...uitgebreid.definitions, ...nieuweTypen] };
}

/**
 * Het eigen schema van de analyselaag, met het veld van elk ministerie, de losse
 * filterargumenten, de verbindingen en de velden van Bewering (zekerheid, afgeleid), als SDL, zonder de gedeelde woordenschat (ook wat npm run generate leest).
 */
export const analyseSdl = (): string => print(metInterfacevelden(metVerbindingen(metLosseFilterargumenten(SCHEMA)), [parse(gedeeldeSdl)]));

/** Het subgraph-schema van de analyselaag, met de gedeelde woordenschat en ingevulde @requires. */
export function analyseTypeDefs(): DocumentNode {
  const fragmenten = fragmentenUit(BELEIDSFRAGMENTEN);
  return visit(parse(`${analyseSdl()}\n${gedeeldeSdl}`), {
    Directive(directive) {
      if (directive.name.value !== 'requires') return undefined;
      return {
        ...directive,
        arguments: directive.arguments?.map((a) =>
          a.name.value === 'fields' && a.value.kind === Kind.STRING
            ? { ...a, value: { ...a.value, value: vulSelectieIn(a.value.value, fragmenten) } }
            : a,
        ),
      };
    },
  });
}
