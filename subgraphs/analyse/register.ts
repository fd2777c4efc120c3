// Het toezeggingenregister, de lasten per partij, de monitoring per indicator en de
// vergelijking tussen gebieden. Alles volgt uit wat de ministeries (en BZK voor de
// partijen) vastleggen; hier wordt alleen gefilterd, gegroepeerd en gesorteerd.
import { PEILDATUM, vocabulaire } from '../../kern/vocabulaire.js';
import type { Indicator, Partij } from './generated/beleid.js';
import type { Eis, Monitoringadvies, Reeks, Registerbeleid, Toezegging } from './model.js';

export interface Toezeggingfilter {
  eigenaar?: string | null;
  uiterlijk?: string | null;
  pakket?: string | null;
  ookAfgerond?: boolean | null;
}

const AFGEROND = new Set(['UITGEVOERD', 'VERVALLEN']);

/** Een ongeldig filter; de resolver maakt er een BAD_USER_INPUT van. */
export class OngeldigFilter extends Error {}

/**
 * Het begin van een peildatum als sorteerbare tekst: 2025 < 2025-07 < 2025-07-01 < 2026.
 * Een termijn "2025" is het hele jaar; bij "uiterlijk vóór" telt het begin, zodat een
 * toezegging met termijn 2025 meedoet bij uiterlijk: 2025-07.
 */
const begin = (peildatum: string) => peildatum.replace(/^\.\.\//, '').split('/')[0];

/** 2026-07-08 valt in "2026" en in "2026-07": een grens met minder precisie telt tot het eind van haar periode. */
const voorOfIn = (datum: string, grens: string) => datum <= grens || datum.startsWith(grens);

export function toezeggingen(beleid: Registerbeleid[], filter: Toezeggingfilter = {}): Toezegging[] {
  const eigenaren = [...vocabulaire.departementen, ...vocabulaire.partijen];
  if (filter.eigenaar && !eigenaren.includes(filter.eigenaar)) {
    throw new OngeldigFilter(`Onbekende eigenaar ${JSON.stringify(filter.eigenaar)}. Geldig: een departement (${vocabulaire.departementen.join(', ')}) of een partij (${vocabulaire.partijen.join(', ')}).`);
  }
  if (filter.uiterlijk && !PEILDATUM.test(filter.uiterlijk)) {
    throw new OngeldigFilter(`uiterlijk ${JSON.stringify(filter.uiterlijk)} is geen peildatum; geef een jaar, maand of dag volgens ISO 8601, zoals "2025", "2025-07" of "2025-07-01".`);
  }
  const grens = filter.uiterlijk ? begin(filter.uiterlijk) : undefined;
  return beleid
    .flatMap((b) => b.maatregelen)
    .filter(
      (m) =>
        (filter.ookAfgerond || !AFGEROND.has(m.status)) &&
        (!filter.eigenaar || m.eigenaar.code === filter.eigenaar) &&
        (!filter.pakket || m.pakket === filter.pakket) &&
        (!grens || (m.termijn != null && voorOfIn(begin(m.termijn.uiterlijk), grens))),
    )
    .sort(
      (a, b) =>
        Number(!a.termijn) - Number(!b.termijn) ||
        (a.termijn && b.termijn ? begin(a.termijn.uiterlijk).localeCompare(begin(b.termijn.uiterlijk)) : 0) ||
        a.eigenaar.code.localeCompare(b.eigenaar.code) ||
        a.code.localeCompare(b.code),
    );
}

type Effect = Registerbeleid['instrumenten'][number]['effecten'][number];

export interface Last {
  instrument: { code: string; naam: string; departement: string };
  dragers: Partij[];
  effecten: Effect[];
  eisen: Eis[];
}

/**
 * Per instrument de effecten die bij de gekozen partijen liggen en de eisen die het
 * instrument noemen. Een eis over een instrument dat geen ministerie (meer) kent, telt
 * niet stil mee: dat instrument staat er met zijn code als naam.
 */
export function lasten(beleid: Registerbeleid[], eisen: Eis[], partijen: readonly Partij[]): Last[] {
  const gekozen = new Set(partijen);
  const perInstrument = new Map<string, Last>();
  const sleutel = (departement: string, code: string) => `${departement}:${code}`;
  for (const b of beleid) {
    for (const i of b.instrumenten) {
      const effecten = i.effecten.filter((e) => e.gedragenDoor.some((p) => gekozen.has(p)));
      if (effecten.length === 0) continue;
      const dragers = partijen.filter((p, n) => partijen.indexOf(p) === n && effecten.some((e) => e.gedragenDoor.includes(p)));
      perInstrument.set(sleutel(b.departement, i.code), { instrument: { code: i.code, naam: i.naam, departement: b.departement }, dragers, effecten, eisen: [] });
    }
  }
  const namen = new Map(beleid.flatMap((b) => b.instrumenten.map((i) => [sleutel(b.departement, i.code), i.naam] as const)));
  for (const eis of eisen) {
    for (const i of eis.instrumenten) {
      const k = sleutel(i.departement, i.code);
      const last = perInstrument.get(k) ?? { instrument: { code: i.code, naam: namen.get(k) ?? i.code, departement: i.departement }, dragers: [], effecten: [], eisen: [] };
      last.eisen.push(eis);
      perInstrument.set(k, last);
    }
  }
  // Eerst wat zowel lasten als eisen heeft, dan de meeste effecten.
  return [...perInstrument.values()].sort(
    (a, b) =>
      Number(b.eisen.length > 0 && b.effecten.length > 0) - Number(a.eisen.length > 0 && a.effecten.length > 0) ||
      b.effecten.length - a.effecten.length ||
      `${a.instrument.departement}${a.instrument.code}`.localeCompare(`${b.instrument.departement}${b.instrument.code}`),
  );
}

export interface Indicatordekking {
  indicator: Indicator;
  adviezen: Monitoringadvies[];
  cijferreeksen: Reeks[];
  doelen: (Registerbeleid['doelen'][number] & { departement: string })[];
}

/** Per indicator (in de volgorde van het schema) wat hem zou meten, wat hem meet en wat erop stuurt. */
export function monitoring(beleid: Registerbeleid[], zonderMonitoring = false): Indicatordekking[] {
  return (vocabulaire.indicatoren as readonly Indicator[])
    .map((indicator) => ({
      indicator,
      adviezen: beleid.flatMap((b) => b.monitoring.filter((m) => m.indicatoren.includes(indicator))),
      cijferreeksen: beleid.flatMap((b) => b.cijferreeksen.filter((r) => r.indicator === indicator)),
      doelen: beleid.flatMap((b) => b.doelen.filter((d) => d.indicator === indicator).map((d) => ({ ...d, departement: b.departement }))),
    }))
    .filter((d) => !zonderMonitoring || d.adviezen.length === 0);
}

/** De reeksen van één indicator per gebied: eerst het land, dan groeperingen, provincies en gemeenten. */
export function gebiedsvergelijking(beleid: Registerbeleid[], indicator: string) {
  const volgorde = ['LAND', 'GROEPERING', 'PROVINCIE', 'GEMEENTE'];
  const perGebied = new Map<string, { gebied: Reeks['gebied']; cijferreeksen: Reeks[] }>();
  for (const r of beleid.flatMap((b) => b.cijferreeksen).filter((r) => r.indicator === indicator)) {
    const g = perGebied.get(r.gebied.code) ?? { gebied: r.gebied, cijferreeksen: [] };
    g.cijferreeksen.push(r);
    perGebied.set(r.gebied.code, g);
  }
  return [...perGebied.values()].sort(
    (a, b) => volgorde.indexOf(a.gebied.soort) - volgorde.indexOf(b.gebied.soort) || a.gebied.code.localeCompare(b.gebied.code),
  );
}
