// npm start: de vijf subgraphs en de gateway als aparte processen, op SQLite tenzij
// <MINISTERIE>_DATABASE_URL gezet is. Ctrl-C stopt alles netjes.
import { ANALYSE, GATEWAY_STANDAARDPOORT, SUBGRAFEN, standaardUrl } from '../kern/config.js';
import { Procesgroep, tsx } from './procesgroep.js';

const groep = new Procesgroep();

async function stopAlles(code: number): Promise<never> {
  await groep.stop();
  process.exit(code);
}

const start = (naam: string, bestand: string, omgeving: NodeJS.ProcessEnv) =>
  groep.start(naam, tsx(bestand), {
    omgeving,
    onverwachtGestopt: (melding) => {
      console.error(`[start] ${melding}; alles wordt gestopt.`);
      void stopAlles(1);
    },
  });

process.once('SIGINT', () => void stopAlles(0));
process.once('SIGTERM', () => void stopAlles(0));

try {
  const poort = Number(process.env.PORT ?? GATEWAY_STANDAARDPOORT);
  for (const s of SUBGRAFEN) start(s.naam, `subgraphs/${s.naam}/index.ts`, { PORT: String(s.standaardPoort) });
  start(ANALYSE.naam, 'subgraphs/analyse/index.ts', { PORT: String(ANALYSE.standaardPoort) });
  await Promise.all(
    [...SUBGRAFEN, ANALYSE].map((s) => groep.wachtOp(standaardUrl(s).replace('/graphql', '/health'), s.naam, 60)),
  );
  start('gateway', 'gateway/index.ts', { PORT: String(poort) });
  await groep.wachtOp(`http://localhost:${poort}/health`, 'gateway', 60);
  console.log(`\nEen thuis voor iedereen: GraphQL op http://localhost:${poort}/graphql (Ctrl-C om te stoppen)\n`);
} catch (fout) {
  console.error(`[start] ${fout instanceof Error ? fout.message : fout}`);
  await stopAlles(1);
}
