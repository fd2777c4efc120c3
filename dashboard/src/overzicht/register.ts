// Welke overzichten er zijn (GET /overzichten): de vaste uit overzichten/ en die het
// programmateam zelf vastlegde, elk met titel, versie, variabelen, de lijst die de rijen
// van de tabel zijn en hoe het getoond wil worden. Een oudere gateway geeft alleen id,
// omschrijving, variabelen, url en csv; dan is de naam het id en de titel ook.
import { api } from '../api.js';
import { BASIS } from '../navigatie.js';
import { haalGegevens, Laadfout, useLaden, type Laadtoestand } from '../overzichten.js';

export interface Variabele {
  naam: string;
  /** Het GraphQL-type, bijvoorbeeld "AandachtsgroepCode!" of "[Departement!]". */
  type: string;
  /** De standaardwaarde zoals GraphQL haar schrijft ("false", "16", "STUDENTEN"). */
  standaard?: string;
}

export interface Weergave {
  soort: 'tabel' | 'grafiek';
  /** Welke kolommen de tabel (en de grafiek) toont, in deze volgorde; zonder: alle. */
  kolommen?: string[];
}

export interface Versie {
  id: string;
  versie: number;
  hash: string;
  gepubliceerd?: string;
  uitgefaseerd?: { reden: string; uitfaseerdatum: string };
}

export interface Overzichtbeschrijving {
  /** De naam zonder versie; de URL van de nieuwste versie. */
  naam: string;
  titel: string;
  omschrijving: string;
  /** naam@N van de nieuwste versie (of, bij een vast overzicht, de bestandsnaam). */
  id: string;
  versie: number | null;
  hash: string | null;
  document: string | null;
  variabelen: Variabele[];
  /** Welke lijst de rijen van de tabel zijn ("aandachtsgroepen.*.cijfers"); zonder: geen tabel. */
  rijen: string | null;
  csv: boolean;
  weergave: Weergave | null;
  url: string;
  versies: Versie[];
  /** Ingetrokken door het programmateam: vanaf `per` antwoordt geen versie meer. */
  ingetrokken: { reden: string; per: string } | null;
}

type Ruw = Partial<Record<keyof Overzichtbeschrijving, unknown>>;

const tekst = (w: unknown): string | null => (typeof w === 'string' && w !== '' ? w : null);
const getal = (w: unknown): number | null => (typeof w === 'number' && Number.isFinite(w) ? w : null);

function leesWeergave(w: unknown): Weergave | null {
  if (typeof w !== 'object' || w === null) return null;
  const { soort, kolommen } = w as { soort?: unknown; kolommen?: unknown };
  if (soort !== 'tabel' && soort !== 'grafiek') return null;
  return { soort, ...(Array.isArray(kolommen) ? { kolommen: kolommen.filter((k): k is string => typeof k === 'string') } : {}) };
}

/** Een beschrijving uit GET /overzichten, ook van een gateway die nog niet alle velden geeft. */
export function leesBeschrijving(ruw: Ruw): Overzichtbeschrijving {
  const id = tekst(ruw.id) ?? tekst(ruw.naam) ?? '?';
  const naam = tekst(ruw.naam) ?? id.replace(/@\d+$/, '');
  const versies = Array.isArray(ruw.versies) ? (ruw.versies as Versie[]).filter((v) => typeof v?.id === 'string') : [];
  return {
    naam,
    titel: tekst(ruw.titel) ?? naam,
    omschrijving: tekst(ruw.omschrijving) ?? '',
    id,
    versie: getal(ruw.versie) ?? versies.find((v) => v.id === id)?.versie ?? null,
    hash: tekst(ruw.hash),
    document: tekst(ruw.document),
    variabelen: Array.isArray(ruw.variabelen) ? (ruw.variabelen as Variabele[]).filter((v) => typeof v?.naam === 'string' && typeof v.type === 'string') : [],
    rijen: tekst(ruw.rijen),
    csv: ruw.csv === true,
    weergave: leesWeergave(ruw.weergave),
    url: tekst(ruw.url) ?? `/overzichten/${encodeURIComponent(id)}`,
    versies,
    ingetrokken: leesIntrekking((ruw as { ingetrokken?: unknown }).ingetrokken),
  };
}

function leesIntrekking(w: unknown): { reden: string; per: string } | null {
  if (typeof w !== 'object' || w === null) return null;
  const { reden, per } = w as { reden?: unknown; per?: unknown };
  return typeof reden === 'string' && typeof per === 'string' ? { reden, per } : null;
}

/** Eén versie uit het verslag (GET /overzichten/<naam>/verslag): wat bij die versie hoorde. */
interface Verslagregel {
  id: string;
  versie: number;
  titel: string;
  document: string;
  rijen: string | null;
}

/**
 * Een oudere versie zoals ze was: titel, query en rijen uit het verslag (dat mag elke rol
 * behalve partner). GET /overzichten noemt alleen de variabelen van de nieuwste versie; een
 * oudere krijgt die variabelen die haar query ook noemt, en geen weergave (alle kolommen).
 */
export async function haalVersie(overzicht: Overzichtbeschrijving, versie: Versie): Promise<{ data: Overzichtbeschrijving; fouten: string[] }> {
  const antwoord = await api(`/overzichten/${encodeURIComponent(overzicht.naam)}/verslag`, { headers: { accept: 'application/json' } });
  const inhoud = (await antwoord.json().catch(() => ({}))) as { versies?: Verslagregel[]; errors?: { message: string }[] };
  const regel = inhoud.versies?.find((v) => v.versie === versie.versie);
  if (!antwoord.ok || !regel) throw new Laadfout(inhoud.errors?.map((f) => f.message).join(' ') || `${versie.id} staat niet in het verslag (HTTP ${antwoord.status}).`, antwoord.status);
  return {
    data: {
      ...overzicht,
      titel: regel.titel,
      document: regel.document,
      rijen: regel.rijen,
      csv: regel.rijen !== null,
      weergave: null,
      variabelen: overzicht.variabelen.filter((v) => new RegExp(`\\$${v.naam}\\b`).test(regel.document)),
      versie: regel.versie,
      hash: versie.hash,
      id: versie.id,
    },
    fouten: [],
  };
}

export async function haalRegister(): Promise<{ data: Overzichtbeschrijving[]; fouten: string[] }> {
  const antwoord = await api('/overzichten', { headers: { accept: 'application/json' } });
  const inhoud = (await antwoord.json().catch(() => ({}))) as { overzichten?: Ruw[]; errors?: { message: string }[] };
  if (!antwoord.ok || !Array.isArray(inhoud.overzichten)) {
    throw new Laadfout(inhoud.errors?.map((f) => f.message).join(' ') || `HTTP ${antwoord.status}`, antwoord.status);
  }
  return { data: inhoud.overzichten.map(leesBeschrijving), fouten: [] };
}

/** De lijst; `versie` laadt haar opnieuw (na het opslaan van een nieuw overzicht). */
export const useRegister = (versie = 0): Laadtoestand<Overzichtbeschrijving[]> => useLaden(`register-${versie}`, haalRegister);

/** Het overzicht bij een id uit de URL: de naam, naam@N, het id of de hash van een versie. */
export function vindOverzicht(register: Overzichtbeschrijving[], id: string): { overzicht: Overzichtbeschrijving; versie: Versie | null } | null {
  for (const overzicht of register) {
    if (overzicht.naam === id || overzicht.id === id || overzicht.hash === id) return { overzicht, versie: overzicht.versies.find((v) => v.id === overzicht.id) ?? null };
    const versie = overzicht.versies.find((v) => v.id === id || v.hash === id);
    if (versie) return { overzicht, versie };
  }
  return null;
}

/** Het antwoord van een overzicht als JSON, met de variabelen uit de querystring. */
export const haalAntwoord = (id: string, zoek: string) => haalGegevens<unknown>(`/overzichten/${encodeURIComponent(id)}${zoek ? `?${zoek}` : ''}`);

/** Verplicht: een type met ! en geen standaardwaarde. */
export const isVerplicht = (v: Variabele) => v.type.endsWith('!') && v.standaard === undefined;

/** Het type zonder lijst en zonder !: "[Departement!]!" → "Departement". */
export const basistype = (type: string) => type.replace(/[[\]!]/g, '');
export const isLijst = (type: string) => type.startsWith('[');

/** Een id in een pad: @ en : (naam@2, sha256:…) blijven leesbaar. */
export const idInPad = (id: string) => encodeURIComponent(id).replace(/%40/g, '@').replace(/%3A/gi, ':');

/** De pagina van een overzicht in het dashboard, met de variabelen als querystring. */
export const overzichtpad = (id: string, zoek = '') => `${BASIS}/overzichten/${idInPad(id)}${zoek ? `?${zoek}` : ''}`;

/**
 * Hoe de pagina van een overzicht over een verbinding bladert: de variabelen voor after en
 * first, en het pad naar de verbinding in het antwoord. Op zijn URL geeft de gateway altijd alle
 * bladzijden samen (bij 36.800 prikkels 35 s en tientallen MB); de pagina vraagt er één per
 * keer via /graphql. null als het overzicht geen verbinding als rijen heeft, of meer dan één
 * verbinding (dan alles via de URL, zoals altijd).
 */
export interface Bladerplan {
  na: string;
  first: string | null;
  /** De sleutels tot de verbinding: ['analyse', 'tegenwerkendePrikkelsVerbinding']. */
  pad: string[];
}

export function bladerplanVan(overzicht: Pick<Overzichtbeschrijving, 'document' | 'rijen'>): Bladerplan | null {
  const rijen = overzicht.rijen;
  if (!rijen?.endsWith('.edges.node') || !overzicht.document) return null;
  const na = [...overzicht.document.matchAll(/\bafter:\s*\$(\w+)/g)].map((m) => m[1]);
  if (na.length !== 1) return null;
  const first = [...overzicht.document.matchAll(/\bfirst:\s*\$(\w+)/g)].map((m) => m[1]);
  return { na: na[0], first: first.length === 1 ? first[0] : null, pad: rijen.slice(0, -'.edges.node'.length).split('.') };
}

/** Een waarde uit de querystring als het type van de variabele, zoals de gateway haar op de URL leest (gateway/overzichten/routes.ts). */
function waardeVoor(tekst: string, type: string): unknown {
  if (isLijst(type)) return tekst.split(',').map((t) => waardeVoor(t.trim(), basistype(type)));
  const basis = basistype(type);
  if ((basis === 'Int' || basis === 'Float') && tekst.trim() !== '' && Number.isFinite(Number(tekst))) return Number(tekst);
  if (basis === 'Boolean' && ['true', 'false', 'waar', 'onwaar'].includes(tekst)) return tekst === 'true' || tekst === 'waar';
  // Wat niet past, gaat als tekst: de gateway zegt dan welke waarde niet klopt.
  return tekst;
}

/** De variabelen uit de querystring, getypeerd, voor POST /graphql. */
export const getypeerd = (variabelen: readonly Variabele[], zoek: URLSearchParams): Record<string, unknown> =>
  Object.fromEntries([...zoek].flatMap(([naam, tekst]) => {
    const v = variabelen.find((x) => x.naam === naam);
    return v ? [[naam, waardeVoor(tekst, v.type)]] : [];
  }));
