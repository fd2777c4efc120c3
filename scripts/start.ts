// npm start: de vijf subgraphs, de analyselaag, het overzichtenregister en de gateway als
// aparte processen, op SQLite tenzij <MINISTERIE>_DATABASE_URL (of OVERZICHTEN_DATABASE_URL) gezet is. Een proces dat onverwacht stopt,
// start opnieuw na een oplopende wachttijd; de rest blijft draaien (de gateway meldt
// intussen welk ministerie niet antwoordt). Ctrl-C stopt alles netjes.
//
// Buiten productie schrijven de processen leesbare logregels (LOG_FORMAT=leesbaar), in
// productie JSON. Als de gateway gereed is, eindigt de uitvoer met een korte samenvatting:
// waar GraphQL en het dashboard staan, of de responscache aan staat en in welke modus.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ANALYSE, GATEWAY_STANDAARDPOORT, MINISTERIEPROCES, OVERZICHTENREGISTER, standaardRegisterUrl, SUBGRAFEN, standaardUrl } from '../kern/config.js';
import { redisinstelling } from '../kern/wijzigingsbericht.js';
import { dienst, Procesgroep } from './procesgroep.js';

const groep = new Procesgroep();

async function stopAlles(code: number): Promise<never> {
  await groep.stop();
  process.exit(code);
}

/** Wachttijd vóór herstart n (1, 2, 4 … tot 30 s). */
const wachttijdMs = (n: number) => Math.min(30_000, 1000 * 2 ** (n - 1));
/** Zoveel herstarts achter elkaar zonder een minuut te blijven draaien: dan is er iets echt mis. */
const MAXIMAAL_HERSTARTS = 5;
const STABIEL_NA_MS = 60_000;

/** Start een proces en start het na een onverwachte stop opnieuw, met oplopende wachttijd. */
function houdDraaiende(naam: string, bestand: string, omgeving: NodeJS.ProcessEnv, pogingen = 0): void {
  const gestart = Date.now();
  groep.start(naam, dienst(bestand), {
    omgeving,
    onverwachtGestopt: (melding) => {
      // Wie een minuut draaide, begint weer bij de kortste wachttijd.
      const poging = Date.now() - gestart >= STABIEL_NA_MS ? 1 : pogingen + 1;
      if (poging > MAXIMAAL_HERSTARTS) {
        console.error(`[start] ${melding}; ${MAXIMAAL_HERSTARTS} keer achter elkaar gestopt binnen een minuut, alles wordt gestopt.`);
        void stopAlles(1);
        return;
      }
      const wacht = wachttijdMs(poging);
      console.error(`[start] ${melding}; herstart ${poging} van ${MAXIMAAL_HERSTARTS} over ${wacht / 1000} s.`);
      setTimeout(() => {
        if (!groep.stopt) houdDraaiende(naam, bestand, omgeving, poging);
      }, wacht).unref();
    },
  });
}

process.once('SIGINT', () => void stopAlles(0));
process.once('SIGTERM', () => void stopAlles(0));

// Eén geheim per keer starten, zodat ook lokaal alleen de gateway de subgraphs bevraagt.
process.env.SUBGRAAF_GEHEIM ||= randomBytes(32).toString('base64url');
const productie = process.env.NODE_ENV === 'production';
// Wie zelf LOG_FORMAT zet, krijgt dat; anders leest een mens de terminal, behalve in productie.
if (!productie) process.env.LOG_FORMAT ||= 'leesbaar';

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Staat de responscache aan? Dezelfde regel als de gateway (REDIS_URL, anders de Redis op deze machine). */
async function cachestand(basis: string): Promise<string> {
  const redis = await redisinstelling();
  if (!redis) {
    return process.env.REDIS_URL === 'uit'
      ? 'uit (REDIS_URL=uit)'
      : 'uit: geen Redis op 127.0.0.1:6379 (start er een met: redis-server --daemonize yes --save "" --appendonly no, of zet REDIS_URL)';
  }
  // De gateway zet de cache aan zodra zijn abonnement op Redis staat; dat kan net na /health/ready zijn.
  const grens = Date.now() + 5000;
  while (Date.now() < grens) {
    try {
      const gezondheid = (await (await fetch(`${basis}/health`)).json()) as { responscache?: boolean };
      if (gezondheid.responscache) return `aan (Redis op ${redis.url})`;
    } catch {
      // even niet bereikbaar (herstart); opnieuw
    }
    await wacht(200);
  }
  return `uit: Redis op ${redis.url} antwoordt niet; de gateway zet de cache aan zodra hij Redis bereikt`;
}

/** De slotregels van npm start: wat een nieuwe gebruiker nodig heeft, zonder logregels ertussen. */
async function samenvatting(poort: number, gereed: boolean): Promise<string> {
  const basis = `http://localhost:${poort}`;
  // Hetzelfde pad als de gateway (ook gecompileerd: dist/scripts/ naast dist/dashboard/).
  const dashboard = existsSync(fileURLToPath(new URL('../dashboard/dist/index.html', import.meta.url)));
  const regels = [
    gereed ? 'Een thuis voor iedereen draait.' : 'Een thuis voor iedereen draait, maar de gateway is nog niet gereed (zie de logregels hierboven).',
    `  GraphQL:    ${basis}/graphql`,
    `  Dashboard:  ${basis}/dashboard/${dashboard ? '' : ' (nog niet gebouwd: npm run build:dashboard)'}`,
    `  Overzichten: ${basis}/overzichten (zelf publiceren: npm run token -- --rol samensteller; docs/integratie.md)`,
    `  Cache:      ${await cachestand(basis)}`,
    `  Modus:      ${
      productie
        ? 'productie (NODE_ENV=production): elk verzoek heeft een token nodig; logregels als JSON'
        : 'ontwikkeling: een verzoek zonder token is een analist; NODE_ENV=production voor productie'
    }`,
    'Ctrl-C stopt alles.',
  ];
  return `\n${regels.join('\n')}\n`;
}

try {
  const poort = Number(process.env.PORT ?? GATEWAY_STANDAARDPOORT);
  for (const s of SUBGRAFEN) houdDraaiende(s.naam, MINISTERIEPROCES, { ...s.procesomgeving, PORT: String(s.standaardPoort) });
  houdDraaiende(ANALYSE.naam, 'subgraphs/analyse/index.ts', { PORT: String(ANALYSE.standaardPoort) });
  houdDraaiende(OVERZICHTENREGISTER.naam, OVERZICHTENREGISTER.proces, { PORT: String(OVERZICHTENREGISTER.standaardPoort) });
  await Promise.all([
    ...[...SUBGRAFEN, ANALYSE].map((s) => groep.wachtOp(standaardUrl(s).replace('/graphql', '/health'), s.naam, 60)),
    groep.wachtOp(`${standaardRegisterUrl()}/health/ready`, OVERZICHTENREGISTER.naam, 60),
  ]);
  houdDraaiende('gateway', 'gateway/index.ts', { PORT: String(poort) });
  await groep.wachtOp(`http://localhost:${poort}/health`, 'gateway', 60);
  // Gereed is na het opwarmen van de vastgelegde overzichten; zo komen hun logregels vóór de samenvatting.
  const gereed = await groep.wachtOp(`http://localhost:${poort}/health/ready`, 'gateway', 120).then(() => true, () => false);
  console.log(await samenvatting(poort, gereed));
} catch (fout) {
  console.error(`[start] ${fout instanceof Error ? fout.message : fout}`);
  await stopAlles(1);
}
