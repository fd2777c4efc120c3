// Gestructureerd logboek (pino): één JSON-regel per gebeurtenis, zodat een beheerder
// regels van gateway en subgraphs op verzoek-id aan elkaar kan knopen.
//
// Niveau uit LOG_LEVEL (standaard info; onder vitest silent, zodat tests stil blijven).
// Fouten en waarschuwingen gaan naar stderr, de rest naar stdout: het startscript
// bewaart de laatste stderr-regels van een proces dat stopt, en die moeten de reden noemen.
import { randomUUID } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';

export type Logboek = Logger;

export const LOGNIVEAUS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Wat nooit in het logboek mag, ook niet als iemand later per ongeluk een kop, body of
 * variabelen meegeeft: tokens, sleutels, het gedeelde geheim, de identiteit. Vaste paden,
 * geen jokertekens (*.token): die kostten gemeten zo'n 30 µs per regel, meer dan een
 * antwoord uit de cache.
 */
export const VERBORGEN = [
  'headers.authorization',
  'headers["x-api-key"]',
  'headers["x-gateway-geheim"]',
  'headers["x-identiteit"]',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers["x-gateway-geheim"]',
  'req.headers["x-identiteit"]',
  'req.headers.cookie',
  'authorization',
  'token',
  'geheim',
  'body',
  'req.body',
  'variables',
  'req.variables',
];

export interface Logboekopties {
  /** Naam van het proces (gateway, bzk …), op elke regel als `proces`. */
  proces: string;
  /** Waarheen: standaard stdout (en stderr vanaf warn); tests geven een eigen stroom. */
  bestemming?: DestinationStream;
  /** Standaard LOG_LEVEL, anders info; onder vitest silent. */
  niveau?: string;
  omgeving?: NodeJS.ProcessEnv;
}

export function logniveau(omgeving: NodeJS.ProcessEnv = process.env): (typeof LOGNIVEAUS)[number] {
  const gegeven = omgeving.LOG_LEVEL;
  if (gegeven === undefined || gegeven === '') return omgeving.VITEST ? 'silent' : 'info';
  const niveau = LOGNIVEAUS.find((n) => n === gegeven.toLowerCase());
  if (!niveau) throw new Error(`LOG_LEVEL is "${gegeven}"; kies uit ${LOGNIVEAUS.join(', ')}.`);
  return niveau;
}

// Eén schrijver per bestandsdescriptor: twee asynchrone schrijvers op stdout zouden
// lange regels door elkaar kunnen schrijven. Asynchroon, zodat een verzoek niet op de
// terminal of de pijp wacht; pino schrijft de rest weg bij het afsluiten.
let standaardstroom: DestinationStream | undefined;
function standaardbestemming(): DestinationStream {
  standaardstroom ??= pino.multistream(
    [
      { level: 'trace', stream: pino.destination({ dest: 1, sync: false }) },
      { level: 'warn', stream: pino.destination({ dest: 2, sync: false }) },
    ],
    { dedupe: true },
  );
  return standaardstroom;
}

export function maakLogboek({ proces, bestemming, niveau, omgeving = process.env }: Logboekopties): Logboek {
  const level = niveau ?? logniveau(omgeving);
  const opties = {
    level,
    base: { proces, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Niveaus als woord: wie het logboek zonder hulpmiddel leest, ziet "warn" in plaats van 40.
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: VERBORGEN, censor: '[verborgen]' },
  };
  if (level === 'silent' && bestemming === undefined) return pino({ ...opties, enabled: false });
  return pino(opties, bestemming ?? standaardbestemming());
}

/** Een verzoek-id zoals een client of de gateway het mag meegeven: kort, zonder vreemde tekens. */
const GELDIG_VERZOEKID = /^[A-Za-z0-9._-]{1,64}$/;

/** Het meegegeven verzoek-id als het er veilig uitziet, anders een nieuw. */
export function verzoekIdUit(kop: string | string[] | undefined): string {
  return typeof kop === 'string' && GELDIG_VERZOEKID.test(kop) ? kop : randomUUID();
}
