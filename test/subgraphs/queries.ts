// Query's die meerdere tests delen: het volledige beleid van een ministerie per groep.
export const BELEIDSVELDEN = `
  departement
  verantwoordelijkheden { code omschrijving aandachtsgroepen { code } bron { document titel vindplaats } }
  doelen { code naam indicator richting aandachtsgroepen { code } leeftijd { van tot } bron { document vindplaats } }
  instrumenten {
    code naam soort aandachtsgroepen { code } leeftijd { van tot }
    leeftijdsgrenzen { leeftijd wijziging bron { document vindplaats } }
    effecten { indicator score richting gedragenDoor toelichting aandachtsgroepen { code } bron { document vindplaats } }
    maatregelen { code naam pakket thema indicatoren bron { document vindplaats } }
    bron { document vindplaats }
  }
  cijfers { code naam waarde redenGeenWaarde bandbreedte { min max } eenheid peildatum soort bron { document titel vindplaats } }
  cijferreeksen { code waarnemingen { peildatum waarde } }
`;

export const entiteitenQuery = (veld: string) => `
  query ($representaties: [_Any!]!) {
    _entities(representations: $representaties) {
      ... on Aandachtsgroep { code ${veld} { ${BELEIDSVELDEN} } }
    }
  }
`;

export const representaties = (codes: readonly string[]) => codes.map((code) => ({ __typename: 'Aandachtsgroep', code }));
