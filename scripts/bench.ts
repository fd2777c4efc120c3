// npm run bench -- [--quick] [--zonder-cache] [--postgres] [--out FILE] [--duur S] [--verbindingen N]
//
// Start de ministerie-subgraphs zelf (SQLite in een tijdelijke map, of met --postgres
// de databases thuis_*) en meet per operatie uit bench/operaties/ de varianten na
// elkaar over HTTP (twee kernen: nooit twee metingen tegelijk):
// - met cache: onze gateway met responscache tegen de ondergrens, een kale
//   HTTP-server die de bytes van onze gateway uit het geheugen teruggeeft;
// - zonder cache: onze gateway met REDIS_URL=uit, stock @apollo/gateway en Hive
//   Gateway, belast (autocannon, N verbindingen) en onbelast (1 verbinding);
// - eerste antwoord: onze gateway met cache, met vóór elk verzoek een datawijziging
//   zoals een import die meldt.
// Belast: verzoeken/s, p50, p99, fouten, SQL-statements per verzoek (opgeteld over de
// subgraphs) en piek-RSS van het gatewayproces. Verhoudingen komen uit dezelfde run,
// zodat ruis van de machine wegvalt. Elk antwoord wordt eerst vergeleken met dat van
// onze gateway zonder cache; een afwijking stopt de bench met een foutcode.
// --zonder-cache meet alleen de varianten zonder cache.
// --schaal 1,5,20,50 meet iets anders: de stapel met k keer zoveel edities (issue 25,
// bench/schaal/schaalbench.ts); de rest van dit bestand draait dan niet.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingecheckteSupergraph } from '../schema/gereedschap/compositie.js';
import { ANALYSE, MINISTERIEPROCES, SUBGRAFEN } from '../kern/config.js';
import { redisinstelling, type Redisinstelling } from '../kern/wijzigingsbericht.js';
import { dataUit, foutUit, vergelijk, vraag } from '../bench/antwoorden.js';
import { bepaalDoelen, doelAlsJson, toonDoelen } from '../bench/doelen.js';
import { meetEersteAntwoord } from '../bench/eerste-antwoord.js';
import { meet, type Meetdoel } from '../bench/meten.js';
import { isOngecachet, LABEL, ZONDER_CACHE, operatieAlsJson, toonEersteAntwoord, toonMetCache, toonZonderCache, type Operatieresultaat, type Variantnaam } from '../bench/rapport.js';
import { Procesgroep, tsx } from './procesgroep.js';
import { zetBenchtoegang } from '../bench/koppen.js';
import { schaalbench } from '../bench/schaal/schaalbench.js';

const args = process.argv.slice(2);
const vlag = (naam: string) => args.includes(naam);
const waarde = (naam: string) => {
  const i = args.indexOf(naam);
  return i >= 0 ? args[i + 1] : undefined;
};
const snel = vlag('--quick');
/** Alleen wat zonder cache draait: geen Redis, geen gecachte gateway, geen ondergrens. */
const zonderCache = vlag('--zonder-cache');
const postgres = vlag('--postgres');
const uitvoer = waarde('--out');
const duur = Number(waarde('--duur') ?? (snel ? 4 : 15));
const opwarmen = snel ? 1 : 3;
/** Eén verbinding, verzoeken na elkaar. */
const onbelastSeconden = snel ? 2 : 5;
/** Genoeg metingen voor een stabiele p50: het doel ligt bij een-groep dicht bij de meting. */
const eersteAntwoorden = snel ? 50 : 100;
const verbindingen = Number(waarde('--verbindingen') ?? 16);

const groep = new Procesgroep();
process.once('SIGINT', () => void groep.stop().then(() => process.exit(130)));
const stil = (omgeving: NodeJS.ProcessEnv = {}) => ({ omgeving, uitvoer: 'stil' as const, onverwachtGestopt: (melding: string) => console.error(`[bench] ${melding}`) });

interface Gezondheid {
  url: string;
  init?: RequestInit;
}

/** Start een proces; `klaar` vervult zodra het op `gezondheid` een 2xx geeft. */
function startDienst(naam: string, commando: string[], omgeving: NodeJS.ProcessEnv, gezondheid: Gezondheid): { kind: ChildProcess; klaar: Promise<void> } {
  const kind = groep.start(naam, commando, stil(omgeving));
  return { kind, klaar: groep.wachtOp(gezondheid.url, naam, 90, gezondheid.init) };
}

type Gatewaynaam = Exclude<Variantnaam, 'floor'>;
/** In deze volgorde gemeten; de ondergrens komt na onze gateway met cache. */
const GATEWAYS: Gatewaynaam[] = zonderCache ? [...ZONDER_CACHE] : ['ours', ...ZONDER_CACHE];

interface Variant extends Meetdoel {
  naam: Variantnaam;
}

/** Elke variant een vaste poort, in elke modus dezelfde; de subgraphs en de analyselaag vanaf 4101. */
const POORT = { subgraaf: 4101, gateway: 4100, stap: 10 } as const;
const VOLGNUMMER: Record<Variantnaam, number> = { ours: 0, oursUncached: 1, stockApollo: 2, hive: 3, floor: 4 };
const poortVan = (naam: Variantnaam) => POORT.gateway + VOLGNUMMER[naam] * POORT.stap;
const lokaal = (poort: number, pad: string) => `http://127.0.0.1:${poort}${pad}`;

interface Operatie {
  naam: string;
  body: string;
}

interface GecontroleerdeOperatie extends Operatie {
  /** De data die elke variant moet geven. */
  referentie: string;
  /** De varianten die deze operatie kunnen uitvoeren. */
  varianten: Variant[];
  /** Vergelijkingsgateways die op deze operatie een fout gaven, met die fout. */
  nietUitvoerbaar: Partial<Record<Variantnaam, string>>;
}

/** Een gateway ter vergelijking mag een operatie niet kunnen uitvoeren (dat meldt de bench); onze eigen niet. */
const TER_VERGELIJKING: readonly Variantnaam[] = ['stockApollo', 'hive'];

function leesOperaties(): Operatie[] {
  const map = new URL('../bench/operaties/', import.meta.url);
  return readdirSync(map)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ naam: f.replace(/\.graphql$/, ''), body: JSON.stringify({ query: readFileSync(new URL(f, map), 'utf8') }) }));
}

/**
 * Onze gateway cachet alleen met Redis. Is er geen, dan start de bench een eigen
 * redis-server (als die geïnstalleerd is) in plaats van zonder cache te meten.
 */
async function zorgVoorRedis(): Promise<Redisinstelling> {
  if (!(await redisinstelling())) {
    const poort = 6390;
    groep.start('redis-server', ['redis-server', '--port', String(poort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], stil());
    process.env.REDIS_URL = `redis://127.0.0.1:${poort}`;
    const grens = Date.now() + 10_000;
    while (!(await redisinstelling()) && Date.now() < grens) await new Promise((r) => setTimeout(r, 200));
  }
  const redis = await redisinstelling();
  if (!redis) throw new Error('geen Redis bereikbaar en redis-server kon niet starten; zet REDIS_URL');
  return redis;
}

interface Subgrafen {
  /** Per URL-variabele (BZK_URL, …) de subgraph-URL, zoals de gateways hem lezen. */
  urls: Record<string, string>;
  statistiek: string[];
}

/** De subgraphs van de ministeries, één set voor alle varianten. */
async function startSubgrafen(map: string): Promise<Subgrafen> {
  // Met --postgres de thuis_*-databases, anders een eigen SQLite-bestand; een lege URL
  // wint van een <MINISTERIE>_DATABASE_URL uit de omgeving.
  const databases: NodeJS.ProcessEnv = Object.fromEntries(
    SUBGRAFEN.flatMap((s) => [
      [s.sqliteVariabele, join(map, `${s.naam}.sqlite`)],
      [s.databaseVariabele, postgres ? `postgresql://thuis_${s.naam}@127.0.0.1:5432/thuis_${s.naam}` : ''],
    ]),
  );
  const poorten = SUBGRAFEN.map((_, i) => POORT.subgraaf + i);
  // Eén analyselaag voor alle gateways: haar leesmodel is voor elke gateway hetzelfde.
  const analysepoort = POORT.subgraaf + SUBGRAFEN.length;
  await Promise.all([
    ...SUBGRAFEN.map(
      (s, i) => startDienst(s.naam, tsx(MINISTERIEPROCES), { ...databases, ...s.procesomgeving, PORT: String(poorten[i]) }, { url: lokaal(poorten[i], '/health') }).klaar,
    ),
    // Het leesmodel van de analyselaag leest de ministeries zelf, op dezelfde adressen als de gateways.
    startDienst(
      ANALYSE.naam,
      tsx('subgraphs/analyse/index.ts'),
      { PORT: String(analysepoort), ...Object.fromEntries(SUBGRAFEN.map((s, i) => [s.urlVariabele, lokaal(poorten[i], '/graphql')])) },
      { url: lokaal(analysepoort, '/health') },
    ).klaar,
  ]);
  return {
    urls: {
      ...Object.fromEntries(SUBGRAFEN.map((s, i) => [s.urlVariabele, lokaal(poorten[i], '/graphql')])),
      [ANALYSE.urlVariabele]: lokaal(analysepoort, '/graphql'),
    },
    statistiek: poorten.map((p) => lokaal(p, '/statistiek')),
  };
}

/** Hive leest de subgraph-URL's uit de supergraph zelf. */
function hiveSupergraph(urls: Record<string, string>, map: string): string {
  let sdl = ingecheckteSupergraph();
  for (const s of [...SUBGRAFEN, ANALYSE]) {
    sdl = sdl.replace(`url: "http://localhost:${s.standaardPoort}/graphql"`, `url: "${urls[s.urlVariabele]}"`);
  }
  const pad = join(map, 'supergraph-hive.graphql');
  writeFileSync(pad, sdl);
  return pad;
}

/** Ook Hive moet de subgraphs het geheim van de gateway sturen, anders weigeren ze hem. */
function hiveConfig(map: string): string {
  const pad = join(map, 'gateway.config.mjs');
  writeFileSync(pad, `export const gatewayConfig = { transportEntries: { '*': { headers: [['x-gateway-geheim', process.env.SUBGRAAF_GEHEIM]] } } };\n`);
  return pad;
}

const HIVE = fileURLToPath(new URL('../node_modules/@graphql-hive/gateway/dist/bin.js', import.meta.url));

/** Hoe elke gateway start: commando, omgeving en waar hij laat weten dat hij klaar is. */
function gatewayrecept(naam: Gatewaynaam, poort: number, urls: Record<string, string>, map: string) {
  const omgeving = { ...urls, PORT: String(poort) };
  // Onze gateways zonder budget per identiteit: de bench is één client, en de andere gateways
  // hebben er geen; het budget en zijn effect meet npm run bench:eerlijkheid.
  const onze = { ...omgeving, KOSTENBUDGET_PER_S: '0' };
  switch (naam) {
    case 'ours':
      return { commando: tsx('gateway/index.ts'), omgeving: onze, gezondheid: { url: lokaal(poort, '/health') } };
    case 'oursUncached':
      // Zonder Redis zet onze gateway elke cache uit (kern/wijzigingsbericht.ts).
      return { commando: tsx('gateway/index.ts'), omgeving: { ...onze, REDIS_URL: 'uit' }, gezondheid: { url: lokaal(poort, '/health') } };
    case 'stockApollo':
      // Stock Apollo Server heeft geen gezondheidsroute: een kleine query volstaat.
      return {
        commando: tsx('bench/stock-gateway.ts'),
        omgeving,
        gezondheid: { url: lokaal(poort, '/graphql'), init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' } },
      };
    case 'hive':
      return {
        commando: [process.execPath, HIVE, 'supergraph', hiveSupergraph(urls, map), '--port', String(poort), '--host', '127.0.0.1', '--config-path', hiveConfig(map)],
        omgeving: {},
        gezondheid: { url: lokaal(poort, '/healthcheck') },
      };
  }
}

/** Start een gateway met zijn analyselaag; vervult als beide antwoorden. */
async function startGateway(naam: Gatewaynaam, subgrafen: Subgrafen, map: string): Promise<Variant> {
  const poort = poortVan(naam);
  const recept = gatewayrecept(naam, poort, subgrafen.urls, map);
  const gateway = startDienst(LABEL[naam], recept.commando, recept.omgeving, recept.gezondheid);
  await gateway.klaar;
  return { naam, url: lokaal(poort, '/graphql'), pid: gateway.kind.pid, statistiek: subgrafen.statistiek };
}

/** De ondergrens geeft per operatie precies de bytes terug die onze gateway gaf. */
async function startVloer(operaties: Operatie[], ours: Variant, map: string): Promise<Variant> {
  const antwoorden: Record<string, string> = {};
  for (const operatie of operaties) antwoorden[operatie.body] = (await vraag(ours.url, operatie.body)).tekst;
  const pad = join(map, 'vloer-antwoorden.json');
  writeFileSync(pad, JSON.stringify(antwoorden));
  const poort = poortVan('floor');
  const vloer = startDienst(LABEL.floor, tsx('bench/vloer.ts'), { PORT: String(poort), VLOER_ANTWOORDEN: pad }, { url: lokaal(poort, '/health') });
  await vloer.klaar;
  // Geen subgraphs achter de ondergrens: geen SQL om te tellen.
  return { naam: 'floor', url: lokaal(poort, '/graphql'), pid: vloer.kind.pid, statistiek: [] };
}

async function main(): Promise<void> {
  const begin = Date.now();
  const map = mkdtempSync(join(tmpdir(), 'thuis-bench-'));
  const operaties = leesOperaties();
  // Eigen Redis-voorvoegsel: meldingen van de bench raken geen andere stapel op deze machine.
  process.env.REDIS_VOORVOEGSEL = `thuis-bench-${process.pid}`;
  // Elke variant draait zoals in productie (de Dockerfile zet hetzelfde): graphql-js en
  // Express slaan dan hun ontwikkelcontroles over. Het geldt voor alle gateways gelijk.
  process.env.NODE_ENV = 'production';
  // Geen enkele gateway belt naar buiten (stock @apollo/gateway doet dat anders wel).
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  // Productie vraagt sleutels en een geheim voor de subgraphs; de bench maakt ze per meting.
  zetBenchtoegang(map);
  // Geen regel per verzoek: stock Apollo, Hive en de ondergrens schrijven er ook geen, en
  // zo'n regel kost op deze twee kernen ±30 % van de doorvoer van een klein antwoord uit de
  // cache (gemeten: 12.983 tegen 17.855 req/s; docs/prestaties.md, "De benchmark"). Zelf te meten met
  // LOG_LEVEL=info npm run bench.
  process.env.LOG_LEVEL ||= 'warn';
  if (zonderCache) process.env.REDIS_URL = 'uit';
  const redis = zonderCache ? null : await zorgVoorRedis();
  console.log(redis ? `Redis voor de responscache: ${redis.url}` : 'zonder cache: geen Redis, geen gecachte gateway, geen ondergrens');
  const subgrafen = await startSubgrafen(map);
  const gateways = await Promise.all(GATEWAYS.map((naam) => startGateway(naam, subgrafen, map)));
  const ours = gateways.find((g) => g.naam === 'ours');
  const varianten = ours ? [...gateways, await startVloer(operaties, ours, map)] : gateways;
  const gecontroleerd = await controleerAntwoorden(operaties, varianten, map);
  console.log(`stapel klaar na ${Math.round((Date.now() - begin) / 1000)} s (${postgres ? 'PostgreSQL' : 'SQLite'}); ${verbindingen} verbindingen, ${duur} s per meting\n`);

  const resultaten: Operatieresultaat[] = [];
  for (const operatie of gecontroleerd) resultaten.push(await meetOperatie(operatie, { redis, map }));
  console.log();
  toonMetCache(resultaten);
  toonZonderCache(resultaten);
  toonEersteAntwoord(resultaten, eersteAntwoorden);
  const doelen = bepaalDoelen(resultaten);
  toonDoelen(doelen);
  if (uitvoer) {
    const settings = { modus: zonderCache ? 'zonder-cache' : 'alles', verbindingen, duur, opwarmen, onbelastSeconden, eersteAntwoorden, database: postgres ? 'postgresql' : 'sqlite' };
    const json = { machine: machine(), settings, operations: resultaten.map(operatieAlsJson), targets: doelen.map(doelAlsJson) };
    writeFileSync(uitvoer, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nJSON geschreven naar ${uitvoer}`);
  }
  console.log(`\nklaar in ${Math.round((Date.now() - begin) / 1000)} s`);
}

/**
 * Elke variant moet op elke operatie dezelfde data geven als onze gateway zonder
 * cache: die kan geen oud antwoord bewaren, dus zijn antwoord is de referentie.
 */
async function controleerAntwoorden(operaties: Operatie[], varianten: Variant[], map: string): Promise<GecontroleerdeOperatie[]> {
  const referentie = varianten.find((v) => v.naam === 'oursUncached');
  if (!referentie) throw new Error('geen referentie: onze gateway zonder cache ontbreekt');
  const gecontroleerd: GecontroleerdeOperatie[] = [];
  for (const operatie of operaties) {
    const verwacht = dataUit(await vraag(referentie.url, operatie.body), LABEL.oursUncached);
    const uitvoerbaar: Variant[] = [];
    const nietUitvoerbaar: GecontroleerdeOperatie['nietUitvoerbaar'] = {};
    for (const variant of varianten) {
      const wie = LABEL[variant.naam];
      const antwoord = await vraag(variant.url, operatie.body);
      const fout = foutUit(antwoord);
      if (fout !== null && TER_VERGELIJKING.includes(variant.naam)) {
        nietUitvoerbaar[variant.naam] = fout;
        continue;
      }
      vergelijk(verwacht, dataUit(antwoord, wie), wie, operatie.naam, map);
      uitvoerbaar.push(variant);
    }
    gecontroleerd.push({ ...operatie, referentie: verwacht, varianten: uitvoerbaar, nietUitvoerbaar });
  }
  return gecontroleerd;
}

/** Alle metingen van één operatie, variant na variant: twee kernen delen we niet. */
async function meetOperatie(operatie: GecontroleerdeOperatie, { redis, map }: { redis: Redisinstelling | null; map: string }): Promise<Operatieresultaat> {
  const { varianten } = operatie;
  const resultaat: Operatieresultaat = { naam: operatie.naam, belast: {}, onbelast: {}, eersteAntwoord: null, nietUitvoerbaar: operatie.nietUitvoerbaar };
  // Alle varianten delen de subgraphs: eerst warmen ze allemaal op, anders draait de
  // eerst gemeten variant de subgraphs voor de andere warm en meet zelf koud.
  for (const variant of varianten) await meet(variant, operatie.body, { verbindingen, seconden: opwarmen });
  for (const variant of varianten) {
    resultaat.belast[variant.naam] = await meet(variant, operatie.body, { verbindingen, seconden: duur });
    if (isOngecachet(variant.naam)) {
      const { p50, p99 } = await meet(variant, operatie.body, { verbindingen: 1, seconden: onbelastSeconden });
      resultaat.onbelast[variant.naam] = { p50, p99 };
    }
    // Onze gateway met cache draait alleen als er Redis is.
    if (variant.naam === 'ours' && redis) {
      resultaat.eersteAntwoord = await meetEersteAntwoord({
        redis,
        controleer: (antwoord) => vergelijk(operatie.referentie, dataUit(antwoord, LABEL.ours), LABEL.ours, operatie.naam, map),
        url: variant.url,
        gezondheid: variant.url.replace(/\/graphql$/, '/health'),
        body: operatie.body,
        aantal: eersteAntwoorden,
      });
    }
    process.stdout.write('.');
  }
  return resultaat;
}

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? 'onbekend';
  return { node: process.version, cpu, kernen: readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0 };
}

try {
  await (vlag('--schaal') ? schaalbench(args) : main());
} catch (fout) {
  console.error(`[bench] ${fout instanceof Error ? fout.message : fout}`);
  process.exitCode = 1;
} finally {
  await groep.stop();
}
