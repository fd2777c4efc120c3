// Een ministerie dat blijft hangen, kost zonder onderbreker elke vraag die het raakt de
// hele termijn (5 s), ook als al tien vragen daarvoor op dezelfde manier afliepen. De
// gateway houdt per subgraph bij hoe zijn verzoeken aflopen (opossum): faalt in een
// venster van twintig seconden minstens de helft van minstens drie verzoeken, dan vraagt
// hij die subgraph een pauze lang niets en antwoordt meteen zonder hem (hetzelfde
// gedeeltelijke antwoord als bij een termijn die verloopt). Na de pauze gaat één
// verzoek door als proef: lukt het, dan is alles weer normaal; anders volgt een nieuwe
// pauze. Cosmo Router heeft zo'n onderbreker per subgraph ingebouwd; de documentatie van
// Apollo Router verwijst ervoor naar een service mesh of proxy (docs/architectuur.md).
//
// Waarom drie in twintig seconden: gelijke vragen voert de gateway één keer uit, dus
// zelfs onder zware belasting met één populaire vraag ziet de onderbreker maar één
// mislukking per termijn. Drie op rij hangen is al vijftien seconden bewijs; één
// losse netwerkfout opent hem niet.
import CircuitBreaker from 'opossum';
import { GraphQLError } from 'graphql';
import type { Logboek } from '../../kern/logboek.js';
import { AFGEBROKEN } from './afbreken.js';

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

export const STANDAARD_ONDERBREKER: Onderbrekeropties = { pauzeMs: 5000, minimumVerzoeken: 3, foutpercentage: 50, vensterMs: 20_000 };

/**
 * Codes van deelverzoeken die meetellen als mislukt: de subgraph antwoordde niet, of met een
 * serverfout. `proef`: het deelverzoek was de proef na een pauze.
 */
function telAlsMislukt(fout: unknown, proef: boolean): boolean {
  if (!(fout instanceof GraphQLError)) return true;
  const { code, status } = fout.extensions;
  // Een client die wegging, zegt niets over de subgraph: anders pauzeerde de gateway een
  // ministerie omdat drie analisten hun tabblad sloten. opossum telt een fout die niet
  // meetelt als geslaagd, en een geslaagde proef beëindigt de pauze; een afgebroken proef
  // liet niet zien dat de subgraph weer antwoordt, dus die telt wel als mislukt.
  if (code === AFGEBROKEN) return proef;
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
  const schakelaar: CircuitBreaker<[() => Promise<unknown>], unknown> = new CircuitBreaker((actie: () => Promise<unknown>) => actie(), {
    name: naam,
    // De termijn per verzoek bewaakt subgraafclient.ts al, tot en met de laatste byte.
    timeout: false,
    resetTimeout: opties.pauzeMs,
    errorThresholdPercentage: opties.foutpercentage,
    volumeThreshold: opties.minimumVerzoeken,
    rollingCountTimeout: opties.vensterMs,
    errorFilter: (fout: unknown): boolean => !telAlsMislukt(fout, schakelaar.halfOpen),
  });
  let geopendOp = 0;
  let naProef = false;
  schakelaar.on('halfOpen', () => {
    naProef = true;
  });
  schakelaar.on('open', () => {
    geopendOp = Date.now();
    const oorzaak = naProef
      ? 'de proef na de pauze mislukte'
      : `meer dan ${opties.foutpercentage} % van de verzoeken in de laatste ${opties.vensterMs / 1000} s mislukte`;
    logboek?.warn({ subgraaf: naam, pauzeMs: opties.pauzeMs }, `${wie}: ${oorzaak}; ${opties.pauzeMs} ms geen verzoeken, daarna één proef.`);
  });
  schakelaar.on('close', () => {
    naProef = false;
    logboek?.info({ subgraaf: naam }, `${wie} antwoordt weer; de pauze is voorbij.`);
  });

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
