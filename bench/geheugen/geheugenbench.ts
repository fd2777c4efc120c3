// npm run bench:geheugen -- --gateway …: de gateway in de hele stapel, zie gatewaybench.ts.
// npm run bench:geheugen -- [--schaal 1,5,20] [--ministerie bzk] [--import vooraf|bij-start] [--vragen 10] [--rust 20] [--node-opties '--max-semi-space-size=1 --max-old-space-size=240'] [--snapshot] [--out f.json]
//
// Issue 25: hoeveel geheugen kost een rij beleid in een ministerieproces? Per k, na
// elkaar en telkens één proces (twee kernen):
// 1. de edities k keer (bench/schaal/vermenigvuldig.ts, zoals de schaalbench);
// 2. vooraf: de import in een eigen SQLite-bestand, in dit proces (zoals de schaalbench);
//    bij-start: het ministerie importeert zelf bij zijn eerste start (zoals npm start);
// 3. het ministerieproces zoals in productie (NODE_ENV=production, een geheim,
//    REDIS_URL=uit), met --expose-gc en bench/geheugen/meter.mjs vooraf geladen; na
//    /health: gc en process.memoryUsage() in dat proces, dan na tien keer de vraag om
//    het hele beleid (Analyse.<ministerie>, zoals de analyselaag vraagt), na rust, en na
//    een kleine publicatie (POST /edities);
// 4. de omvang van de data: de rijen in de database, hun JSON (de rijen zoals de ORM ze
//    leest) en de JSON van de momentopname (de GraphQL-vorm die het proces bewaart).
// Per rij: de helling tussen de kleinste k en deze k, (heap_k − heap_min) / (rijen_k −
// rijen_min), zodat de vaste kosten van een Node-proces (code, Apollo, MikroORM) wegvallen.
// De basis is wat die helling bij 0 rijen overlaat. --snapshot schrijft na de meting ook een
// heap-snapshot in de tijdelijke map (en laat de map dan staan). --node-opties zet NODE_OPTIONS
// van het ministerieproces, bijvoorbeeld die uit deploy/kubernetes/ministerie/basis/subgraaf.yaml.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit, type FragmentDefinitionNode } from 'graphql';
import { DEPARTEMENTEN, MINISTERIEPROCES, subgraaf, type DepartementCode } from '../../kern/config.js';
import { KOPPEN } from '../../kern/identiteit.js';
import { openDatabase } from '../../subgraphs/ministerie/database.js';
import { importeer } from '../../subgraphs/ministerie/editie/importeren.js';
import { tabel, TABELLEN, type Tabelnaam } from '../../subgraphs/ministerie/entiteiten.js';
import { Momentopname } from '../../subgraphs/ministerie/momentopname.js';
import { vrijePoort } from '../../scripts/procesgroep.js';
import { nieuwGeheim } from '../koppen.js';
import { vermenigvuldig } from '../schaal/vermenigvuldig.js';
import { gatewaybench } from './gatewaybench.js';

const wortel = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
if (args.includes('--gateway')) {
  await gatewaybench(args);
  process.exit(0);
}
const waarde = (naam: string) => {
  const i = args.indexOf(naam);
  return i >= 0 ? args[i + 1] : undefined;
};
const schaal = (waarde('--schaal') ?? '1,5,20').split(',').map(Number);
if (schaal.some((k) => !Number.isInteger(k) || k < 1)) throw new Error(`--schaal ${waarde('--schaal')}: geef factoren als 1,5,20`);
const departement = (waarde('--ministerie') ?? 'bzk').toUpperCase() as DepartementCode;
if (!DEPARTEMENTEN.includes(departement)) throw new Error(`--ministerie: kies uit ${DEPARTEMENTEN.join(', ').toLowerCase()}`);
const importwijze = waarde('--import') ?? 'vooraf';
if (importwijze !== 'vooraf' && importwijze !== 'bij-start') throw new Error('--import: vooraf of bij-start');
const snapshot = args.includes('--snapshot');
const instelling = subgraaf(departement);
/** Zo vaak de vraag van de analyselaag na elkaar, zoals de analyselaag bij elk verzoek (issue 25). */
const VRAGEN = Number(waarde('--vragen') ?? 10);
/** Zo lang laat de bench het proces na de vragen met rust voor het RSS in rust: ruimt V8 zelf op? */
const RUST_S = Number(waarde('--rust') ?? 20);
const nodeOpties = waarde('--node-opties');

interface Geheugen {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  malloced: number;
  /** Het hoogste RSS sinds de start (VmHWM). */
  piek: number;
}

interface Meting {
  k: number;
  rijen: number;
  rijenPerTabel: Partial<Record<Tabelnaam, number>>;
  /** JSON van de rijen zoals de ORM ze uit de database leest. */
  rijbytes: number;
  /** JSON van de momentopname: groepen, partijen en het hele beleid. */
  momentopnamebytes: number;
  /** JSON van alleen het hele beleid (Analyse.<ministerie>), wat een vraag om alles terugkrijgt. */
  beleidbytes: number;
  /** JSON van het antwoord op de vraag van de analyselaag (het fragment Beleid over alles). */
  antwoordbytes: number;
  /** Zoals het proces er na de start bij staat, zonder gc: wat RSS in productie laat zien. */
  bijGereed: Geheugen;
  /** Na de start en een gc: wat het proces vasthoudt. */
  naStart: Geheugen;
  /** Na VRAGEN keer de vraag van de analyselaag, zonder gc. */
  naVragen: Geheugen;
  /** Daarna RUST_S seconden niets, zonder gc. */
  inRust: Geheugen;
  /** Hoe lang een kleine publicatie (POST /edities) duurde, en het geheugen daarna zonder gc. */
  publicatieMs: number;
  naPublicatie: Geheugen;
  /** Daarna een gc. */
  naVraag: Geheugen;
  gereedMs: number;
  snapshot?: string;
}

const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
const kb = (b: number) => (b / 1024).toFixed(1);

/** Rijen en hun JSON, en de JSON van de momentopname, gelezen uit het SQLite-bestand. */
async function omvang(sqlitePad: string) {
  const db = await openDatabase({ sqlitePad });
  try {
    const em = db.orm.em.fork();
    const rijenPerTabel: Partial<Record<Tabelnaam, number>> = {};
    let rijbytes = 0;
    for (const naam of Object.keys(TABELLEN) as Tabelnaam[]) {
      const rijen = await em.find(tabel(naam), {});
      rijenPerTabel[naam] = rijen.length;
      rijbytes += JSON.stringify(rijen).length;
    }
    const m = await Momentopname.laad(db.orm.em, departement);
    const beleidbytes = JSON.stringify(m.alles()).length;
    // Het beleid per groep deelt zijn objecten met het hele beleid en telt dus niet apart.
    const momentopnamebytes = JSON.stringify({ groepen: m.aandachtsgroepen(), partijen: m.partijen(), alles: m.alles() }).length;
    const rijen = Object.values(rijenPerTabel).reduce((a, b) => a + b, 0);
    return { rijen, rijenPerTabel, rijbytes, beleidbytes, momentopnamebytes };
  } finally {
    await db.sluit();
  }
}

function start(omgeving: NodeJS.ProcessEnv): ChildProcess {
  const kind = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', '--import', './bench/geheugen/meter.mjs', MINISTERIEPROCES], {
    cwd: wortel,
    env: { ...process.env, ...omgeving },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let fouten = '';
  kind.stderr?.on('data', (d: Buffer) => (fouten = (fouten + d.toString()).slice(-4000)));
  kind.once('exit', (code, signaal) => {
    if (code !== 0 && signaal !== 'SIGTERM') console.error(`${instelling.naam} stopte (${signaal ?? `code ${code}`}): ${fouten}`);
  });
  return kind;
}

function vraagAan<T>(kind: ChildProcess, opdracht: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const bij = (bericht: T) => {
      kind.off('exit', weg);
      resolve(bericht);
    };
    const weg = () => reject(new Error('het proces stopte tijdens de meting'));
    kind.once('message', bij);
    kind.once('exit', weg);
    kind.send(opdracht);
  });
}

async function wachtOpGezond(url: string, kind: ChildProcess, seconden = 600): Promise<void> {
  const grens = Date.now() + seconden * 1000;
  while (Date.now() < grens) {
    if (kind.exitCode !== null) throw new Error(`${instelling.naam} stopte voor het luisterde`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // nog niet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${instelling.naam} luisterde na ${seconden} s nog niet op ${url}`);
}

/**
 * De vraag die de analyselaag via @requires aan elk ministerie stelt: het hele beleid met
 * het fragment Beleid uit subgraphs/analyse/beleid.graphql (en de fragmenten die het noemt).
 */
function vraagOmAlles(): string {
  const document = parse(readFileSync(join(wortel, 'subgraphs/analyse/beleid.graphql'), 'utf8'));
  const fragmenten = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const nodig = new Set<string>();
  const volg = (naam: string) => {
    if (nodig.has(naam)) return;
    nodig.add(naam);
    visit(fragmenten.get(naam)!, { FragmentSpread: (f) => volg(f.name.value) });
  };
  volg('Beleid');
  const tekst = [...nodig].map((n) => print(fragmenten.get(n)!)).join('\n');
  return `query($r:[_Any!]!){_entities(representations:$r){... on Analyse{${instelling.naam}{...Beleid}}}}\n${tekst}`;
}

async function vraagAlles(url: string, geheim: string, query: string): Promise<number> {
  const antwoord = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [KOPPEN.geheim]: geheim },
    body: JSON.stringify({ query, variables: { r: [{ __typename: 'Analyse', id: 'ALLE_AANDACHTSGROEPEN' }] } }),
  });
  const tekst = await antwoord.text();
  const json = JSON.parse(tekst) as { errors?: { message: string }[] };
  if (!antwoord.ok || json.errors) throw new Error(`vraag om alles: ${antwoord.status} ${tekst.slice(0, 300)}`);
  return tekst.length;
}

/**
 * Een kleine publicatie zoals de gateway haar doorgeeft (POST /edities, rol redacteur): een
 * lege editie met een nieuwe datum. Het ministerie leest en valideert dan alle edities opnieuw
 * (publicatie.ts) en laadt een nieuwe momentopname.
 */
async function publiceer(basis: string, geheim: string): Promise<void> {
  const antwoord = await fetch(`${basis}/edities`, {
    method: 'POST',
    headers: {
      'content-type': 'application/yaml',
      [KOPPEN.geheim]: geheim,
      [KOPPEN.identiteit]: JSON.stringify({ onderwerp: 'geheugenbench', rollen: [`redacteur:${departement}`], bron: 'jwt' }),
    },
    body: `departement: ${departement}\neditie: 2023-01-01\nomschrijving: Lege editie van bench:geheugen, om te meten wat een publicatie kost.\n`,
  });
  if (antwoord.status !== 201) throw new Error(`publicatie: ${antwoord.status} ${(await antwoord.text()).slice(0, 300)}`);
}

async function meetEenK(k: number): Promise<Meting> {
  const map = mkdtempSync(join(tmpdir(), `thuis-geheugen-k${k}-`));
  let bewaar = false;
  try {
    const { mappen } = vermenigvuldig({ k, doel: join(map, 'edities') });
    const sqlitePad = join(map, `${instelling.naam}.sqlite`);
    if (importwijze === 'vooraf') {
      const db = await openDatabase({ sqlitePad });
      try {
        await importeer(db.orm.em, mappen[departement], departement);
      } finally {
        await db.sluit();
      }
    }
    const poort = await vrijePoort();
    const geheim = nieuwGeheim();
    const begin = Date.now();
    const kind = start({
      ...instelling.procesomgeving,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      REDIS_URL: 'uit',
      SUBGRAAF_GEHEIM: geheim,
      PORT: String(poort),
      [instelling.dataVariabele]: mappen[departement],
      [instelling.sqliteVariabele]: sqlitePad,
      [instelling.databaseVariabele]: '',
      DATA_CONTROLE_S: '3600',
      ...(nodeOpties === undefined ? {} : { NODE_OPTIONS: nodeOpties }),
    });
    try {
      await wachtOpGezond(`http://127.0.0.1:${poort}/health`, kind);
      const gereedMs = Date.now() - begin;
      const bijGereed = await vraagAan<Geheugen>(kind, { soort: 'meet', gc: false });
      const naStart = await vraagAan<Geheugen>(kind, { soort: 'meet', gc: true });
      // Vóór de publicatie, die er een editie bij zet; SQLite leest gewoon naast het proces.
      const data = await omvang(sqlitePad);
      const query = vraagOmAlles();
      let antwoordbytes = 0;
      for (let i = 0; i < VRAGEN; i++) antwoordbytes = await vraagAlles(`http://127.0.0.1:${poort}/graphql`, geheim, query);
      const naVragen = await vraagAan<Geheugen>(kind, { soort: 'meet', gc: false });
      await new Promise((r) => setTimeout(r, RUST_S * 1000));
      const inRust = await vraagAan<Geheugen>(kind, { soort: 'meet', gc: false });
      const voorPublicatie = Date.now();
      await publiceer(`http://127.0.0.1:${poort}`, geheim);
      const publicatieMs = Date.now() - voorPublicatie;
      const naPublicatie = await vraagAan<Geheugen>(kind, { soort: 'meet', gc: false });
      const naVraag = await vraagAan<Geheugen>(kind, { soort: 'meet', gc: true });
      let pad: string | undefined;
      if (snapshot) {
        pad = (await vraagAan<{ pad: string }>(kind, { soort: 'snapshot', pad: join(map, `${instelling.naam}-k${k}.heapsnapshot`) })).pad;
        bewaar = true;
      }
      return { k, ...data, antwoordbytes, bijGereed, naStart, naVragen, inRust, publicatieMs, naPublicatie, naVraag, gereedMs, snapshot: pad };
    } finally {
      await new Promise((r) => {
        if (kind.exitCode !== null) return r(undefined);
        kind.once('exit', r);
        kind.kill('SIGTERM');
      });
    }
  } finally {
    if (!bewaar) rmSync(map, { recursive: true, force: true });
    else console.error(`bewaard: ${map} (${readdirSync(map).join(', ')})`);
  }
}

const metingen: Meting[] = [];
for (const k of schaal) {
  console.error(`k=${k}: ${instelling.naam} meten (import ${importwijze}) …`);
  const m = await meetEenK(k);
  metingen.push(m);
  console.error(`k=${k}: ${m.rijen} rijen, heap na start ${mb(m.naStart.heapUsed)} MB, RSS ${mb(m.naStart.rss)} MB`);
}

const eerste = metingen.reduce((a, b) => (b.rijen < a.rijen ? b : a));
const helling = (m: Meting, veld: 'heapUsed' | 'rss', wanneer: 'naStart' | 'naVraag') =>
  m === eerste ? null : (m[wanneer][veld] - eerste[wanneer][veld]) / (m.rijen - eerste.rijen);
// De basis: wat de helling van de grootste k naar 0 rijen doortrekt.
const grootste = metingen.reduce((a, b) => (b.rijen > a.rijen ? b : a));
const basis = (veld: 'heapUsed' | 'rss') => {
  const h = grootste === eerste ? 0 : (grootste.naStart[veld] - eerste.naStart[veld]) / (grootste.rijen - eerste.rijen);
  return eerste.naStart[veld] - h * eerste.rijen;
};
const basisHeap = basis('heapUsed');
const basisRss = basis('rss');

console.log(
  `\n${instelling.naam}, import ${importwijze}, node ${process.version}${nodeOpties ? ` met NODE_OPTIONS=${nodeOpties}` : ''}. "Na gc": na gc in het proces; "bij gereed" en "na ${VRAGEN} vragen": zonder gc, zoals RSS in productie. ` +
    `Per rij: helling vanaf k=${eerste.k}. Basis: die helling doorgetrokken naar 0 rijen (heap ${mb(basisHeap)} MB, RSS ${mb(basisRss)} MB).\n`,
);
console.log(`| k | rijen | JSON rijen (kB) | JSON per rij (B) | antwoord alles (kB) | RSS bij gereed (MB) | piek RSS start (MB) | RSS na gc (MB) | heap na gc (MB) | heap per rij (B) | heap boven basis per rij (B) | RSS na gc per rij (B) | RSS na vragen (MB) | piek RSS (MB) | RSS na ${RUST_S} s rust (MB) | publicatie (s) | RSS na publicatie (MB) | piek RSS (MB) | heap na alles + gc (MB) | tot luisteren (s) |`);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const geheel = (x: number | null) => (x === null ? '—' : String(Math.round(x)));
for (const m of metingen) {
  console.log(
    `| ${m.k} | ${m.rijen} | ${kb(m.rijbytes)} | ${Math.round(m.rijbytes / m.rijen)} | ${kb(m.antwoordbytes)} | ${mb(m.bijGereed.rss)} | ${mb(m.bijGereed.piek)} | ${mb(m.naStart.rss)} | ${mb(m.naStart.heapUsed)} | ` +
      `${geheel(helling(m, 'heapUsed', 'naStart'))} | ${Math.round((m.naStart.heapUsed - basisHeap) / m.rijen)} | ${geheel(helling(m, 'rss', 'naStart'))} | ` +
      `${mb(m.naVragen.rss)} | ${mb(m.naVragen.piek)} | ${mb(m.inRust.rss)} | ${(m.publicatieMs / 1000).toFixed(1)} | ${mb(m.naPublicatie.rss)} | ${mb(m.naPublicatie.piek)} | ${mb(m.naVraag.heapUsed)} | ${(m.gereedMs / 1000).toFixed(1)} |`,
  );
}
const out = waarde('--out');
if (out) writeFileSync(out, JSON.stringify({ ministerie: instelling.naam, importwijze, node: process.version, nodeOpties, metingen }, null, 2));
