import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AandachtsgroepRef, AnalyseRef } from '../model.js';
import type { Subgraafcontext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Peildatum volgens ISO 8601, met de precisie die de bron geeft: jaar (2020), maand
   * (2021-07), dag (2020-01-01) of een periode (2019/2020 voor studiejaar 2019-2020,
   * 2026/2031 voor een periode van jaren) of een open periode volgens ISO 8601-2
   * (../2021: enkele jaren vóór 2021; 2021/..: vanaf 2021) als de bron niet preciezer is.
   */
  Peildatum: { input: string; output: string; }
  federation__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/**
 * Een aandachtsgroep op de woningmarkt: mensen met minder kansen dan anderen, door hun
 * woonbehoefte, wat zij kunnen betalen, de zorg en begeleiding die zij nodig hebben of
 * het draagvlak in de buurt. BZK beheert als coördinerend ministerie de lijst.
 */
export type Aandachtsgroep = Bewering & {
  __typename?: 'Aandachtsgroep';
  /** Welke velden van de afbakening afgeleid zijn en waarom; null als zij LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar de afbakening van de groep staat: brondocument en passage. */
  bron: Bron;
  /**
   * Verantwoordelijkheden, doelen, instrumenten en cijfers van BZK voor deze groep. Null
   * als BZK niet antwoordde; een fout met extensions.departement BZK zegt dan waarom.
   */
  bzk: Maybe<Departementsbeleid>;
  /** De code van de groep (enum AandachtsgroepCode); de sleutel waarmee elke subgraph de groep aanvult. */
  code: AandachtsgroepCode;
  /**
   * Verantwoordelijkheden, doelen, instrumenten en cijfers van JENV voor deze groep; lege
   * lijsten als JENV geen rol heeft. Null als JENV niet antwoordde; een fout met
   * extensions.departement JENV zegt dan waarom.
   */
  jenv: Maybe<Departementsbeleid>;
  /**
   * De leeftijd die de afbakening van de groep noemt (ouderen: 65 jaar en ouder). Null als
   * de afbakening geen leeftijd noemt: dan hoort iedere leeftijd erbij. De analyse beperkt
   * de leeftijd van een tegenwerkende prikkel voor deze groep hiertoe.
   */
  leeftijd: Maybe<Leeftijdsbereik>;
  /** De naam van de groep zoals de bijlage 'Opgave huisvesting per aandachtsgroep' van het rapport haar noemt. */
  naam: Scalars['String']['output'];
  /**
   * Verantwoordelijkheden, doelen, instrumenten en cijfers van OCW voor deze groep; lege
   * lijsten als OCW geen rol heeft. Null als OCW niet antwoordde; een fout met
   * extensions.departement OCW zegt dan waarom.
   */
  ocw: Maybe<Departementsbeleid>;
  /** Afbakening van de groep volgens de bijlage van het rapport. */
  omschrijving: Scalars['String']['output'];
  /** De rollen en verantwoordelijkheden van partijen buiten de ministeries voor deze groep. */
  partijrollen: Array<Partijrol>;
  /**
   * Verantwoordelijkheden, doelen, instrumenten en cijfers van SZW voor deze groep; lege
   * lijsten als SZW geen rol heeft. Null als SZW niet antwoordde; een fout met
   * extensions.departement SZW zegt dan waarom.
   */
  szw: Maybe<Departementsbeleid>;
  /**
   * Verantwoordelijkheden, doelen, instrumenten en cijfers van VWS voor deze groep; lege
   * lijsten als VWS geen rol heeft. Null als VWS niet antwoordde; een fout met
   * extensions.departement VWS zegt dan waarom.
   */
  vws: Maybe<Departementsbeleid>;
  /**
   * LETTERLIJK als het citaat de afbakening (en de leeftijd) letterlijk geeft; AFGELEID als
   * een veld is afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

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

/** Welke velden van een record de geciteerde woorden niet zeggen, en waarom de redactie ze toch vastlegt. */
export type Afleiding = {
  __typename?: 'Afleiding';
  /**
   * Waarom de redactie de waarden afleidde. "Nog geen citaat uit de bron" als het record nog
   * geen citaat heeft (en daarachter de reden van de redactie, als die er ook is).
   */
  reden: Scalars['String']['output'];
  /**
   * De velden die de redactie afleidde, met hun naam in het editiebestand, zoals leeftijd,
   * score of eigenaar. Leeg als het record nog geen citaat heeft en de redactie niets
   * afleidde: dan is geen enkel veld nagetrokken, en geldt het hele record als afgeleid.
   */
  velden: Array<Scalars['String']['output']>;
};

/**
 * Alle aandachtsgroepen samen, als onderwerp van de analyse over de silo's heen. BZK
 * levert de groepen; de velden van de analyselaag lezen het beleid van alle vijf
 * ministeries voor al die groepen.
 */
export type Analyse = {
  __typename?: 'Analyse';
  /** De aandachtsgroepen waarover de analyse gaat, in de volgorde van de bijlage van het rapport. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /**
   * Het hele beleid van BZK, over alle aandachtsgroepen: elk doel en instrument één keer.
   * Null als BZK niet antwoordde; een fout met extensions.departement BZK zegt dan waarom.
   */
  bzk: Maybe<Departementsbeleid>;
  /** Altijd ALLE_AANDACHTSGROEPEN: er is één analyse, over de hele graaf. */
  id: Scalars['ID']['output'];
  /**
   * Het hele beleid van JENV, over alle aandachtsgroepen: elk doel en instrument één keer.
   * Null als JENV niet antwoordde; een fout met extensions.departement JENV zegt dan waarom.
   */
  jenv: Maybe<Departementsbeleid>;
  /**
   * Het hele beleid van OCW, over alle aandachtsgroepen: elk doel en instrument één keer.
   * Null als OCW niet antwoordde; een fout met extensions.departement OCW zegt dan waarom.
   */
  ocw: Maybe<Departementsbeleid>;
  /** De partijen buiten de vijf ministeries (zoals Query.partijen), voor de analyse van lasten en eisen. */
  partijen: Array<BetrokkenPartij>;
  /**
   * Het hele beleid van SZW, over alle aandachtsgroepen: elk doel en instrument één keer.
   * Null als SZW niet antwoordde; een fout met extensions.departement SZW zegt dan waarom.
   */
  szw: Maybe<Departementsbeleid>;
  /**
   * Het hele beleid van VWS, over alle aandachtsgroepen: elk doel en instrument één keer.
   * Null als VWS niet antwoordde; een fout met extensions.departement VWS zegt dan waarom.
   */
  vws: Maybe<Departementsbeleid>;
};

/** Een bereik dat de bron geeft in plaats van één getal. */
export type Bandbreedte = {
  __typename?: 'Bandbreedte';
  /** De hoogste waarde van het bereik dat de bron geeft, in de eenheid van het cijfer. */
  max: Scalars['Float']['output'];
  /** De laagste waarde van het bereik dat de bron geeft, in de eenheid van het cijfer. */
  min: Scalars['Float']['output'];
};

/**
 * Een partij buiten de vijf ministeries met haar rollen per aandachtsgroep en wat zij
 * vraagt. BZK legt de partijen vast als coördinerend ministerie.
 */
export type BetrokkenPartij = Bewering & {
  __typename?: 'BetrokkenPartij';
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar de bronnen de partij beschrijven: brondocument en passage. */
  bron: Bron;
  /** De partij als code (enum Partij). */
  code: Partij;
  /** Wat zij vraagt, bijvoorbeeld in de brief van de G4 en G40; leeg als de bronnen niets noemen. */
  eisen: Array<Eis>;
  /** De naam van de partij, zoals de bronnen haar noemen. */
  naam: Scalars['String']['output'];
  /** Wie de partij is en waarom zij in het rapport voorkomt. */
  omschrijving: Scalars['String']['output'];
  /** Haar rollen en verantwoordelijkheden per aandachtsgroep, elk met een eigen bron. */
  rollen: Array<Partijrol>;
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/**
 * Een record dat iets beweert op gezag van een bron: een doel, instrument, effect, maatregel,
 * cijfer enzovoort. zekerheid zegt of de geciteerde woorden de bewering letterlijk dragen;
 * afgeleid zegt anders wat de redactie afleidde en waarom.
 */
export type Bewering = {
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar de bewering staat: brondocument, passage en (als de redactie het vastlegde) het citaat. */
  bron: Bron;
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/** Vindplaats van een gegeven: het brondocument en de sectie daarin. */
export type Bron = {
  __typename?: 'Bron';
  /**
   * De woorden van de bron die het gegeven dragen, letterlijk en in hele zinnen; '…' staat
   * tussen weggelaten stukken. Null zolang de redactie het citaat nog niet heeft vastgelegd.
   */
  citaat: Maybe<Scalars['String']['output']>;
  /** Bestandsnaam van het brondocument (zie schema/documenten.json). */
  document: Scalars['String']['output'];
  /** Titel van het brondocument. */
  titel: Scalars['String']['output'];
  /** Sectie of passage in het document. */
  vindplaats: Scalars['String']['output'];
};

/** Eén waarneming van een cijferreeks. */
export type Cijfer = Bewering & {
  __typename?: 'Cijfer';
  /**
   * De aandachtsgroepen waarover de reeks van dit cijfer gaat (Cijferreeks.aandachtsgroepen), zodat
   * een cijfer in een lijst over alle groepen zijn groepen bij zich heeft.
   */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Gevuld als de bron alleen een bandbreedte geeft. */
  bandbreedte: Maybe<Bandbreedte>;
  /** Gevuld als de bron alleen zegt dat het minder is ('bijna 12.400', 'hooguit'); waarde is dan null. */
  bovengrens: Maybe<Scalars['Float']['output']>;
  /** Waar het cijfer staat: brondocument en passage. */
  bron: Bron;
  /** Code van de reeks waartoe dit cijfer behoort. */
  code: Scalars['String']['output'];
  /** Het ministerie dat de reeks beheert en het cijfer vastlegt. */
  departement: Departement;
  /** De eenheid van waarde, bandbreedte en grenzen, bijvoorbeeld personen, woningen of procent. */
  eenheid: Scalars['String']['output'];
  /** Het gebied van de reeks. */
  gebied: Gebied;
  /** De indicator die de reeks meet; null als zij geen enkele indicator meet. */
  indicator: Maybe<Indicator>;
  /** Wat het cijfer telt of meet, de naam van de reeks. */
  naam: Scalars['String']['output'];
  /** Gevuld als de bron alleen zegt dat het meer is ('ruim 500.000', 'meer dan 50 %'); waarde is dan null. */
  ondergrens: Maybe<Scalars['Float']['output']>;
  /** Het moment of de periode waarop het cijfer betrekking heeft, met de precisie van de bron. */
  peildatum: Scalars['Peildatum']['output'];
  /** Waarom er geen getal is, als waarde null is; anders null. */
  redenGeenWaarde: Maybe<Scalars['String']['output']>;
  /** Hoe het cijfer tot stand kwam: waarneming, schatting, prognose of afspraak. */
  soort: Cijfersoort;
  /** Uitleg bij het cijfer, bijvoorbeeld wat wel en niet meetelt; null als de bron niets toevoegt. */
  toelichting: Maybe<Scalars['String']['output']>;
  /** Null als de bron geen getal geeft; redenGeenWaarde zegt dan waarom. */
  waarde: Maybe<Scalars['Float']['output']>;
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/** Eén bladzijde van cijfers (Departementsbeleid.cijfers), met het totaal over alle bladzijden. */
export type CijferConnection = {
  __typename?: 'CijferConnection';
  /** De elementen van deze bladzijde, elk met zijn cursor, in de volgorde van de hele lijst. */
  edges: Array<CijferEdge>;
  /** Of er meer is, en de cursor om verder te bladeren. */
  pageInfo: PageInfo;
  /** Hoeveel elementen cijfers met deze argumenten in totaal geeft, over alle bladzijden. */
  totaal: Scalars['Int']['output'];
};

/** Eén element van een bladzijde van cijfers, met zijn cursor. */
export type CijferEdge = {
  __typename?: 'CijferEdge';
  /** Waar dit element staat; geef het als after om na dit element verder te gaan. Ondoorzichtig: alleen doorgeven. */
  cursor: Scalars['String']['output'];
  /** Het element. */
  node: Cijfer;
};

/** Een reeks waarnemingen van één grootheid op verschillende peildata. */
export type Cijferreeks = {
  __typename?: 'Cijferreeks';
  /** De aandachtsgroepen waarover de reeks gaat. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** De code van de reeks, uniek binnen het ministerie dat haar beheert. */
  code: Scalars['String']['output'];
  /** Het ministerie dat de reeks beheert. */
  departement: Departement;
  /** De eenheid van de waarnemingen, bijvoorbeeld personen, woningen of procent. */
  eenheid: Scalars['String']['output'];
  /** Het gebied waarover de reeks gaat (Nederland, een gemeente of een groepering). */
  gebied: Gebied;
  /** De indicator die de reeks meet; null als zij geen enkele indicator meet. */
  indicator: Maybe<Indicator>;
  /** Wat de reeks telt of meet. */
  naam: Scalars['String']['output'];
  /** Oudste peildatum eerst. */
  waarnemingen: Array<Cijfer>;
};

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

/** Verwijzing naar een cijferreeks die een ander ministerie beheert. */
export type Cijferverwijzing = {
  __typename?: 'Cijferverwijzing';
  /** De code van de reeks bij dat ministerie. */
  code: Scalars['String']['output'];
  /** Het ministerie dat de reeks beheert. */
  departement: Departement;
  /** Waarom de reeks ook voor dit ministerie telt. */
  toelichting: Scalars['String']['output'];
};

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

/** Wat een ministerie voor één aandachtsgroep doet en weet. */
export type Departementsbeleid = {
  __typename?: 'Departementsbeleid';
  /** Dezelfde cijfers, gegroepeerd per reeks. */
  cijferreeksen: Array<Cijferreeks>;
  /**
   * Alle waarnemingen van de cijferreeksen over deze groep (onder Analyse: over alle groepen), in
   * een vaste volgorde: de reeksen op code, binnen een reeks de oudste peildatum eerst.
   * @deprecated Gebruik cijfersVerbinding(first:, after:): dezelfde elementen per bladzijde, met het totaal.
   */
  cijfers: Array<Cijfer>;
  /**
   * Alle waarnemingen van de cijferreeksen over deze groep (onder Analyse: over alle groepen), in
   * een vaste volgorde: de reeksen op code, binnen een reeks de oudste peildatum eerst.
   *
   * Per bladzijde (first, after), met het totaal: zo haalt een client niet alles in één antwoord.
   */
  cijfersVerbinding: CijferConnection;
  /**
   * Reeksen die een ander ministerie beheert en die ook voor dit ministerie tellen. Ze staan
   * hier als verwijzing en niet in cijfers, zodat niets dubbel telt bij optellen.
   */
  cijferverwijzingen: Array<Cijferverwijzing>;
  /** Het ministerie van dit beleid. */
  departement: Departement;
  /** De doelen van dit ministerie: welke indicator het in welke richting wil bewegen. */
  doelen: Array<Doel>;
  /** De edities waaruit dit beleid is opgebouwd, oudste eerst. */
  edities: Array<Editie>;
  /** De instrumenten van dit ministerie met hun effecten op indicatoren. */
  instrumenten: Array<Instrument>;
  /**
   * Elke maatregel die dit ministerie vastlegt, ook die zonder bestaand instrument (een
   * nieuw instrument of een opdracht aan een partij): het toezeggingenregister van dit
   * ministerie. Instrument.maatregelen geeft alleen die bij een instrument.
   */
  maatregelen: Array<Maatregel>;
  /** Aanbevelingen over monitoren en data die dit ministerie vastlegt. */
  monitoring: Array<Monitoringadvies>;
  /**
   * De stand van dit beleid: de peildatum van de nieuwste editie waaruit doelen,
   * instrumenten en verantwoordelijkheden komen. Elk cijfer heeft daarnaast zijn eigen
   * peildatum. Null zolang het ministerie nog geen editie heeft geladen (dan is alles leeg).
   */
  peildatum: Maybe<Scalars['Peildatum']['output']>;
  /** Waarvoor dit ministerie verantwoordelijk is bij deze groep, volgens de bronnen. */
  verantwoordelijkheden: Array<Verantwoordelijkheid>;
  /** Oorzakelijke verbanden tussen indicatoren die de bronnen leggen, vastgelegd door dit ministerie. */
  verbanden: Array<Indicatorverband>;
  /**
   * Vingerafdruk van de edities van dit ministerie (bestanden en hun inhoud): verandert met
   * elke publicatie en is voor elke groep dezelfde. Gelijke vingerafdruk, gelijk beleid; zo
   * ziet een client (en de analyselaag) uit welke generatie een antwoord komt.
   */
  vingerafdruk: Scalars['String']['output'];
};


/** Wat een ministerie voor één aandachtsgroep doet en weet. */
export type DepartementsbeleidCijfersVerbindingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Een beleidsdoel: de indicator en de richting die het ministerie wil. */
export type Doel = Bewering & {
  __typename?: 'Doel';
  /** De aandachtsgroepen waarvoor het doel geldt. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar het doel staat: brondocument en passage. */
  bron: Bron;
  /** De code van het doel, uniek binnen het ministerie. */
  code: Scalars['String']['output'];
  /** Het ministerie dat het doel vastlegt. */
  departement: Departement;
  /** De indicator waarop het doel stuurt. */
  indicator: Indicator;
  /** Leeftijden waarvoor het doel geldt; null als het voor alle leeftijden geldt. */
  leeftijd: Maybe<Leeftijdsbereik>;
  /** De naam van het doel in een paar woorden. */
  naam: Scalars['String']['output'];
  /** Wat het doel is, in de woorden van de bron. */
  omschrijving: Scalars['String']['output'];
  /** De richting waarin het doel de indicator wil bewegen. */
  richting: Richting;
  /** Wat voor uitspraak de bron doet: een doel van het ministerie, een aanbeveling van de werkgroep of een beschreven behoefte. */
  uitspraak: Uitspraaksoort;
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/**
 * Een editie van de gegevens van een ministerie: een bestand in zijn map data/ of een
 * publicatie via de API. Een latere editie vult eerdere aan of vervangt records.
 */
export type Editie = {
  __typename?: 'Editie';
  /** Naam waaronder de editie meetelt, bijvoorbeeld 2021-07-08.yaml. */
  bestand: Scalars['String']['output'];
  /** De datum van de editie: de stand van het beleid die zij beschrijft. */
  peildatum: Scalars['Peildatum']['output'];
};

/**
 * Effect van een instrument op een indicator. De score volgt de SDG-interactieschaal
 * (Nilsson e.a., 2016) van -3 tot +3 zonder 0: het teken is de richting waarin het
 * instrument de indicator duwt (+ = toename), de grootte de sterkte
 * (1 = maakt mogelijk/beperkt, 2 = versterkt/werkt tegen, 3 = onlosmakelijk/heft op).
 */
export type Effect = Bewering & {
  __typename?: 'Effect';
  /** Aandachtsgroepen waarvoor dit effect optreedt. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar het effect beschreven staat: brondocument en passage. */
  bron: Bron;
  /** Wie het effect draagt, ook als dat een partij buiten de vijf ministeries is. */
  gedragenDoor: Array<Partij>;
  /** De indicator waarop het instrument effect heeft. */
  indicator: Indicator;
  /** Leeftijden waarvoor dit effect optreedt; null voor alle leeftijden. */
  leeftijd: Maybe<Leeftijdsbereik>;
  /** De richting waarin het instrument de indicator duwt, afgeleid uit het teken van de score. */
  richting: Richting;
  /** De sterkte en richting op de SDG-interactieschaal: -3 tot +3 zonder 0; + duwt de indicator omhoog. */
  score: Scalars['Int']['output'];
  /** Hoe het instrument dit effect heeft, in de woorden van de bron. */
  toelichting: Scalars['String']['output'];
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/** Wie iets moet doen: een van de vijf ministeries of een partij daarbuiten (precies één van beide). */
export type Eigenaar = {
  __typename?: 'Eigenaar';
  /** Departement of partij als code, om op te filteren en te sorteren: SZW, GEMEENTEN. */
  code: Scalars['String']['output'];
  /** Het ministerie dat het moet doen; null als het een partij is. */
  departement: Maybe<Departement>;
  /** De partij buiten de ministeries die het moet doen; null als het een ministerie is. */
  partij: Maybe<Partij>;
};

/** Wat een partij vraagt, zoals de G4 en G40 in hun brief aan de kabinetsformatie. */
export type Eis = Bewering & {
  __typename?: 'Eis';
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Het bedrag dat de partij vraagt; null als zij geen bedrag noemt. */
  bedrag: Maybe<Geldbedrag>;
  /** Waar de eis staat: brondocument en passage. */
  bron: Bron;
  /** De code van de eis, uniek binnen de partij. */
  code: Scalars['String']['output'];
  /** De instrumenten waar de eis over gaat (departement en code); leeg als zij geen bestaand instrument noemt. */
  instrumenten: Array<Instrumentcode>;
  /** Wat de partij vraagt, in de woorden van de bron. */
  omschrijving: Scalars['String']['output'];
  /** De partij die het vraagt. */
  partij: Partij;
  /** Wanneer de partij het vroeg, met de precisie van de bron. */
  peildatum: Scalars['Peildatum']['output'];
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/** Het gebied waarover een cijfer gaat. */
export type Gebied = {
  __typename?: 'Gebied';
  /** CBS-regiocode (NL01, PV27, GM0363) of een eigen code voor een groepering (G4, G40). */
  code: Scalars['String']['output'];
  /** Bij een groepering: de CBS-codes van de gemeenten, als die vaststaan. */
  leden: Array<Scalars['String']['output']>;
  /** De naam van het gebied, zoals Nederland of Amsterdam. */
  naam: Scalars['String']['output'];
  /** Land, provincie, gemeente of een groepering van gemeenten. */
  soort: Gebiedssoort;
};

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

/** Een bedrag zoals de bron het noemt. */
export type Geldbedrag = {
  __typename?: 'Geldbedrag';
  /** Bijvoorbeeld euro, euro per jaar. */
  eenheid: Scalars['String']['output'];
  /** Het jaar of de datum waarvoor of waarop het bedrag geldt; null als de bron het niet zegt. */
  peildatum: Maybe<Scalars['Peildatum']['output']>;
  /** Het bedrag zelf, in de eenheid die erbij staat. */
  waarde: Scalars['Float']['output'];
};

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

/**
 * Een oorzakelijk verband tussen twee indicatoren dat een bron legt, bijvoorbeeld dat het
 * woningtekort de dakloosheid vergroot. Score op dezelfde schaal als een effect: + = meer
 * van geeft meer naar.
 */
export type Indicatorverband = Bewering & {
  __typename?: 'Indicatorverband';
  /** De aandachtsgroepen waarvoor de bron het verband legt. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar het verband staat: brondocument en passage. */
  bron: Bron;
  /** De code van het verband, uniek binnen het ministerie. */
  code: Scalars['String']['output'];
  /** Het ministerie dat het verband vastlegt: dat van de passage die het legt. */
  departement: Departement;
  /** De indicator die het gevolg is. */
  naar: Indicator;
  /** De sterkte en richting op de SDG-interactieschaal: -3 tot +3 zonder 0; + betekent meer van geeft meer naar. */
  score: Scalars['Int']['output'];
  /** Het verband in de woorden van de bron. */
  toelichting: Scalars['String']['output'];
  /** De indicator die de oorzaak is. */
  van: Indicator;
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/** Een wet, regeling, norm, heffing, subsidie of programma en wat het doet. */
export type Instrument = Bewering & {
  __typename?: 'Instrument';
  /** De aandachtsgroepen waarvoor het instrument geldt. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar het instrument beschreven staat: brondocument en passage. */
  bron: Bron;
  /** De code van het instrument, uniek binnen het ministerie. */
  code: Scalars['String']['output'];
  /** Het ministerie van het instrument. */
  departement: Departement;
  /** De effecten van het instrument op indicatoren, elk met score, groepen, leeftijd en bron. */
  effecten: Array<Effect>;
  /** Leeftijden waarop het instrument van toepassing is; null als het voor alle leeftijden geldt. */
  leeftijd: Maybe<Leeftijdsbereik>;
  /** Leeftijden waarop de behandeling door dit instrument verandert. */
  leeftijdsgrenzen: Array<Leeftijdsgrens>;
  /** Maatregelen uit het rapport die dit instrument zouden aanpassen. */
  maatregelen: Array<Maatregel>;
  /** De naam van het instrument, zoals Kostendelersnorm (Participatiewet). */
  naam: Scalars['String']['output'];
  /** Wat het instrument is en doet, in de woorden van de bron. */
  omschrijving: Scalars['String']['output'];
  /** Wat voor instrument het is: wet, regeling, norm, heffing enzovoort. */
  soort: Instrumentsoort;
  /** Of het instrument nog geldt. Een opgeschort of afgeschaft instrument houdt zijn effecten. */
  status: Instrumentstatus;
  /** De passage die zegt dat het instrument buiten werking of afgeschaft is; null bij IN_WERKING. */
  statusbron: Maybe<Bron>;
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/** Een instrument bij naam: het ministerie en de code. */
export type Instrumentcode = {
  __typename?: 'Instrumentcode';
  /** De code van het instrument bij dat ministerie. */
  code: Scalars['String']['output'];
  /** Het ministerie van het instrument. */
  departement: Departement;
};

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

/** Leeftijdsbereik in jaren; beide grenzen inclusief. Een ontbrekende grens is open. */
export type Leeftijdsbereik = {
  __typename?: 'Leeftijdsbereik';
  /** De hoogste leeftijd in jaren, inclusief; null als er geen bovengrens is. */
  tot: Maybe<Scalars['Int']['output']>;
  /** De laagste leeftijd in jaren, inclusief; null als er geen ondergrens is. */
  van: Maybe<Scalars['Int']['output']>;
};

/** Een leeftijd waarop een instrument iemand anders gaat behandelen. */
export type Leeftijdsgrens = Bewering & {
  __typename?: 'Leeftijdsgrens';
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar de grens staat: brondocument en passage. */
  bron: Bron;
  /** De leeftijd in jaren waarop de behandeling verandert. */
  leeftijd: Scalars['Int']['output'];
  /** Waar als het instrument iemand vanaf deze leeftijd als volwassene behandelt (en daarvoor als jongere). */
  volwassenVanaf: Scalars['Boolean']['output'];
  /** Wat er op deze leeftijd verandert, in de woorden van de bron. */
  wijziging: Scalars['String']['output'];
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/** Een maatregel die het rapport aanbeveelt; het ministerie van het instrument zou hem moeten nemen. */
export type Maatregel = Bewering & {
  __typename?: 'Maatregel';
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar de maatregel staat: brondocument en passage. */
  bron: Bron;
  /** Het geld dat de bron voor de maatregel noemt; null als zij niets noemt. */
  budget: Maybe<Geldbedrag>;
  /** De code van de maatregel, uniek binnen het ministerie. */
  code: Scalars['String']['output'];
  /** Het ministerie dat de maatregel vastlegt (meestal dat van het instrument). */
  departement: Departement;
  /** Wie de maatregel moet nemen: dit ministerie of een partij. */
  eigenaar: Eigenaar;
  /** De indicatoren waarop de maatregel het effect van het instrument wegneemt; leeg als hij het instrument als geheel aanpast. */
  indicatoren: Array<Indicator>;
  /** De codes van de instrumenten van dit ministerie die de maatregel aanpast; leeg als hij een nieuw instrument voorstelt. */
  instrumenten: Array<Scalars['String']['output']>;
  /**
   * De leeftijden waarvoor de maatregel geldt, als de bron die beperkt ("voor de groep tot 23
   * jaar"); null: alle leeftijden. Een maatregel neemt een tegenwerkende prikkel alleen weg
   * als zijn leeftijden die van de prikkel omvatten.
   */
  leeftijd: Maybe<Leeftijdsbereik>;
  /** De maatregel in de woorden van het rapport. */
  naam: Scalars['String']['output'];
  /** Het pakket waarin het rapport de maatregel plaatst; null als het rapport hem in geen pakket plaatst (zoals veel maatregelen uit de bijlagen). */
  pakket: Maybe<Maatregelpakket>;
  /** De stand volgens de bron, op de peildatum van de editie. */
  status: Toezeggingsstatus;
  /** De streefwaarde die de bron noemt; null als zij er geen noemt. */
  streefwaarde: Maybe<Streefwaarde>;
  /** De termijn die de bron noemt; null als zij er geen noemt. */
  termijn: Maybe<Termijn>;
  /** Het thema of de paragraaf waaronder het rapport de maatregel noemt. */
  thema: Scalars['String']['output'];
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/** Pakket waarin het rapport een maatregel plaatst. */
export type Maatregelpakket =
  /** Nationale samenwerkingsagenda 'Een thuis voor iedereen' tot 2030. */
  | 'SAMENWERKINGSAGENDA'
  /** Integraal spoedpakket voor 2021-2022. */
  | 'SPOEDPAKKET';

/** Een aanbeveling over monitoren of data: wat gemeten moet worden, door wie, en welke indicatoren het raakt. */
export type Monitoringadvies = Bewering & {
  __typename?: 'Monitoringadvies';
  /** De aandachtsgroepen waarover het advies gaat. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar het advies staat: brondocument en passage. */
  bron: Bron;
  /** De code van het advies, uniek binnen het ministerie. */
  code: Scalars['String']['output'];
  /** Het ministerie dat het vastlegt. */
  departement: Departement;
  /** Wie het moet doen; null als de bron niemand noemt. */
  eigenaar: Maybe<Eigenaar>;
  /** De indicatoren die het zou meten. */
  indicatoren: Array<Indicator>;
  /** Wat gemeten of gemonitord moet worden, in de woorden van de bron. */
  omschrijving: Scalars['String']['output'];
  /** De stand van het advies volgens de bron. */
  status: Toezeggingsstatus;
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/**
 * Waar een bladzijde staat in een lijst die per bladzijde komt (GraphQL Cursor Connections,
 * de vorm die Relay en Apollo Client kennen; daarom de Engelse namen). Vraag de volgende met
 * after: endCursor zolang hasNextPage true is.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** De cursor van het laatste element; geef hem als after voor de volgende bladzijde. Null als de bladzijde leeg is. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Of er na deze bladzijde nog elementen zijn. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Of er vóór deze bladzijde elementen zijn (after was gegeven). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** De cursor van het eerste element op deze bladzijde; null als de bladzijde leeg is. */
  startCursor: Maybe<Scalars['String']['output']>;
};

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

/** Een rol of verantwoordelijkheid van een partij voor aandachtsgroepen. */
export type Partijrol = Bewering & {
  __typename?: 'Partijrol';
  /** De aandachtsgroepen waarvoor de partij deze rol heeft. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar de rol staat: brondocument en passage. */
  bron: Bron;
  /** De rol of verantwoordelijkheid in de woorden van de bron. */
  omschrijving: Scalars['String']['output'];
  /** De partij met deze rol. */
  partij: Partij;
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/** De ingangen van de federatie: de aandachtsgroepen, de partijen en de analyse over alle ministeries. */
export type Query = {
  __typename?: 'Query';
  /** Eén aandachtsgroep. Een onbekende code geeft een fout die de geldige codes noemt. */
  aandachtsgroep: Aandachtsgroep;
  /** Alle aandachtsgroepen, in de volgorde van de bijlage van het rapport. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /**
   * De analyse over alle aandachtsgroepen en alle ministeries heen: tegenwerkende
   * prikkels, leeftijdsgrenzen en leeftijdsgaten. BZK levert de lijst van groepen; de
   * analyselaag rekent met het beleid dat de vijf ministeries daarvoor geven.
   */
  analyse: Analyse;
  /**
   * De partijen buiten de vijf ministeries, met hun rollen per aandachtsgroep en wat zij
   * vragen. BZK legt ze vast als coördinerend ministerie.
   */
  partijen: Array<BetrokkenPartij>;
};


/** De ingangen van de federatie: de aandachtsgroepen, de partijen en de analyse over alle ministeries. */
export type QueryAandachtsgroepArgs = {
  code: AandachtsgroepCode;
};

/** Richting waarin een doel een indicator wil bewegen. */
export type Richting =
  /** Minder van de indicator. */
  | 'AFNAME'
  /** Meer van de indicator. */
  | 'TOENAME';

/** Een getal dat de bron als doel of grens noemt, met eenheid en soort grens. */
export type Streefwaarde = {
  __typename?: 'Streefwaarde';
  /** De eenheid van de waarde, bijvoorbeeld woningen of procent. */
  eenheid: Scalars['String']['output'];
  /** Of de waarde precies, minstens of hooguit bedoeld is. */
  soort: Grenssoort;
  /** Het getal dat de bron noemt, in de eenheid die erbij staat. */
  waarde: Scalars['Float']['output'];
};

/** Een termijn zoals de bron hem geeft: een vaste datum, of een duur vanaf een datum die de bron noemt. */
export type Termijn = {
  __typename?: 'Termijn';
  /** Bij een relatieve termijn: de duur volgens ISO 8601 (P2Y, P6M). */
  binnen: Maybe<Scalars['String']['output']>;
  /** De woorden van de bron, zoals 'binnen 2 jaar' of 'uiterlijk 1 juli 2025'. */
  tekst: Scalars['String']['output'];
  /** De uiterste datum: de vaste datum, of vanaf + binnen (met de precisie van vanaf). */
  uiterlijk: Scalars['Peildatum']['output'];
  /** Bij een relatieve termijn: de datum waarvan de bron rekent. */
  vanaf: Maybe<Scalars['Peildatum']['output']>;
};

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

/** Een verantwoordelijkheid van een ministerie voor aandachtsgroepen, volgens de bronnen. */
export type Verantwoordelijkheid = Bewering & {
  __typename?: 'Verantwoordelijkheid';
  /** De aandachtsgroepen waarvoor de verantwoordelijkheid geldt. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar de verantwoordelijkheid staat: brondocument en passage. */
  bron: Bron;
  /** De code van de verantwoordelijkheid, uniek binnen het ministerie. */
  code: Scalars['String']['output'];
  /** Het ministerie dat de verantwoordelijkheid draagt. */
  departement: Departement;
  /** De verantwoordelijkheid in de woorden van de bron. */
  omschrijving: Scalars['String']['output'];
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

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



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Aandachtsgroep: Aandachtsgroep;
  Analyse: Analyse;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Aandachtsgroep:
    ( { __typename: 'Aandachtsgroep' }
    & GraphQLRecursivePick<FederationTypes['Aandachtsgroep'], {"code":true}> );
  Analyse:
    ( { __typename: 'Analyse' }
    & GraphQLRecursivePick<FederationTypes['Analyse'], {"id":true}> );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Bewering:
    | ( AandachtsgroepRef )
    | ( Omit<BetrokkenPartij, 'rollen'> & { rollen: Array<_RefType['Partijrol']> } )
    | ( Omit<Cijfer, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
    | ( Omit<Doel, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
    | ( Omit<Effect, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
    | ( Eis )
    | ( Omit<Indicatorverband, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
    | ( Omit<Instrument, 'aandachtsgroepen' | 'effecten'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']>, effecten: Array<_RefType['Effect']> } )
    | ( Leeftijdsgrens )
    | ( Maatregel )
    | ( Omit<Monitoringadvies, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
    | ( Omit<Partijrol, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
    | ( Omit<Verantwoordelijkheid, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Aandachtsgroep: ResolverTypeWrapper<AandachtsgroepRef>;
  AandachtsgroepCode: AandachtsgroepCode;
  Afleiding: ResolverTypeWrapper<Afleiding>;
  Analyse: ResolverTypeWrapper<AnalyseRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Bandbreedte: ResolverTypeWrapper<Bandbreedte>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BetrokkenPartij: ResolverTypeWrapper<Omit<BetrokkenPartij, 'rollen'> & { rollen: Array<ResolversTypes['Partijrol']> }>;
  Bewering: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Bewering']>;
  Bron: ResolverTypeWrapper<Bron>;
  Cijfer: ResolverTypeWrapper<Omit<Cijfer, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  CijferConnection: ResolverTypeWrapper<Omit<CijferConnection, 'edges'> & { edges: Array<ResolversTypes['CijferEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CijferEdge: ResolverTypeWrapper<Omit<CijferEdge, 'node'> & { node: ResolversTypes['Cijfer'] }>;
  Cijferreeks: ResolverTypeWrapper<Omit<Cijferreeks, 'aandachtsgroepen' | 'waarnemingen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']>, waarnemingen: Array<ResolversTypes['Cijfer']> }>;
  Cijfersoort: Cijfersoort;
  Cijferverwijzing: ResolverTypeWrapper<Cijferverwijzing>;
  Departement: Departement;
  Departementsbeleid: ResolverTypeWrapper<Omit<Omit<Departementsbeleid, 'cijferreeksen' | 'cijfers' | 'cijfersVerbinding' | 'doelen' | 'instrumenten' | 'monitoring' | 'verantwoordelijkheden' | 'verbanden'> & { cijferreeksen: Array<ResolversTypes['Cijferreeks']>, cijfers: Array<ResolversTypes['Cijfer']>, cijfersVerbinding: ResolversTypes['CijferConnection'], doelen: Array<ResolversTypes['Doel']>, instrumenten: Array<ResolversTypes['Instrument']>, monitoring: Array<ResolversTypes['Monitoringadvies']>, verantwoordelijkheden: Array<ResolversTypes['Verantwoordelijkheid']>, verbanden: Array<ResolversTypes['Indicatorverband']> }, 'cijfersVerbinding'>>;
  Doel: ResolverTypeWrapper<Omit<Doel, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  Editie: ResolverTypeWrapper<Editie>;
  Effect: ResolverTypeWrapper<Omit<Effect, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  Eigenaar: ResolverTypeWrapper<Eigenaar>;
  Eis: ResolverTypeWrapper<Eis>;
  Gebied: ResolverTypeWrapper<Gebied>;
  Gebiedssoort: Gebiedssoort;
  Geldbedrag: ResolverTypeWrapper<Geldbedrag>;
  Grenssoort: Grenssoort;
  Indicator: Indicator;
  Indicatorverband: ResolverTypeWrapper<Omit<Indicatorverband, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  Instrument: ResolverTypeWrapper<Omit<Instrument, 'aandachtsgroepen' | 'effecten'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']>, effecten: Array<ResolversTypes['Effect']> }>;
  Instrumentcode: ResolverTypeWrapper<Instrumentcode>;
  Instrumentsoort: Instrumentsoort;
  Instrumentstatus: Instrumentstatus;
  Leeftijdsbereik: ResolverTypeWrapper<Leeftijdsbereik>;
  Leeftijdsgrens: ResolverTypeWrapper<Leeftijdsgrens>;
  Maatregel: ResolverTypeWrapper<Maatregel>;
  Maatregelpakket: Maatregelpakket;
  Monitoringadvies: ResolverTypeWrapper<Omit<Monitoringadvies, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partij: Partij;
  Partijrol: ResolverTypeWrapper<Omit<Partijrol, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  Peildatum: ResolverTypeWrapper<Scalars['Peildatum']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Richting: Richting;
  Streefwaarde: ResolverTypeWrapper<Streefwaarde>;
  Termijn: ResolverTypeWrapper<Termijn>;
  Toezeggingsstatus: Toezeggingsstatus;
  Uitspraaksoort: Uitspraaksoort;
  Verantwoordelijkheid: ResolverTypeWrapper<Omit<Verantwoordelijkheid, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  Zekerheid: Zekerheid;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Aandachtsgroep: AandachtsgroepRef;
  Afleiding: Afleiding;
  Analyse: AnalyseRef;
  ID: Scalars['ID']['output'];
  Bandbreedte: Bandbreedte;
  Float: Scalars['Float']['output'];
  BetrokkenPartij: Omit<BetrokkenPartij, 'rollen'> & { rollen: Array<ResolversParentTypes['Partijrol']> };
  Bewering: ResolversInterfaceTypes<ResolversParentTypes>['Bewering'];
  Bron: Bron;
  Cijfer: Omit<Cijfer, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  CijferConnection: Omit<CijferConnection, 'edges'> & { edges: Array<ResolversParentTypes['CijferEdge']> };
  Int: Scalars['Int']['output'];
  CijferEdge: Omit<CijferEdge, 'node'> & { node: ResolversParentTypes['Cijfer'] };
  Cijferreeks: Omit<Cijferreeks, 'aandachtsgroepen' | 'waarnemingen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']>, waarnemingen: Array<ResolversParentTypes['Cijfer']> };
  Cijferverwijzing: Cijferverwijzing;
  Departementsbeleid: Omit<Omit<Departementsbeleid, 'cijferreeksen' | 'cijfers' | 'cijfersVerbinding' | 'doelen' | 'instrumenten' | 'monitoring' | 'verantwoordelijkheden' | 'verbanden'> & { cijferreeksen: Array<ResolversParentTypes['Cijferreeks']>, cijfers: Array<ResolversParentTypes['Cijfer']>, cijfersVerbinding: ResolversParentTypes['CijferConnection'], doelen: Array<ResolversParentTypes['Doel']>, instrumenten: Array<ResolversParentTypes['Instrument']>, monitoring: Array<ResolversParentTypes['Monitoringadvies']>, verantwoordelijkheden: Array<ResolversParentTypes['Verantwoordelijkheid']>, verbanden: Array<ResolversParentTypes['Indicatorverband']> }, 'cijfersVerbinding'>;
  Doel: Omit<Doel, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  Editie: Editie;
  Effect: Omit<Effect, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  Eigenaar: Eigenaar;
  Eis: Eis;
  Gebied: Gebied;
  Geldbedrag: Geldbedrag;
  Indicatorverband: Omit<Indicatorverband, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  Instrument: Omit<Instrument, 'aandachtsgroepen' | 'effecten'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']>, effecten: Array<ResolversParentTypes['Effect']> };
  Instrumentcode: Instrumentcode;
  Leeftijdsbereik: Leeftijdsbereik;
  Leeftijdsgrens: Leeftijdsgrens;
  Maatregel: Maatregel;
  Monitoringadvies: Omit<Monitoringadvies, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  PageInfo: PageInfo;
  Partijrol: Omit<Partijrol, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  Peildatum: Scalars['Peildatum']['output'];
  Query: Record<PropertyKey, never>;
  Streefwaarde: Streefwaarde;
  Termijn: Termijn;
  Verantwoordelijkheid: Omit<Verantwoordelijkheid, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
};

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = Subgraafcontext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = Subgraafcontext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AandachtsgroepResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Aandachtsgroep'] = ResolversParentTypes['Aandachtsgroep'], FederationReferenceType extends FederationReferenceTypes['Aandachtsgroep'] = FederationReferenceTypes['Aandachtsgroep']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Aandachtsgroep']> | FederationReferenceType, FederationReferenceType, ContextType>;
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  bzk?: Resolver<Maybe<ResolversTypes['Departementsbeleid']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['AandachtsgroepCode'], ParentType, ContextType>;
  jenv?: Resolver<Maybe<ResolversTypes['Departementsbeleid']>, ParentType, ContextType>;
  leeftijd?: Resolver<Maybe<ResolversTypes['Leeftijdsbereik']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ocw?: Resolver<Maybe<ResolversTypes['Departementsbeleid']>, ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partijrollen?: Resolver<Array<ResolversTypes['Partijrol']>, ParentType, ContextType>;
  szw?: Resolver<Maybe<ResolversTypes['Departementsbeleid']>, ParentType, ContextType>;
  vws?: Resolver<Maybe<ResolversTypes['Departementsbeleid']>, ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AfleidingResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Afleiding'] = ResolversParentTypes['Afleiding']> = {
  reden?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  velden?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AnalyseResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Analyse'] = ResolversParentTypes['Analyse'], FederationReferenceType extends FederationReferenceTypes['Analyse'] = FederationReferenceTypes['Analyse']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Analyse']> | FederationReferenceType, FederationReferenceType, ContextType>;
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  bzk?: Resolver<Maybe<ResolversTypes['Departementsbeleid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jenv?: Resolver<Maybe<ResolversTypes['Departementsbeleid']>, ParentType, ContextType>;
  ocw?: Resolver<Maybe<ResolversTypes['Departementsbeleid']>, ParentType, ContextType>;
  partijen?: Resolver<Array<ResolversTypes['BetrokkenPartij']>, ParentType, ContextType>;
  szw?: Resolver<Maybe<ResolversTypes['Departementsbeleid']>, ParentType, ContextType>;
  vws?: Resolver<Maybe<ResolversTypes['Departementsbeleid']>, ParentType, ContextType>;
};

export type BandbreedteResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Bandbreedte'] = ResolversParentTypes['Bandbreedte']> = {
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type BetrokkenPartijResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['BetrokkenPartij'] = ResolversParentTypes['BetrokkenPartij']> = {
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['Partij'], ParentType, ContextType>;
  eisen?: Resolver<Array<ResolversTypes['Eis']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rollen?: Resolver<Array<ResolversTypes['Partijrol']>, ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BeweringResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Bewering'] = ResolversParentTypes['Bewering']> = {
  __resolveType: TypeResolveFn<'Aandachtsgroep' | 'BetrokkenPartij' | 'Cijfer' | 'Doel' | 'Effect' | 'Eis' | 'Indicatorverband' | 'Instrument' | 'Leeftijdsgrens' | 'Maatregel' | 'Monitoringadvies' | 'Partijrol' | 'Verantwoordelijkheid', ParentType, ContextType>;
};

export type BronResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Bron'] = ResolversParentTypes['Bron']> = {
  citaat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vindplaats?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CijferResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Cijfer'] = ResolversParentTypes['Cijfer']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bandbreedte?: Resolver<Maybe<ResolversTypes['Bandbreedte']>, ParentType, ContextType>;
  bovengrens?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  eenheid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gebied?: Resolver<ResolversTypes['Gebied'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ondergrens?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  peildatum?: Resolver<ResolversTypes['Peildatum'], ParentType, ContextType>;
  redenGeenWaarde?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['Cijfersoort'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  waarde?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CijferConnectionResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['CijferConnection'] = ResolversParentTypes['CijferConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CijferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totaal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CijferEdgeResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['CijferEdge'] = ResolversParentTypes['CijferEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Cijfer'], ParentType, ContextType>;
};

export type CijferreeksResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Cijferreeks'] = ResolversParentTypes['Cijferreeks']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  eenheid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gebied?: Resolver<ResolversTypes['Gebied'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waarnemingen?: Resolver<Array<ResolversTypes['Cijfer']>, ParentType, ContextType>;
};

export type CijferverwijzingResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Cijferverwijzing'] = ResolversParentTypes['Cijferverwijzing']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DepartementsbeleidResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Departementsbeleid'] = ResolversParentTypes['Departementsbeleid']> = {
  cijferreeksen?: Resolver<Array<ResolversTypes['Cijferreeks']>, ParentType, ContextType>;
  cijfers?: Resolver<Array<ResolversTypes['Cijfer']>, ParentType, ContextType>;
  cijfersVerbinding?: Resolver<ResolversTypes['CijferConnection'], ParentType, ContextType, RequireFields<DepartementsbeleidCijfersVerbindingArgs, 'first'>>;
  cijferverwijzingen?: Resolver<Array<ResolversTypes['Cijferverwijzing']>, ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  doelen?: Resolver<Array<ResolversTypes['Doel']>, ParentType, ContextType>;
  edities?: Resolver<Array<ResolversTypes['Editie']>, ParentType, ContextType>;
  instrumenten?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType>;
  maatregelen?: Resolver<Array<ResolversTypes['Maatregel']>, ParentType, ContextType>;
  monitoring?: Resolver<Array<ResolversTypes['Monitoringadvies']>, ParentType, ContextType>;
  peildatum?: Resolver<Maybe<ResolversTypes['Peildatum']>, ParentType, ContextType>;
  verantwoordelijkheden?: Resolver<Array<ResolversTypes['Verantwoordelijkheid']>, ParentType, ContextType>;
  verbanden?: Resolver<Array<ResolversTypes['Indicatorverband']>, ParentType, ContextType>;
  vingerafdruk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DoelResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Doel'] = ResolversParentTypes['Doel']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  leeftijd?: Resolver<Maybe<ResolversTypes['Leeftijdsbereik']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  richting?: Resolver<ResolversTypes['Richting'], ParentType, ContextType>;
  uitspraak?: Resolver<ResolversTypes['Uitspraaksoort'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EditieResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Editie'] = ResolversParentTypes['Editie']> = {
  bestand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peildatum?: Resolver<ResolversTypes['Peildatum'], ParentType, ContextType>;
};

export type EffectResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Effect'] = ResolversParentTypes['Effect']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  gedragenDoor?: Resolver<Array<ResolversTypes['Partij']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  leeftijd?: Resolver<Maybe<ResolversTypes['Leeftijdsbereik']>, ParentType, ContextType>;
  richting?: Resolver<ResolversTypes['Richting'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EigenaarResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Eigenaar'] = ResolversParentTypes['Eigenaar']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<Maybe<ResolversTypes['Departement']>, ParentType, ContextType>;
  partij?: Resolver<Maybe<ResolversTypes['Partij']>, ParentType, ContextType>;
};

export type EisResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Eis'] = ResolversParentTypes['Eis']> = {
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bedrag?: Resolver<Maybe<ResolversTypes['Geldbedrag']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  instrumenten?: Resolver<Array<ResolversTypes['Instrumentcode']>, ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partij?: Resolver<ResolversTypes['Partij'], ParentType, ContextType>;
  peildatum?: Resolver<ResolversTypes['Peildatum'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GebiedResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Gebied'] = ResolversParentTypes['Gebied']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leden?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['Gebiedssoort'], ParentType, ContextType>;
};

export type GeldbedragResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Geldbedrag'] = ResolversParentTypes['Geldbedrag']> = {
  eenheid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peildatum?: Resolver<Maybe<ResolversTypes['Peildatum']>, ParentType, ContextType>;
  waarde?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type IndicatorverbandResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Indicatorverband'] = ResolversParentTypes['Indicatorverband']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  naar?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  van?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstrumentResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  effecten?: Resolver<Array<ResolversTypes['Effect']>, ParentType, ContextType>;
  leeftijd?: Resolver<Maybe<ResolversTypes['Leeftijdsbereik']>, ParentType, ContextType>;
  leeftijdsgrenzen?: Resolver<Array<ResolversTypes['Leeftijdsgrens']>, ParentType, ContextType>;
  maatregelen?: Resolver<Array<ResolversTypes['Maatregel']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['Instrumentsoort'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Instrumentstatus'], ParentType, ContextType>;
  statusbron?: Resolver<Maybe<ResolversTypes['Bron']>, ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InstrumentcodeResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Instrumentcode'] = ResolversParentTypes['Instrumentcode']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
};

export type LeeftijdsbereikResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Leeftijdsbereik'] = ResolversParentTypes['Leeftijdsbereik']> = {
  tot?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  van?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LeeftijdsgrensResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Leeftijdsgrens'] = ResolversParentTypes['Leeftijdsgrens']> = {
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  leeftijd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volwassenVanaf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  wijziging?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MaatregelResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Maatregel'] = ResolversParentTypes['Maatregel']> = {
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Geldbedrag']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  eigenaar?: Resolver<ResolversTypes['Eigenaar'], ParentType, ContextType>;
  indicatoren?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  instrumenten?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  leeftijd?: Resolver<Maybe<ResolversTypes['Leeftijdsbereik']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pakket?: Resolver<Maybe<ResolversTypes['Maatregelpakket']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Toezeggingsstatus'], ParentType, ContextType>;
  streefwaarde?: Resolver<Maybe<ResolversTypes['Streefwaarde']>, ParentType, ContextType>;
  termijn?: Resolver<Maybe<ResolversTypes['Termijn']>, ParentType, ContextType>;
  thema?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MonitoringadviesResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Monitoringadvies'] = ResolversParentTypes['Monitoringadvies']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  eigenaar?: Resolver<Maybe<ResolversTypes['Eigenaar']>, ParentType, ContextType>;
  indicatoren?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Toezeggingsstatus'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartijrolResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Partijrol'] = ResolversParentTypes['Partijrol']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partij?: Resolver<ResolversTypes['Partij'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface PeildatumScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Peildatum'], any> {
  name: 'Peildatum';
}

export type QueryResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  aandachtsgroep?: Resolver<ResolversTypes['Aandachtsgroep'], ParentType, ContextType, RequireFields<QueryAandachtsgroepArgs, 'code'>>;
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  analyse?: Resolver<ResolversTypes['Analyse'], ParentType, ContextType>;
  partijen?: Resolver<Array<ResolversTypes['BetrokkenPartij']>, ParentType, ContextType>;
};

export type StreefwaardeResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Streefwaarde'] = ResolversParentTypes['Streefwaarde']> = {
  eenheid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['Grenssoort'], ParentType, ContextType>;
  waarde?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TermijnResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Termijn'] = ResolversParentTypes['Termijn']> = {
  binnen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tekst?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uiterlijk?: Resolver<ResolversTypes['Peildatum'], ParentType, ContextType>;
  vanaf?: Resolver<Maybe<ResolversTypes['Peildatum']>, ParentType, ContextType>;
};

export type VerantwoordelijkheidResolvers<ContextType = Subgraafcontext, ParentType extends ResolversParentTypes['Verantwoordelijkheid'] = ResolversParentTypes['Verantwoordelijkheid']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Subgraafcontext> = {
  Aandachtsgroep?: AandachtsgroepResolvers<ContextType>;
  Afleiding?: AfleidingResolvers<ContextType>;
  Analyse?: AnalyseResolvers<ContextType>;
  Bandbreedte?: BandbreedteResolvers<ContextType>;
  BetrokkenPartij?: BetrokkenPartijResolvers<ContextType>;
  Bewering?: BeweringResolvers<ContextType>;
  Bron?: BronResolvers<ContextType>;
  Cijfer?: CijferResolvers<ContextType>;
  CijferConnection?: CijferConnectionResolvers<ContextType>;
  CijferEdge?: CijferEdgeResolvers<ContextType>;
  Cijferreeks?: CijferreeksResolvers<ContextType>;
  Cijferverwijzing?: CijferverwijzingResolvers<ContextType>;
  Departementsbeleid?: DepartementsbeleidResolvers<ContextType>;
  Doel?: DoelResolvers<ContextType>;
  Editie?: EditieResolvers<ContextType>;
  Effect?: EffectResolvers<ContextType>;
  Eigenaar?: EigenaarResolvers<ContextType>;
  Eis?: EisResolvers<ContextType>;
  Gebied?: GebiedResolvers<ContextType>;
  Geldbedrag?: GeldbedragResolvers<ContextType>;
  Indicatorverband?: IndicatorverbandResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  Instrumentcode?: InstrumentcodeResolvers<ContextType>;
  Leeftijdsbereik?: LeeftijdsbereikResolvers<ContextType>;
  Leeftijdsgrens?: LeeftijdsgrensResolvers<ContextType>;
  Maatregel?: MaatregelResolvers<ContextType>;
  Monitoringadvies?: MonitoringadviesResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partijrol?: PartijrolResolvers<ContextType>;
  Peildatum?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Streefwaarde?: StreefwaardeResolvers<ContextType>;
  Termijn?: TermijnResolvers<ContextType>;
  Verantwoordelijkheid?: VerantwoordelijkheidResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Subgraafcontext> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
