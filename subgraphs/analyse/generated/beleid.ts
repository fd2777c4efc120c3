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

/** Soort gebied. */
export type Gebiedssoort =
  /** Een gemeente (CBS-code GMnnnn). */
  | 'GEMEENTE'
  /** Een groep gemeenten zonder CBS-code, zoals de G4 (zie schema/gebieden.json). */
  | 'GROEPERING'
  /** Het hele land (CBS-code NL01). */
  | 'LAND'
  /** Een provincie (CBS-code PVnn). */
  | 'PROVINCIE';

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

/** Wat voor uitspraak de bron over een doel doet. */
export type Uitspraaksoort =
  /** De werkgroep beveelt het aan; het ministerie heeft het (nog) niet als doel. */
  | 'AANBEVELING'
  /** De bron beschrijft een behoefte of opgave, zonder dat iemand het als doel neemt. */
  | 'BEHOEFTE'
  /** De bron noemt het een doel of de inzet van dit ministerie. */
  | 'BELEIDSDOEL';

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

export type AlleGroepenFragment = { aandachtsgroepen: Array<{ code: AandachtsgroepCode, leeftijd: { van: number | null, tot: number | null } | null }>, bzk: { departement: Departement, vingerafdruk: string } | null, vws: { departement: Departement, vingerafdruk: string } | null, jenv: { departement: Departement, vingerafdruk: string } | null, szw: { departement: Departement, vingerafdruk: string } | null, ocw: { departement: Departement, vingerafdruk: string } | null };

export type GroepsbeleidFragment = { leeftijd: { van: number | null, tot: number | null } | null, bzk: { departement: Departement, vingerafdruk: string } | null, vws: { departement: Departement, vingerafdruk: string } | null, jenv: { departement: Departement, vingerafdruk: string } | null, szw: { departement: Departement, vingerafdruk: string } | null, ocw: { departement: Departement, vingerafdruk: string } | null };

export type StandFragment = { departement: Departement, vingerafdruk: string };

export type LeesbeleidFragment = { vingerafdruk: string, departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, uitspraak: Uitspraaksoort, zekerheid: Zekerheid, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, status: Instrumentstatus, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, statusbron: { document: string, titel: string, vindplaats: string, citaat: string | null } | null, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, richting: Richting, zekerheid: Zekerheid, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket | null, thema: string, indicatoren: Array<Indicator>, instrumenten: Array<string>, status: Toezeggingsstatus, zekerheid: Zekerheid, leeftijd: { van: number | null, tot: number | null } | null, eigenaar: { code: string, departement: Departement | null, partij: Partij | null }, termijn: { tekst: string, uiterlijk: string, binnen: string | null, vanaf: string | null } | null, streefwaarde: { waarde: number, eenheid: string, soort: Grenssoort } | null, budget: { waarde: number, eenheid: string, peildatum: string | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket | null, thema: string, indicatoren: Array<Indicator>, instrumenten: Array<string>, status: Toezeggingsstatus, zekerheid: Zekerheid, leeftijd: { van: number | null, tot: number | null } | null, eigenaar: { code: string, departement: Departement | null, partij: Partij | null }, termijn: { tekst: string, uiterlijk: string, binnen: string | null, vanaf: string | null } | null, streefwaarde: { waarde: number, eenheid: string, soort: Grenssoort } | null, budget: { waarde: number, eenheid: string, peildatum: string | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, monitoring: Array<{ code: string, omschrijving: string, departement: Departement, status: Toezeggingsstatus, indicatoren: Array<Indicator>, zekerheid: Zekerheid, eigenaar: { code: string, departement: Departement | null, partij: Partij | null } | null, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, verbanden: Array<{ code: string, departement: Departement, van: Indicator, naar: Indicator, score: number, toelichting: string, zekerheid: Zekerheid, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, cijferreeksen: Array<{ code: string, naam: string, departement: Departement, eenheid: string, indicator: Indicator | null, gebied: { code: string, naam: string, soort: Gebiedssoort, leden: Array<string> }, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, waarnemingen: Array<{ code: string, naam: string, departement: Departement, waarde: number | null, redenGeenWaarde: string | null, ondergrens: number | null, bovengrens: number | null, eenheid: string, indicator: Indicator | null, peildatum: string, soort: Cijfersoort, toelichting: string | null, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, gebied: { code: string, naam: string, soort: Gebiedssoort, leden: Array<string> }, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> }> };

export type BeleidFragment = { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, uitspraak: Uitspraaksoort, zekerheid: Zekerheid, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, status: Instrumentstatus, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, statusbron: { document: string, titel: string, vindplaats: string, citaat: string | null } | null, effecten: Array<{ indicator: Indicator, score: number, gedragenDoor: Array<Partij>, toelichting: string, zekerheid: Zekerheid, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, leeftijdsgrenzen: Array<{ leeftijd: number, volwassenVanaf: boolean, wijziging: string, zekerheid: Zekerheid, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket | null, thema: string, indicatoren: Array<Indicator>, instrumenten: Array<string>, status: Toezeggingsstatus, zekerheid: Zekerheid, leeftijd: { van: number | null, tot: number | null } | null, eigenaar: { code: string, departement: Departement | null, partij: Partij | null }, termijn: { tekst: string, uiterlijk: string, binnen: string | null, vanaf: string | null } | null, streefwaarde: { waarde: number, eenheid: string, soort: Grenssoort } | null, budget: { waarde: number, eenheid: string, peildatum: string | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket | null, thema: string, indicatoren: Array<Indicator>, instrumenten: Array<string>, status: Toezeggingsstatus, zekerheid: Zekerheid, leeftijd: { van: number | null, tot: number | null } | null, eigenaar: { code: string, departement: Departement | null, partij: Partij | null }, termijn: { tekst: string, uiterlijk: string, binnen: string | null, vanaf: string | null } | null, streefwaarde: { waarde: number, eenheid: string, soort: Grenssoort } | null, budget: { waarde: number, eenheid: string, peildatum: string | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> };

export type BronveldenFragment = { document: string, titel: string, vindplaats: string, citaat: string | null };

type Zekerheidsvelden_Aandachtsgroep_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

type Zekerheidsvelden_BetrokkenPartij_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

type Zekerheidsvelden_Cijfer_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

type Zekerheidsvelden_Doel_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

type Zekerheidsvelden_Effect_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

type Zekerheidsvelden_Eis_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

type Zekerheidsvelden_Indicatorverband_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

type Zekerheidsvelden_Instrument_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

type Zekerheidsvelden_Leeftijdsgrens_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

type Zekerheidsvelden_Maatregel_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

type Zekerheidsvelden_Monitoringadvies_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

type Zekerheidsvelden_Partijrol_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

type Zekerheidsvelden_Verantwoordelijkheid_Fragment = { zekerheid: Zekerheid, afgeleid: { velden: Array<string>, reden: string } | null };

export type ZekerheidsveldenFragment =
  | Zekerheidsvelden_Aandachtsgroep_Fragment
  | Zekerheidsvelden_BetrokkenPartij_Fragment
  | Zekerheidsvelden_Cijfer_Fragment
  | Zekerheidsvelden_Doel_Fragment
  | Zekerheidsvelden_Effect_Fragment
  | Zekerheidsvelden_Eis_Fragment
  | Zekerheidsvelden_Indicatorverband_Fragment
  | Zekerheidsvelden_Instrument_Fragment
  | Zekerheidsvelden_Leeftijdsgrens_Fragment
  | Zekerheidsvelden_Maatregel_Fragment
  | Zekerheidsvelden_Monitoringadvies_Fragment
  | Zekerheidsvelden_Partijrol_Fragment
  | Zekerheidsvelden_Verantwoordelijkheid_Fragment
;

export type RegisterFragment = { aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, partijen: Array<{ code: Partij, naam: string, eisen: Array<{ code: string, partij: Partij, omschrijving: string, peildatum: string, zekerheid: Zekerheid, instrumenten: Array<{ departement: Departement, code: string }>, bedrag: { waarde: number, eenheid: string, peildatum: string | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> }>, bzk: { departement: Departement, vingerafdruk: string } | null, vws: { departement: Departement, vingerafdruk: string } | null, jenv: { departement: Departement, vingerafdruk: string } | null, szw: { departement: Departement, vingerafdruk: string } | null, ocw: { departement: Departement, vingerafdruk: string } | null };

export type RegisterbeleidFragment = { departement: Departement, doelen: Array<{ code: string, naam: string, indicator: Indicator, richting: Richting, uitspraak: Uitspraaksoort, zekerheid: Zekerheid, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, instrumenten: Array<{ code: string, naam: string, status: Instrumentstatus, statusbron: { document: string, titel: string, vindplaats: string, citaat: string | null } | null, effecten: Array<{ indicator: Indicator, score: number, richting: Richting, gedragenDoor: Array<Partij>, toelichting: string, zekerheid: Zekerheid, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, leeftijd: { van: number | null, tot: number | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> }>, maatregelen: Array<{ code: string, naam: string, departement: Departement, pakket: Maatregelpakket | null, thema: string, indicatoren: Array<Indicator>, instrumenten: Array<string>, status: Toezeggingsstatus, zekerheid: Zekerheid, leeftijd: { van: number | null, tot: number | null } | null, eigenaar: { code: string, departement: Departement | null, partij: Partij | null }, termijn: { tekst: string, uiterlijk: string, binnen: string | null, vanaf: string | null } | null, streefwaarde: { waarde: number, eenheid: string, soort: Grenssoort } | null, budget: { waarde: number, eenheid: string, peildatum: string | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, monitoring: Array<{ code: string, omschrijving: string, departement: Departement, status: Toezeggingsstatus, indicatoren: Array<Indicator>, zekerheid: Zekerheid, eigenaar: { code: string, departement: Departement | null, partij: Partij | null } | null, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, verbanden: Array<{ code: string, departement: Departement, van: Indicator, naar: Indicator, score: number, toelichting: string, zekerheid: Zekerheid, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }>, cijferreeksen: Array<{ code: string, naam: string, departement: Departement, eenheid: string, indicator: Indicator | null, gebied: { code: string, naam: string, soort: Gebiedssoort, leden: Array<string> }, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, waarnemingen: Array<{ code: string, naam: string, departement: Departement, waarde: number | null, redenGeenWaarde: string | null, ondergrens: number | null, bovengrens: number | null, eenheid: string, indicator: Indicator | null, peildatum: string, soort: Cijfersoort, toelichting: string | null, zekerheid: Zekerheid, bandbreedte: { min: number, max: number } | null, gebied: { code: string, naam: string, soort: Gebiedssoort, leden: Array<string> }, aandachtsgroepen: Array<{ code: AandachtsgroepCode }>, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null }> }> };

export type BedragveldenFragment = { waarde: number, eenheid: string, peildatum: string | null };

export type MaatregelveldenFragment = { code: string, naam: string, departement: Departement, pakket: Maatregelpakket | null, thema: string, indicatoren: Array<Indicator>, instrumenten: Array<string>, status: Toezeggingsstatus, zekerheid: Zekerheid, leeftijd: { van: number | null, tot: number | null } | null, eigenaar: { code: string, departement: Departement | null, partij: Partij | null }, termijn: { tekst: string, uiterlijk: string, binnen: string | null, vanaf: string | null } | null, streefwaarde: { waarde: number, eenheid: string, soort: Grenssoort } | null, budget: { waarde: number, eenheid: string, peildatum: string | null } | null, bron: { document: string, titel: string, vindplaats: string, citaat: string | null }, afgeleid: { velden: Array<string>, reden: string } | null };
