// Stelt de supergraph samen uit de SDL van de subgraphs. schema/supergraph.graphql
// is de ingecheckte uitkomst; een test faalt als die verouderd is.
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { analyseTypeDefs } from '../../subgraphs/analyse/sdl.js';
import { ANALYSE, SUBGRAFEN, standaardUrl } from '../../kern/config.js';
import { subgraafSdl } from '../../subgraphs/ministerie/sdl.js';
import { ministeries } from '../../subgraphs/ministeries.js';

export const SUPERGRAPH_PAD = new URL('../supergraph.graphql', import.meta.url);

export function componeer(): string {
  const resultaat = composeServices([
    ...SUBGRAFEN.map((s) => ({ name: s.naam, url: standaardUrl(s), typeDefs: subgraafSdl(ministeries[s.departement]) })),
    { name: ANALYSE.naam, url: standaardUrl(ANALYSE), typeDefs: analyseTypeDefs() },
  ]);
  if (resultaat.errors) {
    throw new Error(`Compositie mislukt:\n${resultaat.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return `${resultaat.supergraphSdl.trimEnd()}\n`;
}

export function ingecheckteSupergraph(): string {
  return readFileSync(SUPERGRAPH_PAD, 'utf8');
}
