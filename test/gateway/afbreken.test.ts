// Wacht niemand meer op een deelverzoek, dan breekt de gateway het af, en de subgraph ziet
// de verbinding dichtgaan; wie weggaat terwijl een ander op hetzelfde (samengevoegde)
// verzoek wacht, kost die ander niets. Hier de subgraafclient en de samenvoeger los, tegen
// een subgraph die pas antwoordt als de test het zegt; de hele stapel: test/e2e/afbreken.test.ts.
import { GraphQLError } from 'graphql';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { samenvoeger } from '../../gateway/cache/samenvoegen.js';
import { afgebroken, AFGEBROKEN, metSignaal } from '../../gateway/verbinding/afbreken.js';
import { onderbreker } from '../../gateway/verbinding/onderbreker.js';
import { subgraafverbinding, type Subgraafverbinding } from '../../gateway/verbinding/subgraafclient.js';
import { trageSubgraaf, type TrageSubgraaf } from '../hulp/traagheid.js';

const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Hoe lang een afbreken mag duren voordat de subgraph het ziet, op een drukke machine. */
const BINNEN_MS = 2000;
const binnen = <T>(belofte: Promise<T>, ms = BINNEN_MS) =>
  Promise.race([belofte, wacht(ms).then(() => Promise.reject(new Error(`niet binnen ${ms} ms`)))]);
/** De fout waarmee een belofte afloopt (undefined als ze slaagt), meteen afgevangen: ze mag mislukken terwijl de test nog op iets anders wacht. */
const foutVan = (belofte: Promise<unknown>) =>
  belofte.then(
    () => undefined,
    (f: unknown) => f as { extensions?: Record<string, unknown> },
  );

describe('de samenvoeger met signalen', () => {
  it('laat wie weggaat meteen los, en het werk doorlopen zolang een ander wacht', async () => {
    const s = samenvoeger<string>();
    let werksignaal: AbortSignal | undefined;
    let klaar!: (w: string) => void;
    const werk = (signaal: AbortSignal) => ((werksignaal = signaal), new Promise<string>((r) => (klaar = r)));
    const eerste = new AbortController();
    const tweede = new AbortController();
    const a = s.doe('k', werk, eerste.signal);
    const b = s.doe('k', werk, tweede.signal);
    expect(s.samengevoegd).toBe(1);
    eerste.abort(new Error('eerste weg'));
    await expect(a).rejects.toThrow('eerste weg');
    expect(werksignaal!.aborted).toBe(false);
    klaar('antwoord');
    await expect(b).resolves.toBe('antwoord');
  });

  it('breekt het werk af als iedereen weg is, en begint daarna opnieuw', async () => {
    const s = samenvoeger<string>();
    const signalen: AbortSignal[] = [];
    const werk = (signaal: AbortSignal) => (signalen.push(signaal), new Promise<string>(() => undefined));
    const eerste = new AbortController();
    const tweede = new AbortController();
    const a = s.doe('k', werk, eerste.signal);
    const b = s.doe('k', werk, tweede.signal);
    eerste.abort(new Error('weg'));
    tweede.abort(new Error('ook weg'));
    await expect(a).rejects.toThrow('weg');
    await expect(b).rejects.toThrow('ook weg');
    expect(signalen).toHaveLength(1);
    expect(signalen[0].aborted).toBe(true);
    // Wie nu komt, sluit niet aan bij werk dat stopt.
    void s.doe('k', werk, new AbortController().signal);
    expect(signalen).toHaveLength(2);
    expect(signalen[1].aborted).toBe(false);
  });

  it('breekt niet af zolang iemand zonder signaal wacht (de gateway zelf)', async () => {
    const s = samenvoeger<string>();
    let werksignaal: AbortSignal | undefined;
    let klaar!: (w: string) => void;
    const werk = (signaal: AbortSignal) => ((werksignaal = signaal), new Promise<string>((r) => (klaar = r)));
    const client = new AbortController();
    const a = s.doe('k', werk, client.signal);
    const intern = s.doe('k', werk);
    client.abort(new Error('weg'));
    await expect(a).rejects.toThrow('weg');
    expect(werksignaal!.aborted).toBe(false);
    klaar('x');
    await expect(intern).resolves.toBe('x');
  });

  it('begint niets voor wie al weg is', async () => {
    const s = samenvoeger<string>();
    let begonnen = 0;
    const weg = AbortSignal.abort(new Error('al weg'));
    await expect(s.doe('k', async () => (begonnen++, 'x'), weg)).rejects.toThrow('al weg');
    expect(begonnen).toBe(0);
  });
});

describe('de onderbreker en afgebroken deelverzoeken', () => {
  const OPTIES = { pauzeMs: 150, minimumVerzoeken: 3, foutpercentage: 50, vensterMs: 60_000 };
  const hangt = () => Promise.reject(new GraphQLError('SZW gaf geen antwoord', { extensions: { code: 'SUBGRAAF_TERMIJN_VERLOPEN' } }));
  const weg = () => Promise.reject(afgebroken('szw', 'SZW', {}));

  it('pauzeert een subgraph niet om clients die weggingen', async () => {
    const o = onderbreker('szw', 'SZW', {}, OPTIES);
    for (let i = 0; i < 5; i++) await expect(o.voer(weg)).rejects.toMatchObject({ extensions: { code: AFGEBROKEN } });
    expect(o.gepauzeerd).toBe(false);
    o.sluit();
  });

  it('een afgebroken proef na een pauze beëindigt de pauze niet', async () => {
    const o = onderbreker('szw', 'SZW', {}, OPTIES);
    for (let i = 0; i < 3; i++) await o.voer(hangt).catch(() => undefined);
    expect(o.gepauzeerd).toBe(true);
    await wacht(OPTIES.pauzeMs + 100);
    // De proef: de client gaat weg voordat SZW antwoordt.
    await expect(o.voer(weg)).rejects.toMatchObject({ extensions: { code: AFGEBROKEN } });
    expect(o.gepauzeerd).toBe(true);
    await expect(o.voer(async () => 'ok')).rejects.toMatchObject({ extensions: { code: 'SUBGRAAF_GEPAUZEERD' } });
    // Een proef die wel antwoordt, beëindigt de pauze.
    await wacht(OPTIES.pauzeMs + 100);
    await expect(o.voer(async () => 'ok')).resolves.toBe('ok');
    expect(o.gepauzeerd).toBe(false);
    o.sluit();
  });
});

describe('de subgraafclient breekt af wat niemand meer wil', () => {
  const BODY = JSON.stringify({ query: '{ lang }' });
  const open: (Subgraafverbinding | TrageSubgraaf)[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((o) => ('sluit' in o ? o.sluit() : o.stop())));
  });
  afterAll(async () => {
    await Promise.all(open.map((o) => ('sluit' in o ? o.sluit() : o.stop())));
  });
  const opzet = async (termijnMs = 30_000) => {
    const subgraaf = await trageSubgraaf();
    // Een onderbreker die al na drie mislukkingen opent: afbreken mag daar niet toe leiden.
    const verbinding = subgraafverbinding({ termijnMs, onderbreker: { pauzeMs: 60_000, minimumVerzoeken: 3, foutpercentage: 50, vensterMs: 60_000 } });
    open.push(verbinding, subgraaf);
    const fetcher = verbinding.fetcher('szw', 'SZW');
    /** Een deelverzoek voor een clientverzoek met dit signaal. */
    const vraag = (signaal: AbortSignal, body = BODY) => metSignaal(signaal, () => fetcher(subgraaf.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
    return { subgraaf, verbinding, vraag };
  };

  it('de subgraph ziet de verbinding dichtgaan zodra de client weg is; de fout noemt geen storing en de onderbreker telt niets', async () => {
    const { subgraaf, verbinding, vraag } = await opzet();
    for (let i = 1; i <= 4; i++) {
      const client = new AbortController();
      const deel = foutVan(vraag(client.signal));
      const gezien = await binnen(subgraaf.binnen(i));
      const begin = performance.now();
      client.abort(new Error('client weg'));
      await binnen(gezien.afgebroken);
      expect(performance.now() - begin).toBeLessThan(BINNEN_MS);
      expect((await deel)?.extensions?.code).toBe(AFGEBROKEN);
    }
    expect(subgraaf.verzoeken.every((v) => !v.beantwoord && v.afgebrokenNaMs !== undefined)).toBe(true);
    // Vier clients die weggingen, zijn geen subgraph die hapert.
    expect(verbinding.gepauzeerd()).toEqual([]);
    subgraaf.laatDoor();
    const antwoord = await vraag(new AbortController().signal);
    expect(antwoord.status).toBe(200);
  });

  it('bij de termijn breekt het verzoek af, ook zonder client die weggaat', async () => {
    const { subgraaf, vraag } = await opzet(400);
    const deel = foutVan(vraag(new AbortController().signal));
    const gezien = await binnen(subgraaf.binnen(1));
    const na = await binnen(gezien.afgebroken, 400 + BINNEN_MS);
    expect(na).toBeGreaterThanOrEqual(350);
    expect((await deel)?.extensions?.code).toBe('SUBGRAAF_TERMIJN_VERLOPEN');
  });

  it('een gedeeld deelverzoek: één van twee wachtenden weg kost de ander niets', async () => {
    const { subgraaf, verbinding, vraag } = await opzet();
    const eerste = new AbortController();
    const tweede = new AbortController();
    const a = foutVan(vraag(eerste.signal));
    const b = vraag(tweede.signal);
    const gezien = await binnen(subgraaf.binnen(1));
    expect(verbinding.gedeeld).toBe(1);
    eerste.abort(new Error('eerste weg'));
    expect((await a)?.extensions?.code).toBe(AFGEBROKEN);
    // De subgraph werkt door voor de tweede.
    await wacht(200);
    expect(gezien.afgebrokenNaMs).toBeUndefined();
    subgraaf.laatDoor();
    const antwoord = await b;
    expect(antwoord.status).toBe(200);
    expect(await antwoord.text()).toBe('{"data":{}}');
    expect(subgraaf.verzoeken).toHaveLength(1);
    expect(gezien.beantwoord).toBe(true);
  });

  it('een gedeeld deelverzoek: zijn beide wachtenden weg, dan breekt het af', async () => {
    const { subgraaf, verbinding, vraag } = await opzet();
    const eerste = new AbortController();
    const tweede = new AbortController();
    const a = foutVan(vraag(eerste.signal));
    const b = foutVan(vraag(tweede.signal));
    const gezien = await binnen(subgraaf.binnen(1));
    expect(verbinding.gedeeld).toBe(1);
    eerste.abort(new Error('weg'));
    expect((await a)?.extensions?.code).toBe(AFGEBROKEN);
    tweede.abort(new Error('ook weg'));
    await binnen(gezien.afgebroken);
    expect((await b)?.extensions?.code).toBe(AFGEBROKEN);
    expect(subgraaf.verzoeken).toHaveLength(1);
  });

  it('een client die al weg is, stuurt niets meer naar de subgraph', async () => {
    const { subgraaf, vraag } = await opzet();
    await expect(vraag(AbortSignal.abort(new Error('al weg')))).rejects.toMatchObject({ extensions: { code: AFGEBROKEN } });
    await wacht(100);
    expect(subgraaf.verzoeken).toHaveLength(0);
  });
});
