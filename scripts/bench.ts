// npm run bench -- [--quick] [--postgres] [--out FILE] [--duur S] [--verbindingen N]
//
// Start de ministerie-subgraphs zelf (SQLite in een tijdelijke map, of met --postgres
// de databases thuis_*), en meet per operatie uit bench/operaties/ vier varianten na
// elkaar over HTTP met autocannon: onze gateway, stock @apollo/gateway, Hive Gateway en
// de ondergrens (een kale HTTP-server met de antwoorden van onze gateway). Per variant:
// verzoeken/s, p50, p99, fouten, SQL-statements per verzoek (opgeteld over de
// subgraphs) en piek-RSS van het gatewayproces. Verhoudingen worden binnen dezelfde
// run berekend, zodat ruis van de machine wegvalt.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingecheckteSupergraph } from '../gateway/compositie.js';
import { ANALYSE, SUBGRAFEN } from '../kern/config.js';
import { redisinstelling } from '../kern/wijzigingsbericht.js';
import { dataUit, vergelijk, vraag } from '../bench/antwoorden.js';
import { meet, type Meetdoel, type Meting } from '../bench/meten.js';
import { Procesgroep, tsx } from './procesgroep.js';

const args = process.argv.slice(2);
const vlag = (naam: string) => args.includes(naam);
const waarde = (naam: string) => {
  const i = args.indexOf(naam);
  return i >= 0 ? args[i + 1] : undefined;
};
const snel = vlag('--quick');
const postgres = vlag('--postgres');
const uitvoer = waarde('--out');
const duur = Number(waarde('--duur') ?? (snel ? 4 : 15));
const opwarmen = snel ? 1 : 3;
const verbindingen = Number(waarde('--verbindingen') ?? 16);

const groep = new Procesgroep();
const start = (naam: string, commando: string[], omgeving: NodeJS.ProcessEnv) =>
  groep.start(naam, commando, { omgeving, uitvoer: 'stil', onverwachtGestopt: (melding) => console.error(`[bench] ${melding}`) });
const wachtOp = groep.wachtOp.bind(groep);
const stopAlles = () => groep.stop();
process.once('SIGINT', () => void stopAlles().then(() => process.exit(130)));

interface Variant extends Meetdoel {
  naam: 'ours' | 'stockApollo' | 'hive' | 'floor';
  label: string;
}

const POORT = { subgraaf: 4101, analyse: 4106, gateway: 4100, stap: 10 } as const;

async function main(): Promise<void> {
  const begin = Date.now();
  const map = mkdtempSync(join(tmpdir(), 'thuis-bench-'));
  const operaties = readdirSync(new URL('../bench/operaties/', import.meta.url))
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ naam: f.replace(/\.graphql$/, ''), query: readFileSync(new URL(`../bench/operaties/${f}`, import.meta.url), 'utf8') }));

  // De subgraphs van de ministeries, één set voor alle varianten.
  // Eigen Redis-voorvoegsel: meldingen van de bench raken geen andere stapel op deze machine.
  process.env.REDIS_VOORVOEGSEL = `thuis-bench-${process.pid}`;
  // Onze gateway cachet alleen met Redis. Is er geen, dan start de bench een eigen
  // redis-server (als die geïnstalleerd is) in plaats van zonder cache te meten.
  if (!(await redisinstelling())) {
    const poort = 6390;
    start('redis-server', ['redis-server', '--port', String(poort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {});
    process.env.REDIS_URL = `redis://127.0.0.1:${poort}`;
    const grens = Date.now() + 10_000;
    while (!(await redisinstelling()) && Date.now() < grens) await new Promise((r) => setTimeout(r, 200));
    if (!(await redisinstelling())) throw new Error('geen Redis bereikbaar en redis-server kon niet starten; zet REDIS_URL');
  }
  console.log(`Redis voor de responscache: ${(await redisinstelling())?.url}`);
  // Per ministerie de database: met --postgres de thuis_*-databases, anders een eigen
  // SQLite-bestand; een lege URL wint van een <MINISTERIE>_DATABASE_URL uit de omgeving.
  const databases: NodeJS.ProcessEnv = Object.fromEntries(
    SUBGRAFEN.flatMap((s) => [
      [s.sqliteVariabele, join(map, `${s.naam}.sqlite`)],
      [s.databaseVariabele, postgres ? `postgresql://thuis_${s.naam}@127.0.0.1:5432/thuis_${s.naam}` : ''],
    ]),
  );
  const subgraafUrls: Record<string, string> = Object.fromEntries(
    SUBGRAFEN.map((s, i) => [s.urlVariabele, `http://127.0.0.1:${POORT.subgraaf + i}/graphql`]),
  );
  SUBGRAFEN.forEach((s, i) => start(s.naam, tsx(`subgraphs/${s.naam}/index.ts`), { ...databases, PORT: String(POORT.subgraaf + i) }));
  await Promise.all(SUBGRAFEN.map((s, i) => wachtOp(`http://127.0.0.1:${POORT.subgraaf + i}/health`, s.naam)));
  const statistiek = SUBGRAFEN.map((_, i) => `http://127.0.0.1:${POORT.subgraaf + i}/statistiek`);

  // Per gateway een eigen analyselaag, die voor de root-velden diezelfde gateway bevraagt.
  const varianten: Variant[] = [];
  const gatewayPoort = (n: number) => POORT.gateway + n * POORT.stap;
  const analyseUrl = (n: number) => `http://127.0.0.1:${POORT.analyse + n * POORT.stap}/graphql`;
  const soorten = [
    { naam: 'ours', label: 'onze gateway' },
    { naam: 'stockApollo', label: 'stock @apollo/gateway' },
    { naam: 'hive', label: 'Hive Gateway' },
  ] as const;
  for (const [n, soort] of soorten.entries()) {
    const poort = gatewayPoort(n);
    start(`analyse (${soort.label})`, tsx('subgraphs/analyse/index.ts'), {
      PORT: String(POORT.analyse + n * POORT.stap),
      [ANALYSE.gatewayVariabele]: `http://127.0.0.1:${poort}/graphql`,
    });
    const urls: Record<string, string> = { ...subgraafUrls, [ANALYSE.urlVariabele]: analyseUrl(n) };
    let kind: ChildProcess;
    if (soort.naam === 'hive') {
      // Hive leest de subgraph-URL's uit de supergraph zelf.
      let sdl = ingecheckteSupergraph();
      for (const s of [...SUBGRAFEN, ANALYSE]) {
        sdl = sdl.replace(`url: "http://localhost:${s.standaardPoort}/graphql"`, `url: "${urls[s.urlVariabele]}"`);
      }
      const pad = join(map, 'supergraph-hive.graphql');
      writeFileSync(pad, sdl);
      kind = start(soort.label, [process.execPath, fileURLToPath(new URL('../node_modules/@graphql-hive/gateway/dist/bin.js', import.meta.url)), 'supergraph', pad, '--port', String(poort), '--host', '127.0.0.1'], {});
    } else {
      kind = start(soort.label, tsx(soort.naam === 'ours' ? 'gateway/index.ts' : 'bench/stock-gateway.ts'), { ...urls, PORT: String(poort) });
    }
    varianten.push({ naam: soort.naam, label: soort.label, url: `http://127.0.0.1:${poort}/graphql`, pid: kind.pid, statistiek });
  }
  // Stock Apollo Server heeft geen gezondheidsroute: een kleine query volstaat.
  const typenaam: RequestInit = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' };
  await Promise.all(
    varianten.map((v) => {
      const basis = v.url.replace('/graphql', '');
      if (v.naam === 'stockApollo') return wachtOp(v.url, v.label, 90, typenaam);
      return wachtOp(v.naam === 'hive' ? `${basis}/healthcheck` : `${basis}/health`, v.label);
    }),
  );
  // De ondergrens geeft per operatie precies de bytes terug die onze gateway gaf.
  const antwoorden: Record<string, string> = {};
  for (const operatie of operaties) {
    const body = JSON.stringify({ query: operatie.query });
    antwoorden[body] = (await vraag(varianten[0].url, body)).tekst;
  }
  const antwoordenPad = join(map, 'vloer-antwoorden.json');
  writeFileSync(antwoordenPad, JSON.stringify(antwoorden));
  const vloerPoort = gatewayPoort(3);
  const vloer = start('ondergrens', tsx('bench/vloer.ts'), { PORT: String(vloerPoort), VLOER_ANTWOORDEN: antwoordenPad });
  varianten.push({ naam: 'floor', label: 'ondergrens (kale HTTP)', url: `http://127.0.0.1:${vloerPoort}/graphql`, pid: vloer.pid, statistiek: [] });
  await wachtOp(`http://127.0.0.1:${vloerPoort}/health`, 'ondergrens');
  console.log(`stapel klaar na ${Math.round((Date.now() - begin) / 1000)} s (${postgres ? 'PostgreSQL' : 'SQLite'}); ${verbindingen} verbindingen, ${duur} s per meting\n`);

  const resultaten: { name: string; [variant: string]: Meting | string }[] = [];
  for (const operatie of operaties) {
    const body = JSON.stringify({ query: operatie.query });
    const verwacht = dataUit(await vraag(varianten[0].url, body), varianten[0].label);
    const rij: { name: string; [variant: string]: Meting | string } = { name: operatie.naam };
    for (const variant of varianten) {
      vergelijk(verwacht, dataUit(await vraag(variant.url, body), variant.label), variant.label, operatie.naam, map);
      const belasting = { verbindingen, seconden: duur };
      await meet(variant, body, { ...belasting, seconden: opwarmen });
      rij[variant.naam] = await meet(variant, body, belasting);
      process.stdout.write('.');
    }
    resultaten.push(rij);
  }
  console.log('\n');
  toonTabel(resultaten, varianten);
  if (uitvoer) {
    writeFileSync(uitvoer, `${JSON.stringify({ machine: machine(), settings: { verbindingen, duur, opwarmen, database: postgres ? 'postgresql' : 'sqlite' }, operations: resultaten }, null, 2)}\n`);
    console.log(`\nJSON geschreven naar ${uitvoer}`);
  }
  console.log(`\nklaar in ${Math.round((Date.now() - begin) / 1000)} s`);
}

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? 'onbekend';
  return { node: process.version, cpu, kernen: readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0 };
}

function toonTabel(resultaten: { name: string; [k: string]: Meting | string }[], varianten: Variant[]): void {
  const kop = ['operatie', 'variant', 'req/s', 'p50 ms', 'p99 ms', 'fouten', 'SQL/req', 'RSS MB', 'ours ÷ variant'];
  const rijen: string[][] = [];
  for (const r of resultaten) {
    const ours = r.ours as Meting;
    for (const v of varianten) {
      const m = r[v.naam] as Meting;
      rijen.push([
        v.naam === 'ours' ? r.name : '',
        v.label,
        String(m.rps),
        String(m.p50),
        String(m.p99),
        String(m.errors),
        m.sqlPerRequest === null ? '-' : String(m.sqlPerRequest),
        m.rssMb === null ? '-' : String(m.rssMb),
        v.naam === 'ours' ? '' : `${(ours.rps / Math.max(m.rps, 1)).toFixed(2)}×`,
      ]);
    }
  }
  const breedte = kop.map((k, i) => Math.max(k.length, ...rijen.map((r) => r[i].length)));
  const regel = (cellen: string[]) => `| ${cellen.map((c, i) => c.padEnd(breedte[i])).join(' | ')} |`;
  console.log(regel(kop));
  console.log(regel(breedte.map((b) => '-'.repeat(b))));
  for (const r of rijen) console.log(regel(r));
}

try {
  await main();
} catch (fout) {
  console.error(`[bench] ${fout instanceof Error ? fout.message : fout}`);
  process.exitCode = 1;
} finally {
  await stopAlles();
}
