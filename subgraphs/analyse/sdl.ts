// Het schema van de analyselaag, met de fragmenten uit beleid.graphql ingevuld in de
// @requires-selecties: een FieldSet kent geen fragmenten, dus de gateway (en de
// supergraph die npm run compose schrijft) krijgt de volledige selectie. Zo staat wat
// de analyse leest maar op één plek.
import { readFileSync } from 'node:fs';
import {
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionNode,
} from 'graphql';
import { gedeeldeSdl } from '../../kern/vocabulaire.js';

const SCHEMA = readFileSync(new URL('schema.graphql', import.meta.url), 'utf8');
export const BELEIDSFRAGMENTEN = readFileSync(new URL('beleid.graphql', import.meta.url), 'utf8');

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

/** Het subgraph-schema van de analyselaag, met de gedeelde woordenschat en ingevulde @requires. */
export function analyseTypeDefs(): DocumentNode {
  const fragmenten = fragmentenUit(BELEIDSFRAGMENTEN);
  return visit(parse(`${SCHEMA}\n${gedeeldeSdl}`), {
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
