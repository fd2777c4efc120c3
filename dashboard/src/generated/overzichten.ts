/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** De negen aandachtsgroepen uit de bijlage 'Opgave huisvesting per aandachtsgroep in vogelvlucht' van het rapport. */
export type AandachtsgroepCode =
  /** Arbeidsmigranten, vooral uit andere EU-landen, die (vaak via uitzendbureaus) laaggeschoold werk doen. */
  | 'ARBEIDSMIGRANTEN'
  /** Dak- en thuisloze mensen, in brede zin: ook economisch daklozen, kwetsbare jongeren en uitstroom uit de vrouwenopvang. */
  | 'DAK_EN_THUISLOZEN'
  /** Medisch urgente woningzoekenden die om medische redenen een andere woning nodig hebben. */
  | 'MEDISCH_URGENTEN'
  /** Ouderen: alle mensen boven de 65 jaar, met of zonder zorgbehoefte. */
  | 'OUDEREN'
  /** Sociaal urgente woningzoekenden, bijvoorbeeld na een scheiding of huiselijk geweld. */
  | 'SOCIAAL_URGENTEN'
  /** Statushouders: vergunninghouders die vanuit de asielopvang een woning in een gemeente krijgen. */
  | 'STATUSHOUDERS'
  /** Studenten, vooral uitwonende studenten in het hoger onderwijs en het mbo. */
  | 'STUDENTEN'
  /** Mensen die uitstromen uit beschermd wonen, maatschappelijke opvang, GGZ, jeugdzorg of (forensische) zorginstellingen. */
  | 'UITSTROOM_INTRAMURAAL'
  /** Woonwagenbewoners en reizigers, met hun behoefte aan standplaatsen. */
  | 'WOONWAGENBEWONERS';

/** Hoe een cijfer tot stand kwam. */
export type Cijfersoort =
  /** Bestuurlijke afspraak, taakstelling of streefwaarde. */
  | 'AFSPRAAK'
  /** Vooruitberekening voor een toekomstige peildatum. */
  | 'PROGNOSE'
  /** Geschat door de bron. */
  | 'SCHATTING'
  /** Geteld of gemeten. */
  | 'WAARNEMING';

/** Een van de ministeries in de interbestuurlijke werkgroep. */
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

/** Hoe een streefwaarde of grens bedoeld is. */
export type Grenssoort =
  /** Hooguit deze waarde. */
  | 'BOVENGRENS'
  /** Minstens deze waarde. */
  | 'ONDERGRENS'
  /** Precies deze waarde. */
  | 'WAARDE';

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

/** Soort beleidsinstrument. */
export type Instrumentsoort =
  /** De bekostiging van uitvoerders, zoals de middelen voor de opvangtaak (Wmo) of het wetenschappelijk onderwijs. */
  | 'BEKOSTIGING'
  /** Een heffing of een vrijstelling daarvan, zoals de verhuurderheffing. */
  | 'HEFFING'
  /** Een norm of regel die gedrag begrenst, zoals de kostendelersnorm of de toewijzingsregels van corporaties. */
  | 'NORM'
  /** Een programma, aanpak of actieplan, zoals de Stimuleringsaanpak Flexwonen of de woondeals. */
  | 'PROGRAMMA'
  /** Een regeling binnen wet- en regelgeving, zoals tijdelijke huurcontracten of het leenstelsel. */
  | 'REGELING'
  /** Een subsidie, zoals de Regeling huisvesting aandachtsgroepen. */
  | 'SUBSIDIE'
  /** Een taakstelling, zoals de landelijke taakstelling huisvesting vergunninghouders. */
  | 'TAAKSTELLING'
  /** Een toeslag, zoals de huurtoeslag. */
  | 'TOESLAG'
  /** Een uitkering, zoals de Wajong. */
  | 'UITKERING'
  /** Een manier van uitvoeren die geen regel is maar wel effect heeft, zoals de koppeling van vergunninghouders aan gemeenten door het COA. */
  | 'UITVOERINGSPRAKTIJK'
  /** Een wet of een onderdeel daarvan, zoals de voorrangsregeling in de Huisvestingswet of de Participatiewet. */
  | 'WET';

/** Of een instrument nog geldt, volgens de bron. */
export type Instrumentstatus =
  /** Het instrument is definitief afgeschaft. */
  | 'AFGESCHAFT'
  /** Het instrument geldt. */
  | 'IN_WERKING'
  /** Het instrument is tijdelijk opgeschort of tijdelijk afgeschaft; het kan terugkomen. */
  | 'TIJDELIJK_BUITEN_WERKING';

/** Pakket waarin het rapport een maatregel plaatst. */
export type Maatregelpakket =
  /** Nationale samenwerkingsagenda 'Een thuis voor iedereen' tot 2030. */
  | 'SAMENWERKINGSAGENDA'
  /** Integraal spoedpakket voor 2021-2022. */
  | 'SPOEDPAKKET';

/**
 * Een partij buiten de vijf ministeries: wie een effect draagt, een rol heeft bij een
 * aandachtsgroep, iets vraagt of een toezegging of monitoringadvies op zich neemt.
 * Query.partijen geeft naam, rollen en eisen (BZK legt ze vast als coördinerend ministerie).
 */
export type Partij =
  /** Vereniging van woningcorporaties. */
  | 'AEDES'
  /** Centrumgemeenten voor maatschappelijke opvang en beschermd wonen. */
  | 'CENTRUMGEMEENTEN'
  /** Centraal Orgaan opvang asielzoekers. */
  | 'COA'
  /** Ministerie van Economische Zaken en Klimaat. */
  | 'EZK'
  /** Ministerie van Financiën. */
  | 'FINANCIEN'
  /** De vier grote gemeenten: Amsterdam, Rotterdam, Den Haag en Utrecht. */
  | 'G4'
  /** Het netwerk van veertig (middel)grote gemeenten. */
  | 'G40'
  /** Gemeenten, in het bijzonder als uitvoerder van Wmo, Jeugdwet, Participatiewet en het woonbeleid. */
  | 'GEMEENTEN'
  /** Interprovinciaal Overleg. */
  | 'IPO'
  /** Marktpartijen: particuliere verhuurders en aanbieders, (institutionele) beleggers, projectontwikkelaars en bouwers. */
  | 'MARKTPARTIJEN'
  /** Onderwijsinstellingen in hoger onderwijs en mbo, onder meer voor de huisvesting van (internationale) studenten. */
  | 'ONDERWIJSINSTELLINGEN'
  /** De persoon uit de aandachtsgroep zelf. */
  | 'PERSOON'
  /** Provincies, onder meer voor de regie op wonen en ruimtelijke ordening. */
  | 'PROVINCIES'
  /** Het Rijk als geheel, als de bron geen ministerie noemt. */
  | 'RIJK'
  /** Uitzendbureaus die arbeidsmigranten werven en vaak ook huisvesten. */
  | 'UITZENDBUREAUS'
  /** Vereniging van Nederlandse Gemeenten. */
  | 'VNG'
  /** Werkgevers, onder meer van arbeidsmigranten. */
  | 'WERKGEVERS'
  /** Woningcorporaties (toegelaten instellingen) die sociale huurwoningen bouwen en verhuren. */
  | 'WONINGCORPORATIES'
  /** Aanbieders van zorg, begeleiding en opvang. */
  | 'ZORGAANBIEDERS'
  /** Zorgkantoren (Wet langdurige zorg). */
  | 'ZORGKANTOREN'
  /** Zorgverzekeraars (Zorgverzekeringswet). */
  | 'ZORGVERZEKERAARS';

/** Richting waarin een doel een indicator wil bewegen. */
export type Richting =
  /** Minder van de indicator. */
  | 'AFNAME'
  /** Meer van de indicator. */
  | 'TOENAME';

/** Stand van een toezegging of advies. */
export type Toezeggingsstatus =
  /** De werkgroep beveelt het aan; (nog) niemand heeft het toegezegd. */
  | 'AANBEVOLEN'
  /** Wie het moet doen, is ermee bezig. */
  | 'IN_UITVOERING'
  /** Toegezegd door wie het moet doen. */
  | 'TOEGEZEGD'
  /** Het is gedaan, volgens de bron. */
  | 'UITGEVOERD'
  /** Niet meer aan de orde, bijvoorbeeld afgeschaft of ingehaald. */
  | 'VERVALLEN';

/**
 * Of de woorden van de bron een bewering dragen. Een record is LETTERLIJK als het een citaat
 * heeft en niets afgeleid is; anders AFGELEID. Een record zonder citaat (de redactie vult de
 * citaten nog aan) is dus AFGELEID: niemand heeft het tegen de woorden van de bron nagetrokken.
 */
export type Zekerheid =
  /**
   * De redactie leidde (een deel van) de bewering af; afgeleid zegt welke velden en waarom.
   * Ook een record zonder citaat is AFGELEID, met reden "Nog geen citaat uit de bron".
   */
  | 'AFGELEID'
  /** Het citaat zegt alles wat het record beweert: er is een citaat en geen enkel veld is afgeleid. */
  | 'LETTERLIJK';

export type AandachtsgroepMetAlleCijfersQueryVariables = Exact<{
  code: AandachtsgroepCode;
  alleenLetterlijk?: boolean | null | undefined;
  first?: number | null | undefined;
  naBzk?: string | null | undefined;
  naVws?: string | null | undefined;
  naJenv?: string | null | undefined;
  naSzw?: string | null | undefined;
  naOcw?: string | null | undefined;
}>;


export type AandachtsgroepMetAlleCijfersQuery = { aandachtsgroep: { code: AandachtsgroepCode, naam: string, omschrijving: string, bzk: { departement: Departement, beleidspeildatum: string | null, cijfersVerbinding: { totaal: number, edges: Array<{ node: { code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, verantwoordelijkheden: Array<{ code: string, omschrijving: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, status: Instrumentstatus, zekerheid: Zekerheid, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij> }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> } | null, vws: { departement: Departement, beleidspeildatum: string | null, cijfersVerbinding: { totaal: number, edges: Array<{ node: { code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, verantwoordelijkheden: Array<{ code: string, omschrijving: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, status: Instrumentstatus, zekerheid: Zekerheid, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij> }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> } | null, jenv: { departement: Departement, beleidspeildatum: string | null, cijfersVerbinding: { totaal: number, edges: Array<{ node: { code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, verantwoordelijkheden: Array<{ code: string, omschrijving: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, status: Instrumentstatus, zekerheid: Zekerheid, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij> }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> } | null, szw: { departement: Departement, beleidspeildatum: string | null, cijfersVerbinding: { totaal: number, edges: Array<{ node: { code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, verantwoordelijkheden: Array<{ code: string, omschrijving: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, status: Instrumentstatus, zekerheid: Zekerheid, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij> }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> } | null, ocw: { departement: Departement, beleidspeildatum: string | null, cijfersVerbinding: { totaal: number, edges: Array<{ node: { code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, verantwoordelijkheden: Array<{ code: string, omschrijving: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, status: Instrumentstatus, zekerheid: Zekerheid, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij> }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> } | null, tegenwerkendePrikkels: Array<{ indicator: Indicator, score: number, kruistDepartementen: boolean, zekerheid: Zekerheid, instrument: { code: string, naam: string, departement: Departement }, doel: { code: string, naam: string, departement: Departement } }> } };

export type BeleidFragment = { departement: Departement, beleidspeildatum: string | null, verantwoordelijkheden: Array<{ code: string, omschrijving: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, status: Instrumentstatus, zekerheid: Zekerheid, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij> }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> };

export type GroepscijfersFragment = { totaal: number, edges: Array<{ node: { code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type AandachtsgroepQueryVariables = Exact<{
  code: AandachtsgroepCode;
  alleenLetterlijk?: boolean | null | undefined;
}>;


export type AandachtsgroepQuery = { aandachtsgroep: { code: AandachtsgroepCode, naam: string, omschrijving: string, bzk: { departement: Departement, beleidspeildatum: string | null, verantwoordelijkheden: Array<{ code: string, omschrijving: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, status: Instrumentstatus, zekerheid: Zekerheid, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij> }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, cijfers: Array<{ code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> } | null, vws: { departement: Departement, beleidspeildatum: string | null, verantwoordelijkheden: Array<{ code: string, omschrijving: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, status: Instrumentstatus, zekerheid: Zekerheid, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij> }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, cijfers: Array<{ code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> } | null, jenv: { departement: Departement, beleidspeildatum: string | null, verantwoordelijkheden: Array<{ code: string, omschrijving: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, status: Instrumentstatus, zekerheid: Zekerheid, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij> }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, cijfers: Array<{ code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> } | null, szw: { departement: Departement, beleidspeildatum: string | null, verantwoordelijkheden: Array<{ code: string, omschrijving: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, status: Instrumentstatus, zekerheid: Zekerheid, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij> }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, cijfers: Array<{ code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> } | null, ocw: { departement: Departement, beleidspeildatum: string | null, verantwoordelijkheden: Array<{ code: string, omschrijving: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, status: Instrumentstatus, zekerheid: Zekerheid, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij> }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, cijfers: Array<{ code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> } | null, tegenwerkendePrikkels: Array<{ indicator: Indicator, score: number, kruistDepartementen: boolean, zekerheid: Zekerheid, instrument: { code: string, naam: string, departement: Departement }, doel: { code: string, naam: string, departement: Departement } }> } };

export type SiloFragment = { departement: Departement, beleidspeildatum: string | null, verantwoordelijkheden: Array<{ code: string, omschrijving: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, status: Instrumentstatus, zekerheid: Zekerheid, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij> }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, cijfers: Array<{ code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> };

export type AlleCijfersQueryVariables = Exact<{
  first?: number | null | undefined;
  naBzk?: string | null | undefined;
  naVws?: string | null | undefined;
  naJenv?: string | null | undefined;
  naSzw?: string | null | undefined;
  naOcw?: string | null | undefined;
}>;


export type AlleCijfersQuery = { analyse: { generatie: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode, naam: string }>, bzk: { departement: Departement, beleidspeildatum: string | null, cijfersVerbinding: { totaal: number, edges: Array<{ node: { code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, toelichting: string | null, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null, vws: { departement: Departement, beleidspeildatum: string | null, cijfersVerbinding: { totaal: number, edges: Array<{ node: { code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, toelichting: string | null, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null, jenv: { departement: Departement, beleidspeildatum: string | null, cijfersVerbinding: { totaal: number, edges: Array<{ node: { code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, toelichting: string | null, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null, szw: { departement: Departement, beleidspeildatum: string | null, cijfersVerbinding: { totaal: number, edges: Array<{ node: { code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, toelichting: string | null, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null, ocw: { departement: Departement, beleidspeildatum: string | null, cijfersVerbinding: { totaal: number, edges: Array<{ node: { code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, toelichting: string | null, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null } };

export type StandFragment = { departement: Departement, beleidspeildatum: string | null };

export type CijferbladzijdeFragment = { totaal: number, edges: Array<{ node: { code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, toelichting: string | null, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type AlleMaatregelenQueryVariables = Exact<{
  alleenLetterlijk?: boolean | null | undefined;
  slapend?: boolean | null | undefined;
  first?: number | null | undefined;
  na?: string | null | undefined;
}>;


export type AlleMaatregelenQuery = { analyse: { generatie: string, bzk: { beleidspeildatum: string | null } | null, vws: { beleidspeildatum: string | null } | null, jenv: { beleidspeildatum: string | null } | null, szw: { beleidspeildatum: string | null } | null, ocw: { beleidspeildatum: string | null } | null, maatregelenVerbinding: { totaal: number, edges: Array<{ node: { maatregel: { code: string, naam: string, departement: Departement, pakket: Maatregelpakket | null, thema: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }, prikkels: Array<{ indicator: Indicator, score: number, zekerheid: Zekerheid, instrument: { code: string, departement: Departement }, doel: { code: string, departement: Departement } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type AlleTegenwerkendePrikkelsQueryVariables = Exact<{
  departement?: Departement | null | undefined;
  aandachtsgroep?: AandachtsgroepCode | null | undefined;
  maxScore?: number | null | undefined;
  alleenLetterlijk?: boolean | null | undefined;
  slapend?: boolean | null | undefined;
  first?: number | null | undefined;
  na?: string | null | undefined;
}>;


export type AlleTegenwerkendePrikkelsQuery = { analyse: { generatie: string, bzk: { beleidspeildatum: string | null } | null, vws: { beleidspeildatum: string | null } | null, jenv: { beleidspeildatum: string | null } | null, szw: { beleidspeildatum: string | null } | null, ocw: { beleidspeildatum: string | null } | null, tegenwerkendePrikkelsVerbinding: { totaal: number, edges: Array<{ node: { indicator: Indicator, score: number, zekerheid: Zekerheid, slapend: boolean, instrumentstatus: Instrumentstatus, kruistDepartementen: boolean, gedragenDoor: Array<Partij>, toelichting: string, instrument: { code: string, naam: string, departement: Departement }, doel: { code: string, naam: string, departement: Departement, richting: Richting, zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }, statusbron: { document: string, titel: string, vindplaats: string, citaat: string | null } | null, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bronnen: Array<{ document: string, titel: string, vindplaats: string, citaat: string | null }>, effecten: Array<{ score: number, toelichting: string, zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket | null, thema: string, zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type AlleToezeggingenQueryVariables = Exact<{
  eigenaar?: string | null | undefined;
  uiterlijk?: string | null | undefined;
  first?: number | null | undefined;
  na?: string | null | undefined;
}>;


export type AlleToezeggingenQuery = { analyse: { generatie: string, bzk: { beleidspeildatum: string | null } | null, vws: { beleidspeildatum: string | null } | null, jenv: { beleidspeildatum: string | null } | null, szw: { beleidspeildatum: string | null } | null, ocw: { beleidspeildatum: string | null } | null, toezeggingenVerbinding: { totaal: number, edges: Array<{ node: { code: string, naam: string, departement: Departement, status: Toezeggingsstatus, pakket: Maatregelpakket | null, thema: string, instrumenten: Array<string>, zekerheid: Zekerheid, eigenaar: { code: string }, termijn: { tekst: string, uiterlijk: string } | null, streefwaarde: { waarde: number, eenheid: string, soort: Grenssoort } | null, budget: { waarde: number, eenheid: string, peildatum: string | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type CijfersQueryVariables = Exact<{ [key: string]: never; }>;


export type CijfersQuery = { aandachtsgroepen: Array<{ code: AandachtsgroepCode, naam: string, bzk: { departement: Departement, beleidspeildatum: string | null, cijfers: Array<{ code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, toelichting: string | null, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }> } | null, vws: { departement: Departement, beleidspeildatum: string | null, cijfers: Array<{ code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, toelichting: string | null, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }> } | null, jenv: { departement: Departement, beleidspeildatum: string | null, cijfers: Array<{ code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, toelichting: string | null, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }> } | null, szw: { departement: Departement, beleidspeildatum: string | null, cijfers: Array<{ code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, toelichting: string | null, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }> } | null, ocw: { departement: Departement, beleidspeildatum: string | null, cijfers: Array<{ code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, toelichting: string | null, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }> } | null }> };

export type CijfersFragment = { departement: Departement, beleidspeildatum: string | null, cijfers: Array<{ code: string, naam: string, waarde: number | null, redenGeenWaarde: string | null, eenheid: string, peildatum: string, soort: Cijfersoort, toelichting: string | null, bandbreedte: { min: number, max: number } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }> };

export type LeeftijdenQueryVariables = Exact<{
  van?: number | null | undefined;
  tot?: number | null | undefined;
}>;


export type LeeftijdenQuery = { analyse: { bzk: { beleidspeildatum: string | null } | null, vws: { beleidspeildatum: string | null } | null, jenv: { beleidspeildatum: string | null } | null, szw: { beleidspeildatum: string | null } | null, ocw: { beleidspeildatum: string | null } | null, leeftijdsgrenzen: Array<{ leeftijd: number, wijziging: string, volwassenVanaf: boolean, zekerheid: Zekerheid, instrument: { code: string, naam: string, departement: Departement }, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, leeftijdsgaten: Array<{ van: number, tot: number, toelichting: string, alVolwassen: Array<{ leeftijd: number, instrument: { code: string, departement: Departement } }>, nogJongere: Array<{ leeftijd: number, instrument: { code: string, departement: Departement } }> }> } };

export type MaatregelenQueryVariables = Exact<{
  alleenLetterlijk?: boolean | null | undefined;
  slapend?: boolean | null | undefined;
}>;


export type MaatregelenQuery = { analyse: { bzk: { beleidspeildatum: string | null } | null, vws: { beleidspeildatum: string | null } | null, jenv: { beleidspeildatum: string | null } | null, szw: { beleidspeildatum: string | null } | null, ocw: { beleidspeildatum: string | null } | null, maatregelen: Array<{ maatregel: { code: string, naam: string, departement: Departement, pakket: Maatregelpakket | null, thema: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }, prikkels: Array<{ indicator: Indicator, score: number, zekerheid: Zekerheid, instrument: { code: string, departement: Departement }, doel: { code: string, departement: Departement } }> }> } };

export type NetwerkQueryVariables = Exact<{
  aandachtsgroep: AandachtsgroepCode;
}>;


export type NetwerkQuery = { aandachtsgroep: { code: AandachtsgroepCode, naam: string, bzk: { departement: Departement, beleidspeildatum: string | null, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null, vws: { departement: Departement, beleidspeildatum: string | null, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null, jenv: { departement: Departement, beleidspeildatum: string | null, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null, szw: { departement: Departement, beleidspeildatum: string | null, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null, ocw: { departement: Departement, beleidspeildatum: string | null, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string } }> }> } | null } };

export type NetwerkFragment = { departement: Departement, beleidspeildatum: string | null, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string } }>, instrumenten: Array<{ code: string, naam: string, soort: Instrumentsoort, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string } }> }> };

export type PrikkelQueryVariables = Exact<{
  instrument?: string;
  doel?: string;
  indicator?: Indicator;
  alleenLetterlijk?: boolean | null | undefined;
  slapend?: boolean | null | undefined;
  first?: number | null | undefined;
  na?: string | null | undefined;
}>;


export type PrikkelQuery = { analyse: { generatie: string, bzk: { beleidspeildatum: string | null } | null, vws: { beleidspeildatum: string | null } | null, jenv: { beleidspeildatum: string | null } | null, szw: { beleidspeildatum: string | null } | null, ocw: { beleidspeildatum: string | null } | null, tegenwerkendePrikkelsVerbinding: { totaal: number, edges: Array<{ node: { indicator: Indicator, score: number, zekerheid: Zekerheid, slapend: boolean, instrumentstatus: Instrumentstatus, kruistDepartementen: boolean, gedragenDoor: Array<Partij>, toelichting: string, instrument: { code: string, naam: string, departement: Departement }, doel: { code: string, naam: string, departement: Departement, richting: Richting, zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }, statusbron: { document: string, titel: string, vindplaats: string, citaat: string | null } | null, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bronnen: Array<{ document: string, titel: string, vindplaats: string, citaat: string | null }>, effecten: Array<{ score: number, toelichting: string, zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket | null, thema: string, zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type PrikkellijstQueryVariables = Exact<{
  departement?: Departement | null | undefined;
  instrumentDepartement?: Departement | null | undefined;
  doelDepartement?: Departement | null | undefined;
  aandachtsgroep?: AandachtsgroepCode | null | undefined;
  indicator?: Indicator | null | undefined;
  instrument?: string | null | undefined;
  doel?: string | null | undefined;
  bronDocument?: string | null | undefined;
  bronVindplaats?: string | null | undefined;
  maxScore?: number | null | undefined;
  alleenLetterlijk?: boolean | null | undefined;
  slapend?: boolean | null | undefined;
  first?: number | null | undefined;
  na?: string | null | undefined;
}>;


export type PrikkellijstQuery = { analyse: { generatie: string, bzk: { beleidspeildatum: string | null } | null, vws: { beleidspeildatum: string | null } | null, jenv: { beleidspeildatum: string | null } | null, szw: { beleidspeildatum: string | null } | null, ocw: { beleidspeildatum: string | null } | null, tegenwerkendePrikkelsVerbinding: { totaal: number, edges: Array<{ node: { indicator: Indicator, score: number, zekerheid: Zekerheid, slapend: boolean, instrumentstatus: Instrumentstatus, instrument: { code: string, naam: string, departement: Departement }, doel: { code: string, naam: string, departement: Departement, richting: Richting, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, maatregelen: Array<{ code: string, naam: string }>, effecten: Array<{ bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type PrikkelmatrixAantallenQueryVariables = Exact<{
  aandachtsgroep?: AandachtsgroepCode | null | undefined;
  alleenLetterlijk?: boolean | null | undefined;
  slapend?: boolean | null | undefined;
}>;


export type PrikkelmatrixAantallenQuery = { analyse: { bzk: { beleidspeildatum: string | null } | null, vws: { beleidspeildatum: string | null } | null, jenv: { beleidspeildatum: string | null } | null, szw: { beleidspeildatum: string | null } | null, ocw: { beleidspeildatum: string | null } | null, prikkelmatrix: Array<{ instrumentDepartement: Departement, doelDepartement: Departement, aantal: number, sterksteScore: number }> } };

export type PrikkelmatrixQueryVariables = Exact<{
  aandachtsgroep?: AandachtsgroepCode | null | undefined;
  alleenLetterlijk?: boolean | null | undefined;
  slapend?: boolean | null | undefined;
}>;


export type PrikkelmatrixQuery = { analyse: { bzk: { beleidspeildatum: string | null } | null, vws: { beleidspeildatum: string | null } | null, jenv: { beleidspeildatum: string | null } | null, szw: { beleidspeildatum: string | null } | null, ocw: { beleidspeildatum: string | null } | null, prikkelmatrix: Array<{ instrumentDepartement: Departement, doelDepartement: Departement, aantal: number, sterksteScore: number, prikkels: Array<{ indicator: Indicator, score: number, zekerheid: Zekerheid, instrument: { code: string, naam: string }, doel: { code: string, naam: string } }> }> } };

export type PrikkeltellingQueryVariables = Exact<{
  aandachtsgroep?: AandachtsgroepCode | null | undefined;
  departement?: Departement | null | undefined;
  alleenLetterlijk?: boolean | null | undefined;
  slapend?: boolean | null | undefined;
}>;


export type PrikkeltellingQuery = { analyse: { bzk: { beleidspeildatum: string | null } | null, vws: { beleidspeildatum: string | null } | null, jenv: { beleidspeildatum: string | null } | null, szw: { beleidspeildatum: string | null } | null, ocw: { beleidspeildatum: string | null } | null, prikkeltelling: { totaal: number, perInstrument: Array<{ indicator: Indicator, richting: Richting, aantal: number, instrument: { code: string, naam: string, departement: Departement } }>, perDoel: Array<{ aantal: number, doel: { code: string, naam: string, departement: Departement } }> } } };

export type TegenwerkendePrikkelsQueryVariables = Exact<{
  departement?: Departement | null | undefined;
  aandachtsgroep?: AandachtsgroepCode | null | undefined;
  maxScore?: number | null | undefined;
  alleenLetterlijk?: boolean | null | undefined;
  slapend?: boolean | null | undefined;
}>;


export type TegenwerkendePrikkelsQuery = { analyse: { bzk: { beleidspeildatum: string | null } | null, vws: { beleidspeildatum: string | null } | null, jenv: { beleidspeildatum: string | null } | null, szw: { beleidspeildatum: string | null } | null, ocw: { beleidspeildatum: string | null } | null, tegenwerkendePrikkels: Array<{ indicator: Indicator, score: number, zekerheid: Zekerheid, slapend: boolean, instrumentstatus: Instrumentstatus, kruistDepartementen: boolean, gedragenDoor: Array<Partij>, toelichting: string, instrument: { code: string, naam: string, departement: Departement }, doel: { code: string, naam: string, departement: Departement, richting: Richting, zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }, statusbron: { document: string, titel: string, vindplaats: string, citaat: string | null } | null, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bronnen: Array<{ document: string, titel: string, vindplaats: string, citaat: string | null }>, effecten: Array<{ score: number, toelichting: string, zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null } }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket | null, thema: string, zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null }> }> } };

export type ToezeggingenQueryVariables = Exact<{
  eigenaar?: string | null | undefined;
  uiterlijk?: string | null | undefined;
}>;


export type ToezeggingenQuery = { analyse: { bzk: { beleidspeildatum: string | null } | null, vws: { beleidspeildatum: string | null } | null, jenv: { beleidspeildatum: string | null } | null, szw: { beleidspeildatum: string | null } | null, ocw: { beleidspeildatum: string | null } | null, toezeggingen: Array<{ code: string, naam: string, departement: Departement, status: Toezeggingsstatus, pakket: Maatregelpakket | null, thema: string, instrumenten: Array<string>, zekerheid: Zekerheid, eigenaar: { code: string }, termijn: { tekst: string, uiterlijk: string } | null, streefwaarde: { waarde: number, eenheid: string, soort: Grenssoort } | null, budget: { waarde: number, eenheid: string, peildatum: string | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> } };
