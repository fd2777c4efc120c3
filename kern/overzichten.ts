// Wat de gateway en het overzichtenregister (overzichtenregister/) over een overzicht
// uitwisselen: één vorm, aan beide kanten dezelfde typen. Het register bewaart versies en
// intrekkingen; de gateway controleert een nieuw overzicht, leidt zijn contract af en leest
// de lijst om overzichten te beantwoorden. Alleen typen en kleine pure functies: de gateway
// laadt hiermee niets van het register (geen MikroORM).
import type { Partnermanifest } from './partners.js';

/** Het contract van een overzicht: welke variabelen het neemt en welke velden (met type) het teruggeeft. */
export interface Contract {
  /** sha256:<hex> van het document. */
  hash: string;
  /** Naam → type, met " = standaard" als er een standaardwaarde is. */
  variabelen: Record<string, string>;
  /** Pad in het antwoord → type, bijvoorbeeld "aandachtsgroep.bzk.doelen.code": "String!". */
  velden: Record<string, string>;
}

/** Een variabele van een overzicht met haar GraphQL-type, bijvoorbeeld code: "AandachtsgroepCode!". */
export interface Overzichtvariabele {
  naam: string;
  type: string;
  /** De standaardwaarde als GraphQL-tekst (false, STUDENTEN, 16): uit het document of uit de standaardwaarden. */
  standaard?: string;
}

/** Wat er tussen twee versies veranderde: brekend (clients gaan stuk) of alleen toegevoegd. */
export interface Wijziging {
  brekend: string[];
  toegevoegd: string[];
}

/** Hoe het dashboard een overzicht toont: welke kolommen, als tabel of grafiek. Alleen een hint. */
export interface Weergave {
  soort: 'tabel' | 'grafiek';
  kolommen?: string[];
}

/** Een brekende versie zegt waarom, en tot wanneer de vorige versies nog antwoorden. */
export interface Breuk {
  reden: string;
  /** JJJJ-MM-DD: vanaf die dag (00:00 UTC) antwoorden de vorige versies met 410 Gone. */
  uitfaseerdatum: string;
}

/** Wie iets vastlegde en wanneer: het verslag, zoals bij edities. */
export interface Vastlegging {
  wie: string;
  bron: string;
  /** ISO 8601 in UTC. */
  wanneer: string;
}

/** Een overzicht dat het programmateam introk: geen versie antwoordt meer vanaf `per`. */
export interface Registerintrekking extends Vastlegging {
  naam: string;
  reden: string;
  /** ISO 8601 in UTC: vanaf dit moment 410 Gone. */
  per: string;
}

/** Eén versie zoals het register haar aan de gateway geeft. */
export interface Registerversie {
  naam: string;
  versie: number;
  titel: string;
  omschrijving: string;
  document: string;
  /** sha256:<hex> van het document. */
  hash: string;
  /** Welke lijst de rijen van de CSV zijn; null: geen CSV. */
  rijen: string | null;
  standaardwaarden: Record<string, unknown>;
  variabelen: Overzichtvariabele[];
  weergave: Weergave | null;
  /** Gezet als deze versie brak met de vorige. */
  breekt: Breuk | null;
  /** ISO 8601 in UTC. */
  gepubliceerd: string;
  /** `ingebouwd`: uit overzichten/ bij de start van het register; `api`: gepubliceerd via POST /overzichten. */
  herkomst: 'ingebouwd' | 'api';
  /** Alleen bij de nieuwste versie van een naam: daartegen vergelijkt de gateway een nieuwe. */
  contract?: Contract;
}

/** Alles wat een gateway van het register leest. */
export interface Registerstand {
  /** Verandert bij elke nieuwe versie of intrekking; de gateway vraagt de hele lijst pas als dit anders is. */
  stand: string;
  versies: Registerversie[];
  intrekkingen: Registerintrekking[];
  /** Het nieuwste manifest van elke partnerapp die er een heeft (een ingetrokken manifest ontbreekt): kern/partners.ts. */
  partners: Partnermanifest[];
}

/** Wat de gateway het register vraagt vast te leggen, na zijn controles. */
export interface Registerpublicatie {
  naam: string;
  titel: string;
  omschrijving: string;
  document: string;
  rijen: string | null;
  standaardwaarden: Record<string, unknown>;
  variabelen: Overzichtvariabele[];
  weergave: Weergave | null;
  breekt: Breuk | null;
  contract: Contract;
  wijziging: Wijziging;
  /** De versie waartegen de gateway vergeleek (0: de naam is nieuw). Is er intussen een nieuwere, dan 409. */
  vorigeVersie: number;
}

/** Eén regel van het verslag van een overzicht (GET /overzichten/<naam>/verslag). */
export interface Verslagregel extends Vastlegging {
  id: string;
  versie: number;
  sha256: string;
  document: string;
  titel: string;
  rijen: string | null;
  wijziging: Wijziging;
  breekt: Breuk | null;
  herkomst: 'ingebouwd' | 'api';
}

/** Een naam: kleine letters en cijfers, met streepjes ertussen, zoals tegenwerkende-prikkels. */
export const NAAMPATROON = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const MAXIMALE_NAAMLENGTE = 60;

/** Het id van één versie: naam@versie. */
export const versieId = (naam: string, versie: number) => `${naam}@${versie}`;

/** naam@3 → { naam, versie: 3 }; een id zonder @ geeft undefined. */
export function leesVersieId(id: string): { naam: string; versie: number } | undefined {
  const treffer = /^([a-z][a-z0-9-]*)@([1-9]\d{0,8})$/.exec(id);
  return treffer ? { naam: treffer[1], versie: Number(treffer[2]) } : undefined;
}
