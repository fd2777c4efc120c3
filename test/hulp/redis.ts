// Redis voor de cachetests. Zonder bereikbare Redis slaan die luid over, behalve in CI.
import { redisProbleem, STANDAARD_REDIS_URL, type Redisinstelling } from '../../kern/wijzigingsbericht.js';
import { overslaanBuitenCI } from './overslaan.js';

export async function testRedis(): Promise<Redisinstelling | null> {
  const url = process.env.TEST_REDIS_URL ?? STANDAARD_REDIS_URL;
  const probleem = await redisProbleem(url);
  if (probleem) return overslaanBuitenCI('responscache-tests', `Redis niet bereikbaar op ${url} (${probleem})`) || null;
  // Elk testbestand een eigen voorvoegsel: geen meldingen van of naar andere stapels.
  return { url, voorvoegsel: `thuis-test-${process.pid}-${Date.now()}` };
}
