// Tegenwerkende prikkels afleiden: een effect van een instrument dat een indicator de
// andere kant op duwt dan een doel wil, voor een aandachtsgroep (en leeftijd) waar
// beide gelden. Er is geen lijst van conflicten: alleen deze regel.
import { perSleutel } from '../../kern/groeperen.js';
import { indicatorlabel } from '../../kern/vocabulaire.js';
import type { Indicator, Instrumentstatus, Zekerheid } from './generated/beleid.js';
import type { Prikkelfilter as Prikkelfilterinvoer } from './generated/resolvers.js';
import { beleidVan, type AandachtsgroepMetBeleid, type Beleid, type Bron, type Doel, type Effect, type Instrument, type Leeftijd, type Maatregel } from './model.js';
import { isLetterlijk, isSlapend, voldoetAanSlapend, zekerheidVanDelen } from './zekerheid.js';

export interface Verwijzing {
  code: string;
  naam: string;
  departement: string;
}

/** Een doel zoals de analyse het noemt, met zijn bron en zekerheid: een prikkel is zo zeker als zijn doel. */
export type Doelverwijzing = Verwijzing & Pick<Doel, 'richting' | 'uitspraak' | 'bron' | 'zekerheid' | 'afgeleid'>;

/** Eén stap waarop een prikkel berust: een effect van een instrument, of een verband tussen indicatoren. */
export interface Ketenstap {
  van: string;
  naar: Indicator;
  score: number;
  toelichting: string;
  bron: Bron;
  zekerheid: Zekerheid;
  afgeleid: Effect['afgeleid'];
}

/** De verwijzing naar een doel, voor elke prikkel (direct of indirect) dezelfde. */
export const doelverwijzing = (d: Doel, departement: string): Doelverwijzing => ({
  code: d.code,
  naam: d.naam,
  departement,
  richting: d.richting,
  uitspraak: d.uitspraak,
  bron: d.bron,
  zekerheid: d.zekerheid,
  afgeleid: d.afgeleid,
});

/** Een effect als eerste stap: van het instrument (DEPARTEMENT:CODE) naar de indicator. */
export const effectstap = (e: Effect, instrument: string): Ketenstap => ({
  van: instrument,
  naar: e.indicator,
  score: e.score,
  toelichting: e.toelichting,
  bron: e.bron,
  zekerheid: e.zekerheid,
  afgeleid: e.afgeleid,
});

/** Hoe een instrument er voor de analyse bij staat: in werking, of slapend met de passage die dat zegt. */
export interface Werking {
  instrumentstatus: Instrumentstatus;
  statusbron: Bron | null;
  slapend: boolean;
}

export const werkingVan = (i: Pick<Instrument, 'status' | 'statusbron'>): Werking => ({
  instrumentstatus: i.status,
  statusbron: i.statusbron,
  slapend: isSlapend(i.status),
});

export interface Prikkel {
  instrument: Verwijzing;
  doel: Doelverwijzing;
  indicator: string;
  score: number;
  aandachtsgroepen: { code: string }[];
  leeftijd: Leeftijd | null;
  gedragenDoor: string[];
  kruistDepartementen: boolean;
  toelichting: string;
  bronnen: Bron[];
  /** Maatregelen die de prikkel voor al zijn leeftijden wegnemen. */
  maatregelen: Maatregel[];
  /** Maatregelen die de prikkel alleen voor een deel van zijn leeftijden wegnemen. */
  deelmaatregelen: Maatregel[];
  /** LETTERLIJK als het doel en elk effect in `effecten` LETTERLIJK zijn. */
  zekerheid: Zekerheid;
  /** De effecten waaruit de prikkel volgt, het sterkste eerst. */
  effecten: Ketenstap[];
  instrumentstatus: Instrumentstatus;
  statusbron: Bron | null;
  slapend: boolean;
}

/**
 * Een prikkel zonder wat alleen een antwoord nodig heeft dat erom vraagt (toelichting,
 * bronnen, effecten, zekerheid): genoeg om te filteren, te sorteren, te tellen, in de
 * matrix te zetten en maatregelen of wat-als te bepalen.
 */
export type Prikkelbasis = Omit<Prikkel, 'toelichting' | 'bronnen' | 'effecten' | 'zekerheid'>;

/** Wat een resolver als TegenwerkendePrikkel geeft: een volledige prikkel, of een kern die de rest maakt als erom gevraagd wordt. */
export type Prikkeluitkomst = Prikkel | Prikkelkern;

/**
 * Het filter zoals GraphQL het geeft: het gegenereerde type van input Prikkelfilter
 * (schema.graphql), zodat het niet met de hand bijgehouden hoeft te worden. Een weggelaten
 * criterium filtert niet; alleenLetterlijk kiest vooraf welke effecten en doelen meedoen,
 * slapend is weggelaten of false alleen wat werkt, true alleen het slapende, null allebei.
 */
export type Prikkelfilter = Prikkelfilterinvoer;

/** Een lijst uit het filter: minstens één van de waarden staat erin; leeg of weggelaten filtert niet. */
const eenVan = (lijst: readonly string[] | null | undefined, waarden: readonly string[]) => !lijst?.length || waarden.some((w) => lijst.includes(w));

/** Een prikkel met zijn bronnen: een volledige prikkel heeft ze als lijst, een kern maakt ze als erom gevraagd wordt. */
export type MetBronnen = Pick<Prikkel, 'bronnen'> | Pick<Prikkelkern, 'bronnen'>;

export const bronnenVan = (p: MetBronnen): Bron[] => (typeof p.bronnen === 'function' ? p.bronnen() : p.bronnen);

/** Of een prikkel op de bron van het filter berust; een bronfilter zonder document en vindplaats filtert niet. */
function berustOp(p: MetBronnen, bron: Prikkelfilter['bron']): boolean {
  if (!bron || (bron.document == null && bron.vindplaats == null)) return true;
  return bronnenVan(p).some((b) => (bron.document == null || b.document === bron.document) && (bron.vindplaats == null || b.vindplaats === bron.vindplaats));
}

/** Past het filter toe; elk gegeven criterium moet kloppen (en). */
export function voldoet(p: Prikkelbasis & MetBronnen, filter: Prikkelfilter): boolean {
  const bereik = filter.leeftijd ? { van: filter.leeftijd.van ?? null, tot: filter.leeftijd.tot ?? null } : null;
  return (
    (!filter.departement || p.instrument.departement === filter.departement || p.doel.departement === filter.departement) &&
    (!filter.instrumentDepartement || p.instrument.departement === filter.instrumentDepartement) &&
    (!filter.doelDepartement || p.doel.departement === filter.doelDepartement) &&
    (filter.instrument == null || p.instrument.code === filter.instrument) &&
    (filter.doel == null || p.doel.code === filter.doel) &&
    (!filter.aandachtsgroep || p.aandachtsgroepen.some((g) => g.code === filter.aandachtsgroep)) &&
    eenVan(filter.aandachtsgroepen, p.aandachtsgroepen.map((g) => g.code)) &&
    (!filter.indicator || p.indicator === filter.indicator) &&
    (filter.maxScore == null || p.score <= filter.maxScore) &&
    eenVan(filter.uitspraak, [p.doel.uitspraak]) &&
    (!bereik || doorsnede(p.leeftijd, bereik) !== undefined) &&
    eenVan(filter.gedragenDoor, p.gedragenDoor) &&
    (filter.kruistDepartementen == null || p.kruistDepartementen === filter.kruistDepartementen) &&
    (filter.metMaatregel == null || p.maatregelen.length > 0 === filter.metMaatregel) &&
    voldoetAanSlapend(p.slapend, filter.slapend) &&
    berustOp(p, filter.bron)
  );
}

/** Omvat `buiten` alle leeftijden van `binnen`? null = alle leeftijden. */
function omvat(buiten: Leeftijd | null, binnen: Leeftijd | null): boolean {
  if (!buiten) return true;
  if (!binnen) return false;
  return (buiten.van ?? -Infinity) <= (binnen.van ?? -Infinity) && (buiten.tot ?? Infinity) >= (binnen.tot ?? Infinity);
}

/**
 * Een maatregel met een leeftijd ("voor de groep tot 23 jaar") neemt een prikkel alleen
 * helemaal weg als hij al diens leeftijden omvat; overlapt hij maar een deel, dan is hij
 * een deelmaatregel. Een maatregel zonder overlap hoort niet bij de prikkel.
 */
export function verdeelMaatregelen(kandidaten: Maatregel[], leeftijd: Leeftijd | null): Pick<Prikkel, 'maatregelen' | 'deelmaatregelen'> {
  const metLeeftijd = (m: Maatregel) => (m.leeftijd ? { van: m.leeftijd.van ?? null, tot: m.leeftijd.tot ?? null } : null);
  return {
    maatregelen: kandidaten.filter((m) => omvat(metLeeftijd(m), leeftijd)),
    deelmaatregelen: kandidaten.filter((m) => !omvat(metLeeftijd(m), leeftijd) && doorsnede(metLeeftijd(m), leeftijd) !== undefined),
  };
}

/** Doorsnede van twee leeftijdsbereiken; null = alle leeftijden, undefined = geen overlap. */
export function doorsnede(a: Leeftijd | null, b: Leeftijd | null): Leeftijd | null | undefined {
  if (!a) return b;
  if (!b) return a;
  const van = Math.max(a.van ?? -Infinity, b.van ?? -Infinity);
  const tot = Math.min(a.tot ?? Infinity, b.tot ?? Infinity);
  if (van > tot) return undefined;
  return { van: Number.isFinite(van) ? van : null, tot: Number.isFinite(tot) ? tot : null };
}

/** Het kleinste bereik dat beide omvat; null (alle leeftijden) wint. */
function omhulsel(a: Leeftijd | null, b: Leeftijd | null): Leeftijd | null {
  if (!a || !b) return null;
  const van = a.van === null || b.van === null ? null : Math.min(a.van, b.van);
  const tot = a.tot === null || b.tot === null ? null : Math.max(a.tot, b.tot);
  return van === null && tot === null ? null : { van, tot };
}

const bronsleutel = (b: Bron) => `${b.document}#${b.vindplaats}`;

function leeftijdstekst(l: Leeftijd | null): string {
  if (!l) return '';
  if (l.van !== null && l.tot !== null) return ` voor ${l.van} tot en met ${l.tot} jaar`;
  if (l.van !== null) return ` vanaf ${l.van} jaar`;
  return ` tot en met ${l.tot} jaar`;
}

const PARTIJNAMEN: Record<string, string> = {
  RIJK: 'het Rijk',
  GEMEENTEN: 'gemeenten',
  CENTRUMGEMEENTEN: 'centrumgemeenten',
  PROVINCIES: 'provincies',
  WONINGCORPORATIES: 'woningcorporaties',
  ZORGAANBIEDERS: 'zorgaanbieders',
  ONDERWIJSINSTELLINGEN: 'onderwijsinstellingen',
  WERKGEVERS: 'werkgevers',
  PERSOON: 'de mensen zelf',
  ZORGKANTOREN: 'zorgkantoren',
  ZORGVERZEKERAARS: 'zorgverzekeraars',
  COA: 'het COA',
  UITZENDBUREAUS: 'uitzendbureaus',
  FINANCIEN: 'het ministerie van Financiën',
  EZK: 'het ministerie van EZK',
  VNG: 'de VNG',
  G4: 'de G4',
  G40: 'de G40',
  AEDES: 'Aedes',
  IPO: 'het IPO',
};

/** "gemeenten en de mensen zelf": wie een gevolg draagt, voor in een zin. */
export const partijnamen = (partijen: readonly string[]) => opsomming(partijen.map((g) => PARTIJNAMEN[g] ?? g.toLowerCase()));

export function opsomming(delen: string[]): string {
  return delen.length <= 1 ? (delen[0] ?? '') : `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}

function toelichting(p: Prikkelbasis, mechanisme: string): string {
  const wie = p.doel.departement === p.instrument.departement ? `${p.doel.departement} zelf` : p.doel.departement;
  const duw = p.doel.richting === 'TOENAME' ? 'omlaag' : 'omhoog';
  const wens = p.doel.richting === 'TOENAME' ? 'een toename' : 'een afname';
  const gevolg = partijnamen(p.gedragenDoor);
  return (
    `${p.instrument.naam} (${p.instrument.departement}) duwt "${indicatorlabel(p.indicator)}" ${duw}${leeftijdstekst(p.leeftijd)}, ` +
    `terwijl ${wie} met "${p.doel.naam}" juist ${wens} wil; de gevolgen liggen bij ${gevolg}. ${mechanisme}`
  );
}

/** Eén prikkel in wording: dezelfde combinatie van instrument, doel en indicator over de groepen heen. */
interface Samen {
  basis: Pick<Prikkel, 'instrument' | 'doel' | 'indicator' | 'kruistDepartementen'> & Werking;
  /** De maatregelen bij het instrument die dit effect aanpassen; welke de prikkel helemaal wegnemen, hangt af van de leeftijd. */
  kandidaten: Maatregel[];
  groepen: Set<string>;
  /** Een effect dat voor meer groepen geldt, is één object: het telt één keer. */
  effecten: Set<Effect>;
  score: number;
  leeftijd: Leeftijd | null;
  gedragenDoor: Set<string>;
  /** Per document#vindplaats de bron; een latere met dezelfde sleutel vervangt de waarde, de plaats blijft. */
  bronnen: Map<string, Bron>;
  /** De toelichting van het sterkste effect. */
  mechanisme: string;
}

/** De doelen die voor een groep gelden, per indicator, in de volgorde van het beleid. */
function doelenPerIndicator(beleid: Beleid[], groep: string, telt: (b: Pick<Effect, 'zekerheid'>) => boolean): Map<string, { doel: Doel; departement: string }[]> {
  const doelen = beleid.flatMap((b) =>
    b.doelen.filter((doel) => telt(doel) && doel.aandachtsgroepen.some((g) => g.code === groep)).map((doel) => ({ doel, departement: b.departement })),
  );
  return perSleutel(doelen, ({ doel }) => [doel.indicator]);
}

/**
 * Een cel van de matrix: de instrumenten van het ene ministerie tegen de doelen van het
 * andere (of hetzelfde). Elke prikkel valt in precies één cel, en een cel hangt alleen af van
 * de groepen en het beleid van die twee ministeries: na een publicatie hoeven alleen de cellen
 * van het publicerende ministerie opnieuw.
 */
export interface Cel {
  instrument: string;
  doel: string;
}

/**
 * Verzamelt elk effect dat een doel tegenwerkt, voor een groep (en leeftijd) waar beide
 * gelden, onder de combinatie van instrument, doel en indicator (de indicator van het doel).
 * Alleen letterlijk: een effect of doel dat iets afleidt (of nog geen citaat heeft), doet dan
 * niet mee. Geeft de prikkels in de volgorde waarin ze voor het eerst gevonden werden.
 *
 * Dezelfde combinatie komt in elke groep terug waar instrument en doel allebei gelden: de
 * opzoeking gaat daarom via de objecten zelf (een ministerie heeft elk instrument en doel één
 * keer) en niet via een samengestelde tekst, en een effect dat al meetelt, brengt geen nieuwe
 * bronnen of partijen mee. Bij twintig keer zoveel beleid was dat opnieuw samenstellen het
 * grootste deel van het werk na een publicatie, en vooral van het opruimen erna.
 */
function verzamel(groepen: AandachtsgroepMetBeleid[], alleenLetterlijk: boolean, cel?: Cel): Samen[] {
  const gevonden: Samen[] = [];
  const perInstrument = new Map<Instrument, Map<Doel, Samen>>();
  const telt = (b: Pick<Effect, 'zekerheid'>) => !alleenLetterlijk || isLetterlijk(b);
  for (const groep of groepen) {
    const beleid = beleidVan(groep);
    const doelen = doelenPerIndicator(cel ? beleid.filter((b) => b.departement === cel.doel) : beleid, groep.code, telt);
    for (const b of cel ? beleid.filter((x) => x.departement === cel.instrument) : beleid) {
      for (const instrument of b.instrumenten) {
        let perDoel = perInstrument.get(instrument);
        for (const effect of instrument.effecten) {
          if (!telt(effect) || !effect.aandachtsgroepen.some((g) => g.code === groep.code)) continue;
          for (const { doel, departement } of doelen.get(effect.indicator) ?? []) {
            const duwtOmhoog = effect.score > 0;
            if (duwtOmhoog === (doel.richting === 'TOENAME')) continue;
            // Een effect en een doel botsen alleen waar hun leeftijden en die van de groep overlappen
            // (ouderen: 65 jaar en ouder, volgens de definitie van de groep).
            const metDoel = doorsnede(effect.leeftijd, doel.leeftijd);
            const leeftijd = metDoel === undefined ? undefined : doorsnede(metDoel, groep.leeftijd ?? null);
            if (leeftijd === undefined) continue;
            const score = -Math.abs(effect.score);
            if (!perDoel) perInstrument.set(instrument, (perDoel = new Map()));
            const bestaand = perDoel.get(doel);
            if (!bestaand) {
              const nieuw: Samen = {
                basis: {
                  instrument: { code: instrument.code, naam: instrument.naam, departement: b.departement },
                  doel: doelverwijzing(doel, departement),
                  indicator: effect.indicator,
                  kruistDepartementen: b.departement !== departement,
                  ...werkingVan(instrument),
                },
                // Een maatregel neemt deze prikkel weg als hij het instrument als geheel
                // aanpast of juist het effect op deze indicator (en voor welke leeftijden: zie verdeelMaatregelen).
                kandidaten: instrument.maatregelen.filter((m) => m.indicatoren.length === 0 || m.indicatoren.includes(effect.indicator)),
                groepen: new Set([groep.code]),
                effecten: new Set([effect]),
                score,
                leeftijd,
                gedragenDoor: new Set(effect.gedragenDoor),
                bronnen: new Map([effect.bron, doel.bron].map((bron) => [bronsleutel(bron), bron])),
                mechanisme: effect.toelichting,
              };
              perDoel.set(doel, nieuw);
              gevonden.push(nieuw);
              continue;
            }
            bestaand.groepen.add(groep.code);
            bestaand.leeftijd = omhulsel(bestaand.leeftijd, leeftijd);
            if (!bestaand.effecten.has(effect)) {
              bestaand.effecten.add(effect);
              for (const partij of effect.gedragenDoor) bestaand.gedragenDoor.add(partij);
              for (const bron of [effect.bron, doel.bron]) bestaand.bronnen.set(bronsleutel(bron), bron);
            }
            if (score < bestaand.score) {
              bestaand.score = score;
              bestaand.mechanisme = effect.toelichting;
            }
          }
        }
      }
    }
  }
  return gevonden;
}

/** Dezelfde volgorde als String.prototype.localeCompare zonder argumenten, maar één collator voor alle vergelijkingen. */
const sorteerder = new Intl.Collator();

/**
 * Een prikkel zoals het leesmodel hem per generatie bewaart: de velden van Prikkelbasis,
 * plus wat nodig is om de rest te maken. Toelichting, bronnen, effecten en zekerheid maakt
 * hij pas als een antwoord erom vraagt: het zijn methoden met de naam van het veld, en de
 * standaardresolver van graphql-js roept een functie op die plek aan. Zo kost een telling
 * of een bladzijde van 50 uit tienduizenden prikkels geen tienduizenden toelichtingen.
 */
export class Prikkelkern implements Prikkelbasis {
  readonly instrument: Verwijzing;
  readonly doel: Doelverwijzing;
  readonly indicator: string;
  readonly kruistDepartementen: boolean;
  readonly instrumentstatus: Instrumentstatus;
  readonly statusbron: Bron | null;
  readonly slapend: boolean;
  readonly maatregelen: Maatregel[];
  readonly deelmaatregelen: Maatregel[];
  readonly score: number;
  readonly aandachtsgroepen: { code: string }[];
  readonly leeftijd: Leeftijd | null;
  readonly gedragenDoor: string[];
  // Wat alleen toelichting, bronnen, effecten en zekerheid nodig hebben; als lijsten, zodat de Sets en Maps van het verzamelen weg kunnen.
  readonly #effecten: Effect[];
  readonly #bronnen: Bron[];
  readonly #mechanisme: string;

  constructor(samen: Samen, volgorde: ReadonlyMap<string, number>) {
    this.#effecten = [...samen.effecten];
    this.#bronnen = [...samen.bronnen.values()];
    this.#mechanisme = samen.mechanisme;
    ({
      instrument: this.instrument,
      doel: this.doel,
      indicator: this.indicator,
      kruistDepartementen: this.kruistDepartementen,
      instrumentstatus: this.instrumentstatus,
      statusbron: this.statusbron,
      slapend: this.slapend,
    } = samen.basis);
    ({ maatregelen: this.maatregelen, deelmaatregelen: this.deelmaatregelen } = verdeelMaatregelen(samen.kandidaten, samen.leeftijd));
    this.score = samen.score;
    this.aandachtsgroepen = [...samen.groepen].sort((a, b) => (volgorde.get(a) ?? 0) - (volgorde.get(b) ?? 0)).map((code) => ({ code }));
    this.leeftijd = samen.leeftijd;
    this.gedragenDoor = [...samen.gedragenDoor];
  }

  /** De effecten waaruit de prikkel volgt, het sterkste eerst. */
  effecten(): Ketenstap[] {
    const instrument = `${this.instrument.departement}:${this.instrument.code}`;
    return [...this.#effecten].sort((a, b) => Math.abs(b.score) - Math.abs(a.score)).map((e) => effectstap(e, instrument));
  }

  bronnen(): Bron[] {
    return [...this.#bronnen];
  }

  /** LETTERLIJK als het doel en elk effect LETTERLIJK zijn. */
  zekerheid(): Zekerheid {
    return zekerheidVanDelen([this.doel, ...this.#effecten]);
  }

  toelichting(): string {
    return toelichting(this, this.#mechanisme);
  }

  /** Waarop gesorteerd wordt na score en kruisen. */
  get sorteersleutel(): string {
    return `${this.instrument.departement}${this.instrument.code}${this.doel.departement}${this.doel.code}`;
  }

  /** De hele prikkel als gewoon object, met alle velden. */
  voltooi(): Prikkel {
    const effecten = this.effecten();
    return { ...this, effecten, zekerheid: zekerheidVanDelen([this.doel, ...effecten]), bronnen: this.bronnen(), toelichting: this.toelichting() };
  }
}

/**
 * De kernen in de vaste volgorde: de sterkste eerst, dan die over ministeries heen, dan op
 * instrument en doel. Een nieuwe lijst; de gegeven blijft zoals hij was.
 */
export function gesorteerd(kernen: readonly Prikkelkern[]): Prikkelkern[] {
  return kernen
    .map((kern) => ({ kern, sleutel: kern.sorteersleutel }))
    .sort((a, b) => a.kern.score - b.kern.score || Number(b.kern.kruistDepartementen) - Number(a.kern.kruistDepartementen) || sorteerder.compare(a.sleutel, b.sleutel))
    .map((k) => k.kern);
}

/**
 * Alle tegenwerkende prikkels in de gegeven groepen als kernen, werkend en slapend, in de
 * vaste volgorde (gesorteerd); met `cel` alleen die van één cel. Dezelfde combinatie van
 * instrument, doel en indicator is één prikkel met alle groepen waar hij optreedt; bij meer
 * effecten telt het sterkste.
 */
export function prikkelkernen(groepen: AandachtsgroepMetBeleid[], alleenLetterlijk = false, cel?: Cel): Prikkelkern[] {
  const volgorde = new Map<string, number>(groepen.map((g, i) => [g.code, i]));
  return gesorteerd(verzamel(groepen, alleenLetterlijk, cel).map((t) => new Prikkelkern(t, volgorde)));
}

/** Alle tegenwerkende prikkels in de gegeven groepen die aan het filter voldoen, elk met al zijn velden. */
export function tegenwerkendePrikkels(groepen: AandachtsgroepMetBeleid[], filter: Prikkelfilter = {}): Prikkel[] {
  return prikkelkernen(groepen, filter.alleenLetterlijk ?? false)
    .filter((k) => voldoet(k, filter))
    .map((k) => k.voltooi());
}
