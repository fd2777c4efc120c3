// Van een record in een editie naar een rij van zijn tabel. De kolommen komen uit de
// entiteit (entiteiten.ts), niet uit een lijst hier: een veld dat het bestand weglaat,
// wordt null, ook in een ingebed object (bron.citaat, leeftijd.van, bedrag.peildatum),
// en een veld dat de tabel niet heeft (de effecten van een instrument, die hun eigen
// tabel vullen) valt weg. Dit is de enige plek waar een ontbrekend veld null wordt; de
// database geeft het zo terug, dus de GraphQL-vorm (graphqlvorm.ts) hoeft het niet meer.
import type { EntitySchema } from '@mikro-orm/core';
import { tabel, type Rij, type Tabelnaam } from './entiteiten.js';

type Schema = EntitySchema<Record<string, unknown>>;
type Waarde = Record<string, unknown>;

/** Het schema van een ingebed object (Bron, Leeftijd, …): MikroORM bewaart het als functie. */
const ingebed = (eigenschap: { entity?: unknown }) => (eigenschap.entity as () => Schema)();

function vul(schema: Schema, waarde: Waarde, pad: string): Waarde {
  const rij: Waarde = {};
  for (const [naam, eigenschap] of Object.entries(schema.meta.properties)) {
    const v = waarde[naam];
    if (v === undefined || v === null) {
      // Een verplichte kolom zonder waarde is een fout in deze code, niet in de editie: het editieschema eist het veld al.
      if (!eigenschap.nullable) throw new Error(`${pad}.${naam} ontbreekt, maar de kolom is verplicht`);
      rij[naam] = null;
    } else rij[naam] = eigenschap.kind === 'embedded' ? vul(ingebed(eigenschap), v as Waarde, `${pad}.${naam}`) : v;
  }
  return rij;
}

/**
 * De rij van tabel `naam` voor een record uit een editie, met `extra` voor wat alleen de
 * tabel kent (sleutel, volgnummer, het instrument of de partij waar de rij bij hoort) of
 * wat de rij van zijn ouder erft.
 */
export function rijVan<T extends Tabelnaam>(naam: T, record: object, extra: Waarde = {}): Rij<T> {
  return vul(tabel(naam), { ...record, ...extra }, naam) as Rij<T>;
}
