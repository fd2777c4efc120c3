// Een zesde ministerie is één regel in de lijst van kern/config.ts en een map met edities:
// deze test voegt in een tijdelijke kopie van het project FIN (Financiën) toe met een kleine
// verzonnen editie, draait de twee afgeleide stappen die ook een ontwikkelaar draait (npm
// run generate voor de typen, npm run compose voor de supergraph) en laat zien dat FIN
// samengesteld wordt, zijn beleid via de gateway naast dat van de anderen geeft, en in de
// analyse meetelt: zijn instrument werkt een doel van een ander ministerie tegen. De
// typecontrole van de kopie toont dat er verder niets met de hand bij moet. Het schema
// (enum Departement, het veld fin) hoeft niet aangeraakt te worden: dat volgt uit de lijst.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const WORTEL = fileURLToPath(new URL('..', import.meta.url));

/** De declaratie: één regel in MINISTERIES, na OCW. */
const LAATSTE = "  OCW: 'Onderwijs, Cultuur en Wetenschap',\n";
const DECLARATIE = "  FIN: 'Financiën',\n";

/**
 * Een verzonnen editie: een heffing die de dak- en thuisloosheid doet toenemen, tegen het
 * doel van SZW (en anderen) om haar te laten afnemen, en een eigen doel.
 */
const EDITIE = `departement: FIN
editie: 2021-07-08
omschrijving: Proefeditie van een zesde ministerie (test/zesde-ministerie.test.ts); verzonnen
doelen:
  - code: HOUDBARE_OVERHEIDSFINANCIEN
    naam: Houdbare overheidsfinanciën
    omschrijving: Verzonnen doel van het proefministerie.
    indicator: BETAALBAARHEID_WONEN
    richting: TOENAME
    uitspraak: BELEIDSDOEL
    aandachtsgroepen: [STUDENTEN]
    bron: { document: 003_92de307edde85196.txt, vindplaats: "3 Rode draden" }
instrumenten:
  - code: PROEFHEFFING
    naam: Proefheffing
    soort: HEFFING
    omschrijving: Verzonnen heffing van het proefministerie.
    aandachtsgroepen: [DAK_EN_THUISLOZEN]
    effecten:
      - indicator: DAK_EN_THUISLOOSHEID
        score: 2
        gedragenDoor: [PERSOON]
        toelichting: Verzonnen effect; de heffing doet de dak- en thuisloosheid toenemen.
        bron: { document: 003_92de307edde85196.txt, vindplaats: "3 Rode draden" }
    bron: { document: 003_92de307edde85196.txt, vindplaats: "3 Rode draden" }
`;

/** Draait in de kopie: de hele stapel in één proces (test/hulp/stapel.ts), twee vragen aan de gateway. */
const PROEF = `import { writeFileSync } from 'node:fs';
import { startStapel } from './test/hulp/stapel.js';

const stapel = await startStapel('sqlite');
try {
  const beleid = await stapel.query(\`{ aandachtsgroep(code: DAK_EN_THUISLOZEN) {
    fin { departement instrumenten { code } } szw { departement doelen { code } } bzk { departement } } }\`);
  const studenten = await stapel.query('{ aandachtsgroep(code: STUDENTEN) { fin { doelen { code } } ocw { departement } } }');
  const prikkels = await stapel.query(\`{ analyse { tegenwerkendePrikkels(departement: FIN) {
    instrument { code departement } doel { code departement } indicator aandachtsgroepen { code } score } } }\`);
  writeFileSync(process.argv[2], JSON.stringify({ beleid, studenten, prikkels }));
} finally {
  await stapel.stop();
}
`;

function draai(kopie: string, commando: string[], termijnMs = 240_000) {
  const r = spawnSync(commando[0], commando.slice(1), { cwd: kopie, encoding: 'utf8', timeout: termijnMs, env: { ...process.env, LOG_LEVEL: 'warn' } });
  expect(r.status, `${commando.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r;
}

describe('een zesde ministerie', () => {
  let kopie = '';
  let supergraph = '';
  type Antwoord = { data?: Record<string, any>; errors?: { message: string }[] };
  let uitkomst: { beleid: Antwoord; studenten: Antwoord; prikkels: Antwoord };

  beforeAll(() => {
    kopie = mkdtempSync(join(tmpdir(), 'thuis-zesde-'));
    // Het project zonder wat gebouwd of lokaal is; node_modules gedeeld.
    cpSync(WORTEL, kopie, { recursive: true, filter: (bron) => !/(^|\/)(node_modules|\.git|dist|var)(\/|$)/.test(relative(WORTEL, bron)) });
    symlinkSync(join(WORTEL, 'node_modules'), join(kopie, 'node_modules'), 'dir');

    // 1. De declaratie en de edities: meer niet.
    const configpad = join(kopie, 'kern/config.ts');
    const config = readFileSync(configpad, 'utf8');
    expect(config).toContain(LAATSTE);
    writeFileSync(configpad, config.replace(LAATSTE, LAATSTE + DECLARATIE));
    mkdirSync(join(kopie, 'subgraphs/fin/data'), { recursive: true });
    writeFileSync(join(kopie, 'subgraphs/fin/data/2021-07-08.yaml'), EDITIE);

    // 2. De afgeleide stappen: typen en supergraph.
    draai(kopie, [process.execPath, join(WORTEL, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts', '--silent']);
    draai(kopie, [process.execPath, '--import', 'tsx', 'scripts/compose.ts']);
    supergraph = readFileSync(join(kopie, 'schema/supergraph.graphql'), 'utf8');

    // 3. De stapel in de kopie.
    writeFileSync(join(kopie, 'zesde-ministerie.ts'), PROEF);
    const uit = join(kopie, 'uitkomst.json');
    draai(kopie, [process.execPath, '--import', 'tsx', 'zesde-ministerie.ts', uit]);
    uitkomst = JSON.parse(readFileSync(uit, 'utf8'));
  }, 600_000);

  afterAll(() => {
    if (kopie) rmSync(kopie, { recursive: true, force: true });
  });

  it('wordt samengesteld: een eigen subgraph op poort 4007, het veld fin en FIN in enum Departement', () => {
    expect(supergraph).toMatch(/^ {2}FIN @join__graph\(name: "fin", url: "http:\/\/localhost:4007\/graphql"\)$/m);
    /** Het blok van een type in de supergraph, van zijn kop tot de sluitende accolade. */
    const type = (kop: string) => {
      const begin = supergraph.search(new RegExp(`\\n${kop}\\b`));
      expect(begin, kop).toBeGreaterThan(0);
      return supergraph.slice(begin, supergraph.indexOf('\n}\n', begin));
    };
    expect(type('type Aandachtsgroep')).toMatch(/\n {2}fin: Departementsbeleid @join__field\(graph: ANALYSE, external: true\) @join__field\(graph: FIN\)\n/);
    const departement = type('enum Departement');
    expect(departement).toMatch(/"""Financiën"""\s+FIN\b/);
    // De analyselaag krijgt de stand van FIN mee (@requires) en leest zijn beleid bij die vingerafdruk.
    expect(supergraph).toMatch(/@join__field\(graph: ANALYSE, requires: "[^"]* fin \{ departement vingerafdruk \}/);
  });

  it('krijgt gegenereerde typen met het veld fin, en de kopie doorstaat de typecontrole', () => {
    expect(readFileSync(join(kopie, 'subgraphs/ministerie/generated/resolvers.ts'), 'utf8')).toMatch(/\bfin\?: Resolver</);
    expect(readFileSync(join(kopie, 'subgraphs/analyse/generated/beleid.ts'), 'utf8')).toMatch(/\bfin: \{ departement: Departement/);
    draai(kopie, [process.execPath, join(WORTEL, 'node_modules/typescript/bin/tsc'), '--noEmit']);
  }, 300_000);

  it('geeft via de gateway zijn beleid naast dat van de andere ministeries', () => {
    expect(uitkomst.beleid.errors).toBeUndefined();
    const groep = uitkomst.beleid.data!.aandachtsgroep;
    expect(groep.fin).toEqual({ departement: 'FIN', instrumenten: [{ code: 'PROEFHEFFING' }] });
    expect(groep.szw.departement).toBe('SZW');
    expect(groep.szw.doelen.length).toBeGreaterThan(0);
    expect(groep.bzk.departement).toBe('BZK');
    expect(uitkomst.studenten.errors).toBeUndefined();
    expect(uitkomst.studenten.data!.aandachtsgroep).toEqual({ fin: { doelen: [{ code: 'HOUDBARE_OVERHEIDSFINANCIEN' }] }, ocw: { departement: 'OCW' } });
  });

  it('start als eigen proces met MINISTERIE=fin, importeert zijn edities en is gereed', async () => {
    const omgeving = { ...process.env, MINISTERIE: 'fin', PORT: '0', FIN_SQLITE_PAD: join(kopie, 'fin.sqlite'), REDIS_URL: 'uit', LOG_LEVEL: 'info' };
    const kind = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/ministerie/index.ts'], { cwd: kopie, env: omgeving, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      let uitvoer = '';
      const url = await new Promise<string>((klaar, mis) => {
        kind.stdout.on('data', (d: Buffer) => {
          uitvoer += d.toString();
          const gevonden = /luistert op (http:\/\/\S+)\/graphql/.exec(uitvoer);
          if (gevonden) klaar(gevonden[1]);
        });
        kind.once('exit', (code) => mis(new Error(`gestopt (${code}): ${uitvoer}`)));
      });
      expect(uitvoer).toMatch(/1 editie\(s\) geïmporteerd/);
      expect((await fetch(`${url}/health/ready`)).status).toBe(200);
    } finally {
      kind.kill('SIGTERM');
    }
  }, 120_000);

  it('telt mee in de analyse: zijn heffing werkt het doel van een ander ministerie tegen', () => {
    expect(uitkomst.prikkels.errors).toBeUndefined();
    const prikkels = uitkomst.prikkels.data!.analyse.tegenwerkendePrikkels as { instrument: { code: string; departement: string }; doel: { code: string; departement: string }; indicator: string; aandachtsgroepen: { code: string }[] }[];
    const tegenSzw = prikkels.find((p) => p.instrument.departement === 'FIN' && p.doel.departement === 'SZW');
    expect(tegenSzw, JSON.stringify(prikkels)).toMatchObject({
      instrument: { code: 'PROEFHEFFING', departement: 'FIN' },
      doel: { code: 'DAKLOOSHEID_JONGEREN_VOORKOMEN', departement: 'SZW' },
      indicator: 'DAK_EN_THUISLOOSHEID',
      aandachtsgroepen: [{ code: 'DAK_EN_THUISLOZEN' }],
    });
  });
});
