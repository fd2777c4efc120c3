// Een import die gegevens wijzigt, verhoogt in Redis een generatieteller en meldt
// dat op een kanaal. Gateways die antwoorden cachen, luisteren daarnaar: zo serveert
// geen gateway na een geslaagde import nog een antwoord van vóór die import.
import { Redis } from 'ioredis';

export const STANDAARD_REDIS_URL = 'redis://127.0.0.1:6379';

export interface Redisinstelling {
  url: string;
  /** Voorvoegsel van kanaal en sleutel, zodat meerdere omgevingen één Redis kunnen delen. */
  voorvoegsel: string;
}

export const kanaal = (r: Redisinstelling) => `${r.voorvoegsel}:data-gewijzigd`;
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
    throw new Meldfout(
      `De gegevens van ${departement} zijn geïmporteerd, maar de wijziging kon niet aan Redis (${redis.url}) worden gemeld: ` +
        `${fout instanceof Error ? fout.message : fout}. Gateways met een responscache die Redis wel bereiken, kunnen oude antwoorden geven tot hun cache verloopt; herstart ze of meld opnieuw met npm run import.`,
    );
  } finally {
    client.disconnect();
  }
}
