// De cijfers uit het overzicht `alle-cijfers` als reeksen: één reeks per ministerie en code.
// Dat overzicht geeft elk cijfer één keer, met de groepen van zijn reeks, en de gateway haalt
// alle bladzijden, ook bij veel meer gegevens dan nu (het oude overzicht cijfers herhaalde een
// reeks onder elke groep, en was dan te duur). Hier ook wat een peildatum in de tijd betekent;
// geen React, geen Plot.
import type { AlleCijfersQuery, CijferbladzijdeFragment } from '../generated/overzichten.js';
import { DEPARTEMENTEN, MINISTERIES } from '../vocabulaire.js';

export const SOORTEN = ['WAARNEMING', 'SCHATTING', 'PROGNOSE', 'AFSPRAAK'] as const;
export const SOORTNAAM: Record<string, string> = { WAARNEMING: 'waarneming', SCHATTING: 'schatting', PROGNOSE: 'prognose', AFSPRAAK: 'afspraak' };

/** Eén cijfer zoals het overzicht alle-cijfers het geeft (gegenereerd uit overzichten/alle-cijfers.graphql). */
export type Cijfer = CijferbladzijdeFragment['edges'][number]['node'];
export type CijfersData = AlleCijfersQuery;

/** Een peildatum als tijdvak: begin (inclusief) en eind (exclusief) in ms UTC; null is open. */
export interface Tijdvak {
  begin: number | null;
  eind: number | null;
  /** Een periode (a/b), geen enkel jaar, maand of dag. */
  periode: boolean;
  /** Precisie van het begin, of van het eind als het begin open is. */
  precisie: 'jaar' | 'maand' | 'dag';
}

export interface Waarneming extends Cijfer {
  tijd: Tijdvak | null;
}

export interface Reeks {
  /** DEP:CODE, zoals in ?reeks=. */
  id: string;
  departement: string;
  code: string;
  naam: string;
  eenheid: string;
  groepen: string[];
  waarnemingen: Waarneming[];
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DEEL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Eén kant van een peildatum ("2020", "2021-07", "2020-01-01") als tijdvak, of null. */
function deel(tekst: string): { begin: number; eind: number; precisie: Tijdvak['precisie'] } | null {
  const m = DEEL.exec(tekst);
  if (!m) return null;
  const [j, mnd, d] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : undefined, m[3] ? Number(m[3]) : undefined];
  if (mnd === undefined) return { begin: Date.UTC(j, 0, 1), eind: Date.UTC(j + 1, 0, 1), precisie: 'jaar' };
  if (d === undefined) return { begin: Date.UTC(j, mnd, 1), eind: Date.UTC(j, mnd + 1, 1), precisie: 'maand' };
  return { begin: Date.UTC(j, mnd, d), eind: Date.UTC(j, mnd, d + 1), precisie: 'dag' };
}

/** ISO 8601 met de precisie van de bron, ook perioden ("2019/2020") en open perioden ("../2021", "2021/.."). */
export function tijdvak(peildatum: string): Tijdvak | null {
  if (!peildatum.includes('/')) {
    const d = deel(peildatum);
    return d && { begin: d.begin, eind: d.eind, periode: false, precisie: d.precisie };
  }
  const [a = '', b = ''] = peildatum.split('/');
  const van = a === '..' ? null : deel(a);
  const tot = b === '..' ? null : deel(b);
  if ((a !== '..' && !van) || (b !== '..' && !tot) || (!van && !tot)) return null;
  return { begin: van?.begin ?? null, eind: tot?.eind ?? null, periode: true, precisie: (van ?? tot)!.precisie };
}

/** Het midden van een gesloten tijdvak: daar staat het cijfer op de tijdas. */
export const midden = (t: Tijdvak): number | null => (t.begin !== null && t.eind !== null ? (t.begin + t.eind) / 2 : null);

/** Kan op de tijdas: een gesloten peildatum en een getal of bandbreedte. */
export const tekenbaar = (w: Waarneming) => w.tijd !== null && midden(w.tijd) !== null && (w.waarde !== null || w.bandbreedte !== null);

function deelTekst(tekst: string): string {
  const m = DEEL.exec(tekst);
  if (!m) return tekst;
  if (!m[2]) return m[1]!;
  const maand = MAANDEN[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${maand} ${m[1]}` : `${maand} ${m[1]}`;
}

/** De peildatum in woorden, met de precisie van de bron: "2020", "juli 2021", "2019–2020", "tot en met 2030 (begin niet genoemd)". */
export function peildatumTekst(peildatum: string): string {
  if (!peildatum.includes('/')) return deelTekst(peildatum);
  const [a = '', b = ''] = peildatum.split('/');
  if (a === '..') return `tot en met ${deelTekst(b)} (begin niet genoemd)`;
  if (b === '..') return `vanaf ${deelTekst(a)} (einde open)`;
  return `${deelTekst(a)}–${deelTekst(b)}`;
}

/** Het vroegste begin en het laatste eind van een reeks peildata, in woorden; null als er geen is. */
export function peildatumBereik(peildata: string[]): { van: string; tot: string } | null {
  let van: { t: number; tekst: string } | null = null;
  let tot: { t: number; tekst: string } | null = null;
  for (const p of peildata) {
    const tv = tijdvak(p);
    if (!tv) continue;
    const [a = '', b = a] = p.split('/');
    if (tv.begin !== null && (!van || tv.begin < van.t)) van = { t: tv.begin, tekst: deelTekst(a) };
    if (tv.eind !== null && (!tot || tv.eind > tot.t)) tot = { t: tv.eind, tekst: deelTekst(b) };
  }
  return van && tot ? { van: van.tekst, tot: tot.tekst } : null;
}

const getal = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 20 });

/** Het getal zoals de bron het geeft: een waarde, een bandbreedte, of geen getal met de reden. */
export function waardeTekst(c: Pick<Cijfer, 'waarde' | 'bandbreedte' | 'redenGeenWaarde'>): string {
  if (c.waarde !== null) return getal(c.waarde);
  if (c.bandbreedte) return `${getal(c.bandbreedte.min)} tot ${getal(c.bandbreedte.max)} (bandbreedte)`;
  return `geen getal (${c.redenGeenWaarde ?? 'de bron geeft geen reden'})`;
}
export { getal };

/** Elke reeks één keer, met haar aandachtsgroepen in de volgorde van de lijst van groepen; op ministerie en naam. */
export function reeksenUit(data: CijfersData): Reeks[] {
  const plaats = new Map(data.analyse.aandachtsgroepen.map((g, i) => [g.code, i]));
  const perId = new Map<string, Reeks>();
  for (const m of MINISTERIES) {
    const silo = data.analyse[m];
    if (!silo) continue;
    for (const { node: c } of silo.cijfersVerbinding.edges) {
      const id = `${silo.departement}:${c.code}`;
      let r = perId.get(id);
      if (!r) {
        const groepen = c.aandachtsgroepen.map((g) => g.code).sort((a, b) => (plaats.get(a) ?? Infinity) - (plaats.get(b) ?? Infinity));
        r = { id, departement: silo.departement, code: c.code, naam: c.naam, eenheid: c.eenheid, groepen, waarnemingen: [] };
        perId.set(id, r);
      }
      r.waarnemingen.push({ ...c, tijd: tijdvak(c.peildatum) });
    }
  }
  const volgorde = (w: Waarneming) => w.tijd?.begin ?? w.tijd?.eind ?? Number.POSITIVE_INFINITY;
  return [...perId.values()]
    .map((r) => ({ ...r, waarnemingen: r.waarnemingen.sort((a, b) => volgorde(a) - volgorde(b) || a.peildatum.localeCompare(b.peildatum)) }))
    .sort((a, b) => DEPARTEMENTEN.indexOf(a.departement as never) - DEPARTEMENTEN.indexOf(b.departement as never) || a.naam.localeCompare(b.naam, 'nl'));
}

export interface Filters {
  groep: string | null;
  departement: string | null;
  reeks: string | null;
}

/** De filters uit de URL; een lege waarde (een formulier zonder keuze) is geen filter. */
export const filtersUit = (zoek: URLSearchParams): Filters => ({
  groep: zoek.get('groep') || null,
  departement: zoek.get('departement') || null,
  reeks: zoek.get('reeks') || null,
});

/** De deelbare URL van een combinatie van filters; de dubbele punt in reeks blijft leesbaar. */
export function cijferspad(basis: string, f: Filters): string {
  const delen = (['groep', 'departement', 'reeks'] as const)
    .filter((k) => f[k])
    .map((k) => `${k}=${encodeURIComponent(f[k]!).replace(/%3A/gi, ':')}`);
  return `${basis}/cijfers${delen.length ? `?${delen.join('&')}` : ''}`;
}

export const past = (r: Reeks, f: Filters) =>
  (!f.groep || r.groepen.includes(f.groep)) && (!f.departement || r.departement === f.departement) && (!f.reeks || r.id === f.reeks);
