// Het dashboard leest alleen vastgelegde overzichten, op dezelfde oorsprong als de gateway.
// Hun antwoorden en variabelen zijn getypeerd met wat graphql-codegen uit overzichten/*.graphql
// genereert (npm run generate): wie een overzicht of het schema verandert, ziet in
// npm run typecheck welke pagina daarop leunt.
import { useEffect, useState } from 'react';
import type * as O from './generated/overzichten.js';
import { api } from './api.js';

/**
 * Per overzicht (het id is de bestandsnaam in overzichten/) dat een vaste pagina leest: zijn
 * antwoord en zijn variabelen. Geen overzicht over een verouderd lijstveld (tegenwerkende-prikkels,
 * maatregelen, toezeggingen, prikkelmatrix met de prikkels erachter): bij veel beleid weigert zo'n
 * veld (LIJST_TE_LANG) of is het antwoord tientallen MB.
 */
export interface Overzichten {
  'aandachtsgroep-met-alle-cijfers': { antwoord: O.AandachtsgroepMetAlleCijfersQuery; variabelen: O.AandachtsgroepMetAlleCijfersQueryVariables };
  'alle-cijfers': { antwoord: O.AlleCijfersQuery; variabelen: O.AlleCijfersQueryVariables };
  leeftijden: { antwoord: O.LeeftijdenQuery; variabelen: O.LeeftijdenQueryVariables };
  netwerk: { antwoord: O.NetwerkQuery; variabelen: O.NetwerkQueryVariables };
  prikkel: { antwoord: O.PrikkelQuery; variabelen: O.PrikkelQueryVariables };
  prikkellijst: { antwoord: O.PrikkellijstQuery; variabelen: O.PrikkellijstQueryVariables };
  'prikkelmatrix-aantallen': { antwoord: O.PrikkelmatrixAantallenQuery; variabelen: O.PrikkelmatrixAantallenQueryVariables };
  prikkeltelling: { antwoord: O.PrikkeltellingQuery; variabelen: O.PrikkeltellingQueryVariables };
}
export type Overzichtid = keyof Overzichten;
export type Antwoord<Id extends Overzichtid> = Overzichten[Id]['antwoord'];

/**
 * De variabelen van een overzicht zoals de querystring ze draagt: als tekst, alleen de namen
 * die het overzicht kent, en de verplichte (zonder standaardwaarde) verplicht.
 */
export type Variabelen<Id extends Overzichtid, V = Overzichten[Id]['variabelen']> = {
  [K in keyof V as undefined extends V[K] ? never : K]: string;
} & { [K in keyof V as undefined extends V[K] ? K : never]?: string };

export type Laadtoestand<T> = { status: 'laden' } | { status: 'fout'; melding: string; httpStatus?: number } | { status: 'klaar'; data: T; fouten: string[] };

/** Een antwoord zonder gegevens: de meldingen van de gateway, met de HTTP-status (401: niet aangemeld) en de reden (CURSOR_VEROUDERD). */
export class Laadfout extends Error {
  constructor(
    melding: string,
    readonly httpStatus: number,
    readonly redenen: string[] = [],
  ) {
    super(melding);
  }
}

type Graphqlantwoord<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: unknown; reden?: unknown } }[] };

async function leesGegevens<T>(antwoord: Response): Promise<{ data: T; fouten: string[] }> {
  const inhoud = (await antwoord.json().catch(() => ({}))) as Graphqlantwoord<T>;
  if (inhoud.data == null) {
    const redenen = (inhoud.errors ?? []).flatMap((f) => [f.extensions?.reden, f.extensions?.code]).filter((r): r is string => typeof r === 'string');
    throw new Laadfout(inhoud.errors?.map((f) => f.message).join(' ') || `HTTP ${antwoord.status}`, antwoord.status, redenen);
  }
  return { data: inhoud.data, fouten: inhoud.errors?.map((f) => f.message) ?? [] };
}

/** Een GraphQL-antwoord van de gateway als JSON (een overzicht op zijn URL): de gegevens en de meldingen bij een gedeeltelijk antwoord. */
export async function haalGegevens<T>(pad: string): Promise<{ data: T; fouten: string[] }> {
  return leesGegevens<T>(await api(pad, { headers: { accept: 'application/json' } }));
}

/**
 * Eén bladzijde van een overzicht over een verbinding. Op zijn URL geeft de gateway altijd alle
 * bladzijden samen (bij 36.800 prikkels tientallen MB); een pagina vraagt het daarom zoals een
 * partner die zelf bladert: POST /graphql met het documentId, first en de variabele voor after.
 * De variabelen zijn hier al getypeerd (true, 50), niet als tekst zoals op de URL.
 */
export async function haalBladzijde<T>(id: string, variabelen: Readonly<Record<string, unknown>>): Promise<{ data: T; fouten: string[] }> {
  return leesGegevens<T>(
    await api('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ documentId: id, variables: variabelen }),
    }),
  );
}

/** De variabelen van een overzicht als querystring (zonder ?): alleen die met een waarde, als tekst. */
export function querystring(variabelen: Readonly<Record<string, unknown>> = {}): string {
  return new URLSearchParams(Object.entries(variabelen).flatMap(([naam, waarde]) => (waarde === undefined || waarde === null ? [] : [[naam, String(waarde)]]))).toString();
}

/** De querystring van een overzicht: alleen de gegeven variabelen. */
export function zoekVan(variabelen: Record<string, string | undefined> = {}): string {
  const zoek = querystring(variabelen);
  return zoek ? `?${zoek}` : '';
}

export const haalOverzicht = <Id extends Overzichtid>(id: Id, variabelen?: Variabelen<Id>): Promise<{ data: Antwoord<Id>; fouten: string[] }> =>
  haalGegevens<Antwoord<Id>>(`/overzichten/${encodeURIComponent(id)}${zoekVan(variabelen)}`);

/** Laadt opnieuw zodra `sleutel` verandert (null: nog niets te laden). */
export function useLaden<T>(sleutel: string | null, laad: () => Promise<{ data: T; fouten: string[] }>): Laadtoestand<T> {
  const [toestand, zet] = useState<Laadtoestand<T>>({ status: 'laden' });
  useEffect(() => {
    if (sleutel === null) return;
    let actueel = true;
    zet({ status: 'laden' });
    laad().then(
      ({ data, fouten }) => actueel && zet({ status: 'klaar', data, fouten }),
      (e: unknown) => actueel && zet({ status: 'fout', melding: e instanceof Error ? e.message : String(e), httpStatus: e instanceof Laadfout ? e.httpStatus : undefined }),
    );
    return () => {
      actueel = false;
    };
    // laad hangt alleen af van wat in sleutel staat.
  }, [sleutel]);
  return toestand;
}

export function useOverzicht<Id extends Overzichtid>(id: Id, variabelen?: Variabelen<Id>): Laadtoestand<Antwoord<Id>> {
  const sleutel = `${id}${zoekVan(variabelen)}`;
  return useLaden(sleutel, () => haalOverzicht(id, variabelen));
}

/** Eén bladzijde van een verbinding, zoals de overzichten haar vragen. */
export interface Verbindingsbladzijde<T> {
  totaal: number;
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface Bladerstand<D, T> {
  /** Het antwoord van de eerste bladzijde (de stand, de peildata). */
  eerste: D;
  /** Wat tot nu toe geladen is, in de volgorde van de lijst. */
  elementen: T[];
  totaal: number;
  verder: boolean;
}

export interface Bladerlijst<D, T> {
  toestand: Laadtoestand<Bladerstand<D, T>>;
  /** De volgende bladzijde erbij; niets als er geen is of er al een laadt. */
  meer(): void;
  /** Of er een volgende bladzijde laadt. */
  laadt: boolean;
  /** Waarom de volgende bladzijde niet kwam; null als er niets misging. */
  fout: string | null;
}

/** De variabele voor after in elk overzicht dat het dashboard per bladzijde leest. */
const NA = 'na';

const VERANDERD = 'De gegevens zijn veranderd sinds deze lijst geladen werd (een ministerie publiceerde); laad de pagina opnieuw voor de lijst van nu.';

/**
 * De generatie van de gegevens in een antwoord (Analyse.generatie, als het overzicht haar vraagt).
 * Een cursor past alleen niet meer als zijn eigen element veranderde; de generatie verandert bij
 * elke publicatie, zoals de gateway bij het doorbladeren ook nakijkt.
 */
function generatieIn(data: unknown): string | undefined {
  const analyse = typeof data === 'object' && data !== null && 'analyse' in data ? data.analyse : undefined;
  const generatie = typeof analyse === 'object' && analyse !== null && 'generatie' in analyse ? analyse.generatie : undefined;
  return typeof generatie === 'string' ? generatie : undefined;
}

/**
 * Bladert door een overzicht over een verbinding: eerst `grootte` elementen, en met meer() de
 * volgende `grootte` erbij. Opnieuw van voren af aan zodra `sleutel` verandert (een ander filter).
 * `verbinding` zegt waar in het antwoord de verbinding staat.
 */
export function useBladeren<D, T>(
  sleutel: string | null,
  haal: (variabelen: Record<string, unknown>) => Promise<{ data: D; fouten: string[] }>,
  verbinding: (data: D) => Verbindingsbladzijde<T>,
  grootte: number,
): Bladerlijst<D, T> {
  const [toestand, zet] = useState<Laadtoestand<Bladerstand<D, T>> & { cursor?: string | null; sleutel?: string }>({ status: 'laden' });
  const [laadt, zetLaadt] = useState(false);
  const [fout, zetFout] = useState<string | null>(null);
  useEffect(() => {
    if (sleutel === null) return;
    let actueel = true;
    zet({ status: 'laden' });
    zetFout(null);
    zetLaadt(false);
    haal({ first: grootte }).then(
      ({ data, fouten }) => {
        if (!actueel) return;
        const v = verbinding(data);
        zet({ status: 'klaar', data: { eerste: data, elementen: v.edges.map((e) => e.node), totaal: v.totaal, verder: v.pageInfo.hasNextPage }, fouten, cursor: v.pageInfo.endCursor, sleutel });
      },
      (e: unknown) => actueel && zet({ status: 'fout', melding: e instanceof Error ? e.message : String(e), httpStatus: e instanceof Laadfout ? e.httpStatus : undefined, sleutel }),
    );
    return () => {
      actueel = false;
    };
    // haal en verbinding hangen alleen af van wat in sleutel staat.
  }, [sleutel, grootte]);
  // Tussen een nieuwe sleutel en het effect dat opnieuw laadt, nooit de lijst van de vorige tonen.
  const zichtbaar: Laadtoestand<Bladerstand<D, T>> = toestand.status !== 'laden' && toestand.sleutel !== sleutel ? { status: 'laden' } : toestand;
  const meer = () => {
    if (toestand.status !== 'klaar' || !toestand.data.verder || laadt) return;
    const huidig = toestand;
    zetLaadt(true);
    zetFout(null);
    haal({ first: grootte, [NA]: huidig.cursor }).then(
      ({ data }) => {
        // Een bladzijde uit een andere generatie hoort niet bij de lijst die er staat.
        if (generatieIn(data) !== generatieIn(huidig.data.eerste)) {
          zetLaadt(false);
          zetFout(VERANDERD);
          return;
        }
        const v = verbinding(data);
        zet((nu) =>
          nu.status !== 'klaar' || nu.sleutel !== huidig.sleutel
            ? nu
            : { ...nu, data: { ...nu.data, elementen: [...nu.data.elementen, ...v.edges.map((e) => e.node)], totaal: v.totaal, verder: v.pageInfo.hasNextPage }, cursor: v.pageInfo.endCursor },
        );
        zetLaadt(false);
      },
      (e: unknown) => {
        zetLaadt(false);
        // Een ministerie publiceerde sinds de eerste bladzijde: verder bladeren zou een andere lijst mengen.
        zetFout(
          e instanceof Laadfout && e.redenen.includes('CURSOR_VEROUDERD') ? VERANDERD : `De volgende bladzijde is niet te laden: ${e instanceof Error ? e.message : String(e)}`,
        );
      },
    );
  };
  return { toestand: zichtbaar, meer, laadt, fout };
}

/** Bladert door een ingebouwd overzicht over een verbinding, met zijn getypeerde variabelen; met `actief` onwaar (nog) niet. */
export function useBladerOverzicht<Id extends Overzichtid, T>(
  id: Id,
  variabelen: Omit<Overzichten[Id]['variabelen'], 'first' | 'na'>,
  verbinding: (data: Antwoord<Id>) => Verbindingsbladzijde<T>,
  grootte: number,
  actief = true,
): Bladerlijst<Antwoord<Id>, T> {
  const sleutel = actief ? `${id}:${JSON.stringify(variabelen)}` : null;
  return useBladeren(sleutel, (extra) => haalBladzijde<Antwoord<Id>>(id, { ...variabelen, ...extra }), verbinding, grootte);
}
