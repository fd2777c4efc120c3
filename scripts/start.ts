// npm start: de vijf subgraphs en de gateway als aparte processen, op SQLite tenzij
// <MINISTERIE>_DATABASE_URL gezet is. Ctrl-C stopt alles netjes.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ANALYSE, GATEWAY_STANDAARDPOORT, SUBGRAFEN, standaardUrl } from '../subgraphs/kern/config.js';

const wortel = new URL('../', import.meta.url);
const processen: ChildProcess[] = [];
let stoppend = false;

function start(naam: string, bestand: string, omgeving: NodeJS.ProcessEnv = {}): ChildProcess {
  const kind = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(bestand, wortel))], {
    env: { ...process.env, ...omgeving },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  kind.once('exit', (code, signaal) => {
    if (!stoppend) {
      console.error(`[start] ${naam} stopte onverwacht (${signaal ?? `code ${code}`}); alles wordt gestopt.`);
      void stopAlles(1);
    }
  });
  processen.push(kind);
  return kind;
}

async function wachtOpGezondheid(url: string, naam: string, seconden = 60): Promise<void> {
  const grens = Date.now() + seconden * 1000;
  while (Date.now() < grens) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // nog niet bereikbaar
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${naam} was na ${seconden} s niet gezond op ${url}`);
}

async function stopAlles(code: number): Promise<never> {
  stoppend = true;
  await Promise.all(
    processen
      .filter((p) => p.exitCode === null && p.signalCode === null)
      .map((p) => new Promise((resolve) => { p.once('exit', resolve); p.kill('SIGTERM'); })),
  );
  process.exit(code);
}

process.once('SIGINT', () => void stopAlles(0));
process.once('SIGTERM', () => void stopAlles(0));

try {
  const poort = Number(process.env.PORT ?? GATEWAY_STANDAARDPOORT);
  for (const s of SUBGRAFEN) start(s.naam, `subgraphs/${s.naam}/index.ts`, { PORT: String(s.standaardPoort) });
  start(ANALYSE.naam, 'subgraphs/analyse/index.ts', {
    PORT: String(ANALYSE.standaardPoort),
    [ANALYSE.gatewayVariabele]: `http://localhost:${poort}/graphql`,
  });
  await Promise.all(
    [...SUBGRAFEN, ANALYSE].map((s) => wachtOpGezondheid(standaardUrl(s).replace('/graphql', '/health'), s.naam)),
  );
  start('gateway', 'gateway/index.ts', { PORT: String(poort) });
  await wachtOpGezondheid(`http://localhost:${poort}/health`, 'gateway');
  console.log(`\nEen thuis voor iedereen: GraphQL op http://localhost:${poort}/graphql (Ctrl-C om te stoppen)\n`);
} catch (fout) {
  console.error(`[start] ${fout instanceof Error ? fout.message : fout}`);
  await stopAlles(1);
}
