// Berichten over nieuwe gegevens, via Redis, in twee stappen:
// 1. een import meldt op het publicatiekanaal dat een ministerie een nieuwe editie
//    in zijn database heeft; de subgraphs van dat ministerie lezen dan hun
//    momentopname opnieuw;
// 2. een subgraph die een nieuwe momentopname heeft, verhoogt de generatieteller en
//    meldt dat op het wijzigingskanaal. Gateways die antwoorden cachen, luisteren
//    daarnaar. Omdat pas ná het herladen gemeld wordt, kan geen gateway een antwoord
//    van de oude momentopname onder de nieuwe generatie bewaren.
import { Redis } from 'ioredis';

export const STANDAARD_REDIS_URL = 'redis://127.0.0.1:6379';

export interface Redisinstelling {
  url: string;
  /** Voorvoegsel van kanaal en sleutel, zodat meerdere omgevingen één Redis kunnen delen. */
  voorvoegsel: string;
}

export const kanaal = (r: Redisinstelling) => `${r.voorvoegsel}:data-gewijzigd`;
export const publicatiekanaal = (r: Redisinstelling) => `${r.voorvoegsel}:editie-gepubliceerd`;
export const generatiesleutel = (r: Redisinstelling) => `${r.voorvoegsel}:datageneratie`;

/** Null als Redis op `url` antwoordt, anders waarom niet. */
export async function redisProbleem(url: string): Promise<string | null> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const antwoord = await client.ping();
    return antwoord === 'PONG' ? null : `onverwacht antwoord op PING: ${antwoord}`;
  } catch (fout) {
    return fout instanceof Error ? fout.message : String(fout);
  } finally {
    client.disconnect();
  }
}

const bereikbaar = async (url: string) => (await redisProbleem(url)) === null;

/**
 * Welke Redis de stapel gebruikt: REDIS_URL; zonder die variabele de standaard-Redis
 * op deze machine als die bereikbaar is; REDIS_URL=uit zet Redis (en dus de
 * responscache) uit. Gateway en import volgen dezelfde regel.
 */
export async function redisinstelling(omgeving: NodeJS.ProcessEnv = process.env): Promise<Redisinstelling | null> {
  const voorvoegsel = omgeving.REDIS_VOORVOEGSEL || 'thuis';
  const url = omgeving.REDIS_URL;
  if (url === 'uit') return null;
  if (url) return { url, voorvoegsel };
  return (await bereikbaar(STANDAARD_REDIS_URL)) ? { url: STANDAARD_REDIS_URL, voorvoegsel } : null;
}

export class Meldfout extends Error {}

/** Meldt dat de gegevens van `departement` zijn gewijzigd; geeft de nieuwe generatie. */
export async function meldDataGewijzigd(departement: string, redis: Redisinstelling | null): Promise<number | null> {
  if (!redis) return null;
  const client = new Redis(redis.url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 1 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const generatie = await client.incr(generatiesleutel(redis));
    await client.publish(kanaal(redis), JSON.stringify({ departement, generatie }));
    return generatie;
  } catch (fout) {
    throw new Meldfout(`Redis (${redis.url}) nam de melding niet aan: ${fout instanceof Error ? fout.message : fout}`);
  } finally {
    client.disconnect();
  }
}

/** Meldt dat de database van `departement` een nieuwe editie heeft (stap 1). */
export async function meldPublicatie(departement: string, redis: Redisinstelling | null): Promise<boolean> {
  if (!redis) return false;
  const client = new Redis(redis.url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 1 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.publish(publicatiekanaal(redis), JSON.stringify({ departement }));
    return true;
  } catch (fout) {
    throw new Meldfout(
      `De gegevens van ${departement} zijn geïmporteerd, maar de publicatie kon niet aan Redis (${redis.url}) worden gemeld: ` +
        `${fout instanceof Error ? fout.message : fout}. De subgraphs zien de nieuwe editie bij hun volgende controle van de database.`,
    );
  } finally {
    client.disconnect();
  }
}

/**
 * Iedereen met toegang tot Redis kan op een kanaal publiceren: een bericht is pas iets
 * waard als het JSON is met de verwachte velden. Geeft de velden, of null.
 */
export function leesBericht(bericht: string): Readonly<Record<string, unknown>> | null {
  try {
    const inhoud: unknown = JSON.parse(bericht);
    return inhoud && typeof inhoud === 'object' && !Array.isArray(inhoud) ? (inhoud as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Een abonnement op `kanaalnaam` dat `bijBericht` aanroept met de velden van elk leesbaar
 * bericht. Valt Redis weg, dan verbindt ioredis opnieuw en abonneert het weer (zonder grens
 * op herhalingen: het abonnement wacht in de wachtrij tot Redis er is); `bijVerbinding` hoort
 * elke (her)verbinding, voor wie gemiste berichten zelf moet inhalen.
 */
function volg(redis: Redisinstelling, kanaalnaam: string, bijBericht: (velden: Readonly<Record<string, unknown>>) => void, bijVerbinding?: () => void): { stop(): void } {
  const client = new Redis(redis.url, { connectTimeout: 2000, maxRetriesPerRequest: null });
  client.on('error', () => undefined);
  client.on('message', (_kanaal: string, bericht: string) => {
    const velden = leesBericht(bericht);
    if (velden) bijBericht(velden);
  });
  if (bijVerbinding) client.on('ready', bijVerbinding);
  client.subscribe(kanaalnaam).catch(() => undefined);
  return { stop: () => client.disconnect() };
}

/**
 * Roept `bijPublicatie` aan bij elke publicatie voor `departement`; gemiste berichten vangt
 * de periodieke controle van de subgraph op.
 */
export function volgPublicaties(redis: Redisinstelling, departement: string, bijPublicatie: () => void): { stop(): void } {
  return volg(redis, publicatiekanaal(redis), (velden) => velden.departement === departement && bijPublicatie());
}

/**
 * Roept `bijWijziging` aan met het departement van elke nieuwe momentopname (stap 2: het
 * ministerie heeft haar al geladen, dus wie nu leest, krijgt de nieuwe editie). Een gemist
 * bericht kost alleen snelheid: de analyselaag rekent dan bij het eerste verzoek.
 */
export function volgWijzigingen(redis: Redisinstelling, bijWijziging: (departement: string) => void): { stop(): void } {
  return volg(redis, kanaal(redis), (velden) => typeof velden.departement === 'string' && bijWijziging(velden.departement));
}

/** Het kanaal waarop het overzichtenregister een nieuwe versie of intrekking meldt. */
export const overzichtenkanaal = (r: Redisinstelling) => `${r.voorvoegsel}:overzichten-gewijzigd`;

/**
 * Meldt dat het overzichtenregister veranderde (een versie erbij, een intrekking). Het bericht
 * zegt alleen wát er veranderde; een gateway leest de nieuwe stand bij het register zelf (met
 * het geheim), want wat via Redis komt, kan iedereen met toegang tot Redis sturen.
 */
export async function meldOverzichten(inhoud: { naam: string; versie?: number }, redis: Redisinstelling | null): Promise<boolean> {
  if (!redis) return false;
  const client = new Redis(redis.url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 1 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.publish(overzichtenkanaal(redis), JSON.stringify(inhoud));
    return true;
  } catch (fout) {
    throw new Meldfout(
      `Overzicht ${inhoud.naam} is vastgelegd, maar Redis (${redis.url}) nam de melding niet aan: ${fout instanceof Error ? fout.message : fout}. ` +
        'De gateways zien het bij hun volgende controle van het register.',
    );
  } finally {
    client.disconnect();
  }
}

/** Roept `bijWijziging` aan bij elk bericht van het overzichtenregister; gemiste berichten vangt de periodieke controle op. */
export function volgOverzichten(redis: Redisinstelling, bijWijziging: () => void): { stop(): void } {
  // Na een herverbinding kan er intussen iets veranderd zijn: dan ook opnieuw kijken.
  return volg(redis, overzichtenkanaal(redis), (velden) => typeof velden.naam === 'string' && bijWijziging(), bijWijziging);
}
