// De hele stapel als losse processen zoals in productie (NODE_ENV=production, sleutels, een
// geheim, eigen SQLite in `map`), voor de duurtest en de eerlijkheidsmeting: elk ministerie,
// de analyselaag, het overzichtenregister en één gateway, op vrije poorten.
import { join } from 'node:path';
import { nieuwGeheim } from '../bench/koppen.js';
import { ANALYSE, MINISTERIEPROCES, OVERZICHTENREGISTER, SUBGRAFEN } from '../kern/config.js';
import { dienst, vrijePoort, type Procesgroep } from './procesgroep.js';

export interface Productiestapel {
  /** De GraphQL-URL van de gateway. */
  url: string;
  /** Het proces-id per dienst (gateway, bzk, …, analyse), voor het geheugen. */
  pids: Record<string, number>;
  /** De GraphQL-URL per subgraph. */
  subgrafen: Record<string, string>;
  /** De basis-URL van het overzichtenregister. */
  register: string;
}

export interface Productiestapelopties {
  map: string;
  apiSleutelbestand: string;
  /** Extra omgeving voor de gateway (bijvoorbeeld KOSTENBUDGET_PER_S). */
  gateway?: NodeJS.ProcessEnv;
  /** Waarheen een onverwacht gestopt proces gemeld wordt. */
  meld: (melding: string) => void;
}

const lokaal = (poort: number, pad: string) => `http://127.0.0.1:${poort}${pad}`;

export async function startProductiestapel(groep: Procesgroep, { map, apiSleutelbestand, gateway = {}, meld }: Productiestapelopties): Promise<Productiestapel> {
  const gemeenschappelijk: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    SUBGRAAF_GEHEIM: nieuwGeheim(),
    REDIS_VOORVOEGSEL: `thuis-${process.pid}`,
    LOG_LEVEL: 'warn',
  };
  const pids: Record<string, number> = {};
  const start = async (naam: string, bestand: string, omgeving: NodeJS.ProcessEnv): Promise<string> => {
    const poort = await vrijePoort();
    const kind = groep.start(naam, dienst(bestand), { omgeving: { ...gemeenschappelijk, ...omgeving, PORT: String(poort) }, uitvoer: 'stil', onverwachtGestopt: meld });
    pids[naam] = kind.pid ?? 0;
    await groep.wachtOp(lokaal(poort, '/health'), naam, 120);
    return lokaal(poort, '/graphql');
  };
  const subgrafen: Record<string, string> = {};
  let register = '';
  await Promise.all([
    (async () => {
      register = (
        await start(OVERZICHTENREGISTER.naam, OVERZICHTENREGISTER.proces, { [OVERZICHTENREGISTER.sqliteVariabele]: join(map, 'overzichten.sqlite'), [OVERZICHTENREGISTER.databaseVariabele]: '' })
      ).replace(/\/graphql$/, '');
    })(),
    ...SUBGRAFEN.map(async (s) => {
      subgrafen[s.naam] = await start(s.naam, MINISTERIEPROCES, { ...s.procesomgeving, [s.sqliteVariabele]: join(map, `${s.naam}.sqlite`), [s.databaseVariabele]: '' });
    }),
    (async () => {
      subgrafen[ANALYSE.naam] = await start(ANALYSE.naam, 'subgraphs/analyse/index.ts', {});
    })(),
  ]);
  const urls = Object.fromEntries([...SUBGRAFEN, ANALYSE].map((s) => [s.urlVariabele, subgrafen[s.naam]]));
  const url = await start('gateway', 'gateway/index.ts', { ...urls, [OVERZICHTENREGISTER.urlVariabele]: register, API_SLEUTELBESTAND: apiSleutelbestand, ...gateway });
  return { url, pids, subgrafen, register };
}
