// Tegenwerkende prikkels afleiden: een effect van een instrument dat een indicator de
// andere kant op duwt dan een doel wil, voor een aandachtsgroep (en leeftijd) waar
// beide gelden. Er is geen lijst van conflicten: alleen deze regel.
import { indicatorlabel } from '../../kern/vocabulaire.js';
import type { Indicator, Instrumentstatus, Zekerheid } from './generated/beleid.js';
import type { Prikkelfilter as Prikkelfilterinvoer } from './generated/resolvers.js';
import { beleidVan, type AandachtsgroepMetBeleid, type Bron, type Doel, type Effect, type Instrument, type Leeftijd, type Maatregel } from './model.js';
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
 * Het filter zoals GraphQL het geeft: het gegenereerde type van input Prikkelfilter
 * (schema.graphql), zodat het niet met de hand bijgehouden hoeft te worden. Een weggelaten
 * criterium filtert niet; alleenLetterlijk kiest vooraf welke effecten en doelen meedoen,
 * slapend is weggelaten of false alleen wat werkt, true alleen het slapende, null allebei.
 */
export type Prikkelfilter = Prikkelfilterinvoer;

/** Een lijst uit het filter: minstens één van de waarden staat erin; leeg of weggelaten filtert niet. */
const eenVan = (lijst: readonly string[] | null | undefined, waarden: readonly string[]) => !lijst?.length || waarden.some((w) => lijst.includes(w));

/** Past het filter toe; elk gegeven criterium moet kloppen (en). */
export function voldoet(p: Prikkel, filter: Prikkelfilter): boolean {
  const bereik = filter.leeftijd ? { van: filter.leeftijd.van ?? null, tot: filter.leeftijd.tot ?? null } : null;
  return (
    (!filter.departement || p.instrument.departement === filter.departement || p.doel.departement === filter.departement) &&
    (!filter.instrumentDepartement || p.instrument.departement === filter.instrumentDepartement) &&
    (!filter.doelDepartement || p.doel.departement === filter.doelDepartement) &&
    (!filter.aandachtsgroep || p.aandachtsgroepen.some((g) => g.code === filter.aandachtsgroep)) &&
    eenVan(filter.aandachtsgroepen, p.aandachtsgroepen.map((g) => g.code)) &&
    (!filter.indicator || p.indicator === filter.indicator) &&
    (filter.maxScore == null || p.score <= filter.maxScore) &&
    eenVan(filter.uitspraak, [p.doel.uitspraak]) &&
    (!bereik || doorsnede(p.leeftijd, bereik) !== undefined) &&
    eenVan(filter.gedragenDoor, p.gedragenDoor) &&
    (filter.kruistDepartementen == null || p.kruistDepartementen === filter.kruistDepartementen) &&
    (filter.metMaatregel == null || p.maatregelen.length > 0 === filter.metMaatregel) &&
    voldoetAanSlapend(p.slapend, filter.slapend)
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

const uniek = <T>(lijst: T[], sleutel: (t: T) => string) => [...new Map(lijst.map((t) => [sleutel(t), t])).values()];
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

function toelichting(p: Omit<Prikkel, 'toelichting'>, mechanisme: string): string {
  const wie = p.doel.departement === p.instrument.departement ? `${p.doel.departement} zelf` : p.doel.departement;
  const duw = p.doel.richting === 'TOENAME' ? 'omlaag' : 'omhoog';
  const wens = p.doel.richting === 'TOENAME' ? 'een toename' : 'een afname';
  const gevolg = partijnamen(p.gedragenDoor);
  return (
    `${p.instrument.naam} (${p.instrument.departement}) duwt "${indicatorlabel(p.indicator)}" ${duw}${leeftijdstekst(p.leeftijd)}, ` +
    `terwijl ${wie} met "${p.doel.naam}" juist ${wens} wil; de gevolgen liggen bij ${gevolg}. ${mechanisme}`
  );
}

interface Treffer {
  sleutel: string;
  basis: Omit<Prikkel, 'toelichting' | 'aandachtsgroepen' | 'leeftijd' | 'gedragenDoor' | 'bronnen' | 'score' | 'maatregelen' | 'deelmaatregelen' | 'zekerheid' | 'effecten'>;
  /** Het effect waaruit deze treffer volgt; de prikkel verzamelt ze over de groepen. */
  effect: Effect;
  /** De maatregelen bij het instrument die dit effect aanpassen; welke de prikkel helemaal wegnemen, hangt af van de leeftijd. */
  kandidaten: Maatregel[];
  score: number;
  groep: string;
  leeftijd: Leeftijd | null;
  gedragenDoor: string[];
  bronnen: Bron[];
  mechanisme: string;
}

/** Alleen letterlijk: een effect of doel dat iets afleidt (of nog geen citaat heeft), doet dan niet mee. */
function treffers(groep: AandachtsgroepMetBeleid, alleenLetterlijk: boolean): Treffer[] {
  const beleid = beleidVan(groep);
  const telt = (b: Pick<Effect, 'zekerheid'>) => !alleenLetterlijk || isLetterlijk(b);
  const doelen = beleid.flatMap((b) =>
    b.doelen.filter((d) => telt(d) && d.aandachtsgroepen.some((g) => g.code === groep.code)).map((d) => ({ ...d, departement: b.departement })),
  );
  const uitkomst: Treffer[] = [];
  for (const b of beleid) {
    for (const instrument of b.instrumenten) {
      for (const effect of instrument.effecten) {
        if (!telt(effect) || !effect.aandachtsgroepen.some((g) => g.code === groep.code)) continue;
        for (const doel of doelen) {
          if (doel.indicator !== effect.indicator) continue;
          const duwtOmhoog = effect.score > 0;
          if (duwtOmhoog === (doel.richting === 'TOENAME')) continue;
          // Een effect en een doel botsen alleen waar hun leeftijden en die van de groep overlappen
          // (ouderen: 65 jaar en ouder, volgens de definitie van de groep).
          const metDoel = doorsnede(effect.leeftijd, doel.leeftijd);
          const leeftijd = metDoel === undefined ? undefined : doorsnede(metDoel, groep.leeftijd ?? null);
          if (leeftijd === undefined) continue;
          uitkomst.push({
            sleutel: `${b.departement}:${instrument.code}|${doel.departement}:${doel.code}|${effect.indicator}`,
            basis: {
              instrument: { code: instrument.code, naam: instrument.naam, departement: b.departement },
              doel: doelverwijzing(doel, doel.departement),
              indicator: effect.indicator,
              kruistDepartementen: b.departement !== doel.departement,
              ...werkingVan(instrument),
            },
            effect,
            // Een maatregel neemt deze prikkel weg als hij het instrument als geheel
            // aanpast of juist het effect op deze indicator (en voor welke leeftijden: zie verdeelMaatregelen).
            kandidaten: instrument.maatregelen.filter((m) => m.indicatoren.length === 0 || m.indicatoren.includes(effect.indicator)),
            score: -Math.abs(effect.score),
            groep: groep.code,
            leeftijd,
            gedragenDoor: effect.gedragenDoor,
            bronnen: [effect.bron, doel.bron],
            mechanisme: effect.toelichting,
          });
        }
      }
    }
  }
  return uitkomst;
}

/**
 * Alle tegenwerkende prikkels in de gegeven groepen. Dezelfde combinatie van
 * instrument, doel en indicator wordt één prikkel met alle groepen waar hij optreedt;
 * bij meer effecten telt het sterkste.
 */
export function tegenwerkendePrikkels(groepen: AandachtsgroepMetBeleid[], filter: Prikkelfilter = {}): Prikkel[] {
  const samen = new Map<string, Treffer & { groepen: Set<string>; mechanismen: string[]; effecten: Set<Effect> }>();
  for (const t of groepen.flatMap((g) => treffers(g, filter.alleenLetterlijk ?? false))) {
    const bestaand = samen.get(t.sleutel);
    if (!bestaand) {
      samen.set(t.sleutel, { ...t, groepen: new Set([t.groep]), mechanismen: [t.mechanisme], effecten: new Set([t.effect]) });
      continue;
    }
    bestaand.groepen.add(t.groep);
    // Een effect dat voor meer groepen geldt, is één object: het telt één keer.
    bestaand.effecten.add(t.effect);
    bestaand.leeftijd = omhulsel(bestaand.leeftijd, t.leeftijd);
    bestaand.gedragenDoor = [...new Set([...bestaand.gedragenDoor, ...t.gedragenDoor])];
    bestaand.bronnen = uniek([...bestaand.bronnen, ...t.bronnen], bronsleutel);
    if (t.score < bestaand.score) {
      bestaand.score = t.score;
      bestaand.mechanismen.unshift(t.mechanisme);
    }
  }
  const volgorde: string[] = groepen.map((g) => g.code);
  return [...samen.values()]
    .map((t) => {
      const instrument = `${t.basis.instrument.departement}:${t.basis.instrument.code}`;
      const effecten = [...t.effecten].sort((a, b) => Math.abs(b.score) - Math.abs(a.score)).map((e) => effectstap(e, instrument));
      const prikkel = {
        ...t.basis,
        effecten,
        zekerheid: zekerheidVanDelen([t.basis.doel, ...effecten]),
        ...verdeelMaatregelen(t.kandidaten, t.leeftijd),
        score: t.score,
        aandachtsgroepen: [...t.groepen].sort((a, b) => volgorde.indexOf(a) - volgorde.indexOf(b)).map((code) => ({ code })),
        leeftijd: t.leeftijd,
        gedragenDoor: t.gedragenDoor,
        bronnen: uniek(t.bronnen, bronsleutel),
      };
      return { ...prikkel, toelichting: toelichting(prikkel, t.mechanismen[0]) };
    })
    .filter((p) => voldoet(p, filter))
    .sort(
      (a, b) =>
        a.score - b.score ||
        Number(b.kruistDepartementen) - Number(a.kruistDepartementen) ||
        `${a.instrument.departement}${a.instrument.code}${a.doel.departement}${a.doel.code}`.localeCompare(
          `${b.instrument.departement}${b.instrument.code}${b.doel.departement}${b.doel.code}`,
        ),
    );
}
