// Twee kijkjes op dezelfde afgeleide prikkels, voor wie het overzicht zoekt in plaats van
// de lijst: de matrix ministerie van het instrument × ministerie van het doel, en per
// maatregel de prikkels die hij zou wegnemen. Niets hiervan is opgeslagen; het komt uit
// tegenwerkendePrikkels.
import { DEPARTEMENTEN } from '../../kern/config.js';
import { vocabulaire } from '../../kern/vocabulaire.js';
import type { Maatregel } from './model.js';
import type { Prikkelbasis } from './prikkels.js';

export interface Matrixcel<P extends Prikkelbasis = Prikkelbasis> {
  instrumentDepartement: string;
  doelDepartement: string;
  aantal: number;
  sterksteScore: number;
  aandachtsgroepen: { code: string }[];
  indicatoren: string[];
  prikkels: P[];
}

const volgorde = (d: string) => (DEPARTEMENTEN as readonly string[]).indexOf(d);
const groepsvolgorde = vocabulaire.aandachtsgroepen;

/** Alleen cellen met minstens één prikkel, in de volgorde van de ministeries in kern/config.ts. */
export function prikkelmatrix<P extends Prikkelbasis>(prikkels: P[]): Matrixcel<P>[] {
  const cellen = new Map<string, Matrixcel<P>>();
  for (const p of prikkels) {
    const sleutel = `${p.instrument.departement}>${p.doel.departement}`;
    const cel = cellen.get(sleutel) ?? {
      instrumentDepartement: p.instrument.departement,
      doelDepartement: p.doel.departement,
      aantal: 0,
      sterksteScore: 0,
      aandachtsgroepen: [],
      indicatoren: [],
      prikkels: [],
    };
    cel.aantal += 1;
    // Tegenwerkend is negatief: de sterkste is de laagste.
    cel.sterksteScore = Math.min(cel.sterksteScore, p.score);
    cel.prikkels.push(p);
    cellen.set(sleutel, cel);
  }
  return [...cellen.values()]
    .map((cel) => ({
      ...cel,
      aandachtsgroepen: groepsvolgorde.filter((g) => cel.prikkels.some((p) => p.aandachtsgroepen.some((a) => a.code === g))).map((code) => ({ code })),
      indicatoren: vocabulaire.indicatoren.filter((i) => cel.prikkels.some((p) => p.indicator === i)),
    }))
    .sort((a, b) => volgorde(a.instrumentDepartement) - volgorde(b.instrumentDepartement) || volgorde(a.doelDepartement) - volgorde(b.doelDepartement));
}

export interface Prikkeltelling {
  totaal: number;
  perAandachtsgroep: { aandachtsgroep: { code: string }; aantal: number }[];
  perIndicator: { indicator: string; aantal: number }[];
  perPartij: { partij: string; aantal: number }[];
  perInstrument: { instrument: Prikkelbasis['instrument']; indicator: string; richting: 'TOENAME' | 'AFNAME'; aantal: number }[];
  perDoel: { doel: Prikkelbasis['doel']; aantal: number }[];
}

/** Hoeveel prikkels onder elke sleutel vallen, met het eerste element van die sleutel; in de volgorde van `volgorde`. */
function perGroep<T>(prikkels: readonly Prikkelbasis[], sleutel: (p: Prikkelbasis) => string, maak: (p: Prikkelbasis) => T, volgorde: (a: T, b: T) => number): (T & { aantal: number })[] {
  const groepen = new Map<string, T & { aantal: number }>();
  for (const p of prikkels) {
    const s = sleutel(p);
    const groep = groepen.get(s);
    if (groep) groep.aantal += 1;
    else groepen.set(s, { ...maak(p), aantal: 1 });
  }
  return [...groepen.values()].sort(volgorde);
}

const indicatorvolgorde = (i: string) => vocabulaire.indicatoren.indexOf(i);

/** Tellingen in de volgorde van het schema; alleen wat minstens één keer voorkomt. */
export function prikkeltelling(prikkels: Prikkelbasis[]): Prikkeltelling {
  const tel = <T>(waarden: readonly string[], heeft: (p: Prikkelbasis, w: string) => boolean, maak: (w: string, aantal: number) => T): T[] =>
    waarden.map((w) => [w, prikkels.filter((p) => heeft(p, w)).length] as const).filter(([, n]) => n > 0).map(([w, n]) => maak(w, n));
  return {
    totaal: prikkels.length,
    perAandachtsgroep: tel(groepsvolgorde, (p, g) => p.aandachtsgroepen.some((a) => a.code === g), (code, aantal) => ({ aandachtsgroep: { code }, aantal })),
    perIndicator: tel(vocabulaire.indicatoren, (p, i) => p.indicator === i, (indicator, aantal) => ({ indicator, aantal })),
    perPartij: tel(vocabulaire.partijen, (p, x) => p.gedragenDoor.includes(x), (partij, aantal) => ({ partij, aantal })),
    // Een prikkel werkt tegen een doel dat de andere kant op wil: het instrument duwt de indicator dus tegen die richting in.
    perInstrument: perGroep(
      prikkels,
      (p) => `${p.instrument.departement}:${p.instrument.code}|${p.indicator}|${p.doel.richting}`,
      (p) => ({ instrument: p.instrument, indicator: p.indicator, richting: p.doel.richting === 'TOENAME' ? ('AFNAME' as const) : ('TOENAME' as const) }),
      (a, b) =>
        volgorde(a.instrument.departement) - volgorde(b.instrument.departement) ||
        a.instrument.code.localeCompare(b.instrument.code) ||
        indicatorvolgorde(a.indicator) - indicatorvolgorde(b.indicator) ||
        a.richting.localeCompare(b.richting),
    ),
    perDoel: perGroep(
      prikkels,
      (p) => `${p.doel.departement}:${p.doel.code}`,
      (p) => ({ doel: p.doel }),
      (a, b) => volgorde(a.doel.departement) - volgorde(b.doel.departement) || a.doel.code.localeCompare(b.doel.code),
    ),
  };
}

export interface Maatregelprikkels<P extends Prikkelbasis = Prikkelbasis> {
  maatregel: Maatregel;
  prikkels: P[];
}

/** Elke maatregel die minstens één prikkel zou wegnemen, met die prikkels; sterkste prikkels eerst. */
export function maatregelenMetPrikkels<P extends Prikkelbasis>(prikkels: P[]): Maatregelprikkels<P>[] {
  const perCode = new Map<string, Maatregelprikkels<P>>();
  for (const p of prikkels) {
    for (const m of p.maatregelen) {
      const regel = perCode.get(m.code) ?? { maatregel: m, prikkels: [] };
      regel.prikkels.push(p);
      perCode.set(m.code, regel);
    }
  }
  const sterkste = (r: Maatregelprikkels<P>) => Math.min(...r.prikkels.map((p) => p.score));
  return [...perCode.values()].sort((a, b) => sterkste(a) - sterkste(b) || b.prikkels.length - a.prikkels.length || a.maatregel.code.localeCompare(b.maatregel.code));
}
