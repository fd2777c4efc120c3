// Wat de bench laat zien. Met en zonder cache staan in aparte tabellen: een gecachet
// antwoord naast een ongecachet antwoord vergelijken zegt niets over de gateway.
import type { Latentie, Meting } from './meten.js';

export type Variantnaam = 'ours' | 'oursUncached' | 'stockApollo' | 'hive' | 'floor';

/** Zonder cache: deze varianten worden ook onbelast gemeten en onderling vergeleken. */
export const ZONDER_CACHE = ['oursUncached', 'stockApollo', 'hive'] as const;
export type Ongecachet = (typeof ZONDER_CACHE)[number];
export const isOngecachet = (naam: Variantnaam): naam is Ongecachet => (ZONDER_CACHE as readonly string[]).includes(naam);

export const LABEL: Record<Variantnaam, string> = {
  ours: 'onze gateway (cache aan)',
  oursUncached: 'onze gateway (zonder cache)',
  stockApollo: 'stock @apollo/gateway',
  hive: 'Hive Gateway',
  floor: 'ondergrens (kale HTTP)',
};

export interface Operatieresultaat {
  naam: string;
  belast: Partial<Record<Variantnaam, Meting>>;
  onbelast: Partial<Record<Ongecachet, Latentie>>;
  /** Onze gateway met cache, na een wijzigingsbericht vóór elk verzoek. */
  eersteAntwoord: Latentie | null;
  /** Vergelijkingsgateways die deze operatie niet konden uitvoeren, met hun fout. */
  nietUitvoerbaar: Partial<Record<Variantnaam, string>>;
}

/** `teller ÷ noemer`; een variant zonder één geslaagd verzoek per seconde telt als 1. */
export const verhouding = (teller: Meting, noemer: Meting) => teller.rps / Math.max(noemer.rps, 1);
const keer = (x: number) => `${x.toFixed(2)}×`;
const cel = (x: number | null | undefined) => (x == null ? '-' : String(x));
const belastCellen = (m: Meting) => [m.rps, m.p50, m.p99, m.errors, m.sqlPerRequest, m.rssMb].map(cel);
const BELAST_KOP = ['req/s', 'p50 ms', 'p99 ms', 'fouten', 'SQL/req', 'RSS MB'];

function toonTabel(titel: string, kop: string[], rijen: string[][]): void {
  if (rijen.length === 0) return;
  const breedte = kop.map((k, i) => Math.max(k.length, ...rijen.map((r) => r[i].length)));
  const regel = (cellen: string[]) => `| ${cellen.map((c, i) => c.padEnd(breedte[i])).join(' | ')} |`;
  console.log(`\n${titel}\n`);
  console.log(regel(kop));
  console.log(regel(breedte.map((b) => '-'.repeat(b))));
  for (const r of rijen) console.log(regel(r));
}

export function toonMetCache(resultaten: Operatieresultaat[]): void {
  const rijen = resultaten.flatMap(({ naam, belast: { ours, floor } }) =>
    ours && floor
      ? [
          [naam, LABEL.ours, ...belastCellen(ours), ''],
          ['', LABEL.floor, ...belastCellen(floor), keer(verhouding(floor, ours))],
        ]
      : [],
  );
  toonTabel('Met cache: onze gateway tegen de ondergrens', ['operatie', 'variant', ...BELAST_KOP, 'vloer ÷ ours'], rijen);
}

export function toonZonderCache(resultaten: Operatieresultaat[]): void {
  const rijen = resultaten.flatMap(({ naam, belast, onbelast }) =>
    ZONDER_CACHE.flatMap((v, i) => {
      const m = belast[v];
      const ours = belast.oursUncached;
      if (!m || !ours) return [];
      return [[i === 0 ? naam : '', LABEL[v], ...belastCellen(m), cel(onbelast[v]?.p50), cel(onbelast[v]?.p99), v === 'oursUncached' ? '' : keer(verhouding(ours, m))]];
    }),
  );
  toonTabel('Zonder cache: belast en onbelast (1 verbinding)', ['operatie', 'variant', ...BELAST_KOP, 'onbelast p50', 'onbelast p99', 'ours ÷ variant'], rijen);
  for (const { naam, nietUitvoerbaar } of resultaten) {
    for (const [variant, fout] of Object.entries(nietUitvoerbaar)) console.log(`\n${naam}: ${LABEL[variant as Variantnaam]} kan deze operatie niet uitvoeren: ${fout}`);
  }
}

export function toonEersteAntwoord(resultaten: Operatieresultaat[], aantal: number): void {
  const rijen = resultaten.flatMap(({ naam, eersteAntwoord: e }) => (e ? [[naam, cel(e.p50), cel(e.p99)]] : []));
  toonTabel(`Eerste antwoord: onze gateway met cache, na een wijzigingsbericht vóór elk verzoek (1 client, ${aantal} metingen)`, ['operatie', 'p50 ms', 'p99 ms'], rijen);
}

/**
 * Een operatie in de vorm van --out. De velden van vóór de varianten zonder cache
 * (ours, stockApollo, hive, floor) houden hun naam, zodat oude resultaten vergelijkbaar
 * blijven; stock Apollo en Hive hebben geen cache, dus hun ene meting staat op beide plekken.
 */
export function operatieAlsJson({ naam, belast, onbelast, eersteAntwoord, nietUitvoerbaar }: Operatieresultaat) {
  const floor = belast.floor && { rps: belast.floor.rps, p50: belast.floor.p50, p99: belast.floor.p99, errors: belast.floor.errors };
  return {
    name: naam,
    ours: belast.ours ?? null,
    stockApollo: belast.stockApollo ?? null,
    hive: belast.hive ?? null,
    floor: floor ?? null,
    uncached: { ours: belast.oursUncached ?? null, stockApollo: belast.stockApollo ?? null, hive: belast.hive ?? null },
    unloaded: { ours: onbelast.oursUncached ?? null, stockApollo: onbelast.stockApollo ?? null, hive: onbelast.hive ?? null },
    firstAnswer: eersteAntwoord,
    notExecutable: nietUitvoerbaar,
  };
}
