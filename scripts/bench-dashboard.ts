// npm run bench:dashboard -- [--herhalingen N]
//
// Meet het dashboard zoals een gebruiker het ziet, in Debian-Chromium tegen de hele
// stapel (in dit proces, SQLite, op poort 0, met de responscache als Redis er is): per pagina de tijd tot het eerste beeld
// (de gegevens staan op het scherm), koud (nieuwe browsercontext: lege HTTP-cache) en
// warm (dezelfde context, de pagina opnieuw geopend), en de JavaScript-bundel tegen het
// budget in bench/bundel.ts. Doel: warm binnen 1 s (p95) op elke pagina. Exitcode 1 als
// een doel of budget niet gehaald wordt.
import type { BrowserContext } from 'playwright-core';
import { DASHBOARDMAP } from '../gateway/dashboard.js';
import { BUDGET_KB, meetBundel, overschrijdingen } from '../bench/bundel.js';
import { percentiel } from '../bench/meten.js';
import { startChromium } from '../test/hulp/browser.js';
import { startStapel } from '../test/hulp/stapel.js';
import { redisinstelling } from '../kern/wijzigingsbericht.js';

const args = process.argv.slice(2);
const i = args.indexOf('--herhalingen');
const HERHALINGEN = i >= 0 ? Number(args[i + 1]) : 10;
const DOEL_WARM_MS = 1000;

/** Pagina → wat er staat als het eerste beeld er is (de gegevens, niet alleen de kop). */
const PAGINAS: [string, string, string][] = [
  ['Overzicht', '/dashboard/', 'main table'],
  ['Aandachtsgroep', '/dashboard/aandachtsgroep/STUDENTEN', 'main .thuis-stand'],
  ['Prikkel', '', 'main article .thuis-stand'],
  ['Leeftijden', '/dashboard/leeftijden', 'main table'],
  ['Netwerk', '/dashboard/netwerk?groep=DAK_EN_THUISLOZEN', 'main table'],
  ['Cijfers', '/dashboard/cijfers', 'main table'],
  ['Query', '/dashboard/query', 'main .graphiql-container'],
  ['Bron', '/dashboard/bron/003_92de307edde85196.txt', 'main ul'],
];

/** Milliseconden tot `selector` zichtbaar is; Infinity als dat niet binnen 15 s gebeurt. */
async function tijdTotBeeld(context: BrowserContext, url: string, selector: string): Promise<number> {
  const pagina = context.pages()[0] ?? (await context.newPage());
  const begin = performance.now();
  try {
    await pagina.goto(url, { waitUntil: 'commit' });
    await pagina.locator(selector).first().waitFor({ state: 'visible', timeout: 15_000 });
    return performance.now() - begin;
  } catch (e) {
    console.error(`${url}: geen eerste beeld (${selector}): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return Infinity;
  }
}

// Eén logregel per verzoek zou de tabel onleesbaar maken; fouten en waarschuwingen blijven.
process.env.LOG_LEVEL ??= 'warn';
// Zoals npm start: met de responscache als Redis bereikbaar is (eigen voorvoegsel).
const redis = await redisinstelling();
const stapel = await startStapel('sqlite', { redis: redis && { ...redis, voorvoegsel: `thuis-bench-dashboard-${process.pid}` } });
console.log(`responscache: ${redis ? `aan (${redis.url})` : 'uit (geen Redis; dan rekent elke pagina opnieuw)'}`);
const basis = stapel.url.replace(/\/graphql$/, '');
const browser = await startChromium();
let gehaald = true;
try {
  // Een echte prikkel voor de Prikkel-pagina: de eerste van de kostendelersnorm.
  const { data } = await stapel.query<{ analyse: { tegenwerkendePrikkels: { instrument: { code: string }; doel: { code: string }; indicator: string }[] } }>(
    '{ analyse { tegenwerkendePrikkels(departement: SZW) { instrument { code } doel { code } indicator } } }',
  );
  const p = data!.analyse.tegenwerkendePrikkels.find((x) => x.instrument.code === 'KOSTENDELERSNORM')!;
  PAGINAS[2][1] = `/dashboard/prikkel/${p.instrument.code}/${p.doel.code}/${p.indicator}`;

  console.log(`Tijd tot het eerste beeld, ${HERHALINGEN}× per pagina (ms; doel warm p95 ≤ ${DOEL_WARM_MS})`);
  console.log('pagina           koud p50  koud p95  warm p50  warm p95');
  for (const [naam, pad, selector] of PAGINAS) {
    const koud: number[] = [];
    const warm: number[] = [];
    for (let n = 0; n < HERHALINGEN; n++) {
      const context = await browser.newContext();
      koud.push(await tijdTotBeeld(context, `${basis}${pad}`, selector));
      warm.push(await tijdTotBeeld(context, `${basis}${pad}`, selector));
      await context.close();
    }
    const ok = percentiel(warm, 95) <= DOEL_WARM_MS;
    gehaald &&= ok;
    const f = (w: number) => w.toFixed(0).padStart(8);
    console.log(
      `${naam.padEnd(15)} ${f(percentiel(koud, 50))}  ${f(percentiel(koud, 95))}  ${f(percentiel(warm, 50))}  ${f(percentiel(warm, 95))}  ${ok ? 'PASS' : 'FAIL'}`,
    );
  }

  const bundel = meetBundel(DASHBOARDMAP);
  const boven = overschrijdingen(bundel);
  console.log(`\nJavaScript (kB gzip): eerste beeld ${bundel.eersteBeeld} (budget ${BUDGET_KB.eersteBeeld}); totaal ${bundel.totaal}; workers ${bundel.workers} (budget ${BUDGET_KB.workers})`);
  for (const [pagina, kb] of Object.entries(bundel.paginas)) console.log(`  ${pagina}: +${kb} (budget ${BUDGET_KB.pagina[pagina] ?? '—'})`);
  console.log(boven.length ? `BUDGET FAIL: ${boven.join('; ')}` : 'budget PASS');
  gehaald &&= boven.length === 0;
} finally {
  await browser.close();
  await stapel.stop();
}
process.exit(gehaald ? 0 : 1);
