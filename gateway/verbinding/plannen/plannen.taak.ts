// De taak van de plannende werkthread (gateway/verbinding/plannen/planopslag.ts): een queryplan maken
// voor één operatie op de supergraph. Dezelfde planner en dezelfde opties als
// @apollo/gateway zelf gebruikt; het plan gaat als gewone gegevens terug.
import { createHash } from 'node:crypto';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlan } from '@apollo/query-planner';
import { parse } from 'graphql';

export interface Planopdracht {
  supergraph: string;
  /** Zonder query: alleen de planner voor deze supergraph laden (opwarmen). */
  query?: string;
  operationName?: string | null;
}

interface Planner {
  sleutel: string;
  supergraph: Supergraph;
  planner: QueryPlanner;
}

/** De planner van de laatst gevraagde supergraph; een nieuwe supergraph bouwt een nieuwe. */
const geladen: { planner?: Planner } = {};

function plannerVoor(sdl: string): Planner {
  const sleutel = createHash('sha256').update(sdl).digest('hex');
  if (geladen.planner?.sleutel !== sleutel) {
    const supergraph = Supergraph.build(sdl);
    geladen.planner = { sleutel, supergraph, planner: new QueryPlanner(supergraph) };
  }
  return geladen.planner;
}

export default function plan({ supergraph, query, operationName }: Planopdracht): QueryPlan | null {
  const { supergraph: graaf, planner } = plannerVoor(supergraph);
  if (query === undefined) return null;
  const operatie = operationFromDocument(graaf.apiSchema(), parse(query), { operationName: operationName ?? undefined });
  return planner.buildQueryPlan(operatie, {
    recursiveSelectionsLimitDisabled: process.env.APOLLO_DISABLE_SECURITY_RECURSIVE_SELECTIONS_CHECK === 'true',
    nonLocalSelectionsLimitDisabled: process.env.APOLLO_DISABLE_SECURITY_NON_LOCAL_SELECTIONS_CHECK === 'true',
  });
}
