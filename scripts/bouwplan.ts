// Wat npm run build in dist/ zet naast de gecompileerde code (scripts/bouw.ts), en met welke
// Node-vlaggen de image draait. Apart, zodat de test van Dockerfile en manifesten en de
// benchmarks hetzelfde lezen zonder te bouwen.
import { readFileSync } from 'node:fs';
import { projectpad } from '../kern/projectmap.js';

/** Wat de diensten naast hun code lezen (map, en welke bestanden daarin): schema's, woordenschat, edities, overzichten en het dashboard. */
export const BIJ_DE_CODE: readonly [map: string, neem: RegExp][] = [
  ['schema', /\.(graphql|json)$/],
  ['subgraphs', /(\.graphql|\/data\/[^/]+\.ya?ml)$/],
  ['overzichten', /\.(graphql|json)$/],
  ['dashboard/dist', /./],
  // De start van een werkthread (kern/werkthreads.ts) is JavaScript, geen TypeScript: tsc laat hem staan.
  ['kern', /\.mjs$/],
];

/** Waar een dienst gecompileerd staat: subgraphs/ministerie/index.ts → dist/subgraphs/ministerie/index.js. */
export const gecompileerdPad = (bron: string) => `dist/${bron.replace(/\.ts$/, '.js')}`;

/** NODE_OPTIONS uit de Dockerfile: waarmee elk proces in de image draait (de benchmarks draaien zo ook). */
export function imageNodeOptions(dockerfile = readFileSync(projectpad('Dockerfile'), 'utf8')): string {
  const waarde = /^ENV NODE_OPTIONS=(.+)$/m.exec(dockerfile)?.[1];
  if (!waarde) throw new Error('de Dockerfile zet geen NODE_OPTIONS (ENV NODE_OPTIONS=…)');
  return waarde.trim();
}
