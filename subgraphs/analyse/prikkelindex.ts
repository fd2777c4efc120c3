// Alle prikkels van één generatie, met per criterium van het filter de prikkels die erbij
// horen (in de vaste volgorde van de lijst). Een filter zoekt zo de kleinste lijst op die
// bij zijn criteria hoort en toetst alleen die prikkels, in plaats van alle prikkels langs
// te lopen; de uitkomst zijn dezelfde prikkels als tegenwerkendePrikkels met dat filter geeft.
import { perSleutel } from '../../kern/groeperen.js';
import { bronnenVan, voldoet, type Prikkelfilter, type Prikkelkern } from './prikkels.js';

export class Prikkelindex {
  private readonly perSleutel: ReadonlyMap<string, readonly Prikkelkern[]>;

  /** `alle`: de kernen van alle prikkels, werkend en slapend, in de volgorde van prikkelkernen. */
  constructor(readonly alle: readonly Prikkelkern[]) {
    this.perSleutel = perSleutel(alle, (p) => [
      `instrument:${p.instrument.departement}`,
      `doel:${p.doel.departement}`,
      `indicator:${p.indicator}`,
      `slapend:${p.slapend}`,
      `instrumentcode:${p.instrument.code}`,
      `doelcode:${p.doel.code}`,
      ...p.aandachtsgroepen.map((g) => `groep:${g.code}`),
      ...p.gedragenDoor.map((partij) => `partij:${partij}`),
      // Een prikkel kan twee keer op hetzelfde document berusten (effect en doel): één keer in de lijst.
      ...new Set(bronnenVan(p).map((b) => `document:${b.document}`)),
    ]);
  }

  /** De sleutels waarvan het filter zeker één lijst kiest: elk gegeven criterium met precies één waarde. */
  private static sleutels(filter: Prikkelfilter): string[] {
    const sleutels: string[] = [];
    if (filter.instrumentDepartement) sleutels.push(`instrument:${filter.instrumentDepartement}`);
    if (filter.doelDepartement) sleutels.push(`doel:${filter.doelDepartement}`);
    if (filter.indicator) sleutels.push(`indicator:${filter.indicator}`);
    if (filter.instrument != null) sleutels.push(`instrumentcode:${filter.instrument}`);
    if (filter.doel != null) sleutels.push(`doelcode:${filter.doel}`);
    if (filter.bron?.document != null) sleutels.push(`document:${filter.bron.document}`);
    if (filter.aandachtsgroep) sleutels.push(`groep:${filter.aandachtsgroep}`);
    if (filter.aandachtsgroepen?.length === 1) sleutels.push(`groep:${filter.aandachtsgroepen[0]}`);
    if (filter.gedragenDoor?.length === 1) sleutels.push(`partij:${filter.gedragenDoor[0]}`);
    // slapend weggelaten of false: alleen wat werkt; true: alleen het slapende; null: allebei.
    if (filter.slapend !== null) sleutels.push(`slapend:${filter.slapend ?? false}`);
    return sleutels;
  }

  /** De prikkels die aan het filter voldoen, in de volgorde van de lijst. */
  zoek(filter: Prikkelfilter): Prikkelkern[] {
    let kandidaten: readonly Prikkelkern[] = this.alle;
    for (const sleutel of Prikkelindex.sleutels(filter)) {
      const lijst = this.perSleutel.get(sleutel) ?? [];
      if (lijst.length < kandidaten.length) kandidaten = lijst;
    }
    return kandidaten.filter((p) => voldoet(p, filter));
  }
}
