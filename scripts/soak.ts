// npm run soak -- --minuten N [--verbindingen C] [--out soak.json]
//
// Duurbelasting op de hele stapel zoals in productie (eigen processen, eigen SQLite,
// sleutels en geheim): een mengsel van de bench-operaties en de vastgelegde
// overzichten, en elke minuut een publicatie van BZK via de API. Meldt fouten, p50 en
// p99 per minuut, hoe snel een publicatie zichtbaar is (en of er daarna nog een oud
// antwoord kwam), en het geheugen (RSS) van elk proces bij begin en eind.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { request } from 'undici';
import { parse, stringify } from 'yaml';
import { nieuwGeheim, schrijfSleutels } from '../bench/koppen.js';
import { leesOverzichten } from '../gateway/overzichten/register.js';
import { ANALYSE, MINISTERIEPROCES, SUBGRAFEN } from '../kern/config.js';
import { redisinstelling } from '../kern/wijzigingsbericht.js';
import { Procesgroep, rssMb, tsx } from './procesgroep.js';

const { values: argumenten } = parseArgs({
  options: { minuten: { type: 'string', default: '10' }, verbindingen: { type: 'string', default: '8' }, out: { type: 'string' } },
});
const minuten = Number(argumenten.minuten);
const verbindingen = Number(argumenten.verbindingen);
if (!(minuten > 0) || !(verbindingen > 0)) {
  console.error('Gebruik: npm run soak -- --minuten <N> [--verbindingen <C>] [--out <bestand.json>]');
  process.exit(2);
}

const POORT = { gateway: 4200, subgraaf: 4201 };
const lokaal = (poort: number, pad: string) => `http://127.0.0.1:${poort}${pad}`;
const groep = new Procesgroep();
const pids: Record<string, number> = {};
let gestopt = false;

const geheugen = () => Object.fromEntries(Object.entries(pids).map(([naam, pid]) => [naam, rssMb(pid)]));

async function startStapel(map: string, apiSleutelbestand: string): Promise<string> {
  const gemeenschappelijk: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    SUBGRAAF_GEHEIM: nieuwGeheim(),
    REDIS_VOORVOEGSEL: `thuis-soak-${process.pid}`,
    LOG_LEVEL: 'warn',
  };
  const start = (naam: string, bestand: string, omgeving: NodeJS.ProcessEnv, poort: number) => {
    const kind = groep.start(naam, tsx(bestand), {
      omgeving: { ...gemeenschappelijk, ...omgeving, PORT: String(poort) },
      uitvoer: 'stil',
      onverwachtGestopt: (melding) => {
        if (!gestopt) console.error(`[soak] ${melding}`);
      },
    });
    pids[naam] = kind.pid ?? 0;
    return groep.wachtOp(lokaal(poort, '/health'), naam, 120);
  };
  const urls: NodeJS.ProcessEnv = {};
  await Promise.all([
    ...SUBGRAFEN.map((s, i) => {
      urls[s.urlVariabele] = lokaal(POORT.subgraaf + i, '/graphql');
      return start(s.naam, MINISTERIEPROCES, { ...s.procesomgeving, [s.sqliteVariabele]: join(map, `${s.naam}.sqlite`), [s.databaseVariabele]: '' }, POORT.subgraaf + i);
    }),
    (() => {
      const poort = POORT.subgraaf + SUBGRAFEN.length;
      urls[ANALYSE.urlVariabele] = lokaal(poort, '/graphql');
      // Het leesmodel leest de ministeries zelf, op de adressen hierboven.
      const ministeries = Object.fromEntries(SUBGRAFEN.map((s, i) => [s.urlVariabele, lokaal(POORT.subgraaf + i, '/graphql')]));
      return start(ANALYSE.naam, 'subgraphs/analyse/index.ts', ministeries, poort);
    })(),
  ]);
  await start('gateway', 'gateway/index.ts', { ...urls, API_SLEUTELBESTAND: apiSleutelbestand }, POORT.gateway);
  return lokaal(POORT.gateway, '/graphql');
}

interface Verzoek {
  naam: string;
  body: string;
  sleutel: 'analist' | 'partner';
}

function mengsel(): Verzoek[] {
  const map = new URL('../bench/operaties/', import.meta.url);
  const bench = readdirSync(map)
    .filter((f) => f.endsWith('.graphql'))
    .map((f): Verzoek => ({ naam: f.replace('.graphql', ''), body: JSON.stringify({ query: readFileSync(new URL(f, map), 'utf8') }), sleutel: 'analist' }));
  const variabelen: Record<string, unknown> = { aandachtsgroep: { code: 'STUDENTEN' } };
  const overzichten = leesOverzichten().map(
    (o): Verzoek => ({ naam: `overzicht:${o.id}`, body: JSON.stringify({ documentId: o.id, variables: variabelen[o.id] }), sleutel: 'partner' }),
  );
  return [...bench, ...overzichten];
}

interface Minuut {
  duren: number[];
  fouten: number;
}

const percentiel = (gesorteerd: number[], p: number) => (gesorteerd.length ? gesorteerd[Math.min(gesorteerd.length - 1, Math.floor((p / 100) * gesorteerd.length))] : 0);

/** Een doel van BZK met een omschrijving die per publicatie anders is. */
function editie(n: number): { yaml: string; kenmerk: string } {
  const bron = parse(readFileSync(new URL('../subgraphs/bzk/data/2021-07-08.yaml', import.meta.url), 'utf8')) as { doelen: { code: string; omschrijving: string }[] };
  const kenmerk = `soak-publicatie ${n} (${randomBytes(4).toString('hex')})`;
  const doel = { ...bron.doelen[0], omschrijving: `${bron.doelen[0].omschrijving} [${kenmerk}]` };
  // In het verleden: een editie na vandaag is ongeldig.
  const datum = new Date(Date.UTC(2022, 0, 1 + n)).toISOString().slice(0, 10);
  return { yaml: stringify({ departement: 'BZK', editie: datum, omschrijving: `Duurtest, ${kenmerk}`, doelen: [doel] }), kenmerk };
}

const CONTROLE = JSON.stringify({ query: '{ aandachtsgroep(code: STUDENTEN) { bzk { doelen { code omschrijving } } } }' });

async function main() {
  const map = mkdtempSync(join(tmpdir(), 'thuis-soak-'));
  if (!(await redisinstelling())) throw new Error('geen Redis bereikbaar (REDIS_URL); de duurtest meet juist de invalidatie van de responscache');
  // Een analist, een partner en een redacteur van BZK.
  const { pad: sleutelbestand, sleutels: perRol } = schrijfSleutels(map, 'soak', ['analist', 'partner', 'redacteur:BZK'] as const);
  const sleutels = { analist: perRol.analist, partner: perRol.partner, redacteur: perRol['redacteur:BZK'] };
  console.log(`[soak] stapel starten (SQLite in ${map}) …`);
  const url = await startStapel(map, sleutelbestand);
  const koppen = (sleutel: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${sleutel}` });
  const verzoeken = mengsel();
  // Opwarmen: elk verzoek één keer, zodat het begingeheugen niet de eerste compilatie meet.
  for (const v of verzoeken) await request(url, { method: 'POST', headers: koppen(sleutels[v.sleutel]), body: v.body }).then((a) => a.body.dump());
  const rssBegin = geheugen();
  console.log(`[soak] ${minuten} min, ${verbindingen} verbindingen, ${verzoeken.length} soorten verzoeken; RSS bij begin (MB): ${JSON.stringify(rssBegin)}`);

  const begin = Date.now();
  const einde = begin + minuten * 60_000;
  const perMinuut: Minuut[] = Array.from({ length: minuten }, () => ({ duren: [], fouten: 0 }));
  const foutvoorbeelden = new Map<string, number>();
  let volgende = 0;
  const werker = async () => {
    while (Date.now() < einde) {
      const v = verzoeken[volgende++ % verzoeken.length];
      const t0 = performance.now();
      let fout: string | null = null;
      try {
        const a = await request(url, { method: 'POST', headers: koppen(sleutels[v.sleutel]), body: v.body });
        const tekst = await a.body.text();
        if (a.statusCode !== 200) fout = `${v.naam}: HTTP ${a.statusCode} ${tekst.slice(0, 200)}`;
        else if (tekst.includes('"errors"')) fout = `${v.naam}: ${tekst.slice(tekst.indexOf('"errors"'), tekst.indexOf('"errors"') + 200)}`;
      } catch (e) {
        fout = `${v.naam}: ${(e as Error).message}`;
      }
      const minuut = perMinuut[Math.min(minuten - 1, Math.floor((Date.now() - begin) / 60_000))];
      minuut.duren.push(performance.now() - t0);
      if (fout) {
        minuut.fouten += 1;
        foutvoorbeelden.set(fout, (foutvoorbeelden.get(fout) ?? 0) + 1);
      }
    }
  };

  const publicaties: { n: number; status: number; msTotZichtbaar: number | null; verouderdNaBevestiging: number }[] = [];
  const publiceer = async (n: number) => {
    const { yaml, kenmerk } = editie(n);
    const a = await request(url.replace('/graphql', '/edities/bzk'), { method: 'POST', headers: { 'content-type': 'application/yaml', authorization: `Bearer ${sleutels.redacteur}` }, body: yaml });
    const tekst = await a.body.text();
    const bevestigd = performance.now();
    let verouderd = 0;
    let zichtbaar: number | null = null;
    if (a.statusCode === 200 || a.statusCode === 201) {
      // Na de bevestiging mag geen enkel antwoord de vorige editie meer tonen.
      for (let i = 0; i < 40 && zichtbaar === null; i++) {
        const c = await request(url, { method: 'POST', headers: koppen(sleutels.analist), body: CONTROLE });
        if ((await c.body.text()).includes(kenmerk)) zichtbaar = Math.round(performance.now() - bevestigd);
        else {
          verouderd += 1;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    } else {
      console.error(`[soak] publicatie ${n} geweigerd: HTTP ${a.statusCode} ${tekst.slice(0, 300)}`);
    }
    publicaties.push({ n, status: a.statusCode, msTotZichtbaar: zichtbaar, verouderdNaBevestiging: verouderd });
  };

  // Midden in elke minuut, zodat de laatste publicatie nog onder belasting valt.
  const lopend: Promise<void>[] = [];
  let aantal = 0;
  const start = () =>
    lopend.push(
      publiceer(++aantal).catch((e: unknown) => {
        publicaties.push({ n: aantal, status: 0, msTotZichtbaar: null, verouderdNaBevestiging: 0 });
        console.error(`[soak] publicatie ${aantal} mislukt: ${(e as Error).message}`);
      }),
    );
  let klok: NodeJS.Timeout | undefined;
  const eerste = setTimeout(() => {
    start();
    klok = setInterval(start, 60_000);
  }, 30_000);
  const voortgang = setInterval(() => {
    // De klok tikt aan het begin van een minuut: meld de minuut die net voorbij is.
    const m = Math.max(1, Math.round((Date.now() - begin) / 60_000));
    const huidig = perMinuut[Math.min(minuten, m) - 1];
    process.stdout.write(`[soak] minuut ${m}: ${huidig.duren.length} verzoeken, ${huidig.fouten} fouten; RSS ${JSON.stringify(geheugen())}\n`);
  }, 60_000);
  await Promise.all(Array.from({ length: verbindingen }, werker));
  clearTimeout(eerste);
  clearInterval(klok);
  await Promise.all(lopend);
  publicaties.sort((a, b) => a.n - b.n);
  clearInterval(voortgang);
  const rssEind = geheugen();

  console.log('\nminuut  verzoeken  fouten   p50 ms   p99 ms');
  const rijen = perMinuut.map((m, i) => {
    const s = [...m.duren].sort((a, b) => a - b);
    const rij = { minuut: i + 1, verzoeken: s.length, fouten: m.fouten, p50: Number(percentiel(s, 50).toFixed(1)), p99: Number(percentiel(s, 99).toFixed(1)) };
    console.log(`${String(rij.minuut).padStart(6)}  ${String(rij.verzoeken).padStart(9)}  ${String(rij.fouten).padStart(6)}  ${rij.p50.toFixed(1).padStart(7)}  ${rij.p99.toFixed(1).padStart(7)}`);
    return rij;
  });
  console.log('\npublicaties (BZK via POST /edities/bzk):');
  for (const p of publicaties) console.log(`  ${p.n}: HTTP ${p.status}, zichtbaar na ${p.msTotZichtbaar ?? '—'} ms, verouderde antwoorden na bevestiging: ${p.verouderdNaBevestiging}`);
  console.log('\nRSS (MB)  begin → eind');
  for (const naam of Object.keys(pids)) console.log(`  ${naam.padEnd(8)} ${String(rssBegin[naam]).padStart(5)} → ${String(rssEind[naam]).padStart(5)}`);
  const totaalFouten = rijen.reduce((n, r) => n + r.fouten, 0);
  console.log(`\n${rijen.reduce((n, r) => n + r.verzoeken, 0)} verzoeken, ${totaalFouten} fouten`);
  for (const [fout, aantal] of [...foutvoorbeelden].slice(0, 10)) console.log(`  ${aantal}× ${fout}`);
  if (argumenten.out) {
    writeFileSync(argumenten.out, `${JSON.stringify({ minuten, verbindingen, perMinuut: rijen, publicaties, rss: { begin: rssBegin, eind: rssEind }, fouten: Object.fromEntries(foutvoorbeelden) }, null, 2)}\n`);
  }
  const verouderd = publicaties.reduce((n, p) => n + p.verouderdNaBevestiging, 0);
  return totaalFouten === 0 && verouderd === 0 && publicaties.every((p) => p.msTotZichtbaar !== null) ? 0 : 1;
}

process.once('SIGINT', () => void groep.stop().then(() => process.exit(130)));
try {
  process.exitCode = await main();
} catch (e) {
  console.error(`[soak] ${e instanceof Error ? e.message : e}`);
  process.exitCode = 1;
} finally {
  gestopt = true;
  await groep.stop();
}
