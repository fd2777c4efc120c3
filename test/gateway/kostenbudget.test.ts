// Het budget per identiteit: wat past gaat door, wat net niet past wacht kort, de rest krijgt
// 429; met Redis delen replica's het budget, en zonder Redis telt elke replica zelf verder.
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { kostenbudget } from '../../gateway/limieten/kostenbudget.js';
import type { Identiteit } from '../../kern/identiteit.js';
import { testRedis } from '../hulp/redis.js';

const redis = await testRedis();
const wie = (onderwerp: string): Identiteit => ({ onderwerp, rollen: ['analist'], bron: 'api-sleutel' });
const code = (fout: unknown) => (fout as { extensions?: { code?: string; http?: { status?: number; headers?: Map<string, string> } } }).extensions;

describe('het kostenbudget', () => {
  it('laat door wat past en weigert de rest met 429 en Retry-After', async () => {
    const budget = kostenbudget({ perSeconde: 1000, maximaalWachtenMs: 0 });
    const koppen = await budget.neem(wie('a'), 600);
    expect(Object.fromEntries(koppen)).toMatchObject({ 'ratelimit-limit': '1000', 'ratelimit-remaining': '400' });
    const fout = await budget.neem(wie('a'), 600).catch((f: unknown) => f);
    expect(code(fout)?.code).toBe('TE_VEEL_VERZOEKEN');
    expect(code(fout)?.http?.status).toBe(429);
    expect(Number(code(fout)?.http?.headers?.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Een ander heeft zijn eigen budget.
    expect(Object.fromEntries(await budget.neem(wie('b'), 900))).toMatchObject({ 'ratelimit-remaining': '100', 'ratelimit-policy': '1000;w=1' });
  });

  it('geeft elke rol zijn eigen budget (het ruimste bij meer rollen), en zet de RateLimit-koppen ook op de 429', async () => {
    const budget = kostenbudget({ perSeconde: 1000, perRol: { partner: 100, beheer: 5000 }, maximaalWachtenMs: 0 });
    const partner: Identiteit = { onderwerp: 'partner-lus', rollen: ['partner'], bron: 'api-sleutel' };
    expect(Object.fromEntries(await budget.neem(partner, 80))).toMatchObject({ 'ratelimit-limit': '100', 'ratelimit-remaining': '20', 'ratelimit-policy': '100;w=1' });
    const fout = code(await budget.neem(partner, 80).catch((f: unknown) => f));
    expect(fout?.http?.status).toBe(429);
    expect(Object.fromEntries(fout?.http?.headers ?? [])).toMatchObject({ 'ratelimit-limit': '100', 'ratelimit-remaining': '0', 'ratelimit-policy': '100;w=1' });
    // Een analist naast die partner merkt er niets van: zijn rol heeft het standaardbudget.
    expect(Object.fromEntries(await budget.neem(wie('analist-naast'), 900))).toMatchObject({ 'ratelimit-limit': '1000', 'ratelimit-remaining': '100' });
    const beide: Identiteit = { onderwerp: 'beide', rollen: ['partner', 'beheer'], bron: 'jwt' };
    expect(Object.fromEntries(await budget.neem(beide, 4000))).toMatchObject({ 'ratelimit-limit': '5000' });
  });

  it('laat wat net niet past kort wachten in plaats van te weigeren', async () => {
    const budget = kostenbudget({ perSeconde: 1000, maximaalWachtenMs: 1000 });
    await budget.neem(wie('w'), 900);
    const begin = performance.now();
    await budget.neem(wie('w'), 900);
    expect(performance.now() - begin).toBeLessThanOrEqual(1100);
  });

  it('laat een wachtende meteen los als zijn client weggaat, zonder daarna nog budget te nemen', async () => {
    const budget = kostenbudget({ perSeconde: 1000, maximaalWachtenMs: 1000 });
    await budget.neem(wie('weg'), 900);
    const afbreker = new AbortController();
    const begin = performance.now();
    const wachtend = budget.neem(wie('weg'), 900, afbreker.signal).catch((f: unknown) => f);
    setTimeout(() => afbreker.abort(), 50);
    const fout = code(await wachtend);
    expect(fout?.code).toBe('VERZOEK_AFGEBROKEN');
    expect(fout?.http?.status).toBe(499);
    expect(performance.now() - begin).toBeLessThan(500);
    // Na de seconde is het budget weer vol: de weggegane nam niets, dus een volgende krijgt alles, zonder te wachten.
    await new Promise((klaar) => setTimeout(klaar, 1100));
    const daarna = performance.now();
    expect(Object.fromEntries(await budget.neem(wie('weg'), 1000))['ratelimit-remaining']).toBe('0');
    expect(performance.now() - daarna).toBeLessThan(200);
  });

  it('neemt niets voor een verzoek dat al afgebroken is, en geeft terug wat een niet uitgevoerde operatie nam', async () => {
    const budget = kostenbudget({ perSeconde: 1000, maximaalWachtenMs: 0 });
    await expect(budget.neem(wie('al-weg'), 600, AbortSignal.abort())).rejects.toMatchObject({ extensions: { code: 'VERZOEK_AFGEBROKEN' } });
    await budget.neem(wie('al-weg'), 600);
    await budget.geefTerug(wie('al-weg'), 600);
    expect(Object.fromEntries(await budget.neem(wie('al-weg'), 1000))['ratelimit-remaining']).toBe('0');
  });

  it('blijft werken als Redis weg is: dan telt deze replica zelf (zonder te wachten op Redis)', async () => {
    const dood = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    dood.on('error', () => undefined);
    try {
      const budget = kostenbudget({ perSeconde: 1000, maximaalWachtenMs: 100 }, dood);
      const begin = performance.now();
      expect(Object.fromEntries(await budget.neem(wie('c'), 500))).toMatchObject({ 'ratelimit-remaining': '500' });
      expect(performance.now() - begin).toBeLessThan(500);
    } finally {
      dood.disconnect();
    }
  });

  describe.skipIf(!redis)('met Redis', () => {
    const clients: Redis[] = [];
    afterAll(() => clients.forEach((c) => c.disconnect()));
    it('delen twee replica’s één budget per identiteit', async () => {
      const [a, b] = [new Redis(redis!.url), new Redis(redis!.url)];
      clients.push(a, b);
      await Promise.all([a, b].map((c) => (c.status === 'ready' ? undefined : new Promise((klaar) => c.once('ready', klaar)))));
      const onderwerp = `gedeeld-${Date.now()}-${Math.random()}`;
      const replicaA = kostenbudget({ perSeconde: 1000, maximaalWachtenMs: 0 }, a);
      const replicaB = kostenbudget({ perSeconde: 1000, maximaalWachtenMs: 0 }, b);
      await replicaA.neem(wie(onderwerp), 700);
      const viaB = Object.fromEntries(await replicaB.neem(wie(onderwerp), 200));
      expect(viaB['ratelimit-remaining']).toBe('100');
      await expect(replicaB.neem(wie(onderwerp), 500)).rejects.toMatchObject({ extensions: { code: 'TE_VEEL_VERZOEKEN' } });
    });

    it('delen twee omgevingen met een ander voorvoegsel op dezelfde Redis geen budget', async () => {
      const c = new Redis(redis!.url);
      clients.push(c);
      await new Promise((klaar) => (c.status === 'ready' ? klaar(undefined) : c.once('ready', klaar)));
      const onderwerp = `apart-${Date.now()}-${Math.random()}`;
      const acceptatie = kostenbudget({ perSeconde: 1000, maximaalWachtenMs: 0 }, c, `${redis!.voorvoegsel}-acceptatie`);
      const productie = kostenbudget({ perSeconde: 1000, maximaalWachtenMs: 0 }, c, `${redis!.voorvoegsel}-productie`);
      await acceptatie.neem(wie(onderwerp), 900);
      expect(Object.fromEntries(await productie.neem(wie(onderwerp), 900))['ratelimit-remaining']).toBe('100');
    });
  });
});
