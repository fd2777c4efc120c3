// Het netwerk van één aandachtsgroep, afgeleid uit het overzicht `netwerk`, met welke
// verbanden tegenwerken uit `prikkeltelling` (per instrument en per doel) en, als ze in één
// bladzijde passen, de prikkels zelf uit `prikkellijst`: knopen (instrumenten, indicatoren,
// doelen) en verbanden (effect van een instrument op een indicator; een doel dat een
// indicator een kant op wil). Zonder cytoscape, zodat tabel en graaf uit precies dezelfde
// lijst komen. Bij twintig keer zoveel beleid heeft één groep 22.400 prikkels: de telling
// markeert dan elk tegenwerkend verband, zonder ze allemaal op te halen.
import type { Bron } from '../herkomst.js';
import type { NetwerkFragment, NetwerkQuery, PrikkeltellingQuery } from '../generated/overzichten.js';
import type { Lijstprikkel, Prikkellijstfilter } from '../prikkellijst.js';
import { DEPARTEMENTEN, MINISTERIES as SLEUTELS, type Departement, type Groep } from '../vocabulaire.js';

export const STANDAARDGROEP: Groep = 'DAK_EN_THUISLOZEN';

type Codes = { code: string }[];

/** Het beleid van één ministerie voor de groep, zoals het overzicht netwerk het geeft. */
export type Silo = NetwerkFragment;
export type Netwerkgroep = NetwerkQuery['aandachtsgroep'];
export type Prikkel = Lijstprikkel;
export type Prikkeltelling = PrikkeltellingQuery['analyse']['prikkeltelling'];

export type Soort = 'instrument' | 'indicator' | 'doel';

export interface Knoop {
  id: string;
  soort: Soort;
  naam: string;
  /** Het ministerie van een instrument of doel; null voor een indicator (die van niemand is). */
  departement: string | null;
  tegenwerkend: boolean;
}

interface Basisverband {
  id: string;
  van: Knoop;
  naar: Knoop;
  bron: Bron;
  /** Het ministerie van het instrument (effect) of van het doel. */
  departement: string;
  /** Hoeveel tegenwerkende prikkels dit verband deel van is; meer dan 0 is een tegenwerkend pad. */
  aantal: number;
  /** Die prikkels, als links naar de Prikkel-pagina; null als ze niet opgehaald zijn (te veel voor één bladzijde). */
  prikkels: Prikkel[] | null;
  /** Het filter van prikkellijst dat precies deze prikkels geeft (voor een effect: ook die van een effect de andere kant op, als het instrument er zo een heeft). */
  filter: Prikkellijstfilter;
}

export type Verband =
  | (Basisverband & { soort: 'effect'; score: number; toelichting: string })
  | (Basisverband & { soort: 'doel'; richting: 'TOENAME' | 'AFNAME' });

export interface Netwerk {
  knopen: Knoop[];
  verbanden: Verband[];
  /** Instrumenten van de groep zonder een effect voor deze groep: staan niet in de graaf. */
  zonderEffect: { naam: string; departement: string }[];
}

export interface Keuze {
  groep: Groep;
  /** Een van DEPARTEMENTEN, of null voor alle ministeries. */
  departement: Departement | null;
  alleenTegenwerkend: boolean;
}

/** "AANBOD_BETAALBARE_WOONPLEKKEN" → "aanbod betaalbare woonplekken". */
export const leesbaar = (code: string) => code.replaceAll('_', ' ').toLowerCase();
const metHoofdletter = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const indicatornaam = (code: string) => metHoofdletter(leesbaar(code));

const telt = (lijst: Codes, groep: string) => lijst.some((g) => g.code === groep);
/** Of een effect met deze score de indicator de andere kant op duwt dan het doel wil. */
const tegen = (score: number, richting: string) => (score > 0) !== (richting === 'TOENAME');
/** Waarheen een effect met deze score de indicator duwt, zoals Instrumenttelling.richting het zegt. */
const duwt = (score: number) => (score > 0 ? 'TOENAME' : 'AFNAME');

/**
 * `telling`: hoeveel prikkels per instrument en doel (null als de analyse niet antwoordde: dan
 * geen tegenwerkende paden); `prikkels`: alle prikkels van de groep, of null als dat er te veel
 * zijn om op te halen (dan staan alleen de aantallen bij de verbanden).
 */
export function bouwNetwerk(groep: Netwerkgroep, telling: Prikkeltelling | null, prikkels: Prikkel[] | null, keuze: Keuze): Netwerk {
  const silos = SLEUTELS.map((s) => groep[s]).filter((s): s is Silo => s !== null);
  const gekozen = (departement: string) => !keuze.departement || keuze.departement === departement;
  const perInstrument = new Map((telling?.perInstrument ?? []).map((t) => [`${t.instrument.departement}:${t.instrument.code}|${t.indicator}|${t.richting}`, t.aantal]));
  const perDoel = new Map((telling?.perDoel ?? []).map((t) => [`${t.doel.departement}:${t.doel.code}`, t.aantal]));

  const knopen = new Map<string, Knoop>();
  const knoop = (id: string, k: Omit<Knoop, 'id' | 'tegenwerkend'>) => {
    const bestaand = knopen.get(id);
    if (bestaand) return bestaand;
    const nieuw: Knoop = { id, tegenwerkend: false, ...k };
    knopen.set(id, nieuw);
    return nieuw;
  };
  const indicator = (code: string) => knoop(`indicator:${code}`, { soort: 'indicator', naam: indicatornaam(code), departement: null });

  const verbanden: Verband[] = [];
  const zonderEffect: Netwerk['zonderEffect'] = [];
  for (const silo of silos) {
    if (!gekozen(silo.departement)) continue;
    for (const instrument of silo.instrumenten) {
      if (!telt(instrument.aandachtsgroepen, keuze.groep)) continue;
      // Een instrument heeft ook effecten voor andere groepen: alleen die voor deze groep tellen.
      const effecten = instrument.effecten.filter((e) => telt(e.aandachtsgroepen, keuze.groep));
      if (effecten.length === 0) zonderEffect.push({ naam: instrument.naam, departement: silo.departement });
      effecten.forEach((e, i) => {
        const aantal = perInstrument.get(`${silo.departement}:${instrument.code}|${e.indicator}|${duwt(e.score)}`) ?? 0;
        if (keuze.alleenTegenwerkend && aantal === 0) return;
        const treffers =
          prikkels?.filter((p) => p.instrument.departement === silo.departement && p.instrument.code === instrument.code && p.indicator === e.indicator && tegen(e.score, p.doel.richting)) ?? null;
        const van = knoop(`instrument:${silo.departement}:${instrument.code}`, { soort: 'instrument', naam: instrument.naam, departement: silo.departement });
        verbanden.push({
          id: `effect:${silo.departement}:${instrument.code}:${e.indicator}:${i}`,
          soort: 'effect',
          van,
          naar: indicator(e.indicator),
          score: e.score,
          toelichting: e.toelichting,
          bron: e.bron,
          departement: silo.departement,
          aantal,
          prikkels: treffers,
          filter: { aandachtsgroep: groep.code, instrumentDepartement: silo.departement, instrument: instrument.code, indicator: e.indicator },
        });
      });
    }
    for (const doel of silo.doelen) {
      if (!telt(doel.aandachtsgroepen, keuze.groep)) continue;
      const aantal = perDoel.get(`${silo.departement}:${doel.code}`) ?? 0;
      if (keuze.alleenTegenwerkend && aantal === 0) continue;
      const treffers = prikkels?.filter((p) => p.doel.departement === silo.departement && p.doel.code === doel.code && p.indicator === doel.indicator) ?? null;
      verbanden.push({
        id: `doelverband:${silo.departement}:${doel.code}`,
        soort: 'doel',
        van: indicator(doel.indicator),
        naar: knoop(`doel:${silo.departement}:${doel.code}`, { soort: 'doel', naam: doel.naam, departement: silo.departement }),
        richting: doel.richting,
        bron: doel.bron,
        departement: silo.departement,
        aantal,
        prikkels: treffers,
        filter: { aandachtsgroep: groep.code, doelDepartement: silo.departement, doel: doel.code },
      });
    }
  }
  for (const v of verbanden) {
    if (v.aantal === 0) continue;
    v.van.tegenwerkend = true;
    v.naar.tegenwerkend = true;
  }
  return { knopen: [...knopen.values()], verbanden, zonderEffect };
}

export const telling = (n: Netwerk) => ({
  instrumenten: n.knopen.filter((k) => k.soort === 'instrument').length,
  indicatoren: n.knopen.filter((k) => k.soort === 'indicator').length,
  doelen: n.knopen.filter((k) => k.soort === 'doel').length,
  verbanden: n.verbanden.length,
  tegenwerkend: n.verbanden.filter((v) => v.aantal > 0).length,
});

/**
 * Posities in drie kolommen (instrumenten | indicatoren | doelen), zodat het netwerk van
 * links naar rechts leest. Instrumenten per ministerie; indicatoren en doelen op de
 * gemiddelde hoogte van wat ze raakt, dat scheelt kruisende lijnen.
 */
export function posities(n: Netwerk, kolomafstand = 400, rijhoogte = 40): Map<string, { x: number; y: number }> {
  const uit = new Map<string, { x: number; y: number }>();
  const soort = (s: Soort) => n.knopen.filter((k) => k.soort === s);
  const rijen = Math.max(1, ...(['instrument', 'indicator', 'doel'] as const).map((s) => soort(s).length));
  const hoogte = rijen * rijhoogte;
  const zet = (lijst: Knoop[], x: number) => lijst.forEach((k, i) => uit.set(k.id, { x, y: ((i + 0.5) * hoogte) / lijst.length }));
  const volgorde = (d: string | null) => DEPARTEMENTEN.indexOf((d ?? '') as (typeof DEPARTEMENTEN)[number]);

  zet(soort('instrument').sort((a, b) => volgorde(a.departement) - volgorde(b.departement) || a.naam.localeCompare(b.naam, 'nl')), 0);
  const zwaartepunt = (k: Knoop, buren: (v: Verband) => Knoop | null) => {
    const ys = n.verbanden.map(buren).filter((b): b is Knoop => b !== null && uit.has(b.id)).map((b) => uit.get(b.id)!.y);
    return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : Infinity;
  };
  const opHoogte = (lijst: Knoop[], buren: (k: Knoop) => (v: Verband) => Knoop | null) =>
    lijst.map((k) => ({ k, y: zwaartepunt(k, buren(k)) })).sort((a, b) => a.y - b.y || a.k.naam.localeCompare(b.k.naam, 'nl')).map(({ k }) => k);
  zet(opHoogte(soort('indicator'), (k) => (v) => (v.naar === k ? v.van : null)), kolomafstand);
  zet(opHoogte(soort('doel'), (k) => (v) => (v.naar === k ? v.van : null)), 2 * kolomafstand);
  return uit;
}
