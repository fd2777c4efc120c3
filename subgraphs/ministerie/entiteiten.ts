// Tabellen van een ministeriedatabase. Elk ministerie heeft dezelfde vorm van
// beleidsgegevens, dus één set definities; elk ministerie heeft wel zijn eigen
// database en zijn eigen ORM-instantie (zie database.ts).
//
// Een rij heeft de vorm van het record in het editiebestand: de velden komen uit het
// editieschema (editie/schema.ts), en test/subgraphs/velden.test.ts toetst deze tabellen
// ertegen. Hier staat alleen wat de database eraan toevoegt: kolomsoort, sleutel, index,
// en de kolommen die een geneste lijst een eigen rij geven. bron en leeftijd zijn
// embeddables, dus `bron: { document, vindplaats, citaat }` zoals in de YAML en in het
// GraphQL-type; `afgeleid` staat als JSON bij elk record dat iets beweert. rij.ts maakt
// een rij uit een record, en de rijtypen worden uit deze definities afgeleid.
// Sleutels zijn tekst en afgeleid van de codes in de databestanden, zodat een
// import records herkent en een tweede import niets verandert.
import { defineEntity, p, type EntitySchema, type InferEntity } from '@mikro-orm/core';

const Bron = defineEntity({
  name: 'Bron',
  embeddable: true,
  properties: { document: p.string(), vindplaats: p.text(), citaat: p.text().nullable() },
});

const Leeftijd = defineEntity({
  name: 'Leeftijd',
  embeddable: true,
  properties: { van: p.integer().nullable(), tot: p.integer().nullable() },
});

const Bandbreedte = defineEntity({
  name: 'Bandbreedte',
  embeddable: true,
  properties: { min: p.double().$type<number>(), max: p.double().$type<number>() },
});

const Bedrag = defineEntity({
  name: 'Bedrag',
  embeddable: true,
  properties: { waarde: p.double().$type<number>(), eenheid: p.string(), peildatum: p.string().nullable() },
});

const Termijn = defineEntity({
  name: 'Termijn',
  embeddable: true,
  properties: { tekst: p.text(), datum: p.string().nullable(), binnen: p.string().nullable(), vanaf: p.string().nullable() },
});

const Streefwaarde = defineEntity({
  name: 'Streefwaarde',
  embeddable: true,
  properties: { waarde: p.double().$type<number>(), eenheid: p.string(), soort: p.string() },
});

const bron = () => p.embedded(Bron);
/** Welke velden de redactie afleidde en waarom; null als het citaat alles zegt. */
const afgeleid = () => p.json<{ velden: string[]; reden: string }>().nullable();
const leeftijd = () => p.embedded(Leeftijd).nullable();
const codes = () => p.json<string[]>();

export const Editie = defineEntity({
  name: 'Editie',
  properties: { bestand: p.string().primary(), editie: p.string(), controlegetal: p.string() },
});

/** De lijst van aandachtsgroepen; alleen de edities van het coördinerende ministerie (BZK) vullen hem. */
export const Aandachtsgroep = defineEntity({
  name: 'Aandachtsgroep',
  properties: {
    code: p.string().primary(),
    /** Positie in de bijlage van het rapport, voor een vaste volgorde. */
    volgorde: p.integer(),
    naam: p.string(),
    omschrijving: p.text(),
    leeftijd: leeftijd(),
    bron: bron(),
    afgeleid: afgeleid(),
  },
});

export const Verantwoordelijkheid = defineEntity({
  name: 'Verantwoordelijkheid',
  properties: { code: p.string().primary(), omschrijving: p.text(), aandachtsgroepen: codes(), bron: bron(), afgeleid: afgeleid() },
});

export const Doel = defineEntity({
  name: 'Doel',
  properties: {
    code: p.string().primary(),
    naam: p.string(),
    omschrijving: p.text(),
    indicator: p.string(),
    richting: p.string(),
    uitspraak: p.string(),
    aandachtsgroepen: codes(),
    leeftijd: leeftijd(),
    bron: bron(),
    afgeleid: afgeleid(),
  },
});

export const Instrument = defineEntity({
  name: 'Instrument',
  properties: {
    code: p.string().primary(),
    naam: p.string(),
    soort: p.string(),
    omschrijving: p.text(),
    aandachtsgroepen: codes(),
    leeftijd: leeftijd(),
    /** IN_WERKING, TIJDELIJK_BUITEN_WERKING of AFGESCHAFT (enum Instrumentstatus). */
    status: p.string(),
    statusbron: p.embedded(Bron).nullable(),
    bron: bron(),
    afgeleid: afgeleid(),
  },
});

export const Effect = defineEntity({
  name: 'Effect',
  properties: {
    /** INSTRUMENTCODE#volgnummer */
    sleutel: p.string().primary(),
    instrument: p.string().index(),
    volgnummer: p.integer(),
    indicator: p.string(),
    score: p.integer(),
    aandachtsgroepen: codes(),
    leeftijd: leeftijd(),
    gedragenDoor: codes(),
    toelichting: p.text(),
    bron: bron(),
    afgeleid: afgeleid(),
  },
});

export const Leeftijdsgrens = defineEntity({
  name: 'Leeftijdsgrens',
  properties: {
    sleutel: p.string().primary(),
    instrument: p.string().index(),
    volgnummer: p.integer(),
    leeftijd: p.integer(),
    volwassenVanaf: p.boolean(),
    wijziging: p.text(),
    bron: bron(),
    afgeleid: afgeleid(),
  },
});

export const Maatregel = defineEntity({
  name: 'Maatregel',
  properties: {
    code: p.string().primary(),
    naam: p.text(),
    /** Null als het rapport de maatregel in geen pakket plaatst. */
    pakket: p.string().nullable(),
    thema: p.string(),
    instrumenten: codes(),
    indicatoren: codes(),
    leeftijd: leeftijd(),
    /** Het eigen departement of een partij (lezen.ts weigert een ander ministerie). */
    eigenaar: p.string(),
    status: p.string(),
    termijn: p.embedded(Termijn).nullable(),
    streefwaarde: p.embedded(Streefwaarde).nullable(),
    budget: p.embedded(Bedrag).nullable(),
    bron: bron(),
    afgeleid: afgeleid(),
  },
});

/** Een partij buiten de ministeries; alleen BZK-edities vullen deze tabel en de twee hierna. */
export const Partij = defineEntity({
  name: 'Partij',
  properties: { code: p.string().primary(), volgorde: p.integer(), naam: p.string(), omschrijving: p.text(), bron: bron(), afgeleid: afgeleid() },
});

export const Partijrol = defineEntity({
  name: 'Partijrol',
  properties: {
    /** PARTIJ#volgnummer */
    sleutel: p.string().primary(),
    partij: p.string().index(),
    volgnummer: p.integer(),
    omschrijving: p.text(),
    aandachtsgroepen: codes(),
    bron: bron(),
    afgeleid: afgeleid(),
  },
});

export const Eis = defineEntity({
  name: 'Eis',
  properties: {
    code: p.string().primary(),
    partij: p.string().index(),
    volgnummer: p.integer(),
    omschrijving: p.text(),
    /** DEPARTEMENT:CODE */
    instrumenten: codes(),
    bedrag: p.embedded(Bedrag).nullable(),
    peildatum: p.string(),
    bron: bron(),
    afgeleid: afgeleid(),
  },
});

export const Monitoringadvies = defineEntity({
  name: 'Monitoringadvies',
  properties: {
    code: p.string().primary(),
    omschrijving: p.text(),
    eigenaar: p.string().nullable(),
    status: p.string(),
    indicatoren: codes(),
    aandachtsgroepen: codes(),
    bron: bron(),
    afgeleid: afgeleid(),
  },
});

export const Indicatorverband = defineEntity({
  name: 'Indicatorverband',
  properties: {
    code: p.string().primary(),
    van: p.string(),
    naar: p.string(),
    score: p.integer(),
    aandachtsgroepen: codes(),
    toelichting: p.text(),
    bron: bron(),
    afgeleid: afgeleid(),
  },
});

export const Cijferverwijzing = defineEntity({
  name: 'Cijferverwijzing',
  properties: {
    /** DEPARTEMENT:CODE */
    sleutel: p.string().primary(),
    departement: p.string(),
    code: p.string(),
    toelichting: p.text(),
  },
});

export const Cijferreeks = defineEntity({
  name: 'Cijferreeks',
  properties: {
    code: p.string().primary(),
    naam: p.text(),
    eenheid: p.string(),
    /** CBS-regiocode of groepering uit schema/gebieden.json. */
    gebied: p.string(),
    indicator: p.string().nullable(),
    aandachtsgroepen: codes(),
  },
});

export const Waarneming = defineEntity({
  name: 'Waarneming',
  properties: {
    /** REEKSCODE@peildatum */
    sleutel: p.string().primary(),
    reeks: p.string().index(),
    peildatum: p.string(),
    waarde: p.double().$type<number>().nullable(),
    redenGeenWaarde: p.text().nullable(),
    bandbreedte: p.embedded(Bandbreedte).nullable(),
    ondergrens: p.double().$type<number>().nullable(),
    bovengrens: p.double().$type<number>().nullable(),
    soort: p.string(),
    toelichting: p.text().nullable(),
    bron: bron(),
    afgeleid: afgeleid(),
  },
});

/**
 * Een editie die een ministerie via de API publiceerde, met wie, wanneer en wat er
 * veranderde. Anders dan de tabellen hierboven is dit geen afgeleide van de bestanden
 * in de kamer: het is zelf bron. Samen met die bestanden bepaalt het de toestand
 * (editie/bronnen.ts), en geen import of herbouw van het schema gooit het weg.
 */
/** Een ingetrokken publicatie: wie (onderwerp en hoe vastgesteld), wanneer (ISO 8601, UTC) en waarom. */
export interface Intrekking {
  wie: string;
  bron: string;
  wanneer: string;
  reden: string;
}

export const Publicatie = defineEntity({
  name: 'Publicatie',
  properties: {
    id: p.integer().primary().autoincrement(),
    /**
     * 2026-01-01.yaml: de naam waaronder de editie meetelt, naast de bestanden in de map.
     * Niet uniek: na een intrekking mag een verbeterde editie met dezelfde datum komen;
     * onder de niet-ingetrokken publicaties bewaakt publicatie.ts dat elke naam één keer voorkomt.
     */
    bestand: p.string(),
    editie: p.string(),
    /** Het onderwerp van de identiteit die publiceerde (sub van het token, naam van de sleutel). */
    wie: p.string(),
    /** Hoe die identiteit was vastgesteld (jwt, api-sleutel, ontwikkelmodus). */
    bron: p.string(),
    /** ISO 8601 in UTC, als tekst: in SQLite en PostgreSQL hetzelfde en sorteerbaar. */
    wanneer: p.string(),
    /** SHA-256 van de YAML zoals ontvangen; gelijk aan het controlegetal van de editie. */
    sha256: p.string(),
    /** Per tabel toegevoegd/gewijzigd/verwijderd, zoals de publicatie het aantrof. */
    samenvatting: p.json<Record<string, { toegevoegd: number; gewijzigd: number; verwijderd: number }>>(),
    yaml: p.text(),
    /** Wie de publicatie wanneer en waarom introk; null zolang ze meetelt. Een publicatie wordt nooit verwijderd. */
    ingetrokken: p.json<Intrekking>().nullable(),
  },
});

/** Elke tabel, in de volgorde waarin de import ze vult en de momentopname ze leest. */
export const TABELLEN = {
  aandachtsgroepen: Aandachtsgroep,
  verantwoordelijkheden: Verantwoordelijkheid,
  doelen: Doel,
  instrumenten: Instrument,
  effecten: Effect,
  leeftijdsgrenzen: Leeftijdsgrens,
  maatregelen: Maatregel,
  partijen: Partij,
  partijrollen: Partijrol,
  eisen: Eis,
  monitoring: Monitoringadvies,
  verbanden: Indicatorverband,
  cijferreeksen: Cijferreeks,
  waarnemingen: Waarneming,
  cijferverwijzingen: Cijferverwijzing,
  edities: Editie,
} as const;

export type Tabelnaam = keyof typeof TABELLEN;

/** De rijen van elke tabel: wat de import wil schrijven en wat de momentopname leest. */
export type Toestand = { [T in Tabelnaam]: InferEntity<(typeof TABELLEN)[T]>[] };

export type Rij<T extends Tabelnaam> = Toestand[T][number];

/** Een tabel voor code die alle tabellen op dezelfde manier behandelt (import, momentopname). */
export const tabel = (naam: Tabelnaam) => TABELLEN[naam] as unknown as EntitySchema<Record<string, unknown>>;

export const ENTITEITEN = [...Object.values(TABELLEN), Publicatie, Bron, Leeftijd, Bandbreedte, Bedrag, Termijn, Streefwaarde];
