// Het dashboard leest alleen vastgelegde overzichten, op dezelfde oorsprong als de gateway.
// Hun antwoorden en variabelen zijn getypeerd met wat graphql-codegen uit overzichten/*.graphql
// genereert (npm run generate): wie een overzicht of het schema verandert, ziet in
// npm run typecheck welke pagina daarop leunt.
import { useEffect, useState } from 'react';
import type * as O from './generated/overzichten.js';

/** Per overzicht (het id is de bestandsnaam in overzichten/): zijn antwoord en zijn variabelen. */
export interface Overzichten {
  aandachtsgroep: { antwoord: O.AandachtsgroepQuery; variabelen: O.AandachtsgroepQueryVariables };
  cijfers: { antwoord: O.CijfersQuery; variabelen: O.CijfersQueryVariables };
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

export type Laadtoestand<T> = { status: 'laden' } | { status: 'fout'; melding: string } | { status: 'klaar'; data: T; fouten: string[] };

export async function haalOverzicht<Id extends Overzichtid>(id: Id, variabelen?: Variabelen<Id>): Promise<{ data: Antwoord<Id>; fouten: string[] }> {
  const gegeven = Object.entries(variabelen ?? {}).filter((v): v is [string, string] => typeof v[1] === 'string');
  const zoek = new URLSearchParams(gegeven).toString();
  const antwoord = await fetch(`/overzichten/${id}${zoek ? `?${zoek}` : ''}`, { headers: { accept: 'application/json' } });
  const inhoud = (await antwoord.json()) as { data?: Antwoord<Id>; errors?: { message: string }[] };
  if (!inhoud.data) throw new Error(inhoud.errors?.map((f) => f.message).join(' ') ?? `HTTP ${antwoord.status}`);
  return { data: inhoud.data, fouten: inhoud.errors?.map((f) => f.message) ?? [] };
}

export function useOverzicht<Id extends Overzichtid>(id: Id, variabelen?: Variabelen<Id>): Laadtoestand<Antwoord<Id>> {
  const sleutel = JSON.stringify(variabelen ?? {});
  const [toestand, zet] = useState<Laadtoestand<Antwoord<Id>>>({ status: 'laden' });
  useEffect(() => {
    let actueel = true;
    zet({ status: 'laden' });
    haalOverzicht(id, JSON.parse(sleutel) as Variabelen<Id>).then(
      ({ data, fouten }) => actueel && zet({ status: 'klaar', data, fouten }),
      (e: unknown) => actueel && zet({ status: 'fout', melding: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      actueel = false;
    };
  }, [id, sleutel]);
  return toestand;
}
