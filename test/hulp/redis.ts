// Redis voor de cachetests. Zonder bereikbare Redis slaan die luid over, behalve in CI.
import { STANDAARD_REDIS_URL, type Redisinstelling } from '../../subgraphs/kern/wijzigingsbericht.js';
import { Redis } from 'ioredis';

export async function testRedis(): Promise<Redisinstelling | null> {
  const url = process.env.TEST_REDIS_URL ?? STANDAARD_REDIS_URL;
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    // Elk testbestand een eigen voorvoegsel: geen meldingen van of naar andere stapels.
    return { url, voorvoegsel: `thuis-test-${process.pid}-${Date.now()}` };
  } catch (fout) {
    const melding = `Redis niet bereikbaar op ${url} (${fout instanceof Error ? fout.message : fout})`;
    if (process.env.CI) throw new Error(`In CI moeten de cachetests draaien. ${melding}`);
    console.warn(`\n!!!!!!!!!!\n!! Responscache-tests OVERGESLAGEN: ${melding}\n!!!!!!!!!!\n`);
    return null;
  } finally {
    client.disconnect();
  }
}
