import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Analyseinvoer, AandachtsgroepMogelijkMetBeleid, Maatregel as MaatregelModel } from '../model.js';
import type { Verwijzing, Prikkeluitkomst, Doelverwijzing as DoelverwijzingModel } from '../prikkels.js';
import type { Drempel, Gat } from '../leeftijden.js';
import type { Matrixcel as MatrixcelModel, Maatregelprikkels as MaatregelprikkelsModel, Prikkeltelling as PrikkeltellingModel } from '../samenvattingen.js';
import type { IndirectePrikkel as IndirectePrikkelModel } from '../indirect.js';
import type { Indicatordekking as IndicatordekkingModel, Last as LastModel } from '../register.js';
import type { BaseContext } from '@apollo/server';
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

export type Aandachtsgroep = {
  __typename?: 'Aandachtsgroep';
  bzk: Maybe<Departementsbeleid>;
  /** De code van de groep (enum AandachtsgroepCode); de sleutel waarmee elke subgraph de groep aanvult. */
  code: AandachtsgroepCode;
  jenv: Maybe<Departementsbeleid>;
  leeftijd: Maybe<Leeftijdsbereik>;
  /** De leeftijdsgrenzen in instrumenten die voor deze aandachtsgroep gelden. */
  leeftijdsgrenzen: Array<Leeftijdsdrempel>;
  ocw: Maybe<Departementsbeleid>;
  szw: Maybe<Departementsbeleid>;
  /** De tegenwerkende prikkels die deze aandachtsgroep raken. */
  tegenwerkendePrikkels: Array<TegenwerkendePrikkel>;
  vws: Maybe<Departementsbeleid>;
};


export type AandachtsgroepLeeftijdsgrenzenArgs = {
  tot?: InputMaybe<Scalars['Int']['input']>;
  van?: InputMaybe<Scalars['Int']['input']>;
};


export type AandachtsgroepTegenwerkendePrikkelsArgs = {
  alleenLetterlijk?: InputMaybe<Scalars['Boolean']['input']>;
  departement?: InputMaybe<Departement>;
  doelDepartement?: InputMaybe<Departement>;
  filter?: InputMaybe<Prikkelfilter>;
  gedragenDoor?: InputMaybe<Array<Partij>>;
  indicator?: InputMaybe<Indicator>;
  instrumentDepartement?: InputMaybe<Departement>;
  kruistDepartementen?: InputMaybe<Scalars['Boolean']['input']>;
  leeftijd?: InputMaybe<LeeftijdsbereikInvoer>;
  maxScore?: InputMaybe<Scalars['Int']['input']>;
  metMaatregel?: InputMaybe<Scalars['Boolean']['input']>;
  slapend?: InputMaybe<Scalars['Boolean']['input']>;
  uitspraak?: InputMaybe<Array<Uitspraaksoort>>;
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
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type Analyse = {
  __typename?: 'Analyse';
  aandachtsgroepen: Array<Aandachtsgroep>;
  bzk: Maybe<Departementsbeleid>;
  /**
   * Eén indicator in alle gebieden: per gebied de reeksen die hem meten, met hun
   * waarnemingen. Zo staan het landelijke cijfer en dat van de G4 of een gemeente naast elkaar.
   */
  gebiedsvergelijking: Array<Gebiedscijfers>;
  /**
   * De generatie van de gegevens waaruit de analyse in dit antwoord rekent: per ministerie
   * de vingerafdruk van zijn edities (Departementsbeleid.vingerafdruk), of - voor een
   * ministerie dat niet antwoordde, zoals "BZK:3f2a9c0d1e2b4a5f VWS:… JENV:- …". Verandert
   * met elke publicatie. Elk analyseveld in hetzelfde antwoord rekent met deze generatie,
   * dezelfde die de ministeries in dat antwoord geven.
   */
  generatie: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /**
   * Tegenwerkende prikkels in twee stappen: een instrument duwt indicator A, die volgens
   * een bron indicator B duwt, tegen een doel op B in. Elke stap heeft zijn eigen bron. Apart
   * van tegenwerkendePrikkels: die zijn direct. Een keten telt alleen als effect, verband
   * en doel een aandachtsgroep delen; de score is die van de zwakste stap.
   * @deprecated Gebruik indirectePrikkelsVerbinding(first:, after:): dezelfde elementen per bladzijde, met het totaal.
   */
  indirectePrikkels: Array<IndirectePrikkel>;
  /**
   * Tegenwerkende prikkels in twee stappen: een instrument duwt indicator A, die volgens
   * een bron indicator B duwt, tegen een doel op B in. Elke stap heeft zijn eigen bron. Apart
   * van tegenwerkendePrikkels: die zijn direct. Een keten telt alleen als effect, verband
   * en doel een aandachtsgroep delen; de score is die van de zwakste stap.
   *
   * Per bladzijde (first, after), met het totaal: zo haalt een client niet alles in één antwoord.
   */
  indirectePrikkelsVerbinding: IndirectePrikkelConnection;
  jenv: Maybe<Departementsbeleid>;
  /**
   * Wie de lasten van welk instrument draagt en wat zij vragen: per instrument de effecten
   * die bij deze partijen liggen en de eisen van partijen die dat instrument noemen. Ook een
   * instrument dat alleen in een eis voorkomt, staat erin. Standaard gemeenten en
   * centrumgemeenten.
   */
  lasten: Array<Last>;
  /**
   * Leeftijdsintervallen waarin het instrument van het ene ministerie iemand al als
   * volwassene behandelt en dat van een ander ministerie nog als jongere.
   */
  leeftijdsgaten: Array<Leeftijdsgat>;
  /** Elke leeftijdsgrens in de instrumenten van alle ministeries binnen [van, tot], op leeftijd gesorteerd. */
  leeftijdsgrenzen: Array<Leeftijdsdrempel>;
  /**
   * Elke maatregel uit het rapport die minstens één tegenwerkende prikkel zou wegnemen, met
   * die prikkels; de sterkste eerst. Met filter: { slapend: true } de maatregelen die slapende
   * prikkels voorgoed zouden wegnemen.
   * @deprecated Gebruik maatregelenVerbinding(first:, after:): dezelfde elementen per bladzijde, met het totaal.
   */
  maatregelen: Array<Maatregelprikkels>;
  /**
   * Elke maatregel uit het rapport die minstens één tegenwerkende prikkel zou wegnemen, met
   * die prikkels; de sterkste eerst. Met filter: { slapend: true } de maatregelen die slapende
   * prikkels voorgoed zouden wegnemen.
   *
   * Per bladzijde (first, after), met het totaal: zo haalt een client niet alles in één antwoord.
   */
  maatregelenVerbinding: MaatregelprikkelsConnection;
  /**
   * Per indicator: de monitoringadviezen die hem zouden meten, de cijferreeksen die hem
   * meten en de doelen die erop sturen. Met zonderMonitoring: true alleen de indicatoren
   * waarvoor geen enkel advies bestaat.
   */
  monitoring: Array<Indicatordekking>;
  ocw: Maybe<Departementsbeleid>;
  partijen: Array<BetrokkenPartij>;
  /**
   * De tegenwerkende prikkels als matrix: ministerie van het instrument × ministerie van het
   * doel, met het aantal prikkels en de sterkste score per cel. Alleen cellen met prikkels.
   */
  prikkelmatrix: Array<Matrixcel>;
  /**
   * Tellingen van de tegenwerkende prikkels met hetzelfde filter als tegenwerkendePrikkels:
   * het totaal en het aantal per aandachtsgroep, per indicator en per partij die de
   * gevolgen draagt. Een prikkel die drie groepen raakt, telt bij elk van die groepen één
   * keer; het totaal telt hem één keer. Zo hoeft een dashboard niets zelf te tellen.
   */
  prikkeltelling: Prikkeltelling;
  szw: Maybe<Departementsbeleid>;
  /**
   * Alle tegenwerkende prikkels: een instrument dat een indicator de andere kant op duwt
   * dan een doel van hetzelfde of een ander ministerie wil, voor een aandachtsgroep waar
   * beide gelden. Standaard alleen van instrumenten die in werking zijn; de slapende
   * prikkels van opgeschorte en afgeschafte instrumenten staan apart (filter: { slapend: true }).
   * @deprecated Gebruik tegenwerkendePrikkelsVerbinding(first:, after:): dezelfde elementen per bladzijde, met het totaal.
   */
  tegenwerkendePrikkels: Array<TegenwerkendePrikkel>;
  /**
   * Alle tegenwerkende prikkels: een instrument dat een indicator de andere kant op duwt
   * dan een doel van hetzelfde of een ander ministerie wil, voor een aandachtsgroep waar
   * beide gelden. Standaard alleen van instrumenten die in werking zijn; de slapende
   * prikkels van opgeschorte en afgeschafte instrumenten staan apart (filter: { slapend: true }).
   *
   * Per bladzijde (first, after), met het totaal: zo haalt een client niet alles in één antwoord.
   */
  tegenwerkendePrikkelsVerbinding: TegenwerkendePrikkelConnection;
  /**
   * Het toezeggingenregister: de maatregelen van alle ministeries met eigenaar, termijn,
   * status, streefwaarde en budget, de vroegste uiterste datum eerst (zonder termijn
   * achteraan), dan op eigenaar. Standaard alleen de open toezeggingen (niet UITGEVOERD of
   * VERVALLEN).
   * @deprecated Gebruik toezeggingenVerbinding(first:, after:): dezelfde elementen per bladzijde, met het totaal.
   */
  toezeggingen: Array<Maatregel>;
  /**
   * Het toezeggingenregister: de maatregelen van alle ministeries met eigenaar, termijn,
   * status, streefwaarde en budget, de vroegste uiterste datum eerst (zonder termijn
   * achteraan), dan op eigenaar. Standaard alleen de open toezeggingen (niet UITGEVOERD of
   * VERVALLEN).
   *
   * Per bladzijde (first, after), met het totaal: zo haalt een client niet alles in één antwoord.
   */
  toezeggingenVerbinding: MaatregelConnection;
  vws: Maybe<Departementsbeleid>;
  /**
   * Wat als deze maatregelen genomen worden: welke tegenwerkende prikkels ze wegnemen en
   * welke blijven. Kies maatregelen op code, een heel pakket (bijvoorbeeld SPOEDPAKKET), of
   * beide (dan telt de vereniging). Een maatregel neemt een prikkel weg volgens dezelfde
   * regel als TegenwerkendePrikkel.maatregelen: hij hoort bij het instrument van de prikkel
   * en past dat instrument als geheel aan (indicatoren leeg) of juist het effect op de
   * indicator van de prikkel. opgelost en resterend zijn samen precies tegenwerkendePrikkels
   * met hetzelfde filter, zonder overlap, in dezelfde volgorde.
   *
   * Dit veld staat op Analyse en niet op Query: de analyselaag krijgt het beleid van de
   * ministeries alleen via @requires, dat de gateway plant, en Federation kent geen
   * @requires op een root-veld (een subgraph vraagt de gateway nooit zelf iets). Vraag het
   * dus als { analyse { watAls(pakket: SPOEDPAKKET) { … } } }.
   */
  watAls: WatAls;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseGebiedsvergelijkingArgs = {
  indicator: Indicator;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseIndirectePrikkelsArgs = {
  aandachtsgroep?: InputMaybe<AandachtsgroepCode>;
  alleenLetterlijk?: InputMaybe<Scalars['Boolean']['input']>;
  departement?: InputMaybe<Departement>;
  slapend?: InputMaybe<Scalars['Boolean']['input']>;
  uitspraak?: InputMaybe<Array<Uitspraaksoort>>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseIndirectePrikkelsVerbindingArgs = {
  aandachtsgroep?: InputMaybe<AandachtsgroepCode>;
  after?: InputMaybe<Scalars['String']['input']>;
  alleenLetterlijk?: InputMaybe<Scalars['Boolean']['input']>;
  departement?: InputMaybe<Departement>;
  first?: InputMaybe<Scalars['Int']['input']>;
  slapend?: InputMaybe<Scalars['Boolean']['input']>;
  uitspraak?: InputMaybe<Array<Uitspraaksoort>>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseLastenArgs = {
  partijen?: InputMaybe<Array<Partij>>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseLeeftijdsgatenArgs = {
  tot?: InputMaybe<Scalars['Int']['input']>;
  van?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseLeeftijdsgrenzenArgs = {
  tot?: InputMaybe<Scalars['Int']['input']>;
  van?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseMaatregelenArgs = {
  alleenLetterlijk?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Prikkelfilter>;
  slapend?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseMaatregelenVerbindingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<Prikkelfilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseMonitoringArgs = {
  zonderMonitoring?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalysePrikkelmatrixArgs = {
  aandachtsgroep?: InputMaybe<AandachtsgroepCode>;
  aandachtsgroepen?: InputMaybe<Array<AandachtsgroepCode>>;
  alleenLetterlijk?: InputMaybe<Scalars['Boolean']['input']>;
  departement?: InputMaybe<Departement>;
  doelDepartement?: InputMaybe<Departement>;
  filter?: InputMaybe<Prikkelfilter>;
  gedragenDoor?: InputMaybe<Array<Partij>>;
  indicator?: InputMaybe<Indicator>;
  instrumentDepartement?: InputMaybe<Departement>;
  kruistDepartementen?: InputMaybe<Scalars['Boolean']['input']>;
  leeftijd?: InputMaybe<LeeftijdsbereikInvoer>;
  maxScore?: InputMaybe<Scalars['Int']['input']>;
  metMaatregel?: InputMaybe<Scalars['Boolean']['input']>;
  slapend?: InputMaybe<Scalars['Boolean']['input']>;
  uitspraak?: InputMaybe<Array<Uitspraaksoort>>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalysePrikkeltellingArgs = {
  aandachtsgroep?: InputMaybe<AandachtsgroepCode>;
  aandachtsgroepen?: InputMaybe<Array<AandachtsgroepCode>>;
  alleenLetterlijk?: InputMaybe<Scalars['Boolean']['input']>;
  departement?: InputMaybe<Departement>;
  doelDepartement?: InputMaybe<Departement>;
  filter?: InputMaybe<Prikkelfilter>;
  gedragenDoor?: InputMaybe<Array<Partij>>;
  indicator?: InputMaybe<Indicator>;
  instrumentDepartement?: InputMaybe<Departement>;
  kruistDepartementen?: InputMaybe<Scalars['Boolean']['input']>;
  leeftijd?: InputMaybe<LeeftijdsbereikInvoer>;
  maxScore?: InputMaybe<Scalars['Int']['input']>;
  metMaatregel?: InputMaybe<Scalars['Boolean']['input']>;
  slapend?: InputMaybe<Scalars['Boolean']['input']>;
  uitspraak?: InputMaybe<Array<Uitspraaksoort>>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseTegenwerkendePrikkelsArgs = {
  aandachtsgroep?: InputMaybe<AandachtsgroepCode>;
  aandachtsgroepen?: InputMaybe<Array<AandachtsgroepCode>>;
  alleenLetterlijk?: InputMaybe<Scalars['Boolean']['input']>;
  departement?: InputMaybe<Departement>;
  doelDepartement?: InputMaybe<Departement>;
  filter?: InputMaybe<Prikkelfilter>;
  gedragenDoor?: InputMaybe<Array<Partij>>;
  indicator?: InputMaybe<Indicator>;
  instrumentDepartement?: InputMaybe<Departement>;
  kruistDepartementen?: InputMaybe<Scalars['Boolean']['input']>;
  leeftijd?: InputMaybe<LeeftijdsbereikInvoer>;
  maxScore?: InputMaybe<Scalars['Int']['input']>;
  metMaatregel?: InputMaybe<Scalars['Boolean']['input']>;
  slapend?: InputMaybe<Scalars['Boolean']['input']>;
  uitspraak?: InputMaybe<Array<Uitspraaksoort>>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseTegenwerkendePrikkelsVerbindingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<Prikkelfilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseToezeggingenArgs = {
  eigenaar?: InputMaybe<Scalars['String']['input']>;
  ookAfgerond?: InputMaybe<Scalars['Boolean']['input']>;
  pakket?: InputMaybe<Maatregelpakket>;
  uiterlijk?: InputMaybe<Scalars['Peildatum']['input']>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseToezeggingenVerbindingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  eigenaar?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ookAfgerond?: InputMaybe<Scalars['Boolean']['input']>;
  pakket?: InputMaybe<Maatregelpakket>;
  uiterlijk?: InputMaybe<Scalars['Peildatum']['input']>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid uit het beleid van de ministeries, één keer
 * per generatie (zie generatie); er is geen met de hand bijgehouden lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseWatAlsArgs = {
  alleenLetterlijk?: InputMaybe<Scalars['Boolean']['input']>;
  filter?: InputMaybe<Prikkelfilter>;
  maatregelen?: InputMaybe<Array<Scalars['String']['input']>>;
  pakket?: InputMaybe<Maatregelpakket>;
  slapend?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Een bron als filter: een document, en als vindplaats gegeven is, alleen die plek erin. */
export type Bronfilter = {
  /** Het brondocument (Bron.document, zoals 003_92de307edde85196.txt); weglaten filtert niet op document. */
  document?: InputMaybe<Scalars['String']['input']>;
  /** De vindplaats in het document (Bron.vindplaats); weglaten: het hele document. */
  vindplaats?: InputMaybe<Scalars['String']['input']>;
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

/** Het aantal tegenwerkende prikkels tegen één doel. */
export type Doeltelling = {
  __typename?: 'Doeltelling';
  /** Het aantal prikkels tegen dit doel (één per instrument dat het tegenwerkt). */
  aantal: Scalars['Int']['output'];
  /** Het doel. */
  doel: Doelverwijzing;
};

/** Een doel zoals de analyse het noemt, met zijn bron en hoe zeker die het doel draagt. */
export type Doelverwijzing = Bewering & {
  __typename?: 'Doelverwijzing';
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar het doel staat: brondocument, passage en citaat. */
  bron: Bron;
  /** De code van het doel bij zijn ministerie. */
  code: Scalars['String']['output'];
  /** Het ministerie van het doel. */
  departement: Departement;
  /** De naam van het doel. */
  naam: Scalars['String']['output'];
  /** De richting waarin het doel zijn indicator wil bewegen. */
  richting: Richting;
  /** Stelt de bron het als doel van het ministerie, is het een aanbeveling of een beschreven behoefte? */
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

/** De reeksen van één indicator in één gebied. */
export type Gebiedscijfers = {
  __typename?: 'Gebiedscijfers';
  /** De reeksen in dit gebied die de gevraagde indicator meten, met hun waarnemingen. */
  cijferreeksen: Array<Cijferreeks>;
  /** Het gebied waarvan de reeksen hieronder staan. */
  gebied: Gebied;
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

/** Het aantal tegenwerkende prikkels dat één aandachtsgroep raakt. */
export type Groepstelling = {
  __typename?: 'Groepstelling';
  /** De aandachtsgroep die geteld wordt. */
  aandachtsgroep: Aandachtsgroep;
  /** Het aantal prikkels dat deze groep raakt; een prikkel voor meer groepen telt bij elk van die groepen. */
  aantal: Scalars['Int']['output'];
};

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

/** Hoe goed een indicator gevolgd wordt. */
export type Indicatordekking = {
  __typename?: 'Indicatordekking';
  /** Monitoringadviezen die deze indicator zouden meten. */
  adviezen: Array<Monitoringadvies>;
  /** Cijferreeksen die deze indicator meten. */
  cijferreeksen: Array<Cijferreeks>;
  /** Doelen die op deze indicator sturen. */
  doelen: Array<Doelverwijzing>;
  /** De indicator waarover deze dekking gaat. */
  indicator: Indicator;
};

/** Het aantal tegenwerkende prikkels op één indicator. */
export type Indicatortelling = {
  __typename?: 'Indicatortelling';
  /** Het aantal prikkels op deze indicator. */
  aantal: Scalars['Int']['output'];
  /** De indicator die geteld wordt. */
  indicator: Indicator;
};

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

/** Een tegenwerkende prikkel via een tussenliggende indicator. */
export type IndirectePrikkel = {
  __typename?: 'IndirectePrikkel';
  /** De aandachtsgroepen die effect, verband en doel alle drie raken. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** Het doel aan het eind van de keten, waar de keten tegenin werkt. */
  doel: Doelverwijzing;
  /** De indicator van het doel. */
  indicator: Indicator;
  /** Het instrument aan het begin van de keten. */
  instrument: Instrumentverwijzing;
  /**
   * Of het instrument volgens de bron in werking is, tijdelijk buiten werking of afgeschaft
   * (Instrument.status).
   */
  instrumentstatus: Instrumentstatus;
  /** Waar als het instrument en het doel bij verschillende ministeries horen. */
  kruistDepartementen: Scalars['Boolean']['output'];
  /** De zwakste stap telt: -1 beperkt, -2 werkt tegen, -3 heft op. */
  score: Scalars['Int']['output'];
  /** Waar als het instrument aan het begin tijdelijk buiten werking of afgeschaft is; dan staat de keten alleen in de lijst met slapend: true (of null). */
  slapend: Scalars['Boolean']['output'];
  /** Het effect van het instrument (van: de instrumentcode) en het verband (van: de tussenliggende indicator). */
  stappen: Array<Ketenstap>;
  /** De passage die zegt dat het instrument buiten werking of afgeschaft is, met citaat; null als het in werking is. */
  statusbron: Maybe<Bron>;
  /** De keten in één zin, met instrument, tussenindicator en doel. */
  toelichting: Scalars['String']['output'];
  /** De indicator die het instrument direct raakt. */
  via: Indicator;
  /**
   * LETTERLIJK als het effect, het verband en het doel van elke keten die hier samenkomt
   * LETTERLIJK zijn (zie stappen en doel.zekerheid); anders AFGELEID.
   */
  zekerheid: Zekerheid;
};

/** Eén bladzijde van indirectePrikkels (Analyse.indirectePrikkels), met het totaal over alle bladzijden. */
export type IndirectePrikkelConnection = {
  __typename?: 'IndirectePrikkelConnection';
  /** De elementen van deze bladzijde, elk met zijn cursor, in de volgorde van de hele lijst. */
  edges: Array<IndirectePrikkelEdge>;
  /** Of er meer is, en de cursor om verder te bladeren. */
  pageInfo: PageInfo;
  /** Hoeveel elementen indirectePrikkels met deze argumenten in totaal geeft, over alle bladzijden. */
  totaal: Scalars['Int']['output'];
};

/** Eén element van een bladzijde van indirectePrikkels, met zijn cursor. */
export type IndirectePrikkelEdge = {
  __typename?: 'IndirectePrikkelEdge';
  /** Waar dit element staat; geef het als after om na dit element verder te gaan. Ondoorzichtig: alleen doorgeven. */
  cursor: Scalars['String']['output'];
  /** Het element. */
  node: IndirectePrikkel;
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

/** Het aantal tegenwerkende prikkels dat volgt uit één effect van een instrument: op deze indicator, in deze richting. */
export type Instrumenttelling = {
  __typename?: 'Instrumenttelling';
  /** Het aantal prikkels van dit instrument op deze indicator (één per doel dat het tegenwerkt). */
  aantal: Scalars['Int']['output'];
  /** De indicator die het instrument duwt. */
  indicator: Indicator;
  /** Het instrument. */
  instrument: Instrumentverwijzing;
  /** Waarheen het instrument de indicator duwt: de andere kant op dan de doelen die het tegenwerkt willen. */
  richting: Richting;
};

/** Een instrument zoals de analyse het noemt. */
export type Instrumentverwijzing = {
  __typename?: 'Instrumentverwijzing';
  /** De code van het instrument bij zijn ministerie. */
  code: Scalars['String']['output'];
  /** Het ministerie van het instrument. */
  departement: Departement;
  /** De naam van het instrument. */
  naam: Scalars['String']['output'];
};

/**
 * Eén stap waarop een prikkel berust: een effect van een instrument op een indicator, of (in
 * een indirecte prikkel) een verband tussen twee indicatoren. Elke stap heeft zijn eigen bron.
 */
export type Ketenstap = Bewering & {
  __typename?: 'Ketenstap';
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar de stap staat: brondocument en passage. */
  bron: Bron;
  /** De indicator waarop de stap uitkomt. */
  naar: Indicator;
  /** De sterkte en richting van deze stap op de SDG-interactieschaal (-3 tot +3, geen 0). */
  score: Scalars['Int']['output'];
  /** De stap in de woorden van de bron. */
  toelichting: Scalars['String']['output'];
  /** Waar de stap begint: de code van het instrument (eerste stap) of een indicator. */
  van: Scalars['String']['output'];
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/** De lasten van één instrument voor de gekozen partijen, en wat partijen erover vragen. */
export type Last = {
  __typename?: 'Last';
  /** Welke van de gekozen partijen de effecten dragen. */
  dragers: Array<Partij>;
  /** De effecten van het instrument die bij de gekozen partijen liggen. */
  effecten: Array<Effect>;
  /** Eisen van partijen die dit instrument noemen. */
  eisen: Array<Eis>;
  /** Het instrument waarvan de lasten bij de gevraagde partijen liggen. */
  instrument: Instrumentverwijzing;
};

/** Leeftijdsbereik in jaren; beide grenzen inclusief. Een ontbrekende grens is open. */
export type Leeftijdsbereik = {
  __typename?: 'Leeftijdsbereik';
  /** De hoogste leeftijd in jaren, inclusief; null als er geen bovengrens is. */
  tot: Maybe<Scalars['Int']['output']>;
  /** De laagste leeftijd in jaren, inclusief; null als er geen ondergrens is. */
  van: Maybe<Scalars['Int']['output']>;
};

/** Een leeftijdsbereik als filter; beide grenzen inclusief, een ontbrekende grens is open. */
export type LeeftijdsbereikInvoer = {
  /** De hoogste leeftijd in jaren, inclusief (0 tot en met 120, niet kleiner dan van); weglaten voor geen bovengrens. */
  tot?: InputMaybe<Scalars['Int']['input']>;
  /** De laagste leeftijd in jaren, inclusief (0 tot en met 120); weglaten voor geen ondergrens. */
  van?: InputMaybe<Scalars['Int']['input']>;
};

/** Een leeftijd waarop een instrument iemand anders gaat behandelen. */
export type Leeftijdsdrempel = Bewering & {
  __typename?: 'Leeftijdsdrempel';
  /** De aandachtsgroepen waarvoor het instrument geldt. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** Welke velden afgeleid zijn en waarom; null als de bewering LETTERLIJK is. */
  afgeleid: Maybe<Afleiding>;
  /** Waar de drempel staat: brondocument en passage. */
  bron: Bron;
  /** Het instrument met deze drempel. */
  instrument: Instrumentverwijzing;
  /** De leeftijd in jaren waarop de behandeling verandert. */
  leeftijd: Scalars['Int']['output'];
  /** Waar als het instrument iemand vanaf deze leeftijd als volwassene behandelt. */
  volwassenVanaf: Scalars['Boolean']['output'];
  /** Wat er op deze leeftijd verandert, in de woorden van de bron. */
  wijziging: Scalars['String']['output'];
  /**
   * LETTERLIJK als het citaat alles zegt wat het record beweert; AFGELEID als een veld is
   * afgeleid of als er nog geen citaat is (zie afgeleid voor welke velden en waarom).
   */
  zekerheid: Zekerheid;
};

/** Een leeftijdsinterval waarin ministeries iemand verschillend behandelen. */
export type Leeftijdsgat = {
  __typename?: 'Leeftijdsgat';
  /** Drempels van instrumenten die iemand in dit interval al als volwassene behandelen. */
  alVolwassen: Array<Leeftijdsdrempel>;
  /** De bronnen van alle drempels die het gat vormen. */
  bronnen: Array<Bron>;
  /** Drempels van instrumenten (van een ander ministerie) die iemand hier nog als jongere behandelen. */
  nogJongere: Array<Leeftijdsdrempel>;
  /** Het gat in één zin: welke ministeries iemand al als volwassene zien en welke nog niet. */
  toelichting: Scalars['String']['output'];
  /** Laatste leeftijd van het gat (inclusief). */
  tot: Scalars['Int']['output'];
  /** Eerste leeftijd van het gat (inclusief). */
  van: Scalars['Int']['output'];
  /** LETTERLIJK als elke drempel die het gat vormt LETTERLIJK is (zie hun zekerheid); anders AFGELEID. */
  zekerheid: Zekerheid;
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

/** Eén bladzijde van toezeggingen (Analyse.toezeggingen), met het totaal over alle bladzijden. */
export type MaatregelConnection = {
  __typename?: 'MaatregelConnection';
  /** De elementen van deze bladzijde, elk met zijn cursor, in de volgorde van de hele lijst. */
  edges: Array<MaatregelEdge>;
  /** Of er meer is, en de cursor om verder te bladeren. */
  pageInfo: PageInfo;
  /** Hoeveel elementen toezeggingen met deze argumenten in totaal geeft, over alle bladzijden. */
  totaal: Scalars['Int']['output'];
};

/** Eén element van een bladzijde van toezeggingen, met zijn cursor. */
export type MaatregelEdge = {
  __typename?: 'MaatregelEdge';
  /** Waar dit element staat; geef het als after om na dit element verder te gaan. Ondoorzichtig: alleen doorgeven. */
  cursor: Scalars['String']['output'];
  /** Het element. */
  node: Maatregel;
};

/** Pakket waarin het rapport een maatregel plaatst. */
export type Maatregelpakket =
  /** Nationale samenwerkingsagenda 'Een thuis voor iedereen' tot 2030. */
  | 'SAMENWERKINGSAGENDA'
  /** Integraal spoedpakket voor 2021-2022. */
  | 'SPOEDPAKKET';

/** Een maatregel met de tegenwerkende prikkels die hij zou wegnemen. */
export type Maatregelprikkels = {
  __typename?: 'Maatregelprikkels';
  /** De maatregel uit het rapport. */
  maatregel: Maatregel;
  /** De tegenwerkende prikkels die deze maatregel zou wegnemen. */
  prikkels: Array<TegenwerkendePrikkel>;
};

/** Eén bladzijde van maatregelen (Analyse.maatregelen), met het totaal over alle bladzijden. */
export type MaatregelprikkelsConnection = {
  __typename?: 'MaatregelprikkelsConnection';
  /** De elementen van deze bladzijde, elk met zijn cursor, in de volgorde van de hele lijst. */
  edges: Array<MaatregelprikkelsEdge>;
  /** Of er meer is, en de cursor om verder te bladeren. */
  pageInfo: PageInfo;
  /** Hoeveel elementen maatregelen met deze argumenten in totaal geeft, over alle bladzijden. */
  totaal: Scalars['Int']['output'];
};

/** Eén element van een bladzijde van maatregelen, met zijn cursor. */
export type MaatregelprikkelsEdge = {
  __typename?: 'MaatregelprikkelsEdge';
  /** Waar dit element staat; geef het als after om na dit element verder te gaan. Ondoorzichtig: alleen doorgeven. */
  cursor: Scalars['String']['output'];
  /** Het element. */
  node: Maatregelprikkels;
};

/** Eén cel van de prikkelmatrix: prikkels van instrumenten van het ene ministerie op doelen van het andere (of hetzelfde). */
export type Matrixcel = {
  __typename?: 'Matrixcel';
  /** De aandachtsgroepen die de prikkels in deze cel raken, in de volgorde van de bijlage. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** Het aantal tegenwerkende prikkels in deze cel; elke prikkel telt in precies één cel. */
  aantal: Scalars['Int']['output'];
  /** Het ministerie van de doelen in deze cel (de kolom). */
  doelDepartement: Departement;
  /** De indicatoren waarop de prikkels in deze cel werken. */
  indicatoren: Array<Indicator>;
  /** Het ministerie van de instrumenten in deze cel (de rij). */
  instrumentDepartement: Departement;
  /** De prikkels in deze cel, sterkste eerst. */
  prikkels: Array<TegenwerkendePrikkel>;
  /** De laagste score in de cel (-3 heft op, -1 beperkt). */
  sterksteScore: Scalars['Int']['output'];
};

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

/** Het aantal tegenwerkende prikkels waarvan de gevolgen (ook) bij één partij liggen. */
export type Partijtelling = {
  __typename?: 'Partijtelling';
  /** Het aantal prikkels waarvan deze partij de gevolgen (mede) draagt. */
  aantal: Scalars['Int']['output'];
  /** De partij die geteld wordt. */
  partij: Partij;
};

/**
 * Welke tegenwerkende prikkels een veld geeft (tegenwerkendePrikkels, prikkelmatrix,
 * prikkeltelling, maatregelen, watAls). Elk gegeven criterium moet kloppen (en); een
 * weggelaten criterium filtert niet. Een criterium dat hier staat, mag niet ook als los
 * (verouderd) argument van hetzelfde veld staan, ook niet met dezelfde waarde: dat is een
 * invoerfout (BAD_USER_INPUT) die beide noemt, want welke van de twee zou gelden, is niet te
 * raden. Losse argumenten voor andere criteria dan die in het filter tellen mee.
 */
export type Prikkelfilter = {
  /** Alleen prikkels die deze aandachtsgroep raken. */
  aandachtsgroep?: InputMaybe<AandachtsgroepCode>;
  /** Alleen prikkels die minstens één van deze aandachtsgroepen raken. */
  aandachtsgroepen?: InputMaybe<Array<AandachtsgroepCode>>;
  /**
   * true: alleen prikkels waarvan het effect en het doel letterlijk in de bronnen staan
   * (zekerheid LETTERLIJK). De analyse rekent dan met alleen die effecten en doelen, zodat
   * ook de score, de groepen en de leeftijden van elke prikkel op letterlijke beweringen
   * berusten. Een effect of doel zonder citaat telt dan niet mee. Weggelaten of false: alles.
   */
  alleenLetterlijk?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Alleen prikkels die op deze bron berusten: een van hun effecten of hun doel staat daar
   * (TegenwerkendePrikkel.bronnen).
   */
  bron?: InputMaybe<Bronfilter>;
  /**
   * Alleen prikkels waarbij dit ministerie het instrument of het doel heeft (instrument óf
   * doel). Voor één kant: instrumentDepartement of doelDepartement.
   */
  departement?: InputMaybe<Departement>;
  /** Alleen prikkels op het doel met deze code (Doel.code); met doelDepartement erbij is het zeker één doel. */
  doel?: InputMaybe<Scalars['String']['input']>;
  /** Alleen prikkels op een doel van dit ministerie. */
  doelDepartement?: InputMaybe<Departement>;
  /** Alleen prikkels waarvan de gevolgen (ook) bij een van deze partijen liggen. */
  gedragenDoor?: InputMaybe<Array<Partij>>;
  /** Alleen prikkels op deze indicator (enum Indicator). */
  indicator?: InputMaybe<Indicator>;
  /**
   * Alleen prikkels van het instrument met deze code (Instrument.code). Een code hoort bij één
   * ministerie; met instrumentDepartement erbij is dat zeker.
   */
  instrument?: InputMaybe<Scalars['String']['input']>;
  /** Alleen prikkels met een instrument van dit ministerie. */
  instrumentDepartement?: InputMaybe<Departement>;
  /** true: alleen prikkels tussen twee ministeries; false: alleen binnen één ministerie. */
  kruistDepartementen?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Alleen prikkels waarvan de leeftijd dit bereik overlapt (grenzen inclusief). Een prikkel
   * zonder leeftijd geldt voor alle leeftijden en telt dus altijd mee.
   */
  leeftijd?: InputMaybe<LeeftijdsbereikInvoer>;
  /** Alleen prikkels met een score van hoogstens deze waarde (-3..-1), bijvoorbeeld -2 voor de sterke. */
  maxScore?: InputMaybe<Scalars['Int']['input']>;
  /** true: alleen prikkels met minstens één maatregel uit het rapport; false: alleen die zonder. */
  metMaatregel?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Weggelaten of false: alleen prikkels van instrumenten die in werking zijn. true: alleen de
   * slapende prikkels, van instrumenten die de bron tijdelijk buiten werking of afgeschaft
   * noemt (Instrument.status); hun maatregelen nemen ze voorgoed weg. null: allebei.
   */
  slapend?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Alleen prikkels op doelen van deze soorten uitspraak, bijvoorbeeld [BELEIDSDOEL] voor
   * alleen de doelen die de bron aan het ministerie toeschrijft. Standaard alle.
   */
  uitspraak?: InputMaybe<Array<Uitspraaksoort>>;
};

/** Het aantal tegenwerkende prikkels, in totaal en per groep, indicator, partij, instrument en doel. */
export type Prikkeltelling = {
  __typename?: 'Prikkeltelling';
  /** Het aantal per aandachtsgroep, in de volgorde van de bijlage; een prikkel telt bij elke groep die hij raakt. */
  perAandachtsgroep: Array<Groepstelling>;
  /** Per doel: hoeveel prikkels ertegen werken. Op volgorde van ministerie en doel. */
  perDoel: Array<Doeltelling>;
  /** Het aantal per indicator. */
  perIndicator: Array<Indicatortelling>;
  /**
   * Per instrument, indicator en de richting waarin het instrument die indicator duwt: hoeveel
   * prikkels daaruit volgen. Zo ziet een netwerk van instrumenten en doelen welk effect
   * tegenwerkt, ook als er te veel prikkels zijn om ze allemaal op te halen. Op volgorde van
   * ministerie, instrument en indicator.
   */
  perInstrument: Array<Instrumenttelling>;
  /** Per partij die de gevolgen (mede) draagt; een prikkel met twee partijen telt bij beide. */
  perPartij: Array<Partijtelling>;
  /** Het aantal tegenwerkende prikkels dat aan de filters voldoet. */
  totaal: Scalars['Int']['output'];
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

/** Een instrument dat een indicator de andere kant op duwt dan een doel wil, voor groepen en leeftijden waar beide gelden; afgeleid uit de gegevens van de ministeries. */
export type TegenwerkendePrikkel = {
  __typename?: 'TegenwerkendePrikkel';
  /** De aandachtsgroepen waar instrument en doel elkaar treffen. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** De bronnen van het effect en van het doel. */
  bronnen: Array<Bron>;
  /**
   * Maatregelen die de prikkel alleen voor een deel van zijn leeftijden wegnemen, zoals "pas de
   * kostendelersnorm niet toe voor de groep tot 23 jaar" bij een prikkel voor alle leeftijden.
   * Ze tellen niet als oplossing in watAls en metMaatregel.
   */
  deelmaatregelen: Array<Maatregel>;
  /** Het doel waar het instrument tegenin werkt. */
  doel: Doelverwijzing;
  /**
   * De effecten van het instrument waaruit de prikkel volgt (een per groep of leeftijd als
   * het ministerie ze apart vastlegt), elk met score, bron en zekerheid; het sterkste eerst.
   */
  effecten: Array<Ketenstap>;
  /** Wie de gevolgen draagt, ook buiten de vijf ministeries. */
  gedragenDoor: Array<Partij>;
  /** De indicator waarop instrument en doel botsen. */
  indicator: Indicator;
  /** Het instrument dat de indicator de verkeerde kant op duwt. */
  instrument: Instrumentverwijzing;
  /**
   * Of het instrument volgens de bron in werking is, tijdelijk buiten werking of afgeschaft
   * (Instrument.status).
   */
  instrumentstatus: Instrumentstatus;
  /** Waar als instrument en doel van verschillende ministeries zijn. */
  kruistDepartementen: Scalars['Boolean']['output'];
  /** Leeftijden waar instrument en doel elkaar treffen; null voor alle leeftijden. */
  leeftijd: Maybe<Leeftijdsbereik>;
  /**
   * Maatregelen uit het rapport die deze prikkel zouden wegnemen: ze horen bij het instrument,
   * passen het als geheel of op deze indicator aan, en gelden voor alle leeftijden van de prikkel.
   */
  maatregelen: Array<Maatregel>;
  /** SDG-interactiescore van het instrument op het doel: -1 beperkt, -2 werkt tegen, -3 heft op. */
  score: Scalars['Int']['output'];
  /**
   * Waar als het instrument tijdelijk buiten werking of afgeschaft is: de bron noemt het
   * effect nog, maar het werkt nu niet. Zo'n prikkel staat alleen in de lijst met slapend:
   * true (of null); zijn maatregelen nemen hem voorgoed weg.
   */
  slapend: Scalars['Boolean']['output'];
  /** De passage die zegt dat het instrument buiten werking of afgeschaft is, met citaat; null als het in werking is. */
  statusbron: Maybe<Bron>;
  /** Een of twee zinnen om voor te lezen. */
  toelichting: Scalars['String']['output'];
  /**
   * LETTERLIJK als het doel en elk effect waarop de prikkel berust LETTERLIJK zijn (zie
   * effecten en doel.zekerheid); anders AFGELEID, ook als een van hen nog geen citaat heeft.
   * Met alleenLetterlijk: true rekent de analyse alleen met letterlijke effecten en doelen;
   * dan is elke prikkel LETTERLIJK, en kan een prikkel die hier door één afgeleid effect
   * AFGELEID is, met alleen zijn letterlijke effecten terugkomen (minder groepen of een
   * zwakkere score).
   */
  zekerheid: Zekerheid;
};

/** Eén bladzijde van tegenwerkendePrikkels (Analyse.tegenwerkendePrikkels), met het totaal over alle bladzijden. */
export type TegenwerkendePrikkelConnection = {
  __typename?: 'TegenwerkendePrikkelConnection';
  /** De elementen van deze bladzijde, elk met zijn cursor, in de volgorde van de hele lijst. */
  edges: Array<TegenwerkendePrikkelEdge>;
  /** Of er meer is, en de cursor om verder te bladeren. */
  pageInfo: PageInfo;
  /** Hoeveel elementen tegenwerkendePrikkels met deze argumenten in totaal geeft, over alle bladzijden. */
  totaal: Scalars['Int']['output'];
};

/** Eén element van een bladzijde van tegenwerkendePrikkels, met zijn cursor. */
export type TegenwerkendePrikkelEdge = {
  __typename?: 'TegenwerkendePrikkelEdge';
  /** Waar dit element staat; geef het als after om na dit element verder te gaan. Ondoorzichtig: alleen doorgeven. */
  cursor: Scalars['String']['output'];
  /** Het element. */
  node: TegenwerkendePrikkel;
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

/** Het antwoord op watAls: de gekozen maatregelen en wat ze met de tegenwerkende prikkels doen. */
export type WatAls = {
  __typename?: 'WatAls';
  /** De gekozen maatregelen (op code en uit het pakket samen), elk één keer. */
  maatregelen: Array<Maatregel>;
  /** De prikkels die minstens één gekozen maatregel wegneemt. */
  opgelost: Array<TegenwerkendePrikkel>;
  /** De prikkels die geen enkele gekozen maatregel wegneemt. */
  resterend: Array<TegenwerkendePrikkel>;
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
    & GraphQLRecursivePick<FederationTypes['Aandachtsgroep'], {"code":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Aandachtsgroep'], {}>
        | GraphQLRecursivePick<FederationTypes['Aandachtsgroep'], {}>
        | GraphQLRecursivePick<FederationTypes['Aandachtsgroep'], {}> ) );
  Analyse:
    ( { __typename: 'Analyse' }
    & GraphQLRecursivePick<FederationTypes['Analyse'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}>
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}> ) );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Bewering:
    | ( Omit<BetrokkenPartij, 'rollen'> & { rollen: Array<_RefType['Partijrol']> } )
    | ( Omit<Cijfer, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
    | ( Omit<Doel, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
    | ( DoelverwijzingModel )
    | ( Omit<Effect, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
    | ( Eis )
    | ( Omit<Indicatorverband, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
    | ( Omit<Instrument, 'aandachtsgroepen' | 'effecten' | 'maatregelen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']>, effecten: Array<_RefType['Effect']>, maatregelen: Array<_RefType['Maatregel']> } )
    | ( Ketenstap )
    | ( Drempel )
    | ( Leeftijdsgrens )
    | ( MaatregelModel )
    | ( Omit<Monitoringadvies, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
    | ( Omit<Partijrol, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
    | ( Omit<Verantwoordelijkheid, 'aandachtsgroepen'> & { aandachtsgroepen: Array<_RefType['Aandachtsgroep']> } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Aandachtsgroep: ResolverTypeWrapper<AandachtsgroepMogelijkMetBeleid>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AandachtsgroepCode: AandachtsgroepCode;
  Afleiding: ResolverTypeWrapper<Afleiding>;
  Analyse: ResolverTypeWrapper<Analyseinvoer>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Bandbreedte: ResolverTypeWrapper<Bandbreedte>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BetrokkenPartij: ResolverTypeWrapper<Omit<BetrokkenPartij, 'rollen'> & { rollen: Array<ResolversTypes['Partijrol']> }>;
  Bewering: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Bewering']>;
  Bron: ResolverTypeWrapper<Bron>;
  Bronfilter: Bronfilter;
  Cijfer: ResolverTypeWrapper<Omit<Cijfer, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  CijferConnection: ResolverTypeWrapper<Omit<CijferConnection, 'edges'> & { edges: Array<ResolversTypes['CijferEdge']> }>;
  CijferEdge: ResolverTypeWrapper<Omit<CijferEdge, 'node'> & { node: ResolversTypes['Cijfer'] }>;
  Cijferreeks: ResolverTypeWrapper<Omit<Cijferreeks, 'aandachtsgroepen' | 'waarnemingen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']>, waarnemingen: Array<ResolversTypes['Cijfer']> }>;
  Cijfersoort: Cijfersoort;
  Cijferverwijzing: ResolverTypeWrapper<Cijferverwijzing>;
  Departement: Departement;
  Departementsbeleid: ResolverTypeWrapper<Omit<Departementsbeleid, 'cijferreeksen' | 'cijfers' | 'cijfersVerbinding' | 'doelen' | 'instrumenten' | 'maatregelen' | 'monitoring' | 'verantwoordelijkheden' | 'verbanden'> & { cijferreeksen: Array<ResolversTypes['Cijferreeks']>, cijfers: Array<ResolversTypes['Cijfer']>, cijfersVerbinding: ResolversTypes['CijferConnection'], doelen: Array<ResolversTypes['Doel']>, instrumenten: Array<ResolversTypes['Instrument']>, maatregelen: Array<ResolversTypes['Maatregel']>, monitoring: Array<ResolversTypes['Monitoringadvies']>, verantwoordelijkheden: Array<ResolversTypes['Verantwoordelijkheid']>, verbanden: Array<ResolversTypes['Indicatorverband']> }>;
  Doel: ResolverTypeWrapper<Omit<Doel, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  Doeltelling: ResolverTypeWrapper<Omit<Doeltelling, 'doel'> & { doel: ResolversTypes['Doelverwijzing'] }>;
  Doelverwijzing: ResolverTypeWrapper<DoelverwijzingModel>;
  Editie: ResolverTypeWrapper<Editie>;
  Effect: ResolverTypeWrapper<Omit<Effect, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  Eigenaar: ResolverTypeWrapper<Eigenaar>;
  Eis: ResolverTypeWrapper<Eis>;
  Gebied: ResolverTypeWrapper<Gebied>;
  Gebiedscijfers: ResolverTypeWrapper<Omit<Gebiedscijfers, 'cijferreeksen'> & { cijferreeksen: Array<ResolversTypes['Cijferreeks']> }>;
  Gebiedssoort: Gebiedssoort;
  Geldbedrag: ResolverTypeWrapper<Geldbedrag>;
  Grenssoort: Grenssoort;
  Groepstelling: ResolverTypeWrapper<Omit<Groepstelling, 'aandachtsgroep'> & { aandachtsgroep: ResolversTypes['Aandachtsgroep'] }>;
  Indicator: Indicator;
  Indicatordekking: ResolverTypeWrapper<IndicatordekkingModel>;
  Indicatortelling: ResolverTypeWrapper<Indicatortelling>;
  Indicatorverband: ResolverTypeWrapper<Omit<Indicatorverband, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  IndirectePrikkel: ResolverTypeWrapper<IndirectePrikkelModel>;
  IndirectePrikkelConnection: ResolverTypeWrapper<Omit<IndirectePrikkelConnection, 'edges'> & { edges: Array<ResolversTypes['IndirectePrikkelEdge']> }>;
  IndirectePrikkelEdge: ResolverTypeWrapper<Omit<IndirectePrikkelEdge, 'node'> & { node: ResolversTypes['IndirectePrikkel'] }>;
  Instrument: ResolverTypeWrapper<Omit<Instrument, 'aandachtsgroepen' | 'effecten' | 'maatregelen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']>, effecten: Array<ResolversTypes['Effect']>, maatregelen: Array<ResolversTypes['Maatregel']> }>;
  Instrumentcode: ResolverTypeWrapper<Instrumentcode>;
  Instrumentsoort: Instrumentsoort;
  Instrumentstatus: Instrumentstatus;
  Instrumenttelling: ResolverTypeWrapper<Omit<Instrumenttelling, 'instrument'> & { instrument: ResolversTypes['Instrumentverwijzing'] }>;
  Instrumentverwijzing: ResolverTypeWrapper<Verwijzing>;
  Ketenstap: ResolverTypeWrapper<Ketenstap>;
  Last: ResolverTypeWrapper<LastModel>;
  Leeftijdsbereik: ResolverTypeWrapper<Leeftijdsbereik>;
  LeeftijdsbereikInvoer: LeeftijdsbereikInvoer;
  Leeftijdsdrempel: ResolverTypeWrapper<Drempel>;
  Leeftijdsgat: ResolverTypeWrapper<Gat>;
  Leeftijdsgrens: ResolverTypeWrapper<Leeftijdsgrens>;
  Maatregel: ResolverTypeWrapper<MaatregelModel>;
  MaatregelConnection: ResolverTypeWrapper<Omit<MaatregelConnection, 'edges'> & { edges: Array<ResolversTypes['MaatregelEdge']> }>;
  MaatregelEdge: ResolverTypeWrapper<Omit<MaatregelEdge, 'node'> & { node: ResolversTypes['Maatregel'] }>;
  Maatregelpakket: Maatregelpakket;
  Maatregelprikkels: ResolverTypeWrapper<MaatregelprikkelsModel>;
  MaatregelprikkelsConnection: ResolverTypeWrapper<Omit<MaatregelprikkelsConnection, 'edges'> & { edges: Array<ResolversTypes['MaatregelprikkelsEdge']> }>;
  MaatregelprikkelsEdge: ResolverTypeWrapper<Omit<MaatregelprikkelsEdge, 'node'> & { node: ResolversTypes['Maatregelprikkels'] }>;
  Matrixcel: ResolverTypeWrapper<MatrixcelModel>;
  Monitoringadvies: ResolverTypeWrapper<Omit<Monitoringadvies, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partij: Partij;
  Partijrol: ResolverTypeWrapper<Omit<Partijrol, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  Partijtelling: ResolverTypeWrapper<Partijtelling>;
  Peildatum: ResolverTypeWrapper<Scalars['Peildatum']['output']>;
  Prikkelfilter: Prikkelfilter;
  Prikkeltelling: ResolverTypeWrapper<PrikkeltellingModel>;
  Richting: Richting;
  Streefwaarde: ResolverTypeWrapper<Streefwaarde>;
  TegenwerkendePrikkel: ResolverTypeWrapper<Prikkeluitkomst>;
  TegenwerkendePrikkelConnection: ResolverTypeWrapper<Omit<TegenwerkendePrikkelConnection, 'edges'> & { edges: Array<ResolversTypes['TegenwerkendePrikkelEdge']> }>;
  TegenwerkendePrikkelEdge: ResolverTypeWrapper<Omit<TegenwerkendePrikkelEdge, 'node'> & { node: ResolversTypes['TegenwerkendePrikkel'] }>;
  Termijn: ResolverTypeWrapper<Termijn>;
  Toezeggingsstatus: Toezeggingsstatus;
  Uitspraaksoort: Uitspraaksoort;
  Verantwoordelijkheid: ResolverTypeWrapper<Omit<Verantwoordelijkheid, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  WatAls: ResolverTypeWrapper<Omit<WatAls, 'maatregelen' | 'opgelost' | 'resterend'> & { maatregelen: Array<ResolversTypes['Maatregel']>, opgelost: Array<ResolversTypes['TegenwerkendePrikkel']>, resterend: Array<ResolversTypes['TegenwerkendePrikkel']> }>;
  Zekerheid: Zekerheid;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Aandachtsgroep: AandachtsgroepMogelijkMetBeleid;
  Int: Scalars['Int']['output'];
  Afleiding: Afleiding;
  Analyse: Analyseinvoer;
  ID: Scalars['ID']['output'];
  Bandbreedte: Bandbreedte;
  Float: Scalars['Float']['output'];
  BetrokkenPartij: Omit<BetrokkenPartij, 'rollen'> & { rollen: Array<ResolversParentTypes['Partijrol']> };
  Bewering: ResolversInterfaceTypes<ResolversParentTypes>['Bewering'];
  Bron: Bron;
  Bronfilter: Bronfilter;
  Cijfer: Omit<Cijfer, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  CijferConnection: Omit<CijferConnection, 'edges'> & { edges: Array<ResolversParentTypes['CijferEdge']> };
  CijferEdge: Omit<CijferEdge, 'node'> & { node: ResolversParentTypes['Cijfer'] };
  Cijferreeks: Omit<Cijferreeks, 'aandachtsgroepen' | 'waarnemingen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']>, waarnemingen: Array<ResolversParentTypes['Cijfer']> };
  Cijferverwijzing: Cijferverwijzing;
  Departementsbeleid: Omit<Departementsbeleid, 'cijferreeksen' | 'cijfers' | 'cijfersVerbinding' | 'doelen' | 'instrumenten' | 'maatregelen' | 'monitoring' | 'verantwoordelijkheden' | 'verbanden'> & { cijferreeksen: Array<ResolversParentTypes['Cijferreeks']>, cijfers: Array<ResolversParentTypes['Cijfer']>, cijfersVerbinding: ResolversParentTypes['CijferConnection'], doelen: Array<ResolversParentTypes['Doel']>, instrumenten: Array<ResolversParentTypes['Instrument']>, maatregelen: Array<ResolversParentTypes['Maatregel']>, monitoring: Array<ResolversParentTypes['Monitoringadvies']>, verantwoordelijkheden: Array<ResolversParentTypes['Verantwoordelijkheid']>, verbanden: Array<ResolversParentTypes['Indicatorverband']> };
  Doel: Omit<Doel, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  Doeltelling: Omit<Doeltelling, 'doel'> & { doel: ResolversParentTypes['Doelverwijzing'] };
  Doelverwijzing: DoelverwijzingModel;
  Editie: Editie;
  Effect: Omit<Effect, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  Eigenaar: Eigenaar;
  Eis: Eis;
  Gebied: Gebied;
  Gebiedscijfers: Omit<Gebiedscijfers, 'cijferreeksen'> & { cijferreeksen: Array<ResolversParentTypes['Cijferreeks']> };
  Geldbedrag: Geldbedrag;
  Groepstelling: Omit<Groepstelling, 'aandachtsgroep'> & { aandachtsgroep: ResolversParentTypes['Aandachtsgroep'] };
  Indicatordekking: IndicatordekkingModel;
  Indicatortelling: Indicatortelling;
  Indicatorverband: Omit<Indicatorverband, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  IndirectePrikkel: IndirectePrikkelModel;
  IndirectePrikkelConnection: Omit<IndirectePrikkelConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndirectePrikkelEdge']> };
  IndirectePrikkelEdge: Omit<IndirectePrikkelEdge, 'node'> & { node: ResolversParentTypes['IndirectePrikkel'] };
  Instrument: Omit<Instrument, 'aandachtsgroepen' | 'effecten' | 'maatregelen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']>, effecten: Array<ResolversParentTypes['Effect']>, maatregelen: Array<ResolversParentTypes['Maatregel']> };
  Instrumentcode: Instrumentcode;
  Instrumenttelling: Omit<Instrumenttelling, 'instrument'> & { instrument: ResolversParentTypes['Instrumentverwijzing'] };
  Instrumentverwijzing: Verwijzing;
  Ketenstap: Ketenstap;
  Last: LastModel;
  Leeftijdsbereik: Leeftijdsbereik;
  LeeftijdsbereikInvoer: LeeftijdsbereikInvoer;
  Leeftijdsdrempel: Drempel;
  Leeftijdsgat: Gat;
  Leeftijdsgrens: Leeftijdsgrens;
  Maatregel: MaatregelModel;
  MaatregelConnection: Omit<MaatregelConnection, 'edges'> & { edges: Array<ResolversParentTypes['MaatregelEdge']> };
  MaatregelEdge: Omit<MaatregelEdge, 'node'> & { node: ResolversParentTypes['Maatregel'] };
  Maatregelprikkels: MaatregelprikkelsModel;
  MaatregelprikkelsConnection: Omit<MaatregelprikkelsConnection, 'edges'> & { edges: Array<ResolversParentTypes['MaatregelprikkelsEdge']> };
  MaatregelprikkelsEdge: Omit<MaatregelprikkelsEdge, 'node'> & { node: ResolversParentTypes['Maatregelprikkels'] };
  Matrixcel: MatrixcelModel;
  Monitoringadvies: Omit<Monitoringadvies, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  PageInfo: PageInfo;
  Partijrol: Omit<Partijrol, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  Partijtelling: Partijtelling;
  Peildatum: Scalars['Peildatum']['output'];
  Prikkelfilter: Prikkelfilter;
  Prikkeltelling: PrikkeltellingModel;
  Streefwaarde: Streefwaarde;
  TegenwerkendePrikkel: Prikkeluitkomst;
  TegenwerkendePrikkelConnection: Omit<TegenwerkendePrikkelConnection, 'edges'> & { edges: Array<ResolversParentTypes['TegenwerkendePrikkelEdge']> };
  TegenwerkendePrikkelEdge: Omit<TegenwerkendePrikkelEdge, 'node'> & { node: ResolversParentTypes['TegenwerkendePrikkel'] };
  Termijn: Termijn;
  Verantwoordelijkheid: Omit<Verantwoordelijkheid, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  WatAls: Omit<WatAls, 'maatregelen' | 'opgelost' | 'resterend'> & { maatregelen: Array<ResolversParentTypes['Maatregel']>, opgelost: Array<ResolversParentTypes['TegenwerkendePrikkel']>, resterend: Array<ResolversParentTypes['TegenwerkendePrikkel']> };
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
};

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = BaseContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = BaseContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AandachtsgroepResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Aandachtsgroep'] = ResolversParentTypes['Aandachtsgroep'], FederationReferenceType extends FederationReferenceTypes['Aandachtsgroep'] = FederationReferenceTypes['Aandachtsgroep']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Aandachtsgroep']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['AandachtsgroepCode'], ParentType, ContextType>;
  leeftijdsgrenzen?: Resolver<Array<ResolversTypes['Leeftijdsdrempel']>, ParentType, ContextType, Partial<AandachtsgroepLeeftijdsgrenzenArgs>>;
  tegenwerkendePrikkels?: Resolver<Array<ResolversTypes['TegenwerkendePrikkel']>, ParentType, ContextType, Partial<AandachtsgroepTegenwerkendePrikkelsArgs>>;
};

export type AfleidingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Afleiding'] = ResolversParentTypes['Afleiding']> = {
  reden?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  velden?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AnalyseResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Analyse'] = ResolversParentTypes['Analyse'], FederationReferenceType extends FederationReferenceTypes['Analyse'] = FederationReferenceTypes['Analyse']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Analyse']> | FederationReferenceType, FederationReferenceType, ContextType>;
  gebiedsvergelijking?: Resolver<Array<ResolversTypes['Gebiedscijfers']>, ParentType, ContextType, RequireFields<AnalyseGebiedsvergelijkingArgs, 'indicator'>>;
  generatie?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indirectePrikkels?: Resolver<Array<ResolversTypes['IndirectePrikkel']>, ParentType, ContextType, RequireFields<AnalyseIndirectePrikkelsArgs, 'alleenLetterlijk' | 'slapend'>>;
  indirectePrikkelsVerbinding?: Resolver<ResolversTypes['IndirectePrikkelConnection'], ParentType, ContextType, RequireFields<AnalyseIndirectePrikkelsVerbindingArgs, 'alleenLetterlijk' | 'first' | 'slapend'>>;
  lasten?: Resolver<Array<ResolversTypes['Last']>, ParentType, ContextType, RequireFields<AnalyseLastenArgs, 'partijen'>>;
  leeftijdsgaten?: Resolver<Array<ResolversTypes['Leeftijdsgat']>, ParentType, ContextType, Partial<AnalyseLeeftijdsgatenArgs>>;
  leeftijdsgrenzen?: Resolver<Array<ResolversTypes['Leeftijdsdrempel']>, ParentType, ContextType, Partial<AnalyseLeeftijdsgrenzenArgs>>;
  maatregelen?: Resolver<Array<ResolversTypes['Maatregelprikkels']>, ParentType, ContextType, Partial<AnalyseMaatregelenArgs>>;
  maatregelenVerbinding?: Resolver<ResolversTypes['MaatregelprikkelsConnection'], ParentType, ContextType, RequireFields<AnalyseMaatregelenVerbindingArgs, 'first'>>;
  monitoring?: Resolver<Array<ResolversTypes['Indicatordekking']>, ParentType, ContextType, RequireFields<AnalyseMonitoringArgs, 'zonderMonitoring'>>;
  prikkelmatrix?: Resolver<Array<ResolversTypes['Matrixcel']>, ParentType, ContextType, Partial<AnalysePrikkelmatrixArgs>>;
  prikkeltelling?: Resolver<ResolversTypes['Prikkeltelling'], ParentType, ContextType, Partial<AnalysePrikkeltellingArgs>>;
  tegenwerkendePrikkels?: Resolver<Array<ResolversTypes['TegenwerkendePrikkel']>, ParentType, ContextType, Partial<AnalyseTegenwerkendePrikkelsArgs>>;
  tegenwerkendePrikkelsVerbinding?: Resolver<ResolversTypes['TegenwerkendePrikkelConnection'], ParentType, ContextType, RequireFields<AnalyseTegenwerkendePrikkelsVerbindingArgs, 'first'>>;
  toezeggingen?: Resolver<Array<ResolversTypes['Maatregel']>, ParentType, ContextType, RequireFields<AnalyseToezeggingenArgs, 'ookAfgerond'>>;
  toezeggingenVerbinding?: Resolver<ResolversTypes['MaatregelConnection'], ParentType, ContextType, RequireFields<AnalyseToezeggingenVerbindingArgs, 'first' | 'ookAfgerond'>>;
  watAls?: Resolver<ResolversTypes['WatAls'], ParentType, ContextType, Partial<AnalyseWatAlsArgs>>;
};

export type BandbreedteResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Bandbreedte'] = ResolversParentTypes['Bandbreedte']> = {
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type BetrokkenPartijResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['BetrokkenPartij'] = ResolversParentTypes['BetrokkenPartij']> = {
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

export type BeweringResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Bewering'] = ResolversParentTypes['Bewering']> = {
  __resolveType: TypeResolveFn<'BetrokkenPartij' | 'Cijfer' | 'Doel' | 'Doelverwijzing' | 'Effect' | 'Eis' | 'Indicatorverband' | 'Instrument' | 'Ketenstap' | 'Leeftijdsdrempel' | 'Leeftijdsgrens' | 'Maatregel' | 'Monitoringadvies' | 'Partijrol' | 'Verantwoordelijkheid', ParentType, ContextType>;
};

export type BronResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Bron'] = ResolversParentTypes['Bron']> = {
  citaat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vindplaats?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CijferResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Cijfer'] = ResolversParentTypes['Cijfer']> = {
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

export type CijferConnectionResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['CijferConnection'] = ResolversParentTypes['CijferConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CijferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totaal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CijferEdgeResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['CijferEdge'] = ResolversParentTypes['CijferEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Cijfer'], ParentType, ContextType>;
};

export type CijferreeksResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Cijferreeks'] = ResolversParentTypes['Cijferreeks']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  eenheid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gebied?: Resolver<ResolversTypes['Gebied'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waarnemingen?: Resolver<Array<ResolversTypes['Cijfer']>, ParentType, ContextType>;
};

export type CijferverwijzingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Cijferverwijzing'] = ResolversParentTypes['Cijferverwijzing']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DepartementsbeleidResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Departementsbeleid'] = ResolversParentTypes['Departementsbeleid']> = {
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

export type DoelResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Doel'] = ResolversParentTypes['Doel']> = {
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

export type DoeltellingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Doeltelling'] = ResolversParentTypes['Doeltelling']> = {
  aantal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doel?: Resolver<ResolversTypes['Doelverwijzing'], ParentType, ContextType>;
};

export type DoelverwijzingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Doelverwijzing'] = ResolversParentTypes['Doelverwijzing']> = {
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  richting?: Resolver<ResolversTypes['Richting'], ParentType, ContextType>;
  uitspraak?: Resolver<ResolversTypes['Uitspraaksoort'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EditieResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Editie'] = ResolversParentTypes['Editie']> = {
  bestand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peildatum?: Resolver<ResolversTypes['Peildatum'], ParentType, ContextType>;
};

export type EffectResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Effect'] = ResolversParentTypes['Effect']> = {
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

export type EigenaarResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Eigenaar'] = ResolversParentTypes['Eigenaar']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<Maybe<ResolversTypes['Departement']>, ParentType, ContextType>;
  partij?: Resolver<Maybe<ResolversTypes['Partij']>, ParentType, ContextType>;
};

export type EisResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Eis'] = ResolversParentTypes['Eis']> = {
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

export type GebiedResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Gebied'] = ResolversParentTypes['Gebied']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leden?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['Gebiedssoort'], ParentType, ContextType>;
};

export type GebiedscijfersResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Gebiedscijfers'] = ResolversParentTypes['Gebiedscijfers']> = {
  cijferreeksen?: Resolver<Array<ResolversTypes['Cijferreeks']>, ParentType, ContextType>;
  gebied?: Resolver<ResolversTypes['Gebied'], ParentType, ContextType>;
};

export type GeldbedragResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Geldbedrag'] = ResolversParentTypes['Geldbedrag']> = {
  eenheid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peildatum?: Resolver<Maybe<ResolversTypes['Peildatum']>, ParentType, ContextType>;
  waarde?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GroepstellingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Groepstelling'] = ResolversParentTypes['Groepstelling']> = {
  aandachtsgroep?: Resolver<ResolversTypes['Aandachtsgroep'], ParentType, ContextType>;
  aantal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatordekkingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Indicatordekking'] = ResolversParentTypes['Indicatordekking']> = {
  adviezen?: Resolver<Array<ResolversTypes['Monitoringadvies']>, ParentType, ContextType>;
  cijferreeksen?: Resolver<Array<ResolversTypes['Cijferreeks']>, ParentType, ContextType>;
  doelen?: Resolver<Array<ResolversTypes['Doelverwijzing']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type IndicatortellingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Indicatortelling'] = ResolversParentTypes['Indicatortelling']> = {
  aantal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type IndicatorverbandResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Indicatorverband'] = ResolversParentTypes['Indicatorverband']> = {
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

export type IndirectePrikkelResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['IndirectePrikkel'] = ResolversParentTypes['IndirectePrikkel']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  doel?: Resolver<ResolversTypes['Doelverwijzing'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrumentverwijzing'], ParentType, ContextType>;
  instrumentstatus?: Resolver<ResolversTypes['Instrumentstatus'], ParentType, ContextType>;
  kruistDepartementen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slapend?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stappen?: Resolver<Array<ResolversTypes['Ketenstap']>, ParentType, ContextType>;
  statusbron?: Resolver<Maybe<ResolversTypes['Bron']>, ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
};

export type IndirectePrikkelConnectionResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['IndirectePrikkelConnection'] = ResolversParentTypes['IndirectePrikkelConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndirectePrikkelEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totaal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndirectePrikkelEdgeResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['IndirectePrikkelEdge'] = ResolversParentTypes['IndirectePrikkelEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IndirectePrikkel'], ParentType, ContextType>;
};

export type InstrumentResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = {
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

export type InstrumentcodeResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Instrumentcode'] = ResolversParentTypes['Instrumentcode']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
};

export type InstrumenttellingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Instrumenttelling'] = ResolversParentTypes['Instrumenttelling']> = {
  aantal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrumentverwijzing'], ParentType, ContextType>;
  richting?: Resolver<ResolversTypes['Richting'], ParentType, ContextType>;
};

export type InstrumentverwijzingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Instrumentverwijzing'] = ResolversParentTypes['Instrumentverwijzing']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KetenstapResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Ketenstap'] = ResolversParentTypes['Ketenstap']> = {
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  naar?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  van?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LastResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Last'] = ResolversParentTypes['Last']> = {
  dragers?: Resolver<Array<ResolversTypes['Partij']>, ParentType, ContextType>;
  effecten?: Resolver<Array<ResolversTypes['Effect']>, ParentType, ContextType>;
  eisen?: Resolver<Array<ResolversTypes['Eis']>, ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrumentverwijzing'], ParentType, ContextType>;
};

export type LeeftijdsbereikResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Leeftijdsbereik'] = ResolversParentTypes['Leeftijdsbereik']> = {
  tot?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  van?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LeeftijdsdrempelResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Leeftijdsdrempel'] = ResolversParentTypes['Leeftijdsdrempel']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrumentverwijzing'], ParentType, ContextType>;
  leeftijd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volwassenVanaf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  wijziging?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LeeftijdsgatResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Leeftijdsgat'] = ResolversParentTypes['Leeftijdsgat']> = {
  alVolwassen?: Resolver<Array<ResolversTypes['Leeftijdsdrempel']>, ParentType, ContextType>;
  bronnen?: Resolver<Array<ResolversTypes['Bron']>, ParentType, ContextType>;
  nogJongere?: Resolver<Array<ResolversTypes['Leeftijdsdrempel']>, ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tot?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  van?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
};

export type LeeftijdsgrensResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Leeftijdsgrens'] = ResolversParentTypes['Leeftijdsgrens']> = {
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  leeftijd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volwassenVanaf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  wijziging?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MaatregelResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Maatregel'] = ResolversParentTypes['Maatregel']> = {
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

export type MaatregelConnectionResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['MaatregelConnection'] = ResolversParentTypes['MaatregelConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MaatregelEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totaal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MaatregelEdgeResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['MaatregelEdge'] = ResolversParentTypes['MaatregelEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Maatregel'], ParentType, ContextType>;
};

export type MaatregelprikkelsResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Maatregelprikkels'] = ResolversParentTypes['Maatregelprikkels']> = {
  maatregel?: Resolver<ResolversTypes['Maatregel'], ParentType, ContextType>;
  prikkels?: Resolver<Array<ResolversTypes['TegenwerkendePrikkel']>, ParentType, ContextType>;
};

export type MaatregelprikkelsConnectionResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['MaatregelprikkelsConnection'] = ResolversParentTypes['MaatregelprikkelsConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MaatregelprikkelsEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totaal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MaatregelprikkelsEdgeResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['MaatregelprikkelsEdge'] = ResolversParentTypes['MaatregelprikkelsEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Maatregelprikkels'], ParentType, ContextType>;
};

export type MatrixcelResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Matrixcel'] = ResolversParentTypes['Matrixcel']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  aantal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doelDepartement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  indicatoren?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  instrumentDepartement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  prikkels?: Resolver<Array<ResolversTypes['TegenwerkendePrikkel']>, ParentType, ContextType>;
  sterksteScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MonitoringadviesResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Monitoringadvies'] = ResolversParentTypes['Monitoringadvies']> = {
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

export type PageInfoResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartijrolResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Partijrol'] = ResolversParentTypes['Partijrol']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partij?: Resolver<ResolversTypes['Partij'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartijtellingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Partijtelling'] = ResolversParentTypes['Partijtelling']> = {
  aantal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partij?: Resolver<ResolversTypes['Partij'], ParentType, ContextType>;
};

export interface PeildatumScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Peildatum'], any> {
  name: 'Peildatum';
}

export type PrikkeltellingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Prikkeltelling'] = ResolversParentTypes['Prikkeltelling']> = {
  perAandachtsgroep?: Resolver<Array<ResolversTypes['Groepstelling']>, ParentType, ContextType>;
  perDoel?: Resolver<Array<ResolversTypes['Doeltelling']>, ParentType, ContextType>;
  perIndicator?: Resolver<Array<ResolversTypes['Indicatortelling']>, ParentType, ContextType>;
  perInstrument?: Resolver<Array<ResolversTypes['Instrumenttelling']>, ParentType, ContextType>;
  perPartij?: Resolver<Array<ResolversTypes['Partijtelling']>, ParentType, ContextType>;
  totaal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StreefwaardeResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Streefwaarde'] = ResolversParentTypes['Streefwaarde']> = {
  eenheid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['Grenssoort'], ParentType, ContextType>;
  waarde?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type TegenwerkendePrikkelResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['TegenwerkendePrikkel'] = ResolversParentTypes['TegenwerkendePrikkel']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  bronnen?: Resolver<Array<ResolversTypes['Bron']>, ParentType, ContextType>;
  deelmaatregelen?: Resolver<Array<ResolversTypes['Maatregel']>, ParentType, ContextType>;
  doel?: Resolver<ResolversTypes['Doelverwijzing'], ParentType, ContextType>;
  effecten?: Resolver<Array<ResolversTypes['Ketenstap']>, ParentType, ContextType>;
  gedragenDoor?: Resolver<Array<ResolversTypes['Partij']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrumentverwijzing'], ParentType, ContextType>;
  instrumentstatus?: Resolver<ResolversTypes['Instrumentstatus'], ParentType, ContextType>;
  kruistDepartementen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  leeftijd?: Resolver<Maybe<ResolversTypes['Leeftijdsbereik']>, ParentType, ContextType>;
  maatregelen?: Resolver<Array<ResolversTypes['Maatregel']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slapend?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statusbron?: Resolver<Maybe<ResolversTypes['Bron']>, ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
};

export type TegenwerkendePrikkelConnectionResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['TegenwerkendePrikkelConnection'] = ResolversParentTypes['TegenwerkendePrikkelConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TegenwerkendePrikkelEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totaal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TegenwerkendePrikkelEdgeResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['TegenwerkendePrikkelEdge'] = ResolversParentTypes['TegenwerkendePrikkelEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TegenwerkendePrikkel'], ParentType, ContextType>;
};

export type TermijnResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Termijn'] = ResolversParentTypes['Termijn']> = {
  binnen?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tekst?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uiterlijk?: Resolver<ResolversTypes['Peildatum'], ParentType, ContextType>;
  vanaf?: Resolver<Maybe<ResolversTypes['Peildatum']>, ParentType, ContextType>;
};

export type VerantwoordelijkheidResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Verantwoordelijkheid'] = ResolversParentTypes['Verantwoordelijkheid']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  afgeleid?: Resolver<Maybe<ResolversTypes['Afleiding']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zekerheid?: Resolver<ResolversTypes['Zekerheid'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WatAlsResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['WatAls'] = ResolversParentTypes['WatAls']> = {
  maatregelen?: Resolver<Array<ResolversTypes['Maatregel']>, ParentType, ContextType>;
  opgelost?: Resolver<Array<ResolversTypes['TegenwerkendePrikkel']>, ParentType, ContextType>;
  resterend?: Resolver<Array<ResolversTypes['TegenwerkendePrikkel']>, ParentType, ContextType>;
};

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = BaseContext> = {
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
  Doeltelling?: DoeltellingResolvers<ContextType>;
  Doelverwijzing?: DoelverwijzingResolvers<ContextType>;
  Editie?: EditieResolvers<ContextType>;
  Effect?: EffectResolvers<ContextType>;
  Eigenaar?: EigenaarResolvers<ContextType>;
  Eis?: EisResolvers<ContextType>;
  Gebied?: GebiedResolvers<ContextType>;
  Gebiedscijfers?: GebiedscijfersResolvers<ContextType>;
  Geldbedrag?: GeldbedragResolvers<ContextType>;
  Groepstelling?: GroepstellingResolvers<ContextType>;
  Indicatordekking?: IndicatordekkingResolvers<ContextType>;
  Indicatortelling?: IndicatortellingResolvers<ContextType>;
  Indicatorverband?: IndicatorverbandResolvers<ContextType>;
  IndirectePrikkel?: IndirectePrikkelResolvers<ContextType>;
  IndirectePrikkelConnection?: IndirectePrikkelConnectionResolvers<ContextType>;
  IndirectePrikkelEdge?: IndirectePrikkelEdgeResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  Instrumentcode?: InstrumentcodeResolvers<ContextType>;
  Instrumenttelling?: InstrumenttellingResolvers<ContextType>;
  Instrumentverwijzing?: InstrumentverwijzingResolvers<ContextType>;
  Ketenstap?: KetenstapResolvers<ContextType>;
  Last?: LastResolvers<ContextType>;
  Leeftijdsbereik?: LeeftijdsbereikResolvers<ContextType>;
  Leeftijdsdrempel?: LeeftijdsdrempelResolvers<ContextType>;
  Leeftijdsgat?: LeeftijdsgatResolvers<ContextType>;
  Leeftijdsgrens?: LeeftijdsgrensResolvers<ContextType>;
  Maatregel?: MaatregelResolvers<ContextType>;
  MaatregelConnection?: MaatregelConnectionResolvers<ContextType>;
  MaatregelEdge?: MaatregelEdgeResolvers<ContextType>;
  Maatregelprikkels?: MaatregelprikkelsResolvers<ContextType>;
  MaatregelprikkelsConnection?: MaatregelprikkelsConnectionResolvers<ContextType>;
  MaatregelprikkelsEdge?: MaatregelprikkelsEdgeResolvers<ContextType>;
  Matrixcel?: MatrixcelResolvers<ContextType>;
  Monitoringadvies?: MonitoringadviesResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partijrol?: PartijrolResolvers<ContextType>;
  Partijtelling?: PartijtellingResolvers<ContextType>;
  Peildatum?: GraphQLScalarType;
  Prikkeltelling?: PrikkeltellingResolvers<ContextType>;
  Streefwaarde?: StreefwaardeResolvers<ContextType>;
  TegenwerkendePrikkel?: TegenwerkendePrikkelResolvers<ContextType>;
  TegenwerkendePrikkelConnection?: TegenwerkendePrikkelConnectionResolvers<ContextType>;
  TegenwerkendePrikkelEdge?: TegenwerkendePrikkelEdgeResolvers<ContextType>;
  Termijn?: TermijnResolvers<ContextType>;
  Verantwoordelijkheid?: VerantwoordelijkheidResolvers<ContextType>;
  WatAls?: WatAlsResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = BaseContext> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
