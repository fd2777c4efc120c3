// Wat de tests van een describe-blok (of van een heel bestand) delen: gestart in beforeAll,
// gestopt in afterAll. Apart van stapel.ts en subgraaf.ts, omdat scripts en de bench die
// zonder vitest gebruiken (startStapel); alleen dit bestand hangt aan de hooks van vitest.
import { afterAll, beforeAll } from 'vitest';
import type { DepartementCode } from '../../kern/config.js';
import type { Subgraaf } from '../../subgraphs/ministerie/subgraaf.js';
import { startStapel, type Stapel, type Stapelopties } from './stapel.js';
import { subgraafMetData, type Backend } from './subgraaf.js';

/**
 * Start `start` in beforeAll en stopt het met `stop` in afterAll. Geeft een verwijzing die zich
 * gedraagt als het gestarte ding, zodat tests en latere beforeAll's het gewoon gebruiken
 * (`stapel.query(...)`, `szwSubgraaf(stapel)`). Eerder gebruikt, tijdens het verzamelen van
 * de tests of in een beforeAll die vóór deze aanroep staat, is een fout die zegt wat er mis is.
 * Vitest draait beforeAll's in volgorde en afterAll's omgekeerd: wat hierna gestart wordt,
 * kan dit gebruiken en stopt eerder.
 */
export function gebruik<T extends object>(naam: string, start: () => Promise<T>, stop: (gestart: T) => unknown, termijnMs?: number): T {
  let gestart: T | undefined;
  beforeAll(async () => {
    gestart = await start();
  }, termijnMs);
  afterAll(async () => {
    if (gestart) await stop(gestart);
  });
  return new Proxy({} as T, {
    get(_, veld) {
      if (!gestart) {
        // Wie kijkt of het een belofte is (await, return uit een async functie), krijgt nee.
        if (veld === 'then' || typeof veld === 'symbol') return undefined;
        throw new Error(`${naam} is nog niet gestart: gebruik het pas in een test of in een beforeAll ná gebruik…().`);
      }
      const waarde: unknown = Reflect.get(gestart, veld);
      return typeof waarde === 'function' ? waarde.bind(gestart) : waarde;
    },
  });
}

/** De hele stapel (startStapel) voor de tests van dit blok. */
export const gebruikStapel = (backend: Backend = 'sqlite', opties: Stapelopties = {}, termijnMs?: number): Stapel =>
  gebruik('De stapel', () => startStapel(backend, opties), (stapel) => stapel.stop(), termijnMs);

/** Eén ministerie-subgraph met zijn edities (subgraafMetData), zonder HTTP, voor de tests van dit blok. */
export const gebruikSubgraaf = (departement: DepartementCode, backend: Backend = 'sqlite', opties: Parameters<typeof subgraafMetData>[2] = {}): Subgraaf =>
  gebruik(`De subgraph van ${departement}`, () => subgraafMetData(departement, backend, opties), (subgraaf) => subgraaf.sluit());

/**
 * Productiemodus voor wat dit blok start: Apollo Server leest NODE_ENV bij het bouwen
 * (introspectie, stacktraces), zoals in de image. Roep het aan vóór gebruikStapel; na de
 * tests krijgt NODE_ENV zijn vorige waarde terug, nadat de stapel gestopt is.
 */
export function inProductiemodus(): void {
  const vorige = process.env.NODE_ENV;
  beforeAll(() => {
    process.env.NODE_ENV = 'production';
  });
  afterAll(() => {
    if (vorige === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = vorige;
  });
}
