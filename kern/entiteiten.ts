// Tabellen van een ministeriedatabase. Elk ministerie heeft dezelfde vorm van
// beleidsgegevens, dus één set definities; elk ministerie heeft wel zijn eigen
// database en zijn eigen ORM-instantie (zie database.ts).
//
// Sleutels zijn tekst en afgeleid van de codes in de databestanden, zodat een
// import records herkent en een tweede import niets verandert.
import { EntitySchema } from '@mikro-orm/core';

export interface Bronvelden {
  bronDocument: string;
  bronVindplaats: string;
}

export interface Leeftijdsvelden {
  leeftijdVan?: number | null;
  leeftijdTot?: number | null;
}

export interface EditieRij {
  bestand: string;
  editie: string;
  controlegetal: string;
}

export interface VerantwoordelijkheidRij extends Bronvelden {
  code: string;
  omschrijving: string;
  aandachtsgroepen: string[];
}

export interface DoelRij extends Bronvelden, Leeftijdsvelden {
  code: string;
  naam: string;
  omschrijving: string;
  indicator: string;
  richting: string;
  aandachtsgroepen: string[];
}

export interface InstrumentRij extends Bronvelden, Leeftijdsvelden {
  code: string;
  naam: string;
  soort: string;
  omschrijving: string;
  aandachtsgroepen: string[];
}

export interface EffectRij extends Bronvelden, Leeftijdsvelden {
  /** INSTRUMENTCODE#volgnummer */
  sleutel: string;
  instrument: string;
  volgnummer: number;
  indicator: string;
  score: number;
  aandachtsgroepen: string[];
  gedragenDoor: string[];
  toelichting: string;
}

export interface LeeftijdsgrensRij extends Bronvelden {
  sleutel: string;
  instrument: string;
  volgnummer: number;
  leeftijd: number;
  volwassenVanaf: boolean;
  wijziging: string;
}

export interface MaatregelRij extends Bronvelden {
  code: string;
  naam: string;
  pakket: string;
  thema: string;
  instrumenten: string[];
  indicatoren: string[];
}

export interface CijferreeksRij {
  code: string;
  naam: string;
  eenheid: string;
  aandachtsgroepen: string[];
}

export interface WaarnemingRij extends Bronvelden {
  /** REEKSCODE@peildatum */
  sleutel: string;
  reeks: string;
  peildatum: string;
  waarde?: number | null;
  redenGeenWaarde?: string | null;
  bandbreedteMin?: number | null;
  bandbreedteMax?: number | null;
  soort: string;
  toelichting?: string | null;
}

/**
 * Index van aandachtsgroep naar records, zodat één query per soort volstaat om
 * het beleid voor een hele batch groepen te vinden.
 */
export interface GroepindexRij {
  /** soort:sleutel:aandachtsgroep */
  id: string;
  soort: Recordsoort;
  sleutel: string;
  aandachtsgroep: string;
}

export type Recordsoort = 'verantwoordelijkheid' | 'doel' | 'instrument' | 'cijferreeks';

const bron = {
  bronDocument: { type: 'string' },
  bronVindplaats: { type: 'text' },
} as const;

const leeftijd = {
  leeftijdVan: { type: 'integer', nullable: true },
  leeftijdTot: { type: 'integer', nullable: true },
} as const;

export const Editie = new EntitySchema<EditieRij>({
  name: 'Editie',
  tableName: 'editie',
  properties: {
    bestand: { type: 'string', primary: true },
    editie: { type: 'string' },
    controlegetal: { type: 'string' },
  },
});

export const Verantwoordelijkheid = new EntitySchema<VerantwoordelijkheidRij>({
  name: 'Verantwoordelijkheid',
  tableName: 'verantwoordelijkheid',
  properties: {
    code: { type: 'string', primary: true },
    omschrijving: { type: 'text' },
    aandachtsgroepen: { type: 'json' },
    ...bron,
  },
});

export const Doel = new EntitySchema<DoelRij>({
  name: 'Doel',
  tableName: 'doel',
  properties: {
    code: { type: 'string', primary: true },
    naam: { type: 'string' },
    omschrijving: { type: 'text' },
    indicator: { type: 'string', index: true },
    richting: { type: 'string' },
    aandachtsgroepen: { type: 'json' },
    ...leeftijd,
    ...bron,
  },
});

export const Instrument = new EntitySchema<InstrumentRij>({
  name: 'Instrument',
  tableName: 'instrument',
  properties: {
    code: { type: 'string', primary: true },
    naam: { type: 'string' },
    soort: { type: 'string' },
    omschrijving: { type: 'text' },
    aandachtsgroepen: { type: 'json' },
    ...leeftijd,
    ...bron,
  },
});

export const Effect = new EntitySchema<EffectRij>({
  name: 'Effect',
  tableName: 'effect',
  properties: {
    sleutel: { type: 'string', primary: true },
    instrument: { type: 'string', index: true },
    volgnummer: { type: 'integer' },
    indicator: { type: 'string', index: true },
    score: { type: 'integer' },
    aandachtsgroepen: { type: 'json' },
    gedragenDoor: { type: 'json' },
    toelichting: { type: 'text' },
    ...leeftijd,
    ...bron,
  },
});

export const Leeftijdsgrens = new EntitySchema<LeeftijdsgrensRij>({
  name: 'Leeftijdsgrens',
  tableName: 'leeftijdsgrens',
  properties: {
    sleutel: { type: 'string', primary: true },
    instrument: { type: 'string', index: true },
    volgnummer: { type: 'integer' },
    leeftijd: { type: 'integer' },
    volwassenVanaf: { type: 'boolean' },
    wijziging: { type: 'text' },
    ...bron,
  },
});

export const Maatregel = new EntitySchema<MaatregelRij>({
  name: 'Maatregel',
  tableName: 'maatregel',
  properties: {
    code: { type: 'string', primary: true },
    naam: { type: 'text' },
    pakket: { type: 'string' },
    thema: { type: 'string' },
    instrumenten: { type: 'json' },
    indicatoren: { type: 'json' },
    ...bron,
  },
});

export const Cijferreeks = new EntitySchema<CijferreeksRij>({
  name: 'Cijferreeks',
  tableName: 'cijferreeks',
  properties: {
    code: { type: 'string', primary: true },
    naam: { type: 'text' },
    eenheid: { type: 'string' },
    aandachtsgroepen: { type: 'json' },
  },
});

export const Waarneming = new EntitySchema<WaarnemingRij>({
  name: 'Waarneming',
  tableName: 'waarneming',
  properties: {
    sleutel: { type: 'string', primary: true },
    reeks: { type: 'string', index: true },
    peildatum: { type: 'string' },
    waarde: { type: 'double', nullable: true },
    redenGeenWaarde: { type: 'text', nullable: true },
    bandbreedteMin: { type: 'double', nullable: true },
    bandbreedteMax: { type: 'double', nullable: true },
    soort: { type: 'string' },
    toelichting: { type: 'text', nullable: true },
    ...bron,
  },
});

export const Groepindex = new EntitySchema<GroepindexRij>({
  name: 'Groepindex',
  tableName: 'groepindex',
  indexes: [{ properties: ['aandachtsgroep', 'soort'] }],
  properties: {
    id: { type: 'string', primary: true },
    soort: { type: 'string' },
    sleutel: { type: 'string' },
    aandachtsgroep: { type: 'string' },
  },
});

export const beleidsentiteiten = [
  Editie,
  Verantwoordelijkheid,
  Doel,
  Instrument,
  Effect,
  Leeftijdsgrens,
  Maatregel,
  Cijferreeks,
  Waarneming,
  Groepindex,
];
