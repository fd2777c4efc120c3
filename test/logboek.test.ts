// De vorm van het logboek: JSON-regels tenzij LOG_FORMAT=leesbaar (npm start buiten
// productie); leesbaar is één regel per gebeurtenis, zonder JSON voor wat al in de tekst staat.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { leesbareBestemming, leesbareMelding, logformaat, maakLogboek } from '../kern/logboek.js';

/** Een leesbaar logboek naar een stroom in het geheugen; pino-pretty schrijft asynchroon. */
function leesbaarLogboek() {
  const regels: string[] = [];
  const stroom = new Writable({
    write(stuk: Buffer, _codering, klaar) {
      regels.push(stuk.toString());
      klaar();
    },
  });
  const bestemming = leesbareBestemming(stroom);
  if (!bestemming) throw new Error('pino-pretty ontbreekt; npm ci installeert het als ontwikkelpakket');
  const logboek = maakLogboek({ proces: 'gateway', bestemming, niveau: 'info' });
  const gelezen = async () => {
    await new Promise((r) => setTimeout(r, 50));
    return regels.join('');
  };
  return { logboek, gelezen };
}

describe('logboek', () => {
  it('schrijft JSON, tenzij LOG_FORMAT=leesbaar; een onbekende vorm stopt de start met de keuzes', () => {
    expect(logformaat({})).toBe('json');
    expect(logformaat({ LOG_FORMAT: 'leesbaar' })).toBe('leesbaar');
    expect(logformaat({ LOG_FORMAT: 'JSON' })).toBe('json');
    expect(() => logformaat({ LOG_FORMAT: 'mooi' })).toThrow(/LOG_FORMAT is "mooi"; kies uit json, leesbaar/);
  });

  it('maakt van de regel per verzoek één zin met methode, pad, operatie, status en duur', () => {
    expect(leesbareMelding({ proces: 'gateway', msg: 'verzoek', methode: 'POST', pad: '/graphql', status: 200, duurMs: 12.5, operatie: 'overzicht', verzoekId: 'a1' })).toBe(
      'gateway  POST /graphql (overzicht) → 200 in 12.5 ms',
    );
    expect(leesbareMelding({ proces: 'bzk', msg: 'verzoek', methode: 'GET', pad: '/dashboard/', status: 200, duurMs: 1, operatie: '/dashboard/' })).toBe('bzk  GET /dashboard/ → 200 in 1 ms');
    // Bij een fout blijft het verzoek-id te vinden.
    expect(leesbareMelding({ proces: 'gateway', msg: 'interne fout', verzoekId: 'a1' })).toBe('gateway: interne fout [verzoek a1]');
  });

  it('schrijft leesbaar één regel zonder de velden die al in de tekst staan', async () => {
    const { logboek, gelezen } = leesbaarLogboek();
    logboek.info({ verzoekId: 'v-1', methode: 'GET', pad: '/health', status: 200, duurMs: 0.4, operatie: '/health' }, 'verzoek');
    logboek.warn({ departement: 'BZK' }, 'subgraph antwoordt niet');
    const tekst = await gelezen();
    const regels = tekst.trimEnd().split('\n');
    expect(regels).toHaveLength(2);
    expect(regels[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: gateway {2}GET \/health → 200 in 0\.4 ms$/);
    // Wat niet in de tekst staat, volgt als JSON op dezelfde regel.
    expect(regels[1]).toMatch(/^\[\d\d:\d\d:\d\d\] WARN: gateway: subgraph antwoordt niet \{"departement":"BZK"\}$/);
    expect(tekst).not.toMatch(/"pid"|"proces"|"verzoekId"/);
  });
});
