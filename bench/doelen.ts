// De doelen waaraan de gateway zich meet. Een gemist doel is een uitkomst, geen
// storing: de bench meldt het en eindigt gewoon.
import type { Meting } from './meten.js';
import { verhouding, type Operatieresultaat } from './rapport.js';

/** Zo staat een doel in --out; gehaald en waarde zijn null als het doel niet te meten was. */
export interface Doel {
  naam: string;
  gehaald: boolean | null;
  waarde: number | null;
  grens: number;
}

export interface Doelregel extends Doel {
  /** De cijfers achter `waarde`, voor de uitvoer. */
  cijfers: string;
}

/** p50 van het eerste antwoord na een import, in ms, per operatie. */
const EERSTE_ANTWOORD_P50_MS: Record<string, number> = { 'een-groep': 10, 'tegenwerkende-prikkels': 50 };
/** Zonder cache: zoveel keer de verzoeken/s van Hive en van stock Apollo, op elke operatie. */
const ZONDER_CACHE_MINIMAAL = { hive: 1.5, stockApollo: 5 } as const;
/** Met cache: de ondergrens haalt hooguit zoveel keer onze verzoeken/s. */
const VLOER_MAXIMAAL = 3;

const rond = (x: number) => Math.round(x * 100) / 100;
const tegen = (a: Meting, b: Meting) => `${rond(verhouding(a, b))}× (${a.rps} tegen ${b.rps} req/s)`;

/** `ours` haalt minstens `grens` keer de verzoeken/s van `ander`. */
function minstensKeer(naam: string, ours: Meting, ander: Meting, grens: number): Doelregel {
  const keer = verhouding(ours, ander);
  return { naam, gehaald: keer >= grens, waarde: rond(keer), grens, cijfers: tegen(ours, ander) };
}

export function bepaalDoelen(resultaten: Operatieresultaat[]): Doelregel[] {
  const eersteAntwoord = resultaten.flatMap(({ naam, eersteAntwoord: e }): Doelregel[] => {
    const grens = EERSTE_ANTWOORD_P50_MS[naam];
    if (grens === undefined || !e) return [];
    return [{ naam: `eerste antwoord ${naam}: p50 < ${grens} ms`, gehaald: e.p50 < grens, waarde: e.p50, grens, cijfers: `p50 ${e.p50} ms, p99 ${e.p99} ms` }];
  });
  const zonderCache = resultaten.flatMap(({ naam, belast: { oursUncached: ours, hive, stockApollo }, nietUitvoerbaar }): Doelregel[] => {
    if (!ours) return [];
    const tegenover = (ander: Meting | undefined, variant: 'hive' | 'stockApollo', label: string): Doelregel[] => {
      const doel = `zonder cache ${naam}: ours ≥ ${ZONDER_CACHE_MINIMAAL[variant]}× ${label}`;
      if (ander) return [minstensKeer(doel, ours, ander, ZONDER_CACHE_MINIMAAL[variant])];
      const fout = nietUitvoerbaar[variant];
      return fout ? [{ naam: doel, gehaald: null, waarde: null, grens: ZONDER_CACHE_MINIMAAL[variant], cijfers: `niet te meten: ${label} kan deze operatie niet uitvoeren` }] : [];
    };
    return [
      ...tegenover(hive, 'hive', 'Hive'),
      ...tegenover(stockApollo, 'stockApollo', 'stock Apollo'),
      { naam: `zonder cache ${naam}: ours 0 fouten`, gehaald: ours.errors === 0, waarde: ours.errors, grens: 0, cijfers: `${ours.errors} fouten` },
    ];
  });
  const metCache = resultaten.flatMap(({ naam, belast: { ours, floor } }): Doelregel[] => {
    if (!ours || !floor) return [];
    const keer = verhouding(floor, ours);
    return [{ naam: `met cache ${naam}: ondergrens ≤ ${VLOER_MAXIMAAL}× ours`, gehaald: keer <= VLOER_MAXIMAAL, waarde: rond(keer), grens: VLOER_MAXIMAAL, cijfers: tegen(floor, ours) }];
  });
  return [...eersteAntwoord, ...zonderCache, ...metCache];
}

export function toonDoelen(doelen: Doelregel[]): void {
  if (doelen.length === 0) return;
  console.log('\nDoelen\n');
  for (const d of doelen) console.log(`${d.gehaald === null ? 'N.V.T.' : d.gehaald ? 'PASS' : 'FAIL'}  ${d.naam}: ${d.cijfers}`);
}

export const doelAlsJson = ({ naam, gehaald, waarde, grens }: Doel): Doel => ({ naam, gehaald, waarde, grens });
