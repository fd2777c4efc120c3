// npm run repetitie -- [--out repetitie.json] [--seconden 45] [--verbindingen 16]
//
// Een repetitie van productie op één machine: de gecompileerde stapel (npm run build) met
// drie gatewayreplica's achter HAProxy (uit Debian, geïnstalleerd als hij ontbreekt), een
// eigen Redis en eigen SQLite. Onder aanhoudende belasting (autocannon) gebeurt wat een
// platformteam meemaakt: een replica sterft (SIGKILL), een ministerie publiceert een editie,
// het programmateam publiceert een overzicht, Redis herstart, de replica komt terug. Gemeten:
// mislukte verzoeken, oude antwoorden na de bevestiging van de publicatie (op elke replica
// rechtstreeks), hoe lang het duurt tot elke replica de nieuwe editie geeft, hoeveel replica's
// na de bevestiging van een nieuw overzicht nog 404 zeggen (doel 0) en wanneer het op elke
// replica in de lijst staat, en het geheugen van elk proces in rust en onder belasting.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { request } from 'undici';
import { parse, stringify } from 'yaml';
import { nieuwGeheim, schrijfSleutels } from '../bench/koppen.js';
import { ANALYSE, MINISTERIEPROCES, OVERZICHTENREGISTER, SUBGRAFEN } from '../kern/config.js';
import { gecompileerdPad, imageNodeOptions } from './bouwplan.js';
import { Procesgroep, rssMb, vrijePoort } from './procesgroep.js';

const { values: argumenten } = parseArgs({
  options: { out: { type: 'string' }, seconden: { type: 'string', default: '45' }, verbindingen: { type: 'string', default: '16' } },
});
const SECONDEN = Number(argumenten.seconden);
const VERBINDINGEN = Number(argumenten.verbindingen);
if (!(SECONDEN >= 30) || !(VERBINDINGEN > 0)) {
  console.error('Gebruik: npm run repetitie -- [--out <bestand.json>] [--seconden <minstens 30>] [--verbindingen <C>]');
  process.exit(2);
}
const REPLICAS = 3;
const wortel = fileURLToPath(new URL('../', import.meta.url));
const lokaal = (poort: number, pad = '') => `http://127.0.0.1:${poort}${pad}`;
const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (regel: string) => console.log(`[repetitie ${new Date().toISOString().slice(11, 23)}] ${regel}`);

/** Installeert een Debian-pakket als zijn programma ontbreekt (HAProxy, Redis). */
function zorgVoor(programma: string, pakket: string): void {
  if (spawnSync('sh', ['-c', `command -v ${programma}`]).status === 0) return;
  log(`${programma} ontbreekt: apt-get install ${pakket} …`);
  const installatie = spawnSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pakket}`], { stdio: 'inherit' });
  if (installatie.status !== 0) throw new Error(`${pakket} installeren mislukte; installeer het met apt-get install ${pakket} en probeer opnieuw.`);
}

/** HAProxy voor de gatewayreplica's: gezondheidscontrole op /health/ready en opnieuw proberen op een andere replica. */
function haproxyConfig(poort: number, replicas: number[]): string {
  return `global
  maxconn 4096
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  # Een verzoek dat een gestorven replica niet beantwoordt (geen verbinding, leeg antwoord,
  # 502/503/504), gaat opnieuw naar een andere replica. Dat kan: een query verandert niets.
  retries 3
  option redispatch 1
  option http-buffer-request
  retry-on conn-failure empty-response junk-response response-timeout 502 503 504
frontend thuis
  bind 127.0.0.1:${poort}
  # Een publicatie nooit twee keer: alleen opnieuw als de verbinding niet eens lukte.
  http-request disable-l7-retry if { path_beg /edities }
  http-request disable-l7-retry if METH_POST { path_beg /overzichten }
  default_backend gateways
backend gateways
  balance roundrobin
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 250ms fastinter 100ms fall 2 rise 2 on-marked-down shutdown-sessions
${replicas.map((p, i) => `  server gateway${i + 1} 127.0.0.1:${p} check`).join('\n')}
`;
}

interface Verzoek {
  naam: string;
  body: string;
}

/** Wat dashboards en partners vragen: de bench-operaties (ook de analyse over alle ministeries). */
function mengsel(): Verzoek[] {
  const map = new URL('../bench/operaties/', import.meta.url);
  const namen = ['alle-groepen', 'een-groep', 'leeftijdsgrenzen', 'tegenwerkende-prikkels'];
  const bestanden = namen.map((n) => `${n}.graphql`).filter((f) => existsSync(new URL(f, map)));
  const gevonden = bestanden.map((f) => ({ naam: f.replace('.graphql', ''), body: JSON.stringify({ query: readFileSync(new URL(f, map), 'utf8') }) }));
  return gevonden.length > 0
    ? gevonden
    : [
        { naam: 'groepen', body: JSON.stringify({ query: '{ aandachtsgroepen { code naam } }' }) },
        { naam: 'prikkels', body: JSON.stringify({ query: '{ analyse { prikkeltelling { totaal } } }' }) },
      ];
}

/** Een editie van BZK die één doel een kenmerk geeft dat de controlevraag ziet. */
function editie(): { yaml: string; kenmerk: string } {
  const bron = parse(readFileSync(new URL('../subgraphs/bzk/data/2021-07-08.yaml', import.meta.url), 'utf8')) as { doelen: { code: string; omschrijving: string }[] };
  const kenmerk = `repetitie ${randomBytes(4).toString('hex')}`;
  const doel = { ...bron.doelen[0], omschrijving: `${bron.doelen[0].omschrijving} [${kenmerk}]` };
  return { yaml: stringify({ departement: 'BZK', editie: '2022-01-01', omschrijving: `Repetitie, ${kenmerk}`, doelen: [doel] }), kenmerk };
}
const CONTROLE = JSON.stringify({ query: '{ aandachtsgroep(code: STUDENTEN) { bzk { doelen { code omschrijving } } } }' });

/** Een overzicht van het programmateam: de doelen van BZK voor één groep. */
const overzicht = (naam: string) =>
  JSON.stringify({
    naam,
    titel: 'Repetitie: doelen per groep',
    omschrijving: 'De doelen van BZK voor één aandachtsgroep, gepubliceerd onder belasting.',
    document: 'query RepetitieDoelen($code: AandachtsgroepCode!) { aandachtsgroep(code: $code) { code naam bzk { doelen { code naam } } } }',
    rijen: 'aandachtsgroep.bzk.doelen',
    standaardwaarden: { code: 'STUDENTEN' },
  });

async function main(): Promise<number> {
  zorgVoor('haproxy', 'haproxy');
  zorgVoor('redis-server', 'redis-server');
  if (!existsSync(join(wortel, gecompileerdPad('gateway/index.ts')))) {
    log('dist/ ontbreekt: npm run build …');
    if (spawnSync('npm', ['run', 'build'], { cwd: wortel, stdio: 'inherit' }).status !== 0) throw new Error('npm run build mislukte');
  }
  const map = mkdtempSync(join(tmpdir(), 'thuis-repetitie-'));
  const groep = new Procesgroep();
  const pids: Record<string, number | undefined> = {};
  const losse: ChildProcess[] = [];
  let redis: ChildProcess | undefined;
  const opruimen = async () => {
    await groep.stop();
    for (const p of [...losse, redis]) p?.kill('SIGKILL');
    rmSync(map, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void opruimen().then(() => process.exit(130)));

  try {
    // Een eigen Redis, zodat zijn herstart niemand anders op deze machine raakt.
    const redispoort = await vrijePoort();
    const startRedis = () => {
      redis = spawn('redis-server', ['--port', String(redispoort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      pids.redis = redis.pid;
    };
    startRedis();
    await wacht(300);

    const { pad: sleutelbestand, sleutels } = schrijfSleutels(map, 'repetitie', ['analist', 'redacteur:BZK', 'samensteller', 'partner'] as const);
    const gemeenschappelijk: NodeJS.ProcessEnv = {
      NODE_ENV: 'production',
      NODE_OPTIONS: imageNodeOptions(),
      SUBGRAAF_GEHEIM: nieuwGeheim(),
      REDIS_URL: `redis://127.0.0.1:${redispoort}`,
      LOG_LEVEL: 'warn',
    };
    const start = async (naam: string, bron: string, omgeving: NodeJS.ProcessEnv, poort: number) => {
      const kind = groep.start(naam, [process.execPath, gecompileerdPad(bron)], {
        omgeving: { ...gemeenschappelijk, ...omgeving, PORT: String(poort) },
        uitvoer: 'stil',
      });
      pids[naam] = kind.pid;
      await groep.wachtOp(lokaal(poort, '/health/ready'), naam, 90);
      return kind;
    };

    const begonnen = performance.now();
    const urls: NodeJS.ProcessEnv = {};
    // Eerst alle poorten: het leesmodel van de analyselaag moet de adressen van de ministeries kennen.
    const poorten = await Promise.all(SUBGRAFEN.map(() => vrijePoort()));
    for (const [i, s] of SUBGRAFEN.entries()) urls[s.urlVariabele] = lokaal(poorten[i], '/graphql');
    const ministeries = { ...urls };
    await Promise.all([
      ...SUBGRAFEN.map((s, i) => start(s.naam, MINISTERIEPROCES, { ...s.procesomgeving, [s.sqliteVariabele]: join(map, `${s.naam}.sqlite`), [s.databaseVariabele]: '' }, poorten[i])),
      (async () => {
        const poort = await vrijePoort();
        urls[ANALYSE.urlVariabele] = lokaal(poort, '/graphql');
        await start(ANALYSE.naam, 'subgraphs/analyse/index.ts', ministeries, poort);
      })(),
    ]);
    // Het overzichtenregister met een eigen SQLite; elke gateway leest het.
    const registerpoort = await vrijePoort();
    await start(OVERZICHTENREGISTER.naam, OVERZICHTENREGISTER.proces, { [OVERZICHTENREGISTER.sqliteVariabele]: join(map, 'overzichten.sqlite'), [OVERZICHTENREGISTER.databaseVariabele]: '' }, registerpoort);
    const gatewaypoorten = await Promise.all(Array.from({ length: REPLICAS }, vrijePoort));
    const gatewayOmgeving = { ...urls, [OVERZICHTENREGISTER.urlVariabele]: lokaal(registerpoort), API_SLEUTELBESTAND: sleutelbestand };
    const gateways = await Promise.all(gatewaypoorten.map((p, i) => start(`gateway${i + 1}`, 'gateway/index.ts', gatewayOmgeving, p)));
    const startduurMs = Math.round(performance.now() - begonnen);

    const lbpoort = await vrijePoort();
    writeFileSync(join(map, 'haproxy.cfg'), haproxyConfig(lbpoort, gatewaypoorten));
    const haproxy = spawn('haproxy', ['-f', join(map, 'haproxy.cfg'), '-db'], { stdio: ['ignore', 'ignore', 'pipe'] });
    losse.push(haproxy);
    pids.haproxy = haproxy.pid;
    await groep.wachtOp(lokaal(lbpoort, '/health/ready'), 'haproxy', 20);
    log(`stapel gereed in ${startduurMs} ms: ${REPLICAS} gateways achter HAProxy op ${lokaal(lbpoort)}`);

    const koppen = { 'content-type': 'application/json', authorization: `Bearer ${sleutels.analist}` };
    const verzoeken = mengsel();
    // Opwarmen via elke replica, zodat elke responscache het oude antwoord bewaart.
    for (const p of gatewaypoorten) for (const v of [...verzoeken, { naam: 'controle', body: CONTROLE }]) {
      await request(lokaal(p, '/graphql'), { method: 'POST', headers: koppen, body: v.body }).then((a) => a.body.dump());
    }
    await wacht(1000);
    const rssRust = Object.fromEntries(Object.entries(pids).map(([naam, pid]) => [naam, rssMb(pid)]));
    const rssLast: Record<string, number> = {};
    const meetLast = () => {
      for (const [naam, pid] of Object.entries(pids)) {
        const mb = rssMb(pid);
        if (mb !== null) rssLast[naam] = Math.max(rssLast[naam] ?? 0, mb);
      }
    };

    let graphqlFouten = 0;
    const foutvoorbeelden = new Map<string, number>();
    const belasting = autocannon({
      url: lokaal(lbpoort, '/graphql'),
      connections: VERBINDINGEN,
      duration: SECONDEN,
      timeout: 10,
      requests: verzoeken.map((v) => ({
        method: 'POST',
        path: '/graphql',
        headers: koppen,
        body: v.body,
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors"')) {
            graphqlFouten += 1;
            const kort = `${v.naam}: ${body.slice(body.indexOf('"errors"'), body.indexOf('"errors"') + 160)}`;
            foutvoorbeelden.set(kort, (foutvoorbeelden.get(kort) ?? 0) + 1);
          }
        },
      })),
    });
    const tijdlijn: { t: number; gebeurtenis: string }[] = [];
    const t0 = performance.now();
    const gebeurd = (gebeurtenis: string) => {
      tijdlijn.push({ t: Math.round(performance.now() - t0), gebeurtenis });
      log(gebeurtenis);
    };
    const lastmeter = setInterval(meetLast, 500);

    // Het draaiboek, onder belasting.
    const draaiboek = (async () => {
      await wacht(SECONDEN * 120);
      gateways[1].kill('SIGKILL');
      gebeurd('gateway2 gedood (SIGKILL)');

      await wacht(SECONDEN * 120);
      const { yaml, kenmerk } = editie();
      const antwoord = await request(lokaal(lbpoort, '/edities/bzk'), {
        method: 'POST',
        headers: { 'content-type': 'application/yaml', authorization: `Bearer ${sleutels['redacteur:BZK']}` },
        body: yaml,
      });
      const tekst = await antwoord.body.text();
      const bevestigd = performance.now();
      gebeurd(`publicatie van BZK bevestigd: HTTP ${antwoord.statusCode}`);
      if (antwoord.statusCode >= 300) throw new Error(`publicatie geweigerd: HTTP ${antwoord.statusCode} ${tekst.slice(0, 300)}`);
      // Na de bevestiging: elke levende replica rechtstreeks, tot elk de nieuwe editie geeft.
      const levend = gatewaypoorten.filter((_, i) => i !== 1);
      const zichtbaarOp = new Map<number, number>();
      let oud = 0;
      for (let ronde = 0; ronde < 100 && zichtbaarOp.size < levend.length; ronde++) {
        await Promise.all(
          levend.map(async (p) => {
            const a = await request(lokaal(p, '/graphql'), { method: 'POST', headers: koppen, body: CONTROLE });
            if ((await a.body.text()).includes(kenmerk)) {
              if (!zichtbaarOp.has(p)) zichtbaarOp.set(p, performance.now() - bevestigd);
            } else oud += 1;
          }),
        );
        await wacht(10);
      }
      // Nog een tijd blijven kijken: ook later mag geen replica terugvallen op het oude antwoord.
      for (let ronde = 0; ronde < 20; ronde++) {
        for (const p of levend) {
          const a = await request(lokaal(p, '/graphql'), { method: 'POST', headers: koppen, body: CONTROLE });
          if (!(await a.body.text()).includes(kenmerk)) oud += 1;
        }
        await wacht(25);
      }
      const zichtbaarMs = zichtbaarOp.size === levend.length ? Math.round(Math.max(...zichtbaarOp.values())) : null;
      gebeurd(`nieuwe editie op elke levende replica na ${zichtbaarMs ?? '—'} ms; ${oud} oude antwoorden na de bevestiging`);

      // Het programmateam publiceert twee overzichten, onder belasting, via HAProxy.
      const publiceerOverzicht = async (naam: string) => {
        const a = await request(lokaal(lbpoort, '/overzichten'), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${sleutels.samensteller}` }, body: overzicht(naam) });
        const t = await a.body.text();
        if (a.statusCode !== 201) throw new Error(`overzicht ${naam} geweigerd: HTTP ${a.statusCode} ${t.slice(0, 300)}`);
        return performance.now();
      };
      const partner = { authorization: `Bearer ${sleutels.partner}` };
      // 1. Wanneer staat het op elke replica in de lijst (GET /overzichten), alleen door het bericht
      //    via Redis of de controle van het register? Niemand vraagt er intussen naar.
      const naamLijst = `repetitie-lijst-${randomBytes(3).toString('hex')}`;
      const lijstBevestigd = await publiceerOverzicht(naamLijst);
      const inLijstOp = new Map<number, number>();
      for (let ronde = 0; ronde < 600 && inLijstOp.size < levend.length; ronde++) {
        await Promise.all(
          levend.filter((p) => !inLijstOp.has(p)).map(async (p) => {
            const a = await request(lokaal(p, '/overzichten'), { headers: partner });
            if ((await a.body.text()).includes(`"naam":"${naamLijst}"`)) inLijstOp.set(p, performance.now() - lijstBevestigd);
          }),
        );
        await wacht(5);
      }
      const overzichtZichtbaarMs = inLijstOp.size === levend.length ? Math.round(Math.max(...inLijstOp.values())) : null;
      // 2. Meteen na de bevestiging, elke replica rechtstreeks, een seconde lang: nooit 404.
      const naamVraag = `repetitie-vraag-${randomBytes(3).toString('hex')}`;
      const vraagBevestigd = await publiceerOverzicht(naamVraag);
      let overzicht404 = 0;
      let overzichtVragen = 0;
      const antwoordtOp = new Map<number, number>();
      while (performance.now() - vraagBevestigd < 1000) {
        await Promise.all(
          levend.map(async (p) => {
            const a = await request(lokaal(p, `/overzichten/${naamVraag}?formaat=csv`), { headers: partner });
            await a.body.dump();
            overzichtVragen += 1;
            if (a.statusCode === 404) overzicht404 += 1;
            else if (a.statusCode === 200 && !antwoordtOp.has(p)) antwoordtOp.set(p, performance.now() - vraagBevestigd);
          }),
        );
        await wacht(10);
      }
      const overzichtAntwoordtMs = antwoordtOp.size === levend.length ? Math.round(Math.max(...antwoordtOp.values())) : null;
      gebeurd(
        `overzichten gepubliceerd: ${naamLijst} op elke levende replica in de lijst na ${overzichtZichtbaarMs ?? '—'} ms; ` +
          `${naamVraag}: ${overzicht404} keer 404 in ${overzichtVragen} vragen na de bevestiging, op elke replica 200 na ${overzichtAntwoordtMs ?? '—'} ms`,
      );

      await wacht(SECONDEN * 80);
      redis?.kill('SIGKILL');
      gebeurd('Redis gestopt');
      await wacht(1000);
      startRedis();
      gebeurd('Redis herstart');

      await wacht(SECONDEN * 100);
      const terug = await start('gateway2', 'gateway/index.ts', gatewayOmgeving, gatewaypoorten[1]);
      gateways[1] = terug;
      gebeurd('gateway2 terug en gereed');
      // De teruggekeerde replica mag de oude editie evenmin geven, en kent de nieuwe overzichten.
      const a = await request(lokaal(gatewaypoorten[1], '/graphql'), { method: 'POST', headers: koppen, body: CONTROLE });
      if (!(await a.body.text()).includes(kenmerk)) oud += 1;
      for (const naam of [naamLijst, naamVraag]) {
        const o = await request(lokaal(gatewaypoorten[1], `/overzichten/${naam}`), { headers: partner });
        await o.body.dump();
        overzichtVragen += 1;
        if (o.statusCode === 404) overzicht404 += 1;
      }
      return { oud, zichtbaarMs, overzichtZichtbaarMs, overzicht404, overzichtVragen, overzichtAntwoordtMs };
    })();

    const [uitslag, publicatie] = await Promise.all([belasting, draaiboek]);
    clearInterval(lastmeter);
    meetLast();

    const mislukt = uitslag.errors + uitslag.timeouts + uitslag.non2xx + graphqlFouten;
    const resultaat = {
      replicas: REPLICAS,
      requests: uitslag.requests.total,
      failed: mislukt,
      staleAnswersAfterPublication: publicatie.oud,
      publicationVisibleMs: publicatie.zichtbaarMs,
      overzicht: {
        nietGevondenNaBevestiging: publicatie.overzicht404,
        vragen: publicatie.overzichtVragen,
        inLijstOpElkeReplicaMs: publicatie.overzichtZichtbaarMs,
        antwoordtOpElkeReplicaMs: publicatie.overzichtAntwoordtMs,
      },
      rssMb: rssLast,
      rssMbRust: rssRust,
      rssMbTotaal: { rust: Object.values(rssRust).reduce((n: number, x) => n + (x ?? 0), 0), last: Object.values(rssLast).reduce((n, x) => n + x, 0) },
      doorvoerPerSeconde: Math.round(uitslag.requests.average),
      latentieMs: { p50: uitslag.latency.p50, p99: uitslag.latency.p99, max: uitslag.latency.max },
      mislukkingen: { verbindingsfouten: uitslag.errors, timeouts: uitslag.timeouts, niet2xx: uitslag.non2xx, graphqlFouten },
      startduurMs,
      seconden: SECONDEN,
      verbindingen: VERBINDINGEN,
      tijdlijn,
    };
    console.log(`
Repetitie: ${REPLICAS} gateways achter HAProxy, ${VERBINDINGEN} verbindingen, ${SECONDEN} s
  verzoeken            ${resultaat.requests} (${resultaat.doorvoerPerSeconde}/s, p50 ${resultaat.latentieMs.p50} ms, p99 ${resultaat.latentieMs.p99} ms)
  mislukt              ${mislukt} (verbinding ${uitslag.errors}, timeout ${uitslag.timeouts}, niet-2xx ${uitslag.non2xx}, GraphQL-fout ${graphqlFouten})
  oude antwoorden na de bevestiging van de publicatie: ${publicatie.oud}
  nieuwe editie op elke replica na ${publicatie.zichtbaarMs ?? '—'} ms
  nieuw overzicht: ${publicatie.overzicht404} keer 404 na de bevestiging (doel 0, in ${publicatie.overzichtVragen} vragen); op elke replica in de lijst na ${publicatie.overzichtZichtbaarMs ?? '—'} ms, 200 na ${publicatie.overzichtAntwoordtMs ?? '—'} ms
  start van de stapel  ${startduurMs} ms
  geheugen (RSS, MB)   rust → onder belasting (hoogste)
${Object.keys(rssRust).map((n) => `    ${n.padEnd(10)} ${String(rssRust[n] ?? '—').padStart(5)} → ${String(rssLast[n] ?? '—').padStart(5)}`).join('\n')}
    totaal     ${String(resultaat.rssMbTotaal.rust).padStart(5)} → ${String(resultaat.rssMbTotaal.last).padStart(5)}`);
    for (const [fout, aantal] of [...foutvoorbeelden].slice(0, 5)) console.log(`  ${aantal}× ${fout}`);
    if (argumenten.out) writeFileSync(argumenten.out, `${JSON.stringify(resultaat, null, 2)}\n`);
    const overzichtGoed = publicatie.overzicht404 === 0 && publicatie.overzichtZichtbaarMs !== null && publicatie.overzichtZichtbaarMs < 1000;
    return mislukt === 0 && publicatie.oud === 0 && publicatie.zichtbaarMs !== null && overzichtGoed ? 0 : 1;
  } finally {
    await opruimen();
  }
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(`[repetitie] ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
}
