// Een termijn die de eigen achterstand van de gateway niet meetelt. Onder een vloed hield de
// lus van de gateway seconden vast; een timer van 5 s ging dan af terwijl het antwoord van de
// subgraph allang in de socket lag, de gateway meldde "SZW antwoordde niet", en na drie van
// die valse meldingen pauzeerde de onderbreker BZK voor iedereen. Deze klok houdt bij hoeveel
// tijd de lus achterliep, en geeft een termijn die tijd er nog bij (hooguit één keer de termijn).
import { performance } from 'node:perf_hooks';

/** Hoe vaak de klok kijkt; een achterstand korter dan dit ziet hij niet (en telt hij niet). */
const TIK_MS = 20;

export interface Termijn {
  signal: AbortSignal;
  /** Ruimt de timer op als het verzoek op tijd klaar was. */
  stop(): void;
}

export interface Lusklok {
  /** Hoeveel ms de lus sinds de start in totaal achterliep. */
  achterstandMs(): number;
  /**
   * Een AbortSignal dat na `ms` afgaat, plus de tijd dat de lus intussen vastzat; met `ook`
   * ook zodra dat signaal afgaat (met diens reden).
   */
  termijn(ms: number, ook?: AbortSignal): Termijn;
  stop(): void;
}

export function lusklok(): Lusklok {
  let vorige = performance.now();
  let achterstand = 0;
  const klok = setInterval(() => {
    const nu = performance.now();
    achterstand += Math.max(0, nu - vorige - TIK_MS);
    vorige = nu;
  }, TIK_MS);
  klok.unref();
  // Ook de achterstand van nu, die de klok pas bij zijn volgende tik zou zien.
  const achterstandMs = () => achterstand + Math.max(0, performance.now() - vorige - TIK_MS);
  return {
    achterstandMs,
    termijn(ms, ook) {
      const controle = new AbortController();
      const mee = () => {
        clearTimeout(timer);
        controle.abort(ook?.reason);
      };
      const begin = achterstandMs();
      let verlengd = 0;
      let timer: NodeJS.Timeout;
      const kijk = () => {
        const nog = achterstandMs() - begin - verlengd;
        if (nog > TIK_MS && verlengd < ms) {
          const erbij = Math.min(nog, ms - verlengd);
          verlengd += erbij;
          timer = setTimeout(kijk, erbij);
          return;
        }
        controle.abort(new DOMException(`termijn van ${ms} ms verstreken`, 'TimeoutError'));
      };
      timer = setTimeout(kijk, ms);
      if (ook?.aborted) mee();
      else ook?.addEventListener('abort', mee, { once: true });
      return {
        signal: controle.signal,
        stop: () => {
          clearTimeout(timer);
          ook?.removeEventListener('abort', mee);
        },
      };
    },
    stop: () => clearInterval(klok),
  };
}
