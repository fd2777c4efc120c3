// De hele stapel als losse processen zoals in productie (NODE_ENV=production, sleutels, een
// geheim, eigen SQLite in `map`), voor de duurtest en de eerlijkheidsmeting: elk ministerie,
// de analyselaag, het overzichtenregister en één gateway (of meer replica's), op vrije poorten.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { nieuwGeheim } from '../bench/koppen.js';
import { ANALYSE, MINISTERIEPROCES, OVERZICHTENREGISTER, SUBGRAFEN } from '../kern/config.js';
import { dienst, vrijePoort, type Procesgroep } from './procesgroep.js';

export interface Productiestapel {
  /** De GraphQL-URL van de (eerste) gateway. */
  url: string;
  /** De GraphQL-URL van elke gatewayreplica, in de volgorde van hun pids (gateway, gateway-2, …). */
  gateways: string[];
  /** Het proces-id per dienst (gateway, bzk, …, analyse), voor het geheugen. */
  pids: Record<string, number>;
  /** Het proces per dienst, voor wie zijn foutuitvoer (warn en hoger) wil lezen. */
  processen: Record<string, ChildProcess>;
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
  /** Extra omgeving voor elk ministerie (bijvoorbeeld <MINISTERIE>_DATA_MAP). */
  ministerie?: NodeJS.ProcessEnv;
  /** Zoveel gateways naast elkaar op dezelfde subgraphs, hetzelfde register en dezelfde Redis; standaard 1. */
  replicas?: number;
  /** Extra omgeving voor elk proces (bijvoorbeeld OTEL_EXPORTER_OTLP_ENDPOINT). */
  alle?: NodeJS.ProcessEnv;
  /** Waarheen een onverwacht gestopt proces gemeld wordt. */
  meld: (melding: string) => void;
}

const lokaal = (poort: number, pad: string) => `http://127.0.0.1:${poort}${pad}`;

export async function startProductiestapel(groep: Procesgroep, { map, apiSleutelbestand, gateway = {}, ministerie = {}, alle = {}, replicas = 1, meld }: Productiestapelopties): Promise<Productiestapel> {
  const gemeenschappelijk: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    SUBGRAAF_GEHEIM: nieuwGeheim(),
    REDIS_VOORVOEGSEL: `thuis-${process.pid}`,
    LOG_LEVEL: 'warn',
    ...alle,
  };
  const pids: Record<string, number> = {};
  const processen: Record<string, ChildProcess> = {};
  const start = async (naam: string, bestand: string, omgeving: NodeJS.ProcessEnv): Promise<string> => {
    const poort = await vrijePoort();
    const kind = groep.start(naam, dienst(bestand), { omgeving: { ...gemeenschappelijk, ...omgeving, PORT: String(poort) }, uitvoer: 'stil', onverwachtGestopt: meld });
    pids[naam] = kind.pid ?? 0;
    processen[naam] = kind;
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
    (async () => {
      await Promise.all(
        SUBGRAFEN.map(async (s) => {
          subgrafen[s.naam] = await start(s.naam, MINISTERIEPROCES, { ...ministerie, ...s.procesomgeving, [s.sqliteVariabele]: join(map, `${s.naam}.sqlite`), [s.databaseVariabele]: '' });
        }),
      );
      // Het leesmodel van de analyselaag leest de ministeries zelf: zij moet hun adressen kennen.
      subgrafen[ANALYSE.naam] = await start(ANALYSE.naam, 'subgraphs/analyse/index.ts', Object.fromEntries(SUBGRAFEN.map((s) => [s.urlVariabele, subgrafen[s.naam]])));
    })(),
  ]);
  const urls = Object.fromEntries([...SUBGRAFEN, ANALYSE].map((s) => [s.urlVariabele, subgrafen[s.naam]]));
  const gatewayomgeving = { ...urls, [OVERZICHTENREGISTER.urlVariabele]: register, API_SLEUTELBESTAND: apiSleutelbestand, ...gateway };
  const gateways = await Promise.all(Array.from({ length: replicas }, (_, i) => start(i === 0 ? 'gateway' : `gateway-${i + 1}`, 'gateway/index.ts', gatewayomgeving)));
  return { url: gateways[0]!, gateways, pids, processen, subgrafen, register };
}
