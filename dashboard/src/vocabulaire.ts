// De vaste waarden van de graaf die het dashboard in zijn menu's en tabellen gebruikt, één
// keer: de vijf ministeries (in de volgorde van de graaf), hun veldnaam op een aandachtsgroep,
// en de negen aandachtsgroepen in de volgorde van de bijlage van het rapport.
export const DEPARTEMENTEN = ['BZK', 'VWS', 'JENV', 'SZW', 'OCW'] as const;
export type Departement = (typeof DEPARTEMENTEN)[number];

/** Het veld met het beleid van een ministerie: `aandachtsgroep { bzk { … } }`. */
export const MINISTERIES = ['bzk', 'vws', 'jenv', 'szw', 'ocw'] as const satisfies readonly Lowercase<Departement>[];
export type Ministeriesleutel = (typeof MINISTERIES)[number];

export const GROEPEN = ['ARBEIDSMIGRANTEN', 'DAK_EN_THUISLOZEN', 'OUDEREN', 'SOCIAAL_URGENTEN', 'MEDISCH_URGENTEN', 'STATUSHOUDERS', 'STUDENTEN', 'UITSTROOM_INTRAMURAAL', 'WOONWAGENBEWONERS'] as const;
