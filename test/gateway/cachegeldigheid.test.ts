// Wanneer de gateway zijn cache vertrouwt: alleen met een werkend abonnement, en na
// elke melding of herverbinding met een nieuwe sleutel.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cachegeldigheid } from '../../gateway/cache/geldigheid.js';
import { meldDataGewijzigd } from '../../kern/wijzigingsbericht.js';
import { testRedis } from '../hulp/redis.js';

const redis = await testRedis();

async function wachtTot(voorwaarde: () => boolean, ms = 5000): Promise<void> {
  const grens = Date.now() + ms;
  while (!voorwaarde()) {
    if (Date.now() > grens) throw new Error('voorwaarde niet bereikt');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!redis)('cachegeldigheid', () => {
  let geldigheid: Cachegeldigheid;
  beforeAll(async () => {
    geldigheid = new Cachegeldigheid(redis!);
    await geldigheid.start();
  });
  afterAll(() => geldigheid?.stop());

  it('is geldig na het abonneren', () => {
    expect(geldigheid.generatie).not.toBeNull();
  });

  it('krijgt een nieuwe sleutel zodra een import wordt gemeld', async () => {
    const voor = geldigheid.generatie;
    await meldDataGewijzigd('BZK', redis);
    await wachtTot(() => geldigheid.generatie !== voor);
    expect(geldigheid.generatie).not.toBeNull();
  });

  it('vertrouwt de cache niet zolang de verbinding weg is, en begint daarna een nieuw tijdperk', async () => {
    const voor = geldigheid.generatie;
    const beheer = new Redis(redis!.url);
    try {
      await beheer.call('CLIENT', 'KILL', 'TYPE', 'pubsub');
    } finally {
      beheer.disconnect();
    }
    await wachtTot(() => geldigheid.generatie === null);
    await wachtTot(() => geldigheid.generatie !== null);
    expect(geldigheid.generatie).not.toBe(voor);
  });
});
