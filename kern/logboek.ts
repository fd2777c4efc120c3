// Gestructureerd logboek (pino): één JSON-regel per gebeurtenis, zodat een beheerder
// regels van gateway en subgraphs op verzoek-id aan elkaar kan knopen.
//
// Niveau uit LOG_LEVEL (standaard info; onder vitest silent, zodat tests stil blijven).
// Fouten en waarschuwingen gaan naar stderr, de rest naar stdout: het startscript
// bewaart de laatste stderr-regels van een proces dat stopt, en die moeten de reden noemen.
//
// Vorm uit LOG_FORMAT: json (standaard, en wat productie en elk hulpmiddel leest) of
// leesbaar: één regel per gebeurtenis voor een mens aan de terminal (pino-pretty). npm
// start zet leesbaar buiten productie.
//
// Met sporen aan (kern/sporen/) draagt elke regel binnen een verzoek het spoor-id als traceId
// (en spanId): de namen die Grafana, Loki en de meeste collectors herkennen, zodat een
// beheerder van een regel naar het spoor springt. Zonder sporen staat er niets.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { isatty } from 'node:tty';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { PrettyOptions } from 'pino-pretty';
import { actiefSpoor } from './sporen/spoor.js';

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
  /** Standaard LOG_FORMAT, anders json; geldt alleen voor de standaardbestemming. */
  formaat?: Logformaat;
  omgeving?: NodeJS.ProcessEnv;
}

export function logniveau(omgeving: NodeJS.ProcessEnv = process.env): (typeof LOGNIVEAUS)[number] {
  const gegeven = omgeving.LOG_LEVEL;
  if (gegeven === undefined || gegeven === '') return omgeving.VITEST ? 'silent' : 'info';
  const niveau = LOGNIVEAUS.find((n) => n === gegeven.toLowerCase());
  if (!niveau) throw new Error(`LOG_LEVEL is "${gegeven}"; kies uit ${LOGNIVEAUS.join(', ')}.`);
  return niveau;
}

export const LOGFORMATEN = ['json', 'leesbaar'] as const;
export type Logformaat = (typeof LOGFORMATEN)[number];

export function logformaat(omgeving: NodeJS.ProcessEnv = process.env): Logformaat {
  const gegeven = omgeving.LOG_FORMAT;
  if (gegeven === undefined || gegeven === '') return 'json';
  const formaat = LOGFORMATEN.find((f) => f === gegeven.toLowerCase());
  if (!formaat) throw new Error(`LOG_FORMAT is "${gegeven}"; kies uit ${LOGFORMATEN.join(', ')}.`);
  return formaat;
}

/**
 * Velden die de leesbare regel al in de tekst zet (leesbareMelding), of die aan de
 * terminal niets zeggen; url en responscache staan alleen op "luistert op …", dat ze noemt.
 */
const IN_DE_TEKST = ['pid', 'hostname', 'proces', 'verzoekId', 'methode', 'pad', 'status', 'duurMs', 'operatie', 'url', 'responscache', 'traceId', 'spanId'];

/**
 * De tekst van een leesbare regel: het proces en de melding; voor de regel per verzoek
 * methode, pad, status en duur ("gateway  POST /graphql (overzicht) → 200 in 12 ms").
 * Wie een fout naar een verzoek wil herleiden, vindt het verzoek-id achteraan.
 */
export function leesbareMelding(regel: Record<string, unknown>): string {
  const { proces, msg, methode, pad, status, duurMs, operatie, verzoekId } = regel;
  if (msg === 'verzoek') {
    const welke = pad === '/graphql' && typeof operatie === 'string' ? ` (${operatie})` : '';
    return `${proces}  ${methode} ${pad}${welke} → ${status} in ${duurMs} ms`;
  }
  const waar = pad === undefined ? '' : ` (${methode ?? ''}${methode ? ' ' : ''}${pad})`;
  return `${proces}: ${msg ?? ''}${waar}${verzoekId === undefined ? '' : ` [verzoek ${verzoekId}]`}`;
}

type PinoPretty = (opties: PrettyOptions) => DestinationStream;
/**
 * pino-pretty is een ontwikkelpakket: in de productie-image (npm prune --omit=dev)
 * ontbreekt het, en dan blijft het logboek JSON. Synchroon geladen (CommonJS), zodat
 * maakLogboek synchroon blijft; en alleen als iemand leesbaar vraagt.
 */
function laadPinoPretty(): PinoPretty | null {
  try {
    return createRequire(import.meta.url)('pino-pretty') as PinoPretty;
  } catch {
    return null;
  }
}

/** Een leesbare bestemming: naar een bestandsdescriptor (1, 2) of een stroom (tests). */
export function leesbareBestemming(naar: number | NodeJS.WritableStream): DestinationStream | null {
  const pinoPretty = laadPinoPretty();
  if (!pinoPretty) return null;
  return pinoPretty({
    destination: naar,
    sync: false,
    colorize: typeof naar === 'number' && isatty(naar),
    translateTime: 'SYS:HH:MM:ss',
    ignore: IN_DE_TEKST.join(','),
    // Wat overblijft (url, aantallen …) op dezelfde regel; een fout met stack eronder.
    singleLine: true,
    messageFormat: (regel) => leesbareMelding(regel),
  });
}

// Eén schrijver per bestandsdescriptor: twee asynchrone schrijvers op stdout zouden
// lange regels door elkaar kunnen schrijven. Asynchroon, zodat een verzoek niet op de
// terminal of de pijp wacht; pino schrijft de rest weg bij het afsluiten.
const standaardstromen = new Map<Logformaat, DestinationStream>();
function standaardbestemming(formaat: Logformaat): DestinationStream {
  let stroom = standaardstromen.get(formaat);
  if (stroom) return stroom;
  const uit = formaat === 'leesbaar' ? leesbareBestemming(1) : null;
  const fout = formaat === 'leesbaar' ? leesbareBestemming(2) : null;
  if (formaat === 'leesbaar' && (!uit || !fout)) {
    process.stderr.write('LOG_FORMAT=leesbaar, maar pino-pretty is niet geïnstalleerd (een installatie zonder ontwikkelpakketten); het logboek blijft JSON.\n');
  }
  stroom = pino.multistream(
    [
      { level: 'trace', stream: uit ?? pino.destination({ dest: 1, sync: false }) },
      { level: 'warn', stream: fout ?? pino.destination({ dest: 2, sync: false }) },
    ],
    { dedupe: true },
  );
  standaardstromen.set(formaat, stroom);
  return stroom;
}

export function maakLogboek({ proces, bestemming, niveau, formaat, omgeving = process.env }: Logboekopties): Logboek {
  const level = niveau ?? logniveau(omgeving);
  const opties = {
    level,
    base: { proces, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Niveaus als woord: wie het logboek zonder hulpmiddel leest, ziet "warn" in plaats van 40.
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: VERBORGEN, censor: '[verborgen]' },
    // Leest het span van het verzoek dat loopt uit de context van de API; zonder sporen is die leeg.
    // Elke keer een nieuw object: pino voegt de velden van de regel erin samen.
    mixin: () => actiefSpoor() ?? {},
  };
  if (level === 'silent' && bestemming === undefined) return pino({ ...opties, enabled: false });
  return pino(opties, bestemming ?? standaardbestemming(formaat ?? logformaat(omgeving)));
}

/** Een verzoek-id zoals een client of de gateway het mag meegeven: kort, zonder vreemde tekens. */
const GELDIG_VERZOEKID = /^[A-Za-z0-9._-]{1,64}$/;

/** Het meegegeven verzoek-id als het er veilig uitziet, anders een nieuw. */
export function verzoekIdUit(kop: string | string[] | undefined): string {
  return typeof kop === 'string' && GELDIG_VERZOEKID.test(kop) ? kop : randomUUID();
}
