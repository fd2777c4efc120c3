// Eén analysequery over alle groepen kost één fetch per subgraph, niet één per groep;
// de gateway plant ook de analyse over alle groepen, zonder dat een subgraph de gateway vraagt.
import type { PlanNode, QueryPlan } from '@apollo/query-planner';
import { describe, expect, it } from 'vitest';
import { ingecheckteSupergraph } from '../../schema/gereedschap/compositie.js';
import { SUBGRAFEN } from '../../kern/config.js';
import { gatewayplanner } from '../hulp/queryplan.js';
import { gebruik } from '../hulp/gebruik.js';

const planner = gebruik('De planner', () => gatewayplanner(ingecheckteSupergraph()), (p) => p.stop());

async function fetchesPerSubgraph(query: string): Promise<Record<string, number>> {
  const plan: QueryPlan = await planner.plan(query);
  const telling: Record<string, number> = {};
  const loop = (knoop: PlanNode | QueryPlan['node']): void => {
    if (!knoop || knoop.kind === 'Subscription') return;
    if (knoop.kind === 'Fetch') telling[knoop.serviceName] = (telling[knoop.serviceName] ?? 0) + 1;
    if (knoop.kind === 'Sequence' || knoop.kind === 'Parallel') knoop.nodes.forEach(loop);
    if (knoop.kind === 'Flatten') loop(knoop.node);
    if (knoop.kind === 'Condition') [knoop.ifClause, knoop.elseClause].forEach(loop);
    if (knoop.kind === 'Defer') [knoop.primary.node, ...knoop.deferred.map((d) => d.node)].forEach(loop);
  };
  loop(plan.node);
  return telling;
}

/** Eén ophaalstap bij elk ministerie uit kern/config.ts. */
const ALLE = Object.fromEntries(SUBGRAFEN.map((s) => [s.naam, 1]));

describe('queryplan', () => {
  it('vraagt voor de prikkels van alle groepen elke subgraph één keer', async () => {
    expect(await fetchesPerSubgraph('{ aandachtsgroepen { code tegenwerkendePrikkels { instrument { code } score toelichting } } }')).toEqual({ ...ALLE, analyse: 1 });
  });

  it('vraagt voor de leeftijdsgrenzen van alle groepen elke subgraph één keer', async () => {
    expect(await fetchesPerSubgraph('{ aandachtsgroepen { leeftijdsgrenzen(van: 16, tot: 30) { leeftijd } } }')).toEqual({ ...ALLE, analyse: 1 });
  });

  it('plant de analyse over alle groepen met één fetch per ministerie en één naar de analyselaag', async () => {
    expect(await fetchesPerSubgraph('{ analyse { tegenwerkendePrikkels { score } leeftijdsgrenzen { leeftijd } leeftijdsgaten { van } } }')).toEqual({
      ...ALLE,
      analyse: 1,
    });
  });
});
