// Hoe lang elke fase van een import of publicatie duurt, voor de publicatiebench
// (bench/schaal/publicatietijd.ts): lezen, valideren, samenvoegen, schrijven, laden. Zonder
// meting (de gewone gang) kost een fase één vergelijking; er wordt niets bewaard.
import { performance } from 'node:perf_hooks';

/** Per fase de opgetelde milliseconden; een fase die vaker loopt (per bestand), telt op. */
export type Fasetijden = Map<string, number>;

let meting: Fasetijden | undefined;

/** Voert `werk` uit en telt de tijd op bij `naam`, als er gemeten wordt. */
export function fase<T>(naam: string, werk: () => T): T {
  if (!meting) return werk();
  const tijden = meting;
  const begin = performance.now();
  try {
    return werk();
  } finally {
    tijden.set(naam, (tijden.get(naam) ?? 0) + performance.now() - begin);
  }
}

/** Als fase, voor werk dat wacht (de database, een werkthread). */
export async function faseAsync<T>(naam: string, werk: () => Promise<T>): Promise<T> {
  if (!meting) return werk();
  const tijden = meting;
  const begin = performance.now();
  try {
    return await werk();
  } finally {
    tijden.set(naam, (tijden.get(naam) ?? 0) + performance.now() - begin);
  }
}

/** Meet de fasen van `werk` (één tegelijk: de bench doet niets anders intussen). */
export async function meetFasen<T>(werk: () => Promise<T>): Promise<{ resultaat: T; fasen: Fasetijden }> {
  const tijden: Fasetijden = new Map();
  meting = tijden;
  try {
    return { resultaat: await werk(), fasen: tijden };
  } finally {
    meting = undefined;
  }
}
