// De tabellen van het overzichtenregister. Alleen toevoegen, nooit wijzigen of verwijderen:
// een gepubliceerde versie blijft zoals ze was (het verslag is de tabel zelf), en een
// intrekking is een eigen rij naast de versies.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Breuk, Contract, Overzichtvariabele, Weergave, Wijziging } from '../kern/overzichten.js';
import type { Manifestoperatie } from '../kern/partners.js';

export const Overzichtversie = defineEntity({
  name: 'Overzichtversie',
  tableName: 'overzichtversie',
  // Eén versie per nummer per naam: twee gelijktijdige publicaties kunnen er nooit allebei 2 worden.
  uniques: [{ properties: ['naam', 'versie'], name: 'overzichtversie_naam_versie_uniek' }],
  properties: {
    id: p.integer().primary().autoincrement(),
    naam: p.string(),
    versie: p.integer(),
    titel: p.string(),
    omschrijving: p.text(),
    document: p.text(),
    /** sha256:<hex> van het document, berekend door het register zelf. */
    sha256: p.string(),
    rijen: p.string().nullable(),
    standaardwaarden: p.json<Record<string, unknown>>(),
    weergave: p.json<Weergave>().nullable(),
    /** De variabelen zoals de gateway ze afleidde (met de standaardwaarden als GraphQL-tekst). */
    variabelen: p.json<Overzichtvariabele[]>(),
    contract: p.json<Contract>(),
    /** Wat er tegenover de vorige versie veranderde; bij versie 1 leeg. */
    wijziging: p.json<Wijziging>(),
    breekt: p.json<Breuk>().nullable(),
    /** ingebouwd (overzichten/ bij de start) of api (POST /overzichten). */
    herkomst: p.string().$type<'ingebouwd' | 'api'>(),
    /** Het onderwerp van de identiteit die publiceerde (sub van het token, naam van de sleutel). */
    wie: p.string(),
    /** Hoe die identiteit was vastgesteld (jwt, api-sleutel, ontwikkelmodus, bestand). */
    bron: p.string(),
    /** ISO 8601 in UTC, als tekst: in SQLite en PostgreSQL hetzelfde en sorteerbaar. */
    wanneer: p.string(),
  },
});

export const Overzichtintrekking = defineEntity({
  name: 'Overzichtintrekking',
  tableName: 'overzichtintrekking',
  properties: {
    id: p.integer().primary().autoincrement(),
    /** Eén intrekking per naam: ingetrokken is ingetrokken. */
    naam: p.string().unique(),
    reden: p.text(),
    /** ISO 8601 in UTC: vanaf dit moment antwoordt geen versie meer. */
    per: p.string(),
    wie: p.string(),
    bron: p.string(),
    wanneer: p.string(),
  },
});

/**
 * Het manifest van een partnerapp (kern/partners.ts): elke registratie en elke intrekking een
 * eigen rij met het volgende nummer, zodat de tabel zelf het verslag is. De nieuwste rij van
 * een app geldt; is dat een intrekking, dan heeft de app geen manifest meer.
 */
export const Partnermanifestversie = defineEntity({
  name: 'Partnermanifestversie',
  tableName: 'partnermanifest',
  uniques: [{ properties: ['app', 'versie'], name: 'partnermanifest_app_versie_uniek' }],
  properties: {
    id: p.integer().primary().autoincrement(),
    app: p.string(),
    versie: p.integer(),
    /** Leeg bij een intrekking. */
    operaties: p.json<Manifestoperatie[]>(),
    ingetrokken: p.boolean(),
    /** De ids die erbij kwamen en die verdwenen tegenover de vorige versie. */
    toegevoegd: p.json<string[]>(),
    verwijderd: p.json<string[]>(),
    wie: p.string(),
    bron: p.string(),
    wanneer: p.string(),
  },
});

export type Versierij = InferEntity<typeof Overzichtversie>;
export type Intrekkingrij = InferEntity<typeof Overzichtintrekking>;
export type Partnermanifestrij = InferEntity<typeof Partnermanifestversie>;

export const ENTITEITEN = [Overzichtversie, Overzichtintrekking, Partnermanifestversie];
