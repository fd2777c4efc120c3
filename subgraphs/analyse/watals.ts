// Wat als een keuze van maatregelen genomen wordt: welke tegenwerkende prikkels ze
// wegnemen en welke blijven. Er is geen eigen regel voor "neemt weg": een prikkel is
// opgelost als een gekozen maatregel in zijn `maatregelen` staat, en die lijst maakt
// prikkels.ts (de maatregel hoort bij het instrument en past het als geheel aan, of het
// effect op de indicator van de prikkel). Zo zeggen watAls, TegenwerkendePrikkel.maatregelen
// en Analyse.maatregelen altijd hetzelfde.
import { vocabulaire } from '../../kern/vocabulaire.js';
import type { Beleid, Maatregel } from './model.js';
import { opsomming, type Prikkelbasis } from './prikkels.js';

export interface Keuze {
  maatregelen?: readonly string[] | null;
  pakket?: string | null;
}

export interface WatAls<P extends Prikkelbasis = Prikkelbasis> {
  maatregelen: Maatregel[];
  opgelost: P[];
  resterend: P[];
}

/** Een keuze die niet te beantwoorden is; de resolver maakt er een BAD_USER_INPUT van. */
export class OngeldigeKeuze extends Error {}

/**
 * Elke maatregel van deze ministeries, ook die zonder bestaand instrument (die nemen geen
 * prikkel weg, maar horen wel bij hun pakket), in de volgorde van de gegevens.
 */
export function alleMaatregelen(beleid: Beleid[]): Maatregel[] {
  return beleid.flatMap((b) => b.maatregelen);
}

/**
 * De gekozen maatregelen: die met een van de codes en die van het pakket samen. Een
 * onbekende code is een fout die de geldige codes noemt; `ontbrekend` zijn de ministeries
 * die niet antwoordden, want hun maatregelen zijn dan niet te kennen.
 */
export function gekozenMaatregelen(alle: Maatregel[], keuze: Keuze, ontbrekend: readonly string[] = []): Maatregel[] {
  const codes = [...new Set(keuze.maatregelen ?? [])];
  if (codes.length === 0 && !keuze.pakket) {
    throw new OngeldigeKeuze(
      `Geef maatregelen (codes, zoals in Instrument.maatregelen) of een pakket (${vocabulaire.maatregelpakketten.join(' of ')}) op, of beide; ` +
        `bijvoorbeeld watAls(pakket: ${vocabulaire.maatregelpakketten[0]}).`,
    );
  }
  const bekend = new Set(alle.map((m) => m.code));
  const onbekend = codes.filter((c) => !bekend.has(c));
  if (onbekend.length > 0) {
    const niet = ontbrekend.length > 0 ? ` De maatregelen van ${opsomming([...ontbrekend])} zijn niet te kennen: ${ontbrekend.length === 1 ? 'dat ministerie antwoordde' : 'die ministeries antwoordden'} niet.` : '';
    throw new OngeldigeKeuze(
      `Onbekende ${onbekend.length === 1 ? 'maatregel' : 'maatregelen'}: ${onbekend.join(', ')}.${niet} ` +
        `Geldige codes: ${[...bekend].sort().join(', ')}.`,
    );
  }
  const gekozen = new Set(codes);
  return alle.filter((m) => gekozen.has(m.code) || m.pakket === keuze.pakket);
}

/** Verdeelt de prikkels: opgelost als een gekozen maatregel hem wegneemt, anders resterend; de volgorde blijft. */
export function watAls<P extends Prikkelbasis>(prikkels: P[], maatregelen: Maatregel[]): WatAls<P> {
  const gekozen = new Set(maatregelen.map((m) => m.code));
  const opgelost: P[] = [];
  const resterend: P[] = [];
  for (const p of prikkels) (p.maatregelen.some((m) => gekozen.has(m.code)) ? opgelost : resterend).push(p);
  return { maatregelen, opgelost, resterend };
}
