// Wat resolvers aan elkaar doorgeven (de "mappers" van graphql-codegen).
import type { CijferreeksRij, InstrumentRij } from './entiteiten.js';

export type AandachtsgroepCode = string;

/** Verwijzing naar de entiteit Aandachtsgroep; de velden lost elke subgraph zelf op. */
export interface AandachtsgroepRef {
  code: AandachtsgroepCode;
}

/** Het beleid van één departement voor één aandachtsgroep; velden laden lui en gebundeld. */
export interface BeleidRef {
  departement: string;
  aandachtsgroep: AandachtsgroepCode;
}

export interface InstrumentModel extends InstrumentRij {
  departement: string;
}

export interface CijferreeksModel extends CijferreeksRij {
  departement: string;
}
