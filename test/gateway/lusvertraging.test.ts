// Een termijn telt niet mee wat de lus van de gateway zelf vastzat: een subgraph die op tijd
// antwoordde terwijl de gateway bezig was, is niet "te laat".
import { afterAll, describe, expect, it } from 'vitest';
import { lusklok } from '../../gateway/verbinding/lusvertraging.js';

const bezig = (ms: number) => {
  const eind = performance.now() + ms;
  while (performance.now() < eind) {
    // de lus vasthouden, zoals een grote samenvoeging of een plan in de lus
  }
};
const wacht = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('de lusklok', () => {
  const klok = lusklok();
  afterAll(() => klok.stop());

  it('laat een termijn gewoon verlopen als de lus vrij was', async () => {
    const t = klok.termijn(100);
    await wacht(160);
    expect(t.signal.aborted).toBe(true);
  });

  it('geeft de tijd dat de lus vastzat erbij, zodat een antwoord dat intussen kwam nog telt', async () => {
    await wacht(50);
    const t = klok.termijn(100);
    bezig(400);
    // Zonder verlenging was de termijn nu al 300 ms verlopen.
    await wacht(30);
    expect(t.signal.aborted).toBe(false);
    await wacht(500);
    expect(t.signal.aborted).toBe(true);
    expect(klok.achterstandMs()).toBeGreaterThan(300);
  });

  it('verlengt hooguit één keer de termijn, ook als de lus blijft vastzitten', async () => {
    const begin = performance.now();
    const t = klok.termijn(100);
    const verlopen = new Promise<number>((r) => t.signal.addEventListener('abort', () => r(performance.now() - begin)));
    for (let i = 0; i < 10; i++) {
      bezig(60);
      await wacht(0);
    }
    expect(await verlopen).toBeLessThan(1000);
  });
});
