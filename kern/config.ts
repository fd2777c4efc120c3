// Eén plek voor wat de processen, docker-compose.yml en de tests over elkaar moeten weten.

/**
 * De ministeries, elk met de naam die enum Departement bij zijn code zet: de enige lijst.
 * Wat per ministerie verschilt, volgt hieruit: enum Departement (kern/vocabulaire.ts), de
 * subgraph met zijn naam, poort, database en omgevingsvariabelen (SUBGRAFEN hieronder),
 * zijn schema (subgraphs/ministerie/sdl.ts), wat de analyselaag van hem leest
 * (subgraphs/analyse/sdl.ts), zijn rij in de kostentabel van de gateway en zijn plaats in
 * het dashboard. Een ministerie toevoegen: een regel hier en zijn edities in
 * subgraphs/<code in kleine letters>/data/ (docs/nieuw-ministerie.md).
 */
export const MINISTERIES = {
  BZK: 'Binnenlandse Zaken en Koninkrijksrelaties (coördinerend voor wonen)',
  VWS: 'Volksgezondheid, Welzijn en Sport',
  JENV: 'Justitie en Veiligheid',
  SZW: 'Sociale Zaken en Werkgelegenheid',
  OCW: 'Onderwijs, Cultuur en Wetenschap',
} as const;
export type DepartementCode = keyof typeof MINISTERIES;
/** De codes in de volgorde van MINISTERIES: die van de graaf, de tabellen en de foutmeldingen. */
export const DEPARTEMENTEN = Object.keys(MINISTERIES) as readonly DepartementCode[];
/** Het veld met het beleid van een ministerie op Aandachtsgroep en Analyse, en zijn naam als dienst: bzk, vws, … */
export type Ministerieveld = Lowercase<DepartementCode>;

/** De analyselaag: geen database; wat zij leest, stuurt de gateway mee. */
export const ANALYSE = {
  naam: 'analyse',
  standaardPoort: 4006,
  urlVariabele: 'ANALYSE_URL',
} as const;

/**
 * Het register van de overzichten (overzichtenregister/): een eigen dienst met een eigen
 * database, waarin het programmateam overzichten publiceert en elke gatewayreplica ze leest.
 * Geen subgraph: het spreekt geen GraphQL, alleen de gateway spreekt het aan (met het geheim).
 * De poort ligt buiten de reeks van de ministeries (4001, 4002, …), die met elk ministerie groeit.
 */
export const OVERZICHTENREGISTER = {
  naam: 'overzichten',
  standaardPoort: 4100,
  /** Het proces: index.ts luistert, dienst.ts bouwt zonder te luisteren. */
  proces: 'overzichtenregister/index.ts',
  /** Waar de gateway het register vindt (de basis-URL, zonder pad). */
  urlVariabele: 'OVERZICHTEN_URL',
  /** PostgreSQL-URL van het register; zonder: SQLite. */
  databaseVariabele: 'OVERZICHTEN_DATABASE_URL',
  /** Pad van het SQLite-bestand; standaard var/overzichten.sqlite in de projectmap. */
  sqliteVariabele: 'OVERZICHTEN_SQLITE_PAD',
} as const;

/** De basis-URL van het register op deze machine (npm start). */
export const standaardRegisterUrl = (host = 'localhost') => `http://${host}:${OVERZICHTENREGISTER.standaardPoort}`;

/** Het bestand waarmee elk ministerie als eigen proces start; MINISTERIE_VARIABELE zegt welk. */
export const MINISTERIEPROCES = 'subgraphs/ministerie/index.ts';
export const MINISTERIE_VARIABELE = 'MINISTERIE';

export interface Subgraafinstelling {
  departement: DepartementCode;
  /** Naam in de supergraph, veld op Aandachtsgroep en Analyse, dienst, en map onder subgraphs/ (met de edities in data/). */
  naam: Ministerieveld;
  standaardPoort: number;
  /** Omgevingsvariabele met de PostgreSQL-URL van dit ministerie; zonder: SQLite. */
  databaseVariabele: string;
  /** Omgevingsvariabele met het pad van het SQLite-bestand. */
  sqliteVariabele: string;
  /** Omgevingsvariabele met een andere map met edities dan subgraphs/<naam>/data/ (de schaalbench, bench/schaal/). */
  dataVariabele: string;
  /** Omgevingsvariabele waarmee de gateway de URL van deze subgraph krijgt. */
  urlVariabele: string;
  /** Wat MINISTERIEPROCES in zijn omgeving nodig heeft om dit ministerie te starten. */
  procesomgeving: Readonly<Record<string, string>>;
}

/** 4001, 4002, …, maar niet de poort van de analyselaag: een zesde ministerie krijgt 4007. */
const standaardPoort = (i: number) => (4001 + i >= ANALYSE.standaardPoort ? 4002 + i : 4001 + i);

export const SUBGRAFEN: readonly Subgraafinstelling[] = DEPARTEMENTEN.map((departement, i) => {
  const naam = departement.toLowerCase() as Ministerieveld;
  return {
    departement,
    naam,
    standaardPoort: standaardPoort(i),
    databaseVariabele: `${departement}_DATABASE_URL`,
    sqliteVariabele: `${departement}_SQLITE_PAD`,
    dataVariabele: `${departement}_DATA_MAP`,
    urlVariabele: `${departement}_URL`,
    procesomgeving: { [MINISTERIE_VARIABELE]: naam },
  };
});

export const GATEWAY_STANDAARDPOORT = 4000;

export function subgraaf(departement: DepartementCode): Subgraafinstelling {
  const s = SUBGRAFEN.find((x) => x.departement === departement);
  if (!s) throw new Error(`Onbekend departement ${departement}`);
  return s;
}

export function standaardUrl(s: { standaardPoort: number }, host = 'localhost'): string {
  return `http://${host}:${s.standaardPoort}/graphql`;
}
