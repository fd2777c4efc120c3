// npm run bench:sporen -- [--verzoeken N] [--verbindingen C] [--out FILE]
//
// Wat kosten sporen (OpenTelemetry)? Dezelfde stapel zoals in productie (eigen processen,
// sleutels, geheim), drie keer gestart: zonder OTEL_* (uit: geen SDK), met sporen naar een
// collector die dit script zelf start (een kleine OTLP/HTTP-ontvanger die POST /v1/traces telt),
// en met sporen naar een collector die weg is (een poort waar niemand luistert). Elke keer N
// keer dezelfde tegenwerkendePrikkels-query over C verbindingen, zonder responscache (REDIS_URL=uit
// voor de gateway) en zonder budget, zodat elk verzoek de hele weg gaat: gateway, vijf
// ministeries, analyselaag. Drukt p50, p99 en verzoeken per seconde af, en hoeveel spans de
// collector kreeg. Geen doel: het is een meting, de cijfers staan in docs/prestaties.md.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { schrijfSleutels } from '../bench/koppen.js';
import { Procesgroep, vrijePoort } from './procesgroep.js';
import { startProductiestapel } from './productiestapel.js';

const { values: argumenten } = parseArgs({ options: { verzoeken: { type: 'string', default: '1000' }, verbindingen: { type: 'string', default: '8' }, out: { type: 'string' } } });
const verzoeken = Number(argumenten.verzoeken);
const verbindingen = Number(argumenten.verbindingen);
if (!(verzoeken > 0) || !(verbindingen > 0)) {
  console.error('Gebruik: npm run bench:sporen -- [--verzoeken <N>] [--verbindingen <C>] [--out <bestand.json>]');
  process.exit(2);
}

const PRIKKELS = JSON.stringify({ query: '{ analyse { tegenwerkendePrikkels { score instrument { code departement } doel { code departement } indicator } } }' });
/** Eerst zoveel verzoeken die niet meetellen: de werkthread van de planner, JIT, verbindingen. */
const OPWARMEN = 50;

interface Collector {
  url: string;
  posts: number;
  spans: number;
  stop(): Promise<void>;
}

/** Een OTLP/HTTP-ontvanger die alleen telt: hoeveel exports en hoeveel spans (JSON, zoals exporter-trace-otlp-http ze stuurt; elk span heeft één "spanId"). */
async function startCollector(): Promise<Collector> {
  const telling = { posts: 0, spans: 0 };
  const server: Server = createServer((req, res) => {
    const stukken: Buffer[] = [];
    req.on('data', (s: Buffer) => stukken.push(s));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/v1/traces') {
        telling.posts += 1;
        // Tellen zonder te parsen: de ontvanger deelt de machine met autocannon, en moet de exporteurs niet ophouden.
        telling.spans += Buffer.concat(stukken).toString('utf8').split('"spanId"').length - 1;
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      } else res.writeHead(404).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get posts() {
      return telling.posts;
    },
    get spans() {
      return telling.spans;
    },
    stop: () => new Promise((r) => server.close(() => r())),
  };
}

interface Meting {
  variant: string;
  verzoeken: number;
  p50: number;
  p99: number;
  rps: number;
  fouten: number;
  statussen: Record<string, number>;
  spans?: number;
  exports?: number;
}

async function meetVariant(variant: string, otel: NodeJS.ProcessEnv, collector?: Collector): Promise<Meting> {
  const groep = new Procesgroep();
  const map = mkdtempSync(join(tmpdir(), 'bench-sporen-'));
  const { pad, sleutels } = schrijfSleutels(map, 'sporen', ['analist']);
  console.log(`[sporen] ${variant}: stapel starten …`);
  try {
    const stapel = await startProductiestapel(groep, {
      map,
      apiSleutelbestand: pad,
      // Elk verzoek de hele weg: geen responscache, geen budget of grens aan zwaar werk die een vloed afremt.
      gateway: { REDIS_URL: 'uit', KOSTENBUDGET_PER_S: '0', ZWAAR_TEGELIJK: '0' },
      alle: otel,
      meld: (m) => console.error(`[sporen] ${m}`),
    });
    const koppen = { 'content-type': 'application/json', 'x-api-key': sleutels.analist };
    await autocannon({ url: stapel.url, connections: Math.min(verbindingen, 4), amount: OPWARMEN, method: 'POST', headers: koppen, body: PRIKKELS });
    // De spans van het opwarmen eerst weg (de SDK stuurt elke 5 s een batch), zodat de collector daarna alleen de meting telt.
    if (collector) await new Promise((r) => setTimeout(r, 6000));
    const voor = { posts: collector?.posts ?? 0, spans: collector?.spans ?? 0 };
    const r = await autocannon({ url: stapel.url, connections: verbindingen, amount: verzoeken, method: 'POST', headers: koppen, body: PRIKKELS });
    // De laatste batch gaat op de klok van de SDK (5 s). Niet op het stoppen rekenen: onder tsx
    // (node --import tsx) stopt SIGTERM een proces zonder dat stopBijSignaal (Sporen.stop) loopt.
    if (collector) await new Promise((r) => setTimeout(r, 6000));
    await groep.stop();
    const statussen: Record<string, number> = {};
    for (const [code, n] of Object.entries(r.statusCodeStats ?? {})) statussen[code] = n?.count ?? 0;
    return {
      variant,
      verzoeken: r.requests.total,
      p50: r.latency.p50,
      p99: r.latency.p99,
      rps: Math.round((r.requests.total / (r.duration || 1)) * 10) / 10,
      fouten: r.errors + r.non2xx,
      statussen,
      ...(collector && { spans: collector.spans - voor.spans, exports: collector.posts - voor.posts }),
    };
  } finally {
    await groep.stop();
  }
}

async function main() {
  const collector = await startCollector();
  const weg = `http://127.0.0.1:${await vrijePoort()}`;
  console.log(`[sporen] ${verzoeken} keer tegenwerkendePrikkels over ${verbindingen} verbindingen, per variant een verse stapel; collector op ${collector.url}`);
  const metingen: Meting[] = [];
  try {
    metingen.push(await meetVariant('uit (geen OTEL_*)', {}));
    metingen.push(await meetVariant('aan, naar de collector', { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url }, collector));
    metingen.push(await meetVariant('aan, collector weg', { OTEL_EXPORTER_OTLP_ENDPOINT: weg, OTEL_EXPORTER_OTLP_TIMEOUT: '1000' }));
  } finally {
    await collector.stop();
  }
  const uit = metingen[0];
  console.log('\n| sporen | verzoeken | p50 (ms) | p99 (ms) | verzoeken/s | fouten | spans bij de collector |\n| --- | --- | --- | --- | --- | --- | --- |');
  // Eén query is zo'n 30 spans (gateway, zes subgraphs, analyse); minder bij de collector: de SDK verwierp wat niet meer in zijn wachtrij paste.
  for (const m of metingen) {
    const verschil = m === uit ? '' : ` (${m.rps >= uit.rps ? '+' : ''}${Math.round(((m.rps - uit.rps) / uit.rps) * 1000) / 10} %)`;
    console.log(`| ${m.variant} | ${m.verzoeken} | ${m.p50} | ${m.p99} | ${m.rps}${verschil} | ${m.fouten} | ${m.spans === undefined ? '—' : `${m.spans} in ${m.exports} exports (${Math.round((m.spans / m.verzoeken) * 10) / 10} per verzoek)`} |`);
  }
  const rapport = { verzoeken, verbindingen, metingen };
  if (argumenten.out) writeFileSync(argumenten.out, `${JSON.stringify(rapport, null, 2)}\n`);
  console.log(`\n${JSON.stringify(rapport, null, 2)}`);
}

await main();
