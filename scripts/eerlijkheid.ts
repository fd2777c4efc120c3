// npm run bench:eerlijkheid -- [--duur S] [--verbindingen N] [--out FILE]
//
// Kan één client de rest laten wachten? Start de stapel zoals in productie (eigen processen,
// sleutels, Redis) en meet drie dingen die issue 20 eist, elk met zijn doel:
// 1. Eerlijkheid: één analist vloedt de duurste toegelaten vraag (negen analysevelden, met
//    steeds andere aliassen zodat niets uit de cache komt) over N verbindingen; een andere
//    analist vraagt intussen een kleine vraag uit de cache. Doel: diens p99 < 50 ms, en geen
//    onderbreker die een subgraph pauzeert (een valse termijn door de eigen lus).
// 2. Geheugen: de gateway in rust, dan een vloed van steeds andere documenten, dan weer rust.
//    Doel: het RSS van de gateway komt binnen 90 s rust terug binnen 20 % van zijn rust.
// 3. Een vijandige publicatie: 1 MB haken naar SZW terwijl een client SZW bevraagt. Doel:
//    de vragen aan SZW lopen hooguit 100 ms langer dan zonder publicatie; de publicatie krijgt 422.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { request } from 'undici';
import { schrijfSleutels } from '../bench/koppen.js';
import { redisinstelling } from '../kern/wijzigingsbericht.js';
import { Procesgroep, rssMb } from './procesgroep.js';
import { startProductiestapel } from './productiestapel.js';

const { values: argumenten } = parseArgs({ options: { duur: { type: 'string', default: '10' }, verbindingen: { type: 'string', default: '50' }, out: { type: 'string' } } });
const duur = Number(argumenten.duur);
const verbindingen = Number(argumenten.verbindingen);

/** De aanval van issue 20: negen analysevelden, net onder de kostengrens (24.358 met de gegevens van nu). */
const ZWAAR = `{ analyse {
  tegenwerkendePrikkels { score instrument { code } doel { code } }
  prikkelmatrix { aantal sterksteScore }
  prikkeltelling { totaal }
  maatregelen { maatregel { code } }
  watAls(pakket: SPOEDPAKKET) { opgelost { score } }
  toezeggingen { code }
  lasten { dragers }
  monitoring { indicator adviezen { code } }
  indirectePrikkels { score }
} }`;
const KLEIN = JSON.stringify({ query: '{ aandachtsgroepen { code naam } }' });
const willekeurig = () => Math.random().toString(36).slice(2, 10);
/** Een andere alias per verzoek: een ander document en een ander antwoord, dus nooit uit de cache. */
const zwaarAnders = () => JSON.stringify({ query: ZWAAR.replace('tegenwerkendePrikkels {', `a${willekeurig()}: tegenwerkendePrikkels {`) });
/** Steeds een ander klein document (andere aliassen): elk moet geparst, gevalideerd en gepland worden. */
const kleinAnders = () => JSON.stringify({ query: `{ g${willekeurig()}: aandachtsgroepen { c${willekeurig()}: code } }` });

/** Zo lang mag de gateway na een vloed rusten voordat zijn geheugen terug moet zijn. */
const MAXIMALE_RUST_MS = 90_000;

const groep = new Procesgroep();
const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Meting {
  verzoeken: number;
  p50: number;
  p99: number;
  max: number;
  statussen: Record<string, number>;
}

function meting(r: autocannon.Result): Meting {
  const statussen: Record<string, number> = {};
  for (const [code, n] of Object.entries(r.statusCodeStats ?? {})) statussen[code] = n?.count ?? 0;
  return { verzoeken: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, statussen };
}

async function metrieken(basis: string, sleutel: string): Promise<Record<string, number>> {
  const tekst = await (await request(`${basis}/metrics`, { headers: { 'x-api-key': sleutel } })).body.text();
  const waarden: Record<string, number> = {};
  for (const regel of tekst.split('\n')) {
    const m = /^(thuis_[a-z_]+)(\{[^}]*\})? ([\d.e+-]+)$/.exec(regel);
    if (m) waarden[`${m[1]}${m[2] ?? ''}`] = Number(m[3]);
  }
  return waarden;
}

const som = (waarden: Record<string, number>, patroon: RegExp) => Object.entries(waarden).filter(([k]) => patroon.test(k)).reduce((t, [, v]) => t + v, 0);

async function main() {
  if (!(await redisinstelling())) throw new Error('geen Redis bereikbaar (REDIS_URL); de meting gebruikt de responscache zoals productie');
  const map = mkdtempSync(join(tmpdir(), 'thuis-eerlijkheid-'));
  // Wie vloedt (een analist), wie gewoon werkt en daarna publiceert (de redacteur van SZW, die als analist leest), en beheer (metrieken).
  const { pad, sleutels } = schrijfSleutels(map, 'eerlijk', ['analist', 'beheer', 'redacteur:SZW'] as const);
  console.log(`[eerlijkheid] stapel starten (productie, SQLite in ${map}) …`);
  const stapel = await startProductiestapel(groep, { map, apiSleutelbestand: pad, meld: (m) => console.error(`[eerlijkheid] ${m}`) });
  const basis = stapel.url.replace(/\/graphql$/, '');
  await groep.wachtOp(`${basis}/health/ready`, 'gateway (opgewarmd)', 120);
  const koppen = (sleutel: string) => ({ 'content-type': 'application/json', 'x-api-key': sleutel });
  const vloeder = koppen(sleutels.analist);
  const gewoon = koppen(sleutels['redacteur:SZW']);

  // De kleine vraag in de cache, en de zware één keer om te zien dat ze is toegelaten.
  await request(stapel.url, { method: 'POST', headers: gewoon, body: KLEIN }).then((r) => r.body.dump());
  const proef = await request(stapel.url, { method: 'POST', headers: vloeder, body: zwaarAnders() });
  const kosten = proef.headers['x-kosten'];
  await proef.body.dump();
  if (proef.statusCode !== 200) throw new Error(`de zware vraag is niet toegelaten (HTTP ${proef.statusCode})`);
  console.log(`[eerlijkheid] de zware vraag kost ${kosten} (grens 25000)`);

  // 1. Eerlijkheid.
  const rustig = await autocannon({ url: stapel.url, connections: 1, duration: 5, method: 'POST', headers: gewoon, body: KLEIN });
  const voor = await metrieken(basis, sleutels.beheer);
  const [vloed, tijdens] = await Promise.all([
    autocannon({ url: stapel.url, connections: verbindingen, duration: duur, method: 'POST', headers: vloeder, requests: [{ setupRequest: (v) => ({ ...v, body: zwaarAnders() }) }] }),
    autocannon({ url: stapel.url, connections: 1, duration: duur, method: 'POST', headers: gewoon, body: KLEIN }),
  ]);
  const na = await metrieken(basis, sleutels.beheer);
  const pauzes = som(na, /^thuis_subgraaf_fouten_totaal\{.*uitkomst="(gepauzeerd|termijn_verlopen)"/) - som(voor, /^thuis_subgraaf_fouten_totaal\{.*uitkomst="(gepauzeerd|termijn_verlopen)"/);
  const gezondheid = (await (await request(`${basis}/health`)).body.json()) as { gepauzeerdeSubgraphs?: string[] };
  const eerlijkheid = {
    zwaarKost: Number(kosten),
    andereClientZonderVloed: meting(rustig),
    andereClientTijdensVloed: meting(tijdens),
    vloed: meting(vloed),
    lusachterstandMaxS: na['thuis_nodejs_eventloop_lag_max_seconds{proces="gateway"}'] ?? null,
    valseTermijnenOfPauzes: pauzes,
    gepauzeerdNaVloed: gezondheid.gepauzeerdeSubgraphs ?? [],
  };
  console.log(`[eerlijkheid] andere client: p99 ${rustig.latency.p99} ms zonder vloed, ${tijdens.latency.p99} ms tijdens (doel < 50 ms); vloed: ${JSON.stringify(eerlijkheid.vloed.statussen)}; termijnen/pauzes: ${pauzes}`);

  // 2. Geheugen onder een vloed van steeds andere documenten.
  await wacht(5000);
  const heap = async () => {
    const m = await metrieken(basis, sleutels.beheer);
    const mb = (naam: string) => Math.round((m[`${naam}{proces="gateway"}`] ?? 0) / 2 ** 20);
    return { heapGebruiktMb: mb('thuis_nodejs_heap_size_used_bytes'), heapTotaalMb: mb('thuis_nodejs_heap_size_total_bytes'), externMb: mb('thuis_nodejs_external_memory_bytes') };
  };
  const rust = rssMb(stapel.pids.gateway);
  const heapRust = await heap();
  const documentvloed = await autocannon({ url: stapel.url, connections: 20, duration: 20, method: 'POST', headers: gewoon, requests: [{ setupRequest: (v) => ({ ...v, body: kleinAnders() }) }] });
  const piek = rssMb(stapel.pids.gateway);
  const heapPiek = await heap();
  // V8 geeft geheugen terug als de gateway een tijd rustig is (de 'memory reducer' van V8
  // doet dan volledige opruimrondes); hoe lang dat duurt, meet de bench mee.
  const grens = rust ? rust * 1.2 : Number.POSITIVE_INFINITY;
  const naVloed = performance.now();
  let terug = rssMb(stapel.pids.gateway);
  while ((terug ?? Number.POSITIVE_INFINITY) > grens && performance.now() - naVloed < MAXIMALE_RUST_MS) {
    await wacht(5000);
    terug = rssMb(stapel.pids.gateway);
  }
  const terugNaS = Math.round((performance.now() - naVloed) / 1000);
  const heapTerug = await heap();
  const geheugen = {
    rustMb: rust,
    piekMb: piek,
    naVloedMb: terug,
    terugNaS,
    heap: { rust: heapRust, piek: heapPiek, naVloed: heapTerug },
    documenten: documentvloed.requests.total,
    statussen: meting(documentvloed).statussen,
    verhouding: rust && terug ? Math.round((terug / rust) * 100) / 100 : null,
  };
  console.log(
    `[eerlijkheid] gateway-RSS: rust ${rust} MB, na ${documentvloed.requests.total} verschillende documenten ${piek} MB, ${terugNaS} s later ${terug} MB (doel ≤ ${Math.round(grens)} MB binnen ${MAXIMALE_RUST_MS / 1000} s rust)`,
  );

  // 3. Een vijandige publicatie terwijl SZW bevraagd wordt.
  const szwVraag = JSON.stringify({ query: '{ aandachtsgroep(code: DAK_EN_THUISLOZEN) { szw { instrumenten { code } } } }' });
  const zonder = meting(await autocannon({ url: stapel.url, connections: 1, duration: 3, method: 'POST', headers: gewoon, requests: [{ setupRequest: (v) => ({ ...v, body: szwVraag.replace('code }', `c${willekeurig()}: code }`) }) }] }));
  const hostiel = `departement: SZW\neditie: 2024-10-01\ncijfers: ${'['.repeat(1_000_000)}`;
  const metPublicatie = autocannon({ url: stapel.url, connections: 1, duration: 3, method: 'POST', headers: gewoon, requests: [{ setupRequest: (v) => ({ ...v, body: szwVraag.replace('code }', `c${willekeurig()}: code }`) }) }] });
  await wacht(300);
  const begin = performance.now();
  const publicatie = await request(`${basis}/edities/szw`, { method: 'POST', headers: { 'content-type': 'application/yaml', 'x-api-key': sleutels['redacteur:SZW'] }, body: hostiel });
  const publicatieMs = Math.round(performance.now() - begin);
  const publicatieStatus = publicatie.statusCode;
  await publicatie.body.dump();
  const met = meting(await metPublicatie);
  const publicatieuitkomst = { status: publicatieStatus, duurMs: publicatieMs, szwZonder: zonder, szwTijdens: met, extraMaxMs: Math.max(0, met.max - zonder.max) };
  console.log(`[eerlijkheid] vijandige editie: ${publicatieStatus} na ${publicatieMs} ms; SZW-vraag max ${zonder.max} ms zonder, ${met.max} ms tijdens (doel: hooguit 100 ms langer)`);

  const doelen = {
    'p99 andere client < 50 ms': tijdens.latency.p99 < 50,
    'geen valse termijn of pauze': pauzes === 0 && eerlijkheid.gepauzeerdNaVloed.length === 0,
    'RSS binnen 90 s terug binnen 20 % van rust': geheugen.verhouding !== null && geheugen.verhouding <= 1.2,
    'vijandige editie: 422, SZW hooguit 100 ms trager': publicatieStatus === 422 && publicatieuitkomst.extraMaxMs <= 100,
  };
  console.log('\n| doel | gehaald |\n| --- | --- |');
  for (const [doel, gehaald] of Object.entries(doelen)) console.log(`| ${doel} | ${gehaald ? 'ja' : 'NEE'} |`);
  const rapport = { datum: new Date().toISOString(), duurS: duur, verbindingen, eerlijkheid, geheugen, publicatie: publicatieuitkomst, doelen };
  if (argumenten.out) writeFileSync(argumenten.out, JSON.stringify(rapport, null, 2));
  console.log(`\n${JSON.stringify(rapport, null, 2)}`);
  await groep.stop();
  process.exit(Object.values(doelen).every(Boolean) ? 0 : 1);
}

main().catch(async (fout: unknown) => {
  console.error(`[eerlijkheid] ${fout instanceof Error ? fout.message : fout}`);
  await groep.stop();
  process.exit(1);
});
