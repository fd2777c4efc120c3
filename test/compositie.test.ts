// De ingecheckte supergraph en de gegenereerde resolvertypen moeten bij de schema's passen.
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';
import { componeer, ingecheckteSupergraph } from '../schema/gereedschap/compositie.js';

describe('compositie', () => {
  it('stelt de vijf subgraphs samen tot de ingecheckte supergraph (anders: npm run compose)', () => {
    expect(ingecheckteSupergraph()).toBe(componeer());
  });

  // Nullbaar: een ministerie dat niet antwoordt, kost dan alleen zijn eigen veld, niet de groep.
  it('geeft elk ministerie een eigen, nullbaar veld op Aandachtsgroep', () => {
    const sdl = componeer();
    const aandachtsgroep = /type Aandachtsgroep[^{]*\{([^}]*)\}/.exec(sdl)?.[1] ?? '';
    for (const veld of ['bzk', 'vws', 'jenv', 'szw', 'ocw']) expect(aandachtsgroep).toMatch(new RegExp(`\\n\\s+${veld}: Departementsbeleid(?!!)\\b`));
  });

  it('heeft actuele gegenereerde resolvertypen (anders: npm run generate)', async () => {
    const uitvoer = await generate({ ...config, silent: true }, false);
    expect(uitvoer.length).toBeGreaterThan(0);
    for (const bestand of uitvoer) expect(readFileSync(bestand.filename, 'utf8'), bestand.filename).toBe(bestand.content);
  });
});
