// De taak van de plannende werkthread (planopslag.ts): een queryplan maken voor één
// operatie op de supergraph, met dezelfde planner en dezelfde opties als @apollo/gateway
// zelf; het plan gaat als gewone gegevens terug.
//
// Waarom @apollo/federation-internals, een intern pakket zonder stabiliteitsbelofte: de
// publieke QueryPlanner van @apollo/query-planner neemt een Supergraph en een Operation,
// en die maakt alleen federation-internals (Supergraph.build, operationFromDocument).
// @apollo/gateway doet hier precies hetzelfde; een publieke weg naar een plan buiten de
// gateway om is er niet. Beide pakketten staan daarom in dependencies, in de versie van
// @apollo/gateway.
import { createHash } from 'node:crypto';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlan } from '@apollo/query-planner';
import { parse } from 'graphql';

/** De beveiligingscontroles van de planner die uit staan (APOLLO_DISABLE_SECURITY_…, zoals @apollo/gateway ze leest). */
export interface Plannercontroles {
  recursieveSelectiesUit?: boolean;
  nietLokaleSelectiesUit?: boolean;
}

export interface Planopdracht {
  supergraph: string;
  /** Zonder query: alleen de planner voor deze supergraph laden (opwarmen). */
  query?: string;
  operationName?: string | null;
  controles?: Plannercontroles;
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

export default function plan({ supergraph, query, operationName, controles = {} }: Planopdracht): QueryPlan | null {
  const { supergraph: graaf, planner } = plannerVoor(supergraph);
  if (query === undefined) return null;
  const operatie = operationFromDocument(graaf.apiSchema(), parse(query), { operationName: operationName ?? undefined });
  return planner.buildQueryPlan(operatie, {
    recursiveSelectionsLimitDisabled: controles.recursieveSelectiesUit === true,
    nonLocalSelectionsLimitDisabled: controles.nietLokaleSelectiesUit === true,
  });
}
