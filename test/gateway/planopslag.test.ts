// Plannen in een werkthread: de gateway krijgt hetzelfde plan als wanneer hij zelf plant,
// en een operatie die via de gateway loopt, wordt met een plan uit de thread beantwoord.
import { readFileSync } from 'node:fs';
import { prettyFormatQueryPlan, type QueryPlan } from '@apollo/query-planner';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { planopslag, type Planopslag } from '../../gateway/verbinding/plannen/planopslag.js';
import { gatewayplanner } from '../hulp/queryplan.js';
import { gebruikStapel } from '../hulp/gebruik.js';

const SUPERGRAPH = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
const ANALYSE = readFileSync(new URL('../../bench/operaties/tegenwerkende-prikkels.graphql', import.meta.url), 'utf8');

describe('de plannende werkthread', () => {
  let opslag: Planopslag;
  beforeAll(() => {
    opslag = planopslag(SUPERGRAPH, { mib: 1 });
  });
  afterAll(() => opslag?.sluit());

  it('maakt hetzelfde plan als de planner van de gateway in de lus', async () => {
    expect(await opslag.opgewarmd()).toBe(true);
    // Zoals de gateway: eerst vertelt de plugin welk document bij de sleutel hoort.
    const hooks = await opslag.plugins[0].requestDidStart!({ request: { operationName: 'TegenwerkendePrikkels' } } as never);
    await hooks!.didResolveOperation!({ queryHash: 'proefsleutel', request: { operationName: undefined }, source: ANALYSE } as never);
    const uitThread = (await opslag.cache.get('proefsleutel')) as QueryPlan;
    // Het plan dat @apollo/gateway zelf maakt, in de lus, zonder werkthread.
    const gateway = await gatewayplanner(SUPERGRAPH);
    const zelf = await gateway.plan(ANALYSE).finally(() => gateway.stop());
    expect(prettyFormatQueryPlan(uitThread)).toBe(prettyFormatQueryPlan(zelf));
    expect(opslag.geplandInThread).toBe(1);
  });

  it('plant niet voor een sleutel waarvan hij het document niet kent (dan plant de gateway zelf)', async () => {
    expect(await opslag.cache.get('onbekende-sleutel')).toBeUndefined();
  });
});

describe('een gateway met de plannende werkthread', () => {
  const stapel = gebruikStapel('sqlite');

  it('beantwoordt analyse- en entiteitsvragen met plannen uit de thread, gelijk aan die uit de lus', async () => {
    const statistiek = async () => ((await (await fetch(stapel.url.replace('/graphql', '/statistiek'))).json()) as { plannenInWerkthread: number }).plannenInWerkthread;
    // De eerste vraag kan nog in de lus gepland zijn (de thread laadt); daarna komt elk nieuw plan uit de thread.
    const eerst = await stapel.query(ANALYSE);
    await new Promise((r) => setTimeout(r, 100));
    await vi.waitFor(async () => {
      const voor = await statistiek();
      const nieuw = await stapel.query(`# ${Math.random()}\n${ANALYSE}`);
      expect(await statistiek()).toBe(voor + 1);
      expect(nieuw.data).toEqual(eerst.data);
    }, { timeout: 20_000, interval: 500 });
    const groepen = await stapel.query('{ aandachtsgroepen { code bzk { doelen { code } } ocw { instrumenten { code effecten { score } } } } }');
    expect(groepen.errors).toBeUndefined();
    expect((groepen.data as { aandachtsgroepen: unknown[] }).aandachtsgroepen).toHaveLength(9);
  });
});
