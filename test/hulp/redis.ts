// Redis voor de tests van de responscache, de publicatie en het kostenbudget. Zonder
// bereikbare Redis slaan die over (één melding aan het eind), behalve in CI.
import { redisProbleem, STANDAARD_REDIS_URL, type Redisinstelling } from '../../kern/wijzigingsbericht.js';
import { overslaanBuitenCI } from './overslaan.js';

export async function testRedis(): Promise<Redisinstelling | null> {
  const url = process.env.TEST_REDIS_URL ?? STANDAARD_REDIS_URL;
  const probleem = await redisProbleem(url);
  if (probleem) {
    return overslaanBuitenCI('Redis-tests', `Redis niet bereikbaar op ${url} (${probleem})`, 'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no (of zet TEST_REDIS_URL)') || null;
  }
  // Elk testbestand een eigen voorvoegsel: geen meldingen van of naar andere stapels.
  return { url, voorvoegsel: `thuis-test-${process.pid}-${Date.now()}` };
}
