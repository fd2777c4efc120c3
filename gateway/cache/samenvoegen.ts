// Gelijk werk dat tegelijk loopt, één keer doen: wie met dezelfde sleutel komt terwijl
// het werk loopt, wacht op dezelfde uitkomst. Dit is geen cache: is het werk klaar (of
// mislukt), dan gaat de sleutel weg en doet de volgende het opnieuw. De gateway gebruikt
// het voor subgraph-verzoeken (verbinding/subgraafclient.ts) en voor hele operaties (cache/antwoordcache.ts).
export interface Samenvoeger<T> {
  doe(sleutel: string, werk: () => Promise<T>): Promise<T>;
  /** Hoe vaak iemand zich bij lopend werk voegde in plaats van het zelf te doen. */
  readonly samengevoegd: number;
}

export function samenvoeger<T>(): Samenvoeger<T> {
  const onderweg = new Map<string, Promise<T>>();
  let samengevoegd = 0;
  return {
    doe(sleutel, werk) {
      const lopend = onderweg.get(sleutel);
      if (lopend) {
        samengevoegd += 1;
        return lopend;
      }
      const nieuw = werk();
      onderweg.set(sleutel, nieuw);
      const weg = () => onderweg.delete(sleutel);
      nieuw.then(weg, weg);
      return nieuw;
    },
    get samengevoegd() {
      return samengevoegd;
    },
  };
}
