import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AnalyseMogelijkMetBeleid, AandachtsgroepMogelijkMetBeleid, Maatregel as MaatregelModel } from '../model.js';
import type { Verwijzing, Prikkel } from '../prikkels.js';
import type { Drempel, Gat } from '../leeftijden.js';
import type { Matrixcel as MatrixcelModel, Maatregelprikkels as MaatregelprikkelsModel } from '../samenvattingen.js';
import type { BaseContext } from '@apollo/server';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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
  code: AandachtsgroepCode;
  jenv: Maybe<Departementsbeleid>;
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
  departement?: InputMaybe<Departement>;
  indicator?: InputMaybe<Indicator>;
  maxScore?: InputMaybe<Scalars['Int']['input']>;
};

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

/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid op het moment van vragen; er is geen
 * opgeslagen lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type Analyse = {
  __typename?: 'Analyse';
  aandachtsgroepen: Array<Aandachtsgroep>;
  bzk: Maybe<Departementsbeleid>;
  id: Scalars['ID']['output'];
  jenv: Maybe<Departementsbeleid>;
  /**
   * Leeftijdsintervallen waarin het instrument van het ene ministerie iemand al als
   * volwassene behandelt en dat van een ander ministerie nog als jongere.
   */
  leeftijdsgaten: Array<Leeftijdsgat>;
  /** Elke leeftijdsgrens in de instrumenten van alle ministeries binnen [van, tot], op leeftijd gesorteerd. */
  leeftijdsgrenzen: Array<Leeftijdsdrempel>;
  /** Elke maatregel uit het rapport die minstens één tegenwerkende prikkel zou wegnemen, met die prikkels; de sterkste eerst. */
  maatregelen: Array<Maatregelprikkels>;
  ocw: Maybe<Departementsbeleid>;
  /**
   * De tegenwerkende prikkels als matrix: ministerie van het instrument × ministerie van het
   * doel, met het aantal prikkels en de sterkste score per cel. Alleen cellen met prikkels.
   */
  prikkelmatrix: Array<Matrixcel>;
  szw: Maybe<Departementsbeleid>;
  /**
   * Alle tegenwerkende prikkels: een instrument dat een indicator de andere kant op duwt
   * dan een doel van hetzelfde of een ander ministerie wil, voor een aandachtsgroep waar
   * beide gelden.
   */
  tegenwerkendePrikkels: Array<TegenwerkendePrikkel>;
  vws: Maybe<Departementsbeleid>;
  /**
   * Wat als deze maatregelen genomen worden: welke tegenwerkende prikkels ze wegnemen en
   * welke blijven. Kies maatregelen op code, een heel pakket (bijvoorbeeld SPOEDPAKKET), of
   * beide (dan telt de vereniging). Een maatregel neemt een prikkel weg volgens dezelfde
   * regel als TegenwerkendePrikkel.maatregelen: hij hoort bij het instrument van de prikkel
   * en past dat instrument als geheel aan (indicatoren leeg) of juist het effect op de
   * indicator van de prikkel. opgelost en resterend zijn samen precies tegenwerkendePrikkels,
   * zonder overlap, in dezelfde volgorde.
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
 * ministeries voor al die groepen geven. Afgeleid op het moment van vragen; er is geen
 * opgeslagen lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
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
 * ministeries voor al die groepen geven. Afgeleid op het moment van vragen; er is geen
 * opgeslagen lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
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
 * ministeries voor al die groepen geven. Afgeleid op het moment van vragen; er is geen
 * opgeslagen lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalysePrikkelmatrixArgs = {
  aandachtsgroep?: InputMaybe<AandachtsgroepCode>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid op het moment van vragen; er is geen
 * opgeslagen lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseTegenwerkendePrikkelsArgs = {
  aandachtsgroep?: InputMaybe<AandachtsgroepCode>;
  departement?: InputMaybe<Departement>;
  indicator?: InputMaybe<Indicator>;
  maxScore?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * De analyse over alle aandachtsgroepen en ministeries heen. BZK levert de groepen
 * (Query.analyse); deze velden rekent de analyselaag uit met het beleid dat de vijf
 * ministeries voor al die groepen geven. Afgeleid op het moment van vragen; er is geen
 * opgeslagen lijst van conflicten. Antwoordde een ministerie niet, dan rekenen ze met de
 * andere en staat er per veld een fout met code ONVOLLEDIGE_ANALYSE bij die in
 * extensions.departementen noemt wie ontbreekt.
 */
export type AnalyseWatAlsArgs = {
  maatregelen?: InputMaybe<Array<Scalars['String']['input']>>;
  pakket?: InputMaybe<Maatregelpakket>;
};

/** Een bereik dat de bron geeft in plaats van één getal. */
export type Bandbreedte = {
  __typename?: 'Bandbreedte';
  max: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
};

/** Vindplaats van een gegeven: het brondocument en de sectie daarin. */
export type Bron = {
  __typename?: 'Bron';
  /** Bestandsnaam van het brondocument (zie schema/documenten.json). */
  document: Scalars['String']['output'];
  /** Titel van het brondocument. */
  titel: Scalars['String']['output'];
  /** Sectie of passage in het document. */
  vindplaats: Scalars['String']['output'];
};

/** Eén waarneming van een cijferreeks. */
export type Cijfer = {
  __typename?: 'Cijfer';
  /** Gevuld als de bron alleen een bandbreedte geeft. */
  bandbreedte: Maybe<Bandbreedte>;
  bron: Bron;
  /** Code van de reeks waartoe dit cijfer behoort. */
  code: Scalars['String']['output'];
  departement: Departement;
  eenheid: Scalars['String']['output'];
  naam: Scalars['String']['output'];
  peildatum: Scalars['Peildatum']['output'];
  redenGeenWaarde: Maybe<Scalars['String']['output']>;
  soort: Cijfersoort;
  toelichting: Maybe<Scalars['String']['output']>;
  /** Null als de bron geen getal geeft; redenGeenWaarde zegt dan waarom. */
  waarde: Maybe<Scalars['Float']['output']>;
};

/** Een reeks waarnemingen van één grootheid op verschillende peildata. */
export type Cijferreeks = {
  __typename?: 'Cijferreeks';
  aandachtsgroepen: Array<Aandachtsgroep>;
  code: Scalars['String']['output'];
  departement: Departement;
  eenheid: Scalars['String']['output'];
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

/** Wat een ministerie voor één aandachtsgroep doet en weet. */
export type Departementsbeleid = {
  __typename?: 'Departementsbeleid';
  /** Dezelfde cijfers, gegroepeerd per reeks. */
  cijferreeksen: Array<Cijferreeks>;
  /** Alle waarnemingen van de cijferreeksen over deze groep, oudste peildatum eerst. */
  cijfers: Array<Cijfer>;
  departement: Departement;
  doelen: Array<Doel>;
  /** De edities waaruit dit beleid is opgebouwd, oudste eerst. */
  edities: Array<Editie>;
  instrumenten: Array<Instrument>;
  /**
   * De stand van dit beleid: de peildatum van de nieuwste editie waaruit doelen,
   * instrumenten en verantwoordelijkheden komen. Elk cijfer heeft daarnaast zijn eigen
   * peildatum. Null zolang het ministerie nog geen editie heeft geladen (dan is alles leeg).
   */
  peildatum: Maybe<Scalars['Peildatum']['output']>;
  verantwoordelijkheden: Array<Verantwoordelijkheid>;
};

/** Een beleidsdoel: de indicator en de richting die het ministerie wil. */
export type Doel = {
  __typename?: 'Doel';
  aandachtsgroepen: Array<Aandachtsgroep>;
  bron: Bron;
  code: Scalars['String']['output'];
  departement: Departement;
  indicator: Indicator;
  /** Leeftijden waarvoor het doel geldt; null als het voor alle leeftijden geldt. */
  leeftijd: Maybe<Leeftijdsbereik>;
  naam: Scalars['String']['output'];
  omschrijving: Scalars['String']['output'];
  richting: Richting;
};

/** Een doel zoals de analyse het noemt. */
export type Doelverwijzing = {
  __typename?: 'Doelverwijzing';
  code: Scalars['String']['output'];
  departement: Departement;
  naam: Scalars['String']['output'];
  richting: Richting;
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
export type Effect = {
  __typename?: 'Effect';
  /** Aandachtsgroepen waarvoor dit effect optreedt. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  bron: Bron;
  /** Wie het effect draagt, ook als dat een partij buiten de vijf ministeries is. */
  gedragenDoor: Array<Partij>;
  indicator: Indicator;
  /** Leeftijden waarvoor dit effect optreedt; null voor alle leeftijden. */
  leeftijd: Maybe<Leeftijdsbereik>;
  richting: Richting;
  score: Scalars['Int']['output'];
  toelichting: Scalars['String']['output'];
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

/** Een wet, regeling, norm, heffing, subsidie of programma en wat het doet. */
export type Instrument = {
  __typename?: 'Instrument';
  aandachtsgroepen: Array<Aandachtsgroep>;
  bron: Bron;
  code: Scalars['String']['output'];
  departement: Departement;
  effecten: Array<Effect>;
  /** Leeftijden waarop het instrument van toepassing is; null als het voor alle leeftijden geldt. */
  leeftijd: Maybe<Leeftijdsbereik>;
  /** Leeftijden waarop de behandeling door dit instrument verandert. */
  leeftijdsgrenzen: Array<Leeftijdsgrens>;
  /** Maatregelen uit het rapport die dit instrument zouden aanpassen. */
  maatregelen: Array<Maatregel>;
  naam: Scalars['String']['output'];
  omschrijving: Scalars['String']['output'];
  soort: Instrumentsoort;
};

/** Soort beleidsinstrument. */
export type Instrumentsoort =
  | 'BEKOSTIGING'
  | 'HEFFING'
  | 'NORM'
  | 'PROGRAMMA'
  | 'REGELING'
  | 'SUBSIDIE'
  | 'TAAKSTELLING'
  | 'TOESLAG'
  | 'UITKERING'
  | 'UITVOERINGSPRAKTIJK'
  | 'WET';

/** Een instrument zoals de analyse het noemt. */
export type Instrumentverwijzing = {
  __typename?: 'Instrumentverwijzing';
  code: Scalars['String']['output'];
  departement: Departement;
  naam: Scalars['String']['output'];
};

/** Leeftijdsbereik in jaren; beide grenzen inclusief. Een ontbrekende grens is open. */
export type Leeftijdsbereik = {
  __typename?: 'Leeftijdsbereik';
  tot: Maybe<Scalars['Int']['output']>;
  van: Maybe<Scalars['Int']['output']>;
};

/** Een leeftijd waarop een instrument iemand anders gaat behandelen. */
export type Leeftijdsdrempel = {
  __typename?: 'Leeftijdsdrempel';
  aandachtsgroepen: Array<Aandachtsgroep>;
  bron: Bron;
  instrument: Instrumentverwijzing;
  leeftijd: Scalars['Int']['output'];
  /** Waar als het instrument iemand vanaf deze leeftijd als volwassene behandelt. */
  volwassenVanaf: Scalars['Boolean']['output'];
  wijziging: Scalars['String']['output'];
};

/** Een leeftijdsinterval waarin ministeries iemand verschillend behandelen. */
export type Leeftijdsgat = {
  __typename?: 'Leeftijdsgat';
  /** Drempels van instrumenten die iemand in dit interval al als volwassene behandelen. */
  alVolwassen: Array<Leeftijdsdrempel>;
  bronnen: Array<Bron>;
  /** Drempels van instrumenten (van een ander ministerie) die iemand hier nog als jongere behandelen. */
  nogJongere: Array<Leeftijdsdrempel>;
  toelichting: Scalars['String']['output'];
  /** Laatste leeftijd van het gat (inclusief). */
  tot: Scalars['Int']['output'];
  /** Eerste leeftijd van het gat (inclusief). */
  van: Scalars['Int']['output'];
};

/** Een leeftijd waarop een instrument iemand anders gaat behandelen. */
export type Leeftijdsgrens = {
  __typename?: 'Leeftijdsgrens';
  bron: Bron;
  leeftijd: Scalars['Int']['output'];
  /** Waar als het instrument iemand vanaf deze leeftijd als volwassene behandelt (en daarvoor als jongere). */
  volwassenVanaf: Scalars['Boolean']['output'];
  wijziging: Scalars['String']['output'];
};

/** Een maatregel die het rapport aanbeveelt; het ministerie van het instrument zou hem moeten nemen. */
export type Maatregel = {
  __typename?: 'Maatregel';
  bron: Bron;
  code: Scalars['String']['output'];
  departement: Departement;
  /** De indicatoren waarop de maatregel het effect van het instrument wegneemt; leeg als hij het instrument als geheel aanpast. */
  indicatoren: Array<Indicator>;
  naam: Scalars['String']['output'];
  pakket: Maatregelpakket;
  thema: Scalars['String']['output'];
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
  maatregel: Maatregel;
  prikkels: Array<TegenwerkendePrikkel>;
};

/** Eén cel van de prikkelmatrix: prikkels van instrumenten van het ene ministerie op doelen van het andere (of hetzelfde). */
export type Matrixcel = {
  __typename?: 'Matrixcel';
  aantal: Scalars['Int']['output'];
  doelDepartement: Departement;
  instrumentDepartement: Departement;
  prikkels: Array<TegenwerkendePrikkel>;
  /** De laagste score in de cel (-3 heft op, -1 beperkt). */
  sterksteScore: Scalars['Int']['output'];
};

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

export type TegenwerkendePrikkel = {
  __typename?: 'TegenwerkendePrikkel';
  /** De aandachtsgroepen waar instrument en doel elkaar treffen. */
  aandachtsgroepen: Array<Aandachtsgroep>;
  /** De bronnen van het effect en van het doel. */
  bronnen: Array<Bron>;
  /** Het doel waar het instrument tegenin werkt. */
  doel: Doelverwijzing;
  /** Wie de gevolgen draagt, ook buiten de vijf ministeries. */
  gedragenDoor: Array<Partij>;
  indicator: Indicator;
  /** Het instrument dat de indicator de verkeerde kant op duwt. */
  instrument: Instrumentverwijzing;
  /** Waar als instrument en doel van verschillende ministeries zijn. */
  kruistDepartementen: Scalars['Boolean']['output'];
  /** Leeftijden waar instrument en doel elkaar treffen; null voor alle leeftijden. */
  leeftijd: Maybe<Leeftijdsbereik>;
  /** Maatregelen uit het rapport die deze prikkel zouden wegnemen. */
  maatregelen: Array<Maatregel>;
  /** SDG-interactiescore van het instrument op het doel: -1 beperkt, -2 werkt tegen, -3 heft op. */
  score: Scalars['Int']['output'];
  /** Een of twee zinnen om voor te lezen. */
  toelichting: Scalars['String']['output'];
};

export type Verantwoordelijkheid = {
  __typename?: 'Verantwoordelijkheid';
  aandachtsgroepen: Array<Aandachtsgroep>;
  bron: Bron;
  code: Scalars['String']['output'];
  departement: Departement;
  omschrijving: Scalars['String']['output'];
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
        | GraphQLRecursivePick<FederationTypes['Analyse'], {}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Aandachtsgroep: ResolverTypeWrapper<AandachtsgroepMogelijkMetBeleid>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AandachtsgroepCode: AandachtsgroepCode;
  Analyse: ResolverTypeWrapper<AnalyseMogelijkMetBeleid>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Bandbreedte: ResolverTypeWrapper<Bandbreedte>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Bron: ResolverTypeWrapper<Bron>;
  Cijfer: ResolverTypeWrapper<Cijfer>;
  Cijferreeks: ResolverTypeWrapper<Omit<Cijferreeks, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  Cijfersoort: Cijfersoort;
  Departement: Departement;
  Departementsbeleid: ResolverTypeWrapper<Omit<Departementsbeleid, 'cijferreeksen' | 'doelen' | 'instrumenten' | 'verantwoordelijkheden'> & { cijferreeksen: Array<ResolversTypes['Cijferreeks']>, doelen: Array<ResolversTypes['Doel']>, instrumenten: Array<ResolversTypes['Instrument']>, verantwoordelijkheden: Array<ResolversTypes['Verantwoordelijkheid']> }>;
  Doel: ResolverTypeWrapper<Omit<Doel, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  Doelverwijzing: ResolverTypeWrapper<Doelverwijzing>;
  Editie: ResolverTypeWrapper<Editie>;
  Effect: ResolverTypeWrapper<Omit<Effect, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  Indicator: Indicator;
  Instrument: ResolverTypeWrapper<Omit<Instrument, 'aandachtsgroepen' | 'effecten' | 'maatregelen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']>, effecten: Array<ResolversTypes['Effect']>, maatregelen: Array<ResolversTypes['Maatregel']> }>;
  Instrumentsoort: Instrumentsoort;
  Instrumentverwijzing: ResolverTypeWrapper<Verwijzing>;
  Leeftijdsbereik: ResolverTypeWrapper<Leeftijdsbereik>;
  Leeftijdsdrempel: ResolverTypeWrapper<Drempel>;
  Leeftijdsgat: ResolverTypeWrapper<Gat>;
  Leeftijdsgrens: ResolverTypeWrapper<Leeftijdsgrens>;
  Maatregel: ResolverTypeWrapper<MaatregelModel>;
  Maatregelpakket: Maatregelpakket;
  Maatregelprikkels: ResolverTypeWrapper<MaatregelprikkelsModel>;
  Matrixcel: ResolverTypeWrapper<MatrixcelModel>;
  Partij: Partij;
  Peildatum: ResolverTypeWrapper<Scalars['Peildatum']['output']>;
  Richting: Richting;
  TegenwerkendePrikkel: ResolverTypeWrapper<Prikkel>;
  Verantwoordelijkheid: ResolverTypeWrapper<Omit<Verantwoordelijkheid, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversTypes['Aandachtsgroep']> }>;
  WatAls: ResolverTypeWrapper<Omit<WatAls, 'maatregelen' | 'opgelost' | 'resterend'> & { maatregelen: Array<ResolversTypes['Maatregel']>, opgelost: Array<ResolversTypes['TegenwerkendePrikkel']>, resterend: Array<ResolversTypes['TegenwerkendePrikkel']> }>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Aandachtsgroep: AandachtsgroepMogelijkMetBeleid;
  Int: Scalars['Int']['output'];
  Analyse: AnalyseMogelijkMetBeleid;
  ID: Scalars['ID']['output'];
  Bandbreedte: Bandbreedte;
  Float: Scalars['Float']['output'];
  Bron: Bron;
  Cijfer: Cijfer;
  Cijferreeks: Omit<Cijferreeks, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  Departementsbeleid: Omit<Departementsbeleid, 'cijferreeksen' | 'doelen' | 'instrumenten' | 'verantwoordelijkheden'> & { cijferreeksen: Array<ResolversParentTypes['Cijferreeks']>, doelen: Array<ResolversParentTypes['Doel']>, instrumenten: Array<ResolversParentTypes['Instrument']>, verantwoordelijkheden: Array<ResolversParentTypes['Verantwoordelijkheid']> };
  Doel: Omit<Doel, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  Doelverwijzing: Doelverwijzing;
  Editie: Editie;
  Effect: Omit<Effect, 'aandachtsgroepen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']> };
  Instrument: Omit<Instrument, 'aandachtsgroepen' | 'effecten' | 'maatregelen'> & { aandachtsgroepen: Array<ResolversParentTypes['Aandachtsgroep']>, effecten: Array<ResolversParentTypes['Effect']>, maatregelen: Array<ResolversParentTypes['Maatregel']> };
  Instrumentverwijzing: Verwijzing;
  Leeftijdsbereik: Leeftijdsbereik;
  Leeftijdsdrempel: Drempel;
  Leeftijdsgat: Gat;
  Leeftijdsgrens: Leeftijdsgrens;
  Maatregel: MaatregelModel;
  Maatregelprikkels: MaatregelprikkelsModel;
  Matrixcel: MatrixcelModel;
  Peildatum: Scalars['Peildatum']['output'];
  TegenwerkendePrikkel: Prikkel;
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

export type AnalyseResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Analyse'] = ResolversParentTypes['Analyse'], FederationReferenceType extends FederationReferenceTypes['Analyse'] = FederationReferenceTypes['Analyse']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Analyse']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leeftijdsgaten?: Resolver<Array<ResolversTypes['Leeftijdsgat']>, ParentType, ContextType, Partial<AnalyseLeeftijdsgatenArgs>>;
  leeftijdsgrenzen?: Resolver<Array<ResolversTypes['Leeftijdsdrempel']>, ParentType, ContextType, Partial<AnalyseLeeftijdsgrenzenArgs>>;
  maatregelen?: Resolver<Array<ResolversTypes['Maatregelprikkels']>, ParentType, ContextType>;
  prikkelmatrix?: Resolver<Array<ResolversTypes['Matrixcel']>, ParentType, ContextType, Partial<AnalysePrikkelmatrixArgs>>;
  tegenwerkendePrikkels?: Resolver<Array<ResolversTypes['TegenwerkendePrikkel']>, ParentType, ContextType, Partial<AnalyseTegenwerkendePrikkelsArgs>>;
  watAls?: Resolver<ResolversTypes['WatAls'], ParentType, ContextType, Partial<AnalyseWatAlsArgs>>;
};

export type BandbreedteResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Bandbreedte'] = ResolversParentTypes['Bandbreedte']> = {
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type BronResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Bron'] = ResolversParentTypes['Bron']> = {
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vindplaats?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CijferResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Cijfer'] = ResolversParentTypes['Cijfer']> = {
  bandbreedte?: Resolver<Maybe<ResolversTypes['Bandbreedte']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  eenheid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peildatum?: Resolver<ResolversTypes['Peildatum'], ParentType, ContextType>;
  redenGeenWaarde?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  soort?: Resolver<ResolversTypes['Cijfersoort'], ParentType, ContextType>;
  toelichting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  waarde?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type CijferreeksResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Cijferreeks'] = ResolversParentTypes['Cijferreeks']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  eenheid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waarnemingen?: Resolver<Array<ResolversTypes['Cijfer']>, ParentType, ContextType>;
};

export type DepartementsbeleidResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Departementsbeleid'] = ResolversParentTypes['Departementsbeleid']> = {
  cijferreeksen?: Resolver<Array<ResolversTypes['Cijferreeks']>, ParentType, ContextType>;
  cijfers?: Resolver<Array<ResolversTypes['Cijfer']>, ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  doelen?: Resolver<Array<ResolversTypes['Doel']>, ParentType, ContextType>;
  edities?: Resolver<Array<ResolversTypes['Editie']>, ParentType, ContextType>;
  instrumenten?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType>;
  peildatum?: Resolver<Maybe<ResolversTypes['Peildatum']>, ParentType, ContextType>;
  verantwoordelijkheden?: Resolver<Array<ResolversTypes['Verantwoordelijkheid']>, ParentType, ContextType>;
};

export type DoelResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Doel'] = ResolversParentTypes['Doel']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  leeftijd?: Resolver<Maybe<ResolversTypes['Leeftijdsbereik']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  richting?: Resolver<ResolversTypes['Richting'], ParentType, ContextType>;
};

export type DoelverwijzingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Doelverwijzing'] = ResolversParentTypes['Doelverwijzing']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  richting?: Resolver<ResolversTypes['Richting'], ParentType, ContextType>;
};

export type EditieResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Editie'] = ResolversParentTypes['Editie']> = {
  bestand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peildatum?: Resolver<ResolversTypes['Peildatum'], ParentType, ContextType>;
};

export type EffectResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Effect'] = ResolversParentTypes['Effect']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  gedragenDoor?: Resolver<Array<ResolversTypes['Partij']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  leeftijd?: Resolver<Maybe<ResolversTypes['Leeftijdsbereik']>, ParentType, ContextType>;
  richting?: Resolver<ResolversTypes['Richting'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InstrumentResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
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
};

export type InstrumentverwijzingResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Instrumentverwijzing'] = ResolversParentTypes['Instrumentverwijzing']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LeeftijdsbereikResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Leeftijdsbereik'] = ResolversParentTypes['Leeftijdsbereik']> = {
  tot?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  van?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type LeeftijdsdrempelResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Leeftijdsdrempel'] = ResolversParentTypes['Leeftijdsdrempel']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrumentverwijzing'], ParentType, ContextType>;
  leeftijd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volwassenVanaf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  wijziging?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LeeftijdsgatResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Leeftijdsgat'] = ResolversParentTypes['Leeftijdsgat']> = {
  alVolwassen?: Resolver<Array<ResolversTypes['Leeftijdsdrempel']>, ParentType, ContextType>;
  bronnen?: Resolver<Array<ResolversTypes['Bron']>, ParentType, ContextType>;
  nogJongere?: Resolver<Array<ResolversTypes['Leeftijdsdrempel']>, ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tot?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  van?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeeftijdsgrensResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Leeftijdsgrens'] = ResolversParentTypes['Leeftijdsgrens']> = {
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  leeftijd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volwassenVanaf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  wijziging?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MaatregelResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Maatregel'] = ResolversParentTypes['Maatregel']> = {
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  indicatoren?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  naam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pakket?: Resolver<ResolversTypes['Maatregelpakket'], ParentType, ContextType>;
  thema?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MaatregelprikkelsResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Maatregelprikkels'] = ResolversParentTypes['Maatregelprikkels']> = {
  maatregel?: Resolver<ResolversTypes['Maatregel'], ParentType, ContextType>;
  prikkels?: Resolver<Array<ResolversTypes['TegenwerkendePrikkel']>, ParentType, ContextType>;
};

export type MatrixcelResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Matrixcel'] = ResolversParentTypes['Matrixcel']> = {
  aantal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doelDepartement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  instrumentDepartement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  prikkels?: Resolver<Array<ResolversTypes['TegenwerkendePrikkel']>, ParentType, ContextType>;
  sterksteScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface PeildatumScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Peildatum'], any> {
  name: 'Peildatum';
}

export type TegenwerkendePrikkelResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['TegenwerkendePrikkel'] = ResolversParentTypes['TegenwerkendePrikkel']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  bronnen?: Resolver<Array<ResolversTypes['Bron']>, ParentType, ContextType>;
  doel?: Resolver<ResolversTypes['Doelverwijzing'], ParentType, ContextType>;
  gedragenDoor?: Resolver<Array<ResolversTypes['Partij']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrumentverwijzing'], ParentType, ContextType>;
  kruistDepartementen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  leeftijd?: Resolver<Maybe<ResolversTypes['Leeftijdsbereik']>, ParentType, ContextType>;
  maatregelen?: Resolver<Array<ResolversTypes['Maatregel']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toelichting?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VerantwoordelijkheidResolvers<ContextType = BaseContext, ParentType extends ResolversParentTypes['Verantwoordelijkheid'] = ResolversParentTypes['Verantwoordelijkheid']> = {
  aandachtsgroepen?: Resolver<Array<ResolversTypes['Aandachtsgroep']>, ParentType, ContextType>;
  bron?: Resolver<ResolversTypes['Bron'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  omschrijving?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  Analyse?: AnalyseResolvers<ContextType>;
  Bandbreedte?: BandbreedteResolvers<ContextType>;
  Bron?: BronResolvers<ContextType>;
  Cijfer?: CijferResolvers<ContextType>;
  Cijferreeks?: CijferreeksResolvers<ContextType>;
  Departementsbeleid?: DepartementsbeleidResolvers<ContextType>;
  Doel?: DoelResolvers<ContextType>;
  Doelverwijzing?: DoelverwijzingResolvers<ContextType>;
  Editie?: EditieResolvers<ContextType>;
  Effect?: EffectResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  Instrumentverwijzing?: InstrumentverwijzingResolvers<ContextType>;
  Leeftijdsbereik?: LeeftijdsbereikResolvers<ContextType>;
  Leeftijdsdrempel?: LeeftijdsdrempelResolvers<ContextType>;
  Leeftijdsgat?: LeeftijdsgatResolvers<ContextType>;
  Leeftijdsgrens?: LeeftijdsgrensResolvers<ContextType>;
  Maatregel?: MaatregelResolvers<ContextType>;
  Maatregelprikkels?: MaatregelprikkelsResolvers<ContextType>;
  Matrixcel?: MatrixcelResolvers<ContextType>;
  Peildatum?: GraphQLScalarType;
  TegenwerkendePrikkel?: TegenwerkendePrikkelResolvers<ContextType>;
  Verantwoordelijkheid?: VerantwoordelijkheidResolvers<ContextType>;
  WatAls?: WatAlsResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = BaseContext> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
