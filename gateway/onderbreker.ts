// Een ministerie dat blijft hangen, kost zonder onderbreker elke vraag die het raakt de
// hele termijn (5 s), ook als al tien vragen daarvoor op dezelfde manier afliepen. De
// gateway houdt per subgraph bij hoe zijn verzoeken aflopen (opossum): faalt in een
// venster van tien seconden minstens de helft van minstens vijf verzoeken, dan vraagt
// hij die subgraph een pauze lang niets en antwoordt meteen zonder hem (hetzelfde
// gedeeltelijke antwoord als bij een termijn die verloopt). Na de pauze gaat één
// verzoek door als proef: lukt het, dan is alles weer normaal; anders volgt een nieuwe
// pauze. Apollo Router en Cosmo Router doen hetzelfde per subgraph.
import CircuitBreaker from 'opossum';
import { GraphQLError } from 'graphql';
import type { Logboek } from '../kern/logboek.js';

export interface Onderbrekeropties {
  /** Zo lang vraagt de gateway een falende subgraph niets (SUBGRAAF_PAUZE_MS). */
  pauzeMs: number;
  /** Zoveel verzoeken moeten er in het venster zijn voordat de onderbreker kan openen. */
  minimumVerzoeken: number;
  /** Boven dit percentage mislukte verzoeken in het venster opent de onderbreker. */
  foutpercentage: number;
  /** Het venster waarover de gateway telt. */
  vensterMs: number;
}

export const STANDAARD_ONDERBREKER: Onderbrekeropties = { pauzeMs: 5000, minimumVerzoeken: 5, foutpercentage: 50, vensterMs: 10_000 };

/** Codes van deelverzoeken die meetellen als mislukt: de subgraph antwoordde niet, of met een serverfout. */
function telAlsMislukt(fout: unknown): boolean {
  if (!(fout instanceof GraphQLError)) return true;
  const { code, status } = fout.extensions;
  // Een 4xx zegt iets over het verzoek (te groot, geheim verschilt), niet over de subgraph.
  return !(code === 'SUBGRAAF_WEIGERDE' && typeof status === 'number' && status < 500);
}

export interface Onderbreker {
  /** Voert `actie` uit, of weigert meteen met SUBGRAAF_GEPAUZEERD als de subgraph gepauzeerd is. */
  voer<T>(actie: () => Promise<T>): Promise<T>;
  readonly gepauzeerd: boolean;
  sluit(): void;
}

/** Een onderbreker voor één subgraph; `wie` noemt hem in een fout ("SZW", "De analyselaag"). */
export function onderbreker(
  naam: string,
  wie: string,
  extensions: Record<string, unknown>,
  opties: Onderbrekeropties,
  logboek?: Pick<Logboek, 'warn' | 'info'>,
): Onderbreker {
  const schakelaar = new CircuitBreaker((actie: () => Promise<unknown>) => actie(), {
    name: naam,
    // De termijn per verzoek bewaakt ontdubbelen.ts al, tot en met de laatste byte.
    timeout: false,
    resetTimeout: opties.pauzeMs,
    errorThresholdPercentage: opties.foutpercentage,
    volumeThreshold: opties.minimumVerzoeken,
    rollingCountTimeout: opties.vensterMs,
    errorFilter: (fout: unknown) => !telAlsMislukt(fout),
  });
  let geopendOp = 0;
  schakelaar.on('open', () => {
    geopendOp = Date.now();
    const { fires, failures, timeouts } = schakelaar.stats;
    logboek?.warn({ subgraaf: naam, pauzeMs: opties.pauzeMs }, `${wie}: ${failures + timeouts} van ${fires} verzoeken mislukt; ${opties.pauzeMs} ms geen verzoeken, daarna één proef.`);
  });
  schakelaar.on('close', () => logboek?.info({ subgraaf: naam }, `${wie} antwoordt weer; de pauze is voorbij.`));

  return {
    async voer<T>(actie: () => Promise<T>): Promise<T> {
      try {
        return (await schakelaar.fire(actie)) as T;
      } catch (fout) {
        if (!(fout instanceof Error && (fout as Error & { code?: string }).code === 'EOPENBREAKER')) throw fout;
        const opnieuwOverMs = Math.max(0, geopendOp + opties.pauzeMs - Date.now());
        throw new GraphQLError(
          `${wie} antwoordde de laatste keren niet; de gateway vraagt ${wie} ${opnieuwOverMs > 0 ? `de komende ${Math.ceil(opnieuwOverMs / 1000)} s` : 'tot de lopende proef slaagt'} niets en antwoordt zonder.`,
          { extensions: { code: 'SUBGRAAF_GEPAUZEERD', subgraaf: naam, ...extensions, opnieuwOverMs } },
        );
      }
    },
    get gepauzeerd() {
      return !schakelaar.closed;
    },
    sluit: () => schakelaar.shutdown(),
  };
}
