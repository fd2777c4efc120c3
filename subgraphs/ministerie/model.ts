// Wat resolvers aan elkaar doorgeven (de "mappers" van graphql-codegen).

/** Verwijzing naar de entiteit Aandachtsgroep; de velden lost elke subgraph zelf op. */
export interface AandachtsgroepRef {
  code: string;
}

/** De analyse over alle groepen; BZK geeft de groepen mee, elk ministerie zijn eigen beleidsveld. */
export interface AnalyseRef {
  id: string;
  aandachtsgroepen?: AandachtsgroepRef[];
}
