// Eén plek voor wat de processen, docker-compose.yml en de tests over elkaar moeten weten.
export const DEPARTEMENTEN = ['BZK', 'VWS', 'JENV', 'SZW', 'OCW'] as const;
export type DepartementCode = (typeof DEPARTEMENTEN)[number];

export interface Subgraafinstelling {
  departement: DepartementCode;
  /** Naam in de supergraph en map onder subgraphs/. */
  naam: string;
  standaardPoort: number;
  /** Omgevingsvariabele met de PostgreSQL-URL van dit ministerie; zonder: SQLite. */
  databaseVariabele: string;
  /** Omgevingsvariabele met het pad van het SQLite-bestand. */
  sqliteVariabele: string;
  /** Omgevingsvariabele waarmee de gateway de URL van deze subgraph krijgt. */
  urlVariabele: string;
}

export const SUBGRAFEN: readonly Subgraafinstelling[] = DEPARTEMENTEN.map((departement, i) => {
  const naam = departement.toLowerCase();
  return {
    departement,
    naam,
    standaardPoort: 4001 + i,
    databaseVariabele: `${departement}_DATABASE_URL`,
    sqliteVariabele: `${departement}_SQLITE_PAD`,
    urlVariabele: `${departement}_URL`,
  };
});

export const GATEWAY_STANDAARDPOORT = 4000;

/** De analyselaag: geen database; wat zij leest, stuurt de gateway mee. */
export const ANALYSE = {
  naam: 'analyse',
  standaardPoort: 4006,
  urlVariabele: 'ANALYSE_URL',
} as const;

export function subgraaf(departement: DepartementCode): Subgraafinstelling {
  const s = SUBGRAFEN.find((x) => x.departement === departement);
  if (!s) throw new Error(`Onbekend departement ${departement}`);
  return s;
}

export function standaardUrl(s: { standaardPoort: number }, host = 'localhost'): string {
  return `http://${host}:${s.standaardPoort}/graphql`;
}
