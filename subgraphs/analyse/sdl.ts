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
import { SUBGRAFEN } from '../../kern/config.js';
import { metVerbindingen } from '../../kern/verbindingen.js';
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
 * met dezelfde argumenten en dezelfde @requires, en het type `<Element>Connection`
 * (kern/verbindingen.ts). Het oude veld blijft, verouderd (schema/WIJZIGINGEN.md). server.ts
 * maakt de resolvers uit deze lijst.
 */
export const VERBINDINGEN = ['Analyse.tegenwerkendePrikkels', 'Analyse.indirectePrikkels', 'Analyse.maatregelen', 'Analyse.toezeggingen'] as const;

/**
 * Het eigen schema van de analyselaag, met het veld van elk ministerie, de losse
 * filterargumenten, de verbindingen en de velden van Bewering (zekerheid, afgeleid), als SDL, zonder de gedeelde woordenschat (ook wat npm run generate leest).
 */
export const analyseSdl = (): string => print(metInterfacevelden(metVerbindingen(metLosseFilterargumenten(SCHEMA), VERBINDINGEN), [parse(gedeeldeSdl)]));

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
