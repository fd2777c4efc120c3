// Alle prikkels van één generatie, met per criterium van het filter de prikkels die erbij
// horen (in de vaste volgorde van de lijst). Een filter zoekt zo de kleinste lijst op die
// bij zijn criteria hoort en toetst alleen die prikkels, in plaats van alle prikkels langs
// te lopen; de uitkomst zijn dezelfde prikkels als tegenwerkendePrikkels met dat filter geeft.
import { voldoet, type Prikkelfilter, type Prikkelkern } from './prikkels.js';

export class Prikkelindex {
  private readonly perSleutel = new Map<string, Prikkelkern[]>();

  /** `alle`: de kernen van alle prikkels, werkend en slapend, in de volgorde van prikkelkernen. */
  constructor(readonly alle: readonly Prikkelkern[]) {
    for (const p of alle) {
      this.voeg(`instrument:${p.instrument.departement}`, p);
      this.voeg(`doel:${p.doel.departement}`, p);
      this.voeg(`indicator:${p.indicator}`, p);
      this.voeg(`slapend:${p.slapend}`, p);
      for (const g of p.aandachtsgroepen) this.voeg(`groep:${g.code}`, p);
      for (const partij of p.gedragenDoor) this.voeg(`partij:${partij}`, p);
    }
  }

  private voeg(sleutel: string, p: Prikkelkern) {
    const lijst = this.perSleutel.get(sleutel);
    if (lijst) lijst.push(p);
    else this.perSleutel.set(sleutel, [p]);
  }

  /** De sleutels waarvan het filter zeker één lijst kiest: elk gegeven criterium met precies één waarde. */
  private static sleutels(filter: Prikkelfilter): string[] {
    const sleutels: string[] = [];
    if (filter.instrumentDepartement) sleutels.push(`instrument:${filter.instrumentDepartement}`);
    if (filter.doelDepartement) sleutels.push(`doel:${filter.doelDepartement}`);
    if (filter.indicator) sleutels.push(`indicator:${filter.indicator}`);
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
