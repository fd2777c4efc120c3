// Wat de draaiende gateway laadt. Hij serveert schema/supergraph.graphql en praat met de
// subgraphs over HTTP; de compositie (@apollo/composition), MikroORM, de edities en de
// ministeries horen bij het bouwen en bij de subgraphs. Vroeger laadde hij ze allemaal
// om één bestand te lezen (gateway/compositie.ts).
//
// Twee controles: de importgraaf van de eigen bron (vanaf gateway/index.ts en de taken
// van de werkthreads, gelezen met de parser van TypeScript, zonder imports van alleen
// typen), en een gebouwde gateway in een eigen proces: welke pakketten Node daar laadde.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const WORTEL = fileURLToPath(new URL('../../', import.meta.url));

/** Pakketten en mappen die de gateway nooit mag laden. */
const VERBODEN_PAKKETTEN = [/^@apollo\/composition$/, /^@mikro-orm\//, /^better-sqlite3$/, /^pg$/, /^@graphql-inspector\//];
const VERBODEN_MAPPEN = [/^subgraphs\//, /^kern\/editie\//, /^schema\/gereedschap\//, /^overzichtenregister\//];

/** De modulenamen die een bestand bij het draaien laadt: statische en dynamische imports en re-exports, geen typen. */
function importsVan(bestand: string): string[] {
  const bron = ts.createSourceFile(bestand, readFileSync(bestand, 'utf8'), ts.ScriptTarget.Latest, false);
  const namen: string[] = [];
  const bezoek = (knoop: ts.Node): void => {
    if (ts.isImportDeclaration(knoop) && ts.isStringLiteral(knoop.moduleSpecifier)) {
      const clausule = knoop.importClause;
      const benoemd = clausule?.namedBindings;
      // Alleen typen (import type, of elke naam met type ervoor): TypeScript laat de import weg.
      const alleenTypen =
        clausule !== undefined &&
        (clausule.isTypeOnly || (!clausule.name && benoemd !== undefined && ts.isNamedImports(benoemd) && benoemd.elements.length > 0 && benoemd.elements.every((e) => e.isTypeOnly)));
      if (!alleenTypen) namen.push(knoop.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(knoop) && knoop.moduleSpecifier && ts.isStringLiteral(knoop.moduleSpecifier) && !knoop.isTypeOnly) {
      namen.push(knoop.moduleSpecifier.text);
    } else if (ts.isCallExpression(knoop) && knoop.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [naam] = knoop.arguments;
      // Een import() met een berekende naam kan deze test niet volgen: dan faalt hij liever.
      namen.push(naam && ts.isStringLiteralLike(naam) ? naam.text : `<berekend in ${relative(WORTEL, bestand)}>`);
    }
    ts.forEachChild(knoop, bezoek);
  };
  bezoek(bron);
  return namen;
}

/** Een relatieve import als bestand: ./x.js is in de bron ./x.ts. */
function bestandVoor(van: string, naam: string): string {
  const pad = join(dirname(van), naam);
  const alsTs = pad.replace(/\.js$/, '.ts');
  return existsSync(alsTs) ? alsTs : pad;
}

/** Alle eigen bestanden die vanaf `begin` geladen worden, en de pakketten die zij laden (met wie ze laadt). */
function importgraaf(begin: string[]): { bestanden: Set<string>; pakketten: Map<string, string> } {
  const bestanden = new Set<string>();
  const pakketten = new Map<string, string>();
  const rij = [...begin];
  while (rij.length > 0) {
    const bestand = rij.pop()!;
    const naam = relative(WORTEL, bestand);
    if (bestanden.has(naam)) continue;
    bestanden.add(naam);
    for (const module of importsVan(bestand)) {
      if (module.startsWith('.')) rij.push(bestandVoor(bestand, module));
      else if (!module.startsWith('node:') && !pakketten.has(module)) pakketten.set(module, naam);
    }
  }
  return { bestanden, pakketten };
}

/** De taken van werkthreads: die laadt een thread via new URL(…), niet via import. */
const taken = (map: string): string[] =>
  readdirSync(map, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.taak.ts'))
    .map((f) => join(map, f));

/** De pakketnaam van een modulenaam: @apollo/server/plugin/disabled → @apollo/server. */
const pakketVan = (module: string) => module.split('/').slice(0, module.startsWith('@') ? 2 : 1).join('/');

describe('wat de gateway laadt', () => {
  const { bestanden, pakketten } = importgraaf([join(WORTEL, 'gateway/index.ts'), ...taken(join(WORTEL, 'gateway'))]);

  it('volgt de hele gateway (de test kan niet leeg slagen)', () => {
    expect(bestanden).toContain('gateway/server.ts');
    expect([...bestanden].some((b) => b.endsWith('.taak.ts'))).toBe(true);
    expect(pakketten.has('@apollo/gateway')).toBe(true);
  });

  it('importeert geen compositie, MikroORM, edities, ministeries of schemagereedschap', () => {
    const verboden = [
      ...[...pakketten].filter(([module]) => VERBODEN_PAKKETTEN.some((p) => p.test(module))).map(([module, door]) => `${door} → ${module}`),
      ...[...bestanden].filter((b) => VERBODEN_MAPPEN.some((m) => m.test(b))),
      ...[...pakketten.keys()].filter((m) => m.startsWith('<berekend')),
    ];
    expect(verboden).toEqual([]);
  });

  it('declareert elk pakket dat hij laadt als dependency (niet alleen als devDependency)', () => {
    const { dependencies } = JSON.parse(readFileSync(join(WORTEL, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const ontbreekt = [...pakketten].filter(([module]) => !(pakketVan(module) in dependencies)).map(([module, door]) => `${door} → ${module}`);
    expect(ontbreekt).toEqual([]);
  });

  it('laadt, gebouwd in een eigen proces, geen MikroORM, database of schemagereedschap; @apollo/composition alleen via @apollo/gateway', () => {
    // Geen Redis en subgraphs op een poort waar niets luistert: het bouwen vraagt niemand iets.
    const map = mkdtempSync(join(tmpdir(), 'gateway-laadt-'));
    const uitvoer = join(map, 'geladen.json');
    const script = `
      import { createRequire } from 'node:module';
      import { writeFileSync } from 'node:fs';
      const { bouwGateway } = await import(${JSON.stringify(join(WORTEL, 'gateway/server.ts'))});
      const gateway = await bouwGateway({ redis: null, subgraafUrls: Object.fromEntries(['bzk', 'vws', 'jenv', 'szw', 'ocw', 'analyse'].map((n) => [n, 'http://127.0.0.1:9/graphql'])) });
      await gateway.stop();
      const geladen = Object.values(createRequire(import.meta.url).cache);
      // In een bestand: process.exit() direct na een grote console.log naar een pipe kapt de uitvoer af.
      writeFileSync(${JSON.stringify(uitvoer)}, JSON.stringify(geladen.map((m) => [m.filename, m.parent?.filename ?? null])));
      process.exit(0);
    `;
    // Als bestand, niet met -e: de werkthreads van de gateway erven de opties van het proces.
    const bestand = join(map, 'bouw.mjs');
    writeFileSync(bestand, script);
    const kind = spawnSync(process.execPath, ['--import', 'tsx', bestand], {
      cwd: WORTEL,
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    expect(kind.status, kind.stderr).toBe(0);
    const geladen = JSON.parse(readFileSync(uitvoer, 'utf8')) as [string, string | null][];
    const pakket = (pad: string | null) => (pad === null ? null : pakketVan(/node_modules\/(.*)$/.exec(pad)?.[1] ?? relative(WORTEL, pad)));
    expect(geladen.length).toBeGreaterThan(100);
    const verboden = geladen.map(([pad]) => pakket(pad)!).filter((p) => VERBODEN_PAKKETTEN.some((v) => v.test(p)) && p !== '@apollo/composition');
    expect([...new Set(verboden)]).toEqual([]);
    // @apollo/gateway laadt de compositie zelf (voor IntrospectAndCompose); niemand anders doet dat.
    const wieLaadtCompositie = geladen.filter(([pad, ouder]) => pakket(pad) === '@apollo/composition' && pakket(ouder) !== '@apollo/composition').map(([, ouder]) => pakket(ouder));
    expect([...new Set(wieLaadtCompositie)]).toEqual(['@apollo/gateway']);
  });
});
