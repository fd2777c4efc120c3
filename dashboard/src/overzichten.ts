// Het dashboard leest alleen vastgelegde overzichten, op dezelfde oorsprong als de gateway.
// Hun antwoorden en variabelen zijn getypeerd met wat graphql-codegen uit overzichten/*.graphql
// genereert (npm run generate): wie een overzicht of het schema verandert, ziet in
// npm run typecheck welke pagina daarop leunt.
import { useEffect, useState } from 'react';
import type * as O from './generated/overzichten.js';
import { api } from './api.js';

/** Per overzicht (het id is de bestandsnaam in overzichten/): zijn antwoord en zijn variabelen. */
export interface Overzichten {
  'aandachtsgroep-met-alle-cijfers': { antwoord: O.AandachtsgroepMetAlleCijfersQuery; variabelen: O.AandachtsgroepMetAlleCijfersQueryVariables };
  'alle-cijfers': { antwoord: O.AlleCijfersQuery; variabelen: O.AlleCijfersQueryVariables };
  leeftijden: { antwoord: O.LeeftijdenQuery; variabelen: O.LeeftijdenQueryVariables };
  maatregelen: { antwoord: O.MaatregelenQuery; variabelen: O.MaatregelenQueryVariables };
  netwerk: { antwoord: O.NetwerkQuery; variabelen: O.NetwerkQueryVariables };
  prikkelmatrix: { antwoord: O.PrikkelmatrixQuery; variabelen: O.PrikkelmatrixQueryVariables };
  'tegenwerkende-prikkels': { antwoord: O.TegenwerkendePrikkelsQuery; variabelen: O.TegenwerkendePrikkelsQueryVariables };
  toezeggingen: { antwoord: O.ToezeggingenQuery; variabelen: O.ToezeggingenQueryVariables };
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

/** Een antwoord zonder gegevens: de meldingen van de gateway, met de HTTP-status (401: niet aangemeld). */
export class Laadfout extends Error {
  constructor(
    melding: string,
    readonly httpStatus: number,
  ) {
    super(melding);
  }
}

/** Een GraphQL-antwoord van de gateway als JSON (een overzicht op zijn URL): de gegevens en de meldingen bij een gedeeltelijk antwoord. */
export async function haalGegevens<T>(pad: string): Promise<{ data: T; fouten: string[] }> {
  const antwoord = await api(pad, { headers: { accept: 'application/json' } });
  const inhoud = (await antwoord.json().catch(() => ({}))) as { data?: T | null; errors?: { message: string }[] };
  if (inhoud.data == null) throw new Laadfout(inhoud.errors?.map((f) => f.message).join(' ') || `HTTP ${antwoord.status}`, antwoord.status);
  return { data: inhoud.data, fouten: inhoud.errors?.map((f) => f.message) ?? [] };
}

/** De querystring van een overzicht: alleen de gegeven variabelen. */
export function zoekVan(variabelen: Record<string, string | undefined> = {}): string {
  const zoek = new URLSearchParams(Object.entries(variabelen).filter((v): v is [string, string] => typeof v[1] === 'string')).toString();
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
