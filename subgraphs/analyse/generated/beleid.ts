/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** De negen aandachtsgroepen uit de bijlage 'Opgave huisvesting per aandachtsgroep in vogelvlucht' van het rapport. */
export type AandachtsgroepCode =
  | 'ARBEIDSMIGRANTEN'
  | 'DAK_EN_THUISLOZEN'
  | 'MEDISCH_URGENTEN'
  | 'OUDEREN'
  | 'SOCIAAL_URGENTEN'
  | 'STATUSHOUDERS'
  | 'STUDENTEN'
  | 'UITSTROOM_INTRAMURAAL'
  | 'WOONWAGENBEWONERS';

/** Een van de vijf ministeries in de interbestuurlijke werkgroep. */
export type Departement =
  /** Binnenlandse Zaken en Koninkrijksrelaties (coördinerend voor wonen) */
  | 'BZK'
  /** Justitie en Veiligheid */
  | 'JENV'
  /** Onderwijs, Cultuur en Wetenschap */
  | 'OCW'
  /** Sociale Zaken en Werkgelegenheid */
  | 'SZW'
  /** Volksgezondheid, Welzijn en Sport */
  | 'VWS';

/**
 * Maatschappelijke grootheden waarop instrumenten effect hebben en waarop doelen sturen.
 * Een doel noemt één indicator en de gewenste richting; een instrumenteffect noemt een
 * indicator en een score. Een tegenwerkende prikkel is een effect tegen de richting van een doel in.
 */
export type Indicator =
  /** Aanbod van betaalbare woonplekken voor aandachtsgroepen: sociale huurwoningen, kamers, flexwoningen en tussenvoorzieningen met een lage huur. */
  | 'AANBOD_BETAALBARE_WOONPLEKKEN'
  /** Aanbod van tijdelijke, flexibele en verplaatsbare woningen. */
  | 'AANBOD_FLEXWONINGEN'
  /** Aanbod van onzelfstandige woonruimte: kamers met gedeelde voorzieningen. */
  | 'AANBOD_ONZELFSTANDIGE_WOONRUIMTE'
  /** Aanbod van nultredenwoningen en geclusterde woonvormen voor ouderen. */
  | 'AANBOD_OUDERENWONINGEN'
  /** Aanbod van rolstoelgeschikte en aangepaste woningen. */
  | 'AANBOD_ROLSTOELGESCHIKTE_WONINGEN'
  /** Aanbod van passende en betaalbare woonruimte voor uitwonende studenten. */
  | 'AANBOD_STUDENTENHUISVESTING'
  /** Aantal woonwagenstandplaatsen. */
  | 'AANBOD_WOONWAGENSTANDPLAATSEN'
  /** Bestaanszekerheid: voldoende inkomen om in levensonderhoud en huisvesting te voorzien. */
  | 'BESTAANSZEKERHEID'
  /** Betaalbaarheid van het wonen: woonlasten in verhouding tot het inkomen. */
  | 'BETAALBAARHEID_WONEN'
  /** Aantal dak- en thuisloze mensen. */
  | 'DAK_EN_THUISLOOSHEID'
  /** Doorstroming op de woningmarkt: verhuizingen die een (sociale huur)woning vrijmaken. */
  | 'DOORSTROMING'
  /** Doorstroom van statushouders uit de asielopvang naar een woning in een gemeente. */
  | 'DOORSTROOM_STATUSHOUDERS_UIT_OPVANG'
  /** Evenwichtige spreiding van aandachtsgroepen en sociale huur over gemeenten en wijken. */
  | 'EVENWICHTIGE_SPREIDING'
  /** Investeringscapaciteit van woningcorporaties voor bouw, exploitatie en leefbaarheid. */
  | 'INVESTERINGSCAPACITEIT_CORPORATIES'
  /** Kwaliteit van de huisvesting van arbeidsmigranten (ruimte, prijs-kwaliteit, bescherming tegen misstanden). */
  | 'KWALITEIT_HUISVESTING_ARBEIDSMIGRANTEN'
  /** Kosten van gemeenten in het sociaal domein (Wmo, Jeugdwet, Participatiewet). */
  | 'LASTEN_GEMEENTEN_SOCIAAL_DOMEIN'
  /** Leefbaarheid en veerkracht van wijken. */
  | 'LEEFBAARHEID_WIJKEN'
  /** Uitstroom uit maatschappelijke opvang, beschermd wonen en (forensische) zorginstellingen naar een woning. */
  | 'UITSTROOM_UIT_OPVANG_EN_INSTELLINGEN'
  /** Behoud van de eigen woning bij opname, detentie of inkomensterugval, en stabiele huisvesting daarna. */
  | 'WONINGBEHOUD'
  /** Woningdelen en samenwonen: meer mensen onder één dak. */
  | 'WONINGDELEN'
  /** Tekort aan (betaalbare) woningen; stijgt als de vraag naar goedkope woonruimte groeit. */
  | 'WONINGTEKORT'
  /** Kwetsbare mensen en ouderen die zelfstandig wonen met de zorg, mantelzorg en ondersteuning die zij nodig hebben. */
  | 'ZELFSTANDIG_WONEN_MET_ONDERSTEUNING';

/** Pakket waarin het rapport een maatregel plaatst. */
export type Maatregelpakket =
  /** Nationale samenwerkingsagenda 'Een thuis voor iedereen' tot 2030. */
  | 'SAMENWERKINGSAGENDA'
  /** Integraal spoedpakket voor 2021-2022. */
  | 'SPOEDPAKKET';

/** Partij die een effect draagt: de kosten, het risico of het gevolg. */
export type Partij =
  | 'CENTRUMGEMEENTEN'
  | 'GEMEENTEN'
  | 'ONDERWIJSINSTELLINGEN'
  /** De persoon uit de aandachtsgroep zelf. */
  | 'PERSOON'
  | 'PROVINCIES'
  | 'RIJK'
  | 'WERKGEVERS'
  | 'WONINGCORPORATIES'
  | 'ZORGAANBIEDERS';

/** Richting waarin een doel een indicator wil bewegen. */
export type Richting =
  | 'AFNAME'
  | 'TOENAME';

export type AlleGroepenFragment = { aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bzk: { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, bron: { document: string, titel: string, vindplaats: string } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket, thema: string, indicatoren: Array<Indicator>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null, vws: { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, bron: { document: string, titel: string, vindplaats: string } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket, thema: string, indicatoren: Array<Indicator>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null, jenv: { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, bron: { document: string, titel: string, vindplaats: string } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket, thema: string, indicatoren: Array<Indicator>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null, szw: { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, bron: { document: string, titel: string, vindplaats: string } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket, thema: string, indicatoren: Array<Indicator>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null, ocw: { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, bron: { document: string, titel: string, vindplaats: string } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket, thema: string, indicatoren: Array<Indicator>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null };

export type GroepsbeleidFragment = { bzk: { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, bron: { document: string, titel: string, vindplaats: string } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket, thema: string, indicatoren: Array<Indicator>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null, vws: { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, bron: { document: string, titel: string, vindplaats: string } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket, thema: string, indicatoren: Array<Indicator>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null, jenv: { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, bron: { document: string, titel: string, vindplaats: string } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket, thema: string, indicatoren: Array<Indicator>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null, szw: { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, bron: { document: string, titel: string, vindplaats: string } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket, thema: string, indicatoren: Array<Indicator>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null, ocw: { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, bron: { document: string, titel: string, vindplaats: string } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket, thema: string, indicatoren: Array<Indicator>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null };

export type BeleidFragment = { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string } }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, bron: { document: string, titel: string, vindplaats: string } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket, thema: string, indicatoren: Array<Indicator>, bron: { document: string, titel: string, vindplaats: string } }> }> };

export type BronveldenFragment = { document: string, titel: string, vindplaats: string };
