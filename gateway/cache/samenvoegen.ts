// Gelijk werk dat tegelijk loopt, één keer doen: wie met dezelfde sleutel komt terwijl
// het werk loopt, wacht op dezelfde uitkomst. Dit is geen cache: is het werk klaar (of
// mislukt), dan gaat de sleutel weg en doet de volgende het opnieuw. De gateway gebruikt
// het voor subgraph-verzoeken (verbinding/subgraafclient.ts) en voor hele operaties (cache/antwoordcache.ts).
//
// Afbreken: wie met een signaal wacht en dat signaal gaat af, stopt meteen met wachten (met
// de reden van zijn signaal); de anderen wachten door. Het werk zelf krijgt een signaal dat
// pas afgaat als álle wachtenden weg zijn: één client die weggaat, kost de anderen hun
// antwoord niet, en werk waar niemand meer op wacht, stopt. Wie zonder signaal wacht (de
// gateway zelf, bij het opwarmen), gaat nooit weg; zolang hij wacht, loopt het werk door.
export interface Samenvoeger<T> {
  /**
   * Doet `werk`, of wacht op gelijk werk dat al loopt. `werk` krijgt het signaal dat afgaat
   * als niemand meer wacht; `signaal` is dat van deze wachtende.
   */
  doe(sleutel: string, werk: (signaal: AbortSignal) => Promise<T>, signaal?: AbortSignal): Promise<T>;
  /** Hoe vaak iemand zich bij lopend werk voegde in plaats van het zelf te doen. */
  readonly samengevoegd: number;
}

interface Lopend<T> {
  uitkomst: Promise<T>;
  /** Wachtenden met een signaal dat nog niet afging. */
  metSignaal: number;
  /** Wachtenden zonder signaal: die gaan niet weg. */
  zonderSignaal: number;
  afbreker: AbortController;
}

export function samenvoeger<T>(): Samenvoeger<T> {
  const onderweg = new Map<string, Lopend<T>>();
  let samengevoegd = 0;

  const wacht = (sleutel: string, lopend: Lopend<T>, signaal?: AbortSignal): Promise<T> => {
    if (!signaal) {
      lopend.zonderSignaal += 1;
      return lopend.uitkomst;
    }
    lopend.metSignaal += 1;
    return new Promise<T>((klaar, mislukt) => {
      const weg = () => {
        lopend.metSignaal -= 1;
        if (lopend.metSignaal === 0 && lopend.zonderSignaal === 0) {
          // Wie hierna komt, begint opnieuw en sluit niet aan bij werk dat stopt.
          if (onderweg.get(sleutel) === lopend) onderweg.delete(sleutel);
          lopend.afbreker.abort(signaal.reason);
        }
        mislukt(signaal.reason);
      };
      signaal.addEventListener('abort', weg, { once: true });
      lopend.uitkomst.then(
        (waarde) => {
          signaal.removeEventListener('abort', weg);
          klaar(waarde);
        },
        (fout: unknown) => {
          signaal.removeEventListener('abort', weg);
          mislukt(fout);
        },
      );
    });
  };

  return {
    doe(sleutel, werk, signaal) {
      // Wie al weg is, begint niets en sluit nergens bij aan.
      if (signaal?.aborted) return Promise.reject(signaal.reason);
      const lopend = onderweg.get(sleutel);
      if (lopend) {
        samengevoegd += 1;
        return wacht(sleutel, lopend, signaal);
      }
      const afbreker = new AbortController();
      let uitkomst: Promise<T>;
      try {
        uitkomst = werk(afbreker.signal);
      } catch (fout) {
        uitkomst = Promise.reject(fout);
      }
      const nieuw: Lopend<T> = { uitkomst, metSignaal: 0, zonderSignaal: 0, afbreker };
      onderweg.set(sleutel, nieuw);
      const weg = () => {
        if (onderweg.get(sleutel) === nieuw) onderweg.delete(sleutel);
      };
      uitkomst.then(weg, weg);
      return wacht(sleutel, nieuw, signaal);
    },
    get samengevoegd() {
      return samengevoegd;
    },
  };
}
