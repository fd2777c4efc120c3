// npm start: de vijf subgraphs, de analyselaag en de gateway als aparte processen, op
// SQLite tenzij <MINISTERIE>_DATABASE_URL gezet is. Een proces dat onverwacht stopt,
// start opnieuw na een oplopende wachttijd; de rest blijft draaien (de gateway meldt
// intussen welk ministerie niet antwoordt). Ctrl-C stopt alles netjes.
import { randomBytes } from 'node:crypto';
import { ANALYSE, GATEWAY_STANDAARDPOORT, MINISTERIEPROCES, SUBGRAFEN, standaardUrl } from '../kern/config.js';
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

try {
  const poort = Number(process.env.PORT ?? GATEWAY_STANDAARDPOORT);
  for (const s of SUBGRAFEN) houdDraaiende(s.naam, MINISTERIEPROCES, { ...s.procesomgeving, PORT: String(s.standaardPoort) });
  houdDraaiende(ANALYSE.naam, 'subgraphs/analyse/index.ts', { PORT: String(ANALYSE.standaardPoort) });
  await Promise.all(
    [...SUBGRAFEN, ANALYSE].map((s) => groep.wachtOp(standaardUrl(s).replace('/graphql', '/health'), s.naam, 60)),
  );
  houdDraaiende('gateway', 'gateway/index.ts', { PORT: String(poort) });
  await groep.wachtOp(`http://localhost:${poort}/health`, 'gateway', 60);
  console.log(`\nEen thuis voor iedereen: GraphQL op http://localhost:${poort}/graphql (Ctrl-C om te stoppen)\n`);
} catch (fout) {
  console.error(`[start] ${fout instanceof Error ? fout.message : fout}`);
  await stopAlles(1);
}
