// De ingecheckte supergraph en de gegenereerde typen (resolvers, en de antwoorden van het
// dashboard uit de overzichten) moeten bij de schema's passen.
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';
import { componeer, ingecheckteSupergraph } from '../schema/gereedschap/compositie.js';
import { SUBGRAFEN } from '../kern/config.js';

describe('compositie', () => {
  it('stelt de vijf subgraphs samen tot de ingecheckte supergraph (anders: npm run compose)', () => {
    expect(ingecheckteSupergraph()).toBe(componeer());
  });

  // Nullbaar: een ministerie dat niet antwoordt, kost dan alleen zijn eigen veld, niet de groep.
  it('geeft elk ministerie een eigen, nullbaar veld op Aandachtsgroep', () => {
    const sdl = componeer();
    const aandachtsgroep = /type Aandachtsgroep[^{]*\{([^}]*)\}/.exec(sdl)?.[1] ?? '';
    for (const { naam: veld } of SUBGRAFEN) expect(aandachtsgroep).toMatch(new RegExp(`\\n\\s+${veld}: Departementsbeleid(?!!)\\b`));
  });

  it('heeft actuele gegenereerde resolvertypen en antwoordtypen van het dashboard (anders: npm run generate)', async () => {
    const uitvoer = await generate({ ...config, silent: true }, false);
    // De typen van het dashboard komen uit overzichten/*.graphql op het API-schema van de supergraph.
    expect(uitvoer.map((b: { filename: string }) => b.filename)).toEqual(expect.arrayContaining([expect.stringMatching(/dashboard\/src\/generated\/overzichten\.ts$/), expect.stringMatching(/subgraphs\/analyse\/generated\/resolvers\.ts$/)]));
    for (const bestand of uitvoer) expect(readFileSync(bestand.filename, 'utf8'), bestand.filename).toBe(bestand.content);
  });
});
