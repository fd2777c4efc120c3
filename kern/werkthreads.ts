// Werk dat de lus van een proces niet mag vasthouden, in een pool van werkthreads (piscina):
// met een termijn per taak, na afloop waarvan de thread wordt beëindigd, zodat een
// vijandige invoer hooguit één thread kost, nooit het proces.
import { Piscina } from 'piscina';

export class Termijnfout extends Error {
  constructor(readonly termijnMs: number) {
    super(`De taak duurde langer dan ${termijnMs} ms en is afgebroken.`);
  }
}

export interface Werkthreads<I, U> {
  voer(invoer: I): Promise<U>;
  sluit(): Promise<void>;
}

export interface Werkthreadopties {
  /** Zo lang mag één taak duren. */
  termijnMs: number;
  /** Zoveel threads hoogstens; een proces op twee kernen heeft er één nodig. */
  threads?: number;
  /** Na zoveel ms zonder werk stopt een thread (hij kost geheugen); de volgende taak start er een. */
  rustMs?: number;
}

/** Een pool voor de taak in `taak` (een module met een standaardexport, .ts vanuit de bron of .js in dist/). */
export function werkthreads<I, U>(taak: URL, { termijnMs, threads = 1, rustMs = 30_000 }: Werkthreadopties): Werkthreads<I, U> {
  const pool = new Piscina({
    filename: new URL('./werker.mjs', import.meta.url).href,
    workerData: { taak: taak.href },
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: rustMs,
  });
  return {
    async voer(invoer) {
      // Eerst een geladen thread: een koude start (tsx, zod, yaml) kost onder belasting seconden, en telt niet als werk van de taak.
      await pool.run(null, { name: 'gereed' });
      const termijn = AbortSignal.timeout(termijnMs);
      try {
        return (await pool.run(invoer, { signal: termijn })) as U;
      } catch (fout) {
        if (termijn.aborted) throw new Termijnfout(termijnMs);
        throw fout;
      }
    },
    sluit: () => pool.destroy(),
  };
}
