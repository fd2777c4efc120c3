// De beleidsgegevens die de analyse via @requires (of via de graaf) krijgt: precies de
// selectie in schema.graphql. Alles wat de analyse weet, komt van de ministeries.
export interface Bron {
  document: string;
  titel: string;
  vindplaats: string;
}
export interface Leeftijd {
  van: number | null;
  tot: number | null;
}
export interface Groepsverwijzing {
  code: string;
}
export interface Doel {
  code: string;
  naam: string;
  indicator: string;
  richting: 'TOENAME' | 'AFNAME';
  aandachtsgroepen: Groepsverwijzing[];
  leeftijd: Leeftijd | null;
  bron: Bron;
}
export interface Effect {
  indicator: string;
  score: number;
  aandachtsgroepen: Groepsverwijzing[];
  leeftijd: Leeftijd | null;
  gedragenDoor: string[];
  toelichting: string;
  bron: Bron;
}
export interface Leeftijdsgrens {
  leeftijd: number;
  volwassenVanaf: boolean;
  wijziging: string;
  bron: Bron;
}
export interface Maatregel {
  code: string;
  naam: string;
  departement: string;
  pakket: string;
  thema: string;
  indicatoren: string[];
  bron: Bron;
}
export interface Instrument {
  code: string;
  naam: string;
  aandachtsgroepen: Groepsverwijzing[];
  effecten: Effect[];
  leeftijdsgrenzen: Leeftijdsgrens[];
  maatregelen: Maatregel[];
}
export interface Beleid {
  departement: string;
  doelen: Doel[];
  instrumenten: Instrument[];
}

export const MINISTERIEVELDEN = ['bzk', 'vws', 'jenv', 'szw', 'ocw'] as const;

/** Een aandachtsgroep met het beleid van alle vijf ministeries (de @requires-velden). */
export type AandachtsgroepMetBeleid = { code: string } & Record<(typeof MINISTERIEVELDEN)[number], Beleid>;

/** Zo komt een groep binnen: met het beleid als @requires het meestuurt, anders alleen de code. */
export type AandachtsgroepMogelijkMetBeleid = { code: string } & Partial<AandachtsgroepMetBeleid>;
