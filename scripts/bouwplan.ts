// Wat npm run build in dist/ zet naast de gecompileerde code (scripts/bouw.ts). Apart, zodat
// de test van Dockerfile en manifesten dezelfde lijst leest zonder te bouwen.

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
