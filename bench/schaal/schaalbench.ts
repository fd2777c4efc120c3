// npm run bench -- --schaal 1,5,20,50 [--out f.json] [--herhalingen N] [--termijn S] [--duur S] [--verbindingen N] [--bewaar]
//
// Issue 25: wat gebeurt er als elk ministerie k keer zoveel beleid vastlegt? Per k, na
// elkaar (twee kernen: nooit twee stapels tegelijk):
// 1. de edities van elk ministerie k keer, in een tijdelijke map (vermenigvuldig.ts);
// 2. de import in het eigen SQLite-bestand van elk ministerie (importeren.ts);
// 3. de stapel zoals in productie (scripts/productiestapel.ts) met <MINISTERIE>_DATA_MAP
//    op die map en zonder responscache (REDIS_URL=uit: zonder Redis zet de gateway elke
//    cache uit, kern/wijzigingsbericht.ts) en met NODE_OPTIONS uit de Dockerfile, tot /health/ready;
// 4. één client: één groep, de eerste pagina prikkels, het aantal, de leeftijdsgrenzen
//    (vragen.ts kiest de vorm die de supergraph heeft); een publicatie van BZK en wanneer
//    die in het antwoord staat; dan de doorvoer belast; RSS per proces.
// Elk verzoek heeft een termijn: een time-out is een uitkomst in de tabel, geen hangende bench.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingecheckteSupergraph } from '../../schema/gereedschap/compositie.js';
import { DEPARTEMENTEN, subgraaf } from '../../kern/config.js';
import { imageNodeOptions } from '../../scripts/bouwplan.js';
import { Procesgroep, rssMb } from '../../scripts/procesgroep.js';
import { startProductiestapel, type Productiestapel } from '../../scripts/productiestapel.js';
import { schrijfSleutels } from '../koppen.js';
import { meet } from '../meten.js';
import { importeerAlles } from './importeren.js';
import { meetVraag } from './latentie.js';
import { meetPublicatie } from './publicatie.js';
import { doeltabel, schaaldoelen, schaaltabel, type Opwarmmeting, type Schaalresultaat } from './rapport.js';
import { vermenigvuldig } from './vermenigvuldig.js';
import { schaalvragen, type Schaalvraag } from './vragen.js';

export interface Schaalinstellingen {
  k: number[];
  out?: string;
  /** Verzoeken per vraag bij één client, na één om op te warmen. */
  herhalingen: number;
  /** Termijn van elk verzoek in ms. */
  termijnMs: number;
  /** Seconden belast per vraag. */
  duur: number;
  verbindingen: number;
  /** De tijdelijke mappen laten staan (edities en databases), om na te kijken. */
  bewaar: boolean;
}

/** Hooguit zo lang per vraag bij één client: ook bij k=50 eindigt de bench. */
const BUDGET_PER_VRAAG_MS = 60_000;
/** autocannon wacht standaard 10 s op een antwoord (bench/meten.ts zet niets anders). */
const AUTOCANNON_TERMIJN_MS = 10_000;
/** Zo lang mag de stapel over gereed worden doen; daarna is deze k afgebroken. */
const GEREED_BINNEN_MS = 300_000;

export function leesSchaalinstellingen(args: readonly string[]): Schaalinstellingen {
  const waarde = (naam: string) => {
    const i = args.indexOf(naam);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const getal = (naam: string, standaard: number) => {
    const tekst = waarde(naam);
    const n = tekst === undefined ? standaard : Number(tekst);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${naam} ${tekst}: geef een positief getal`);
    return n;
  };
  const lijst = (waarde('--schaal') ?? '').split(',').filter((d) => d.trim() !== '').map(Number);
  if (lijst.length === 0 || lijst.some((k) => !Number.isInteger(k) || k < 1)) throw new Error(`--schaal ${waarde('--schaal') ?? ''}: geef factoren als 1,5,20,50`);
  return {
    k: lijst,
    out: waarde('--out'),
    herhalingen: getal('--herhalingen', 20),
    termijnMs: getal('--termijn', 30) * 1000,
    duur: getal('--duur', 5),
    verbindingen: getal('--verbindingen', 16),
    bewaar: args.includes('--bewaar'),
  };
}

const PROCESSEN = ['gateway', ...DEPARTEMENTEN.map((d) => subgraaf(d).naam), 'analyse', 'overzichten'];
const rss = (stapel: Productiestapel) => Object.fromEntries(PROCESSEN.map((p) => [p, rssMb(stapel.pids[p])]));
const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Wacht tot /health/ready 200 geeft, fijner dan Procesgroep.wachtOp: het opwarmen duurt soms maar een seconde. */
async function wachtOpGereed(basis: string): Promise<void> {
  const grens = performance.now() + GEREED_BINNEN_MS;
  while (performance.now() < grens) {
    try {
      if ((await fetch(`${basis}/health/ready`, { signal: AbortSignal.timeout(5000) })).ok) return;
    } catch {
      // nog niet
    }
    await wacht(50);
  }
  throw new Error(`de gateway was na ${GEREED_BINNEN_MS / 1000} s niet gereed`);
}

/** Luistert naar de melding van de gateway na het opwarmen; met LOG_LEVEL=warn komt die alleen als een overzicht mislukte. */
function volgOpwarmen(stapel: Productiestapel): () => { duurMs: number; melding: string } | null {
  let gevonden: { duurMs: number; melding: string } | null = null;
  let rest = '';
  stapel.processen.gateway?.stderr?.on('data', (d: Buffer) => {
    const regels = (rest + d.toString()).split('\n');
    rest = regels.pop() ?? '';
    for (const regel of regels) {
      try {
        const inhoud = JSON.parse(regel) as { msg?: unknown; duurMs?: unknown };
        if (typeof inhoud.msg === 'string' && inhoud.msg.startsWith('opgewarmd:') && typeof inhoud.duurMs === 'number') {
          gevonden = { duurMs: inhoud.duurMs, melding: inhoud.msg.replace(/^opgewarmd: /, '') };
        }
      } catch {
        // geen JSON-regel
      }
    }
  });
  return () => gevonden;
}

async function meetEenK(k: number, instellingen: Schaalinstellingen, vragen: Schaalvraag[], log: (tekst: string) => void): Promise<Schaalresultaat> {
  const map = mkdtempSync(join(tmpdir(), `thuis-schaal-k${k}-`));
  const groep = new Procesgroep();
  const stoppen = () => void groep.stop();
  process.once('SIGINT', stoppen);
  try {
    let begin = performance.now();
    const { mappen, bestanden } = vermenigvuldig({ k, doel: join(map, 'edities') });
    const genererenMs = Math.round(performance.now() - begin);
    log(`k=${k}: ${bestanden} edities in ${map} (${genererenMs} ms); importeren …`);
    const geimporteerd = await importeerAlles(map, mappen);
    log(`k=${k}: ${geimporteerd.rijen} rijen in ${(geimporteerd.ms / 1000).toFixed(1)} s; stapel starten …`);

    const { pad, sleutels } = schrijfSleutels(map, 'schaal', ['analist', 'redacteur:BZK', 'beheer'] as const);
    const koppen = { 'content-type': 'application/json', authorization: `Bearer ${sleutels.analist}` };
    // meet() (bench/meten.ts) stuurt de sleutel uit de omgeving mee, zoals in npm run bench.
    process.env.BENCH_SLEUTEL = sleutels.analist;
    const datamappen = Object.fromEntries(DEPARTEMENTEN.map((d) => [subgraaf(d).dataVariabele, mappen[d]]));
    begin = performance.now();
    const stapel = await startProductiestapel(groep, {
      map,
      apiSleutelbestand: pad,
      // Eén client: het budget per identiteit zou de belaste meting begrenzen, niet de stapel (zoals npm run bench).
      gateway: { KOSTENBUDGET_PER_S: '0' },
      ministerie: datamappen,
      // Met de vlaggen van de image (Dockerfile), zoals in productie: zonder die kleine jonge
      // generatie laat V8 na een piek veel meer opgeruimd geheugen als RSS staan.
      alle: { NODE_OPTIONS: imageNodeOptions() },
      meld: (m) => log(`k=${k}: ${m}`),
    });
    const gezond = performance.now();
    const opwarmmelding = volgOpwarmen(stapel);
    const basis = stapel.url.replace(/\/graphql$/, '');
    await wachtOpGereed(basis);
    const gereed = performance.now();
    const rssGereed = rss(stapel);
    log(`k=${k}: gereed na ${((gereed - begin) / 1000).toFixed(1)} s; vragen …`);

    const resultaat: Schaalresultaat = {
      k,
      bestanden,
      genererenMs,
      import: geimporteerd,
      gereedMs: Math.round(gereed - begin),
      opwarmen: { ms: Math.round(gereed - gezond), bron: 'gezondheid', mislukt: null },
      rssGereed,
      rssNa: {},
      vragen: {},
      publicatie: null,
      doorvoer: {},
    };
    const latentie = { url: stapel.url, koppen, herhalingen: instellingen.herhalingen, termijnMs: instellingen.termijnMs, budgetMs: BUDGET_PER_VRAAG_MS, basis, beheersleutel: sleutels.beheer };
    for (const v of vragen) {
      resultaat.vragen[v.naam] = await meetVraag(v, latentie);
      log(`k=${k}: ${v.titel}: ${JSON.stringify(resultaat.vragen[v.naam])}`);
    }
    resultaat.publicatie = await meetPublicatie({ basis, bzkMap: mappen.BZK, redacteursleutel: sleutels['redacteur:BZK'], analistkoppen: koppen, termijnMs: instellingen.termijnMs });
    log(`k=${k}: publicatie: ${JSON.stringify(resultaat.publicatie)}`);
    for (const v of vragen) {
      // Wat één client al niet krijgt, belasten met 16 verbindingen meet niets en kan bij grote k
      // gigabytes aan antwoorden tegelijk vragen op een machine die we delen.
      // Boven de termijn van autocannon (10 s) zou elk belast verzoek aflopen terwijl het werk doorloopt.
      const een = resultaat.vragen[v.naam];
      const bruikbaar = een !== undefined && een.timeouts === 0 && Object.keys(een.fouten).length === 0 && (een.p50 ?? Infinity) < AUTOCANNON_TERMIJN_MS;
      resultaat.doorvoer[v.naam] = bruikbaar ? await meet({ url: stapel.url, pid: stapel.pids.gateway, statistiek: [] }, v.body, { seconden: instellingen.duur, verbindingen: instellingen.verbindingen }) : null;
    }
    resultaat.rssNa = rss(stapel);
    const melding = opwarmmelding();
    if (melding) resultaat.opwarmen = { ms: melding.duurMs, bron: 'logboek', mislukt: melding.melding } satisfies Opwarmmeting;
    return resultaat;
  } finally {
    process.off('SIGINT', stoppen);
    await groep.stop();
    if (!instellingen.bewaar) rmSync(map, { recursive: true, force: true });
  }
}

/** Een k die niet af kwam, staat met haar reden in de tabel; de volgende k loopt gewoon. */
function afgebroken(k: number, fout: unknown): Schaalresultaat {
  return {
    k,
    bestanden: 0,
    genererenMs: 0,
    import: { ms: 0, rijen: 0, perMinisterie: {} as Schaalresultaat['import']['perMinisterie'] },
    gereedMs: 0,
    opwarmen: { ms: null, bron: 'gezondheid', mislukt: null },
    rssGereed: {},
    rssNa: {},
    vragen: {},
    publicatie: null,
    doorvoer: {},
    fout: fout instanceof Error ? fout.message : String(fout),
  };
}

export async function schaalbench(args: readonly string[]): Promise<void> {
  const instellingen = leesSchaalinstellingen(args);
  // Zonder Redis geen responscache (en geen budget in Redis): elke meting is ongecachet.
  process.env.REDIS_URL = 'uit';
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const vragen = schaalvragen(ingecheckteSupergraph());
  const log = (tekst: string) => console.log(`[schaal] ${tekst}`);
  for (const v of vragen) log(`${v.titel}: ${v.vorm}`);
  const begin = Date.now();
  const resultaten: Schaalresultaat[] = [];
  for (const k of instellingen.k) {
    try {
      resultaten.push(await meetEenK(k, instellingen, vragen, log));
    } catch (fout) {
      log(`k=${k} afgebroken: ${fout instanceof Error ? fout.message : fout}`);
      resultaten.push(afgebroken(k, fout));
    }
  }
  console.log(`\n## Schaal: k = ${instellingen.k.join(', ')} (zonder responscache, SQLite, ${instellingen.herhalingen} verzoeken per vraag na één om op te warmen, termijn ${instellingen.termijnMs / 1000} s)\n`);
  console.log(schaaltabel(resultaten, vragen, PROCESSEN, instellingen.verbindingen));
  console.log();
  for (const v of vragen) console.log(`- ${v.titel}: ${v.vorm}`);
  for (const r of resultaten.filter((x) => x.fout)) console.log(`- k=${r.k} afgebroken: ${r.fout}`);
  const doelen = schaaldoelen(resultaten);
  console.log(`\n${doeltabel(doelen)}`);
  if (instellingen.out) {
    const machine = { node: process.version, kernen: readFileSync('/proc/cpuinfo', 'utf8').match(/^processor/gm)?.length ?? 0 };
    writeFileSync(instellingen.out, `${JSON.stringify({ datum: new Date().toISOString(), machine, instellingen, vragen: vragen.map(({ naam, titel, vorm }) => ({ naam, titel, vorm })), resultaten, doelen }, null, 2)}\n`);
    console.log(`\nJSON geschreven naar ${instellingen.out}`);
  }
  console.log(`\nklaar in ${Math.round((Date.now() - begin) / 1000)} s`);
}
