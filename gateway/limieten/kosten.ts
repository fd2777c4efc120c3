// Wat een operatie kost: een schatting vóór de uitvoering, in de eenheid van één gewone
// waarde in het antwoord. De grens (LIMIETEN.kosten in grenzen.ts), het budget per
// identiteit (kostenbudget.ts) en zwaar werk (zwaarwerk.ts) rekenen ermee. De lijstlengtes
// van nu komen van de subgraphs (gemetenlengtes.ts); deze tabel geldt tot de eerste telling.
import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { lijstveldVan, STANDAARD_BLADZIJDE } from '../../kern/bladzijde.js';
import { SUBGRAFEN } from '../../kern/config.js';

/**
 * Wat een veld kost, gemeten op de draaiende stapel (bench/kosten.ts, SQLite, zonder
 * responscache). De eenheid is één gewone waarde in het antwoord: elk veld kost 1, en
 * een lijst kost haar lengte maal (1 + wat elk element vraagt).
 */
export interface Kostentabel {
  /**
   * Lengte per lijstveld (Type.veld): het grootste aantal dat de gegevens per ouder
   * hebben, want de grens moet ook de duurste groep of het drukste ministerie dragen.
   */
  lijstlengtes: Readonly<Record<string, number>>;
  /** Lijsten die niet gemeten zijn (nu leeg in de gegevens) tellen als de langste gemeten lijst. */
  onbekendeLijst: number;
  /**
   * Extra kosten per aanroep van een analyseveld: (tijd van het veld − tijd zonder het
   * veld) gedeeld door de tijd van één gewone waarde. Het veld laat de gateway het hele
   * beleid van vijf ministeries ophalen (@requires) en de analyselaag erover rekenen.
   */
  analysekosten: Readonly<Record<string, number>>;
}

/** Gemeten met `npx tsx bench/kosten.ts 25` (mediaan van 25 verzoeken); analysekosten op honderdtallen afgerond. */
export const KOSTENTABEL: Kostentabel = {
  lijstlengtes: {
    'Query.aandachtsgroepen': 9,
    'Analyse.aandachtsgroepen': 9,
    // Het hele beleid van een ministerie is de vereniging van dat van de 9 groepen; één rij
    // per ministerie uit de lijst in kern/config.ts.
    ...Object.fromEntries(SUBGRAFEN.map((s) => [`Analyse.${s.naam}`, 9])),
    // Gemeten op 2026-12-06 (npx tsx bench/kosten.ts, na issue 21): 92 in werking; met de slapende (slapend: null) 95.
    'Analyse.tegenwerkendePrikkels': 95,
    'Analyse.leeftijdsgrenzen': 5,
    'Analyse.leeftijdsgaten': 3,
    'Analyse.prikkelmatrix': 25, // hooguit 5 × 5 ministeries; gemeten 19 cellen
    'Matrixcel.prikkels': 17,
    // Hooguit alle groepen en alle indicatoren (de enums); een cel telt wat haar prikkels raken.
    'Matrixcel.aandachtsgroepen': 9,
    'Matrixcel.indicatoren': 22,
    // Hooguit één regel per waarde van de enum: 9 groepen, 22 indicatoren, 21 partijen.
    'Prikkeltelling.perAandachtsgroep': 9,
    'Prikkeltelling.perIndicator': 22,
    'Prikkeltelling.perPartij': 21,
    'Analyse.maatregelen': 37,
    'Maatregelprikkels.prikkels': 8,
    // watAls verdeelt de prikkels: elk van beide kan ze alle bevatten. De gekozen maatregelen
    // zijn hoogstens alle maatregelen: 133 codes (45 spoedpakket, 33 samenwerkingsagenda, 55 zonder
    // pakket; sinds issue 21), ook die zonder instrument.
    'WatAls.opgelost': 95,
    'WatAls.resterend': 95,
    'WatAls.maatregelen': 133,
    // 56 in werking; 58 met de slapende (slapend: null).
    'Aandachtsgroep.tegenwerkendePrikkels': 58,
    'Aandachtsgroep.leeftijdsgrenzen': 5,
    'Departementsbeleid.verantwoordelijkheden': 10,
    'Departementsbeleid.doelen': 11,
    'Departementsbeleid.edities': 1, // één editie per ministerie; elke publicatie voegt er één toe
    'Departementsbeleid.instrumenten': 12,
    // Gemeten op 2026-12-06 na issue 21 (BZK). Met deze vaste lengtes kost het overzicht cijfers
    // 30.762, boven de grens; met de gemeten gemiddelden (GET /lijstlengtes) 6.757.
    'Departementsbeleid.cijfers': 40,
    'Departementsbeleid.cijferreeksen': 34,
    'Cijferreeks.aandachtsgroepen': 9,
    // De groepen van de reeks, op elk cijfer (sinds issue 25): zoveel als bij de reeks.
    'Cijfer.aandachtsgroepen': 9,
    'Cijferreeks.waarnemingen': 4,
    'Doel.aandachtsgroepen': 9,
    'Effect.aandachtsgroepen': 9,
    'Effect.gedragenDoor': 3,
    'Instrument.aandachtsgroepen': 9,
    'Instrument.effecten': 9,
    'Instrument.leeftijdsgrenzen': 1,
    'Instrument.maatregelen': 8,
    'Leeftijdsdrempel.aandachtsgroepen': 9,
    'Leeftijdsgat.alVolwassen': 4,
    'Leeftijdsgat.nogJongere': 4,
    'Leeftijdsgat.bronnen': 3,
    'Maatregel.indicatoren': 3,
    'TegenwerkendePrikkel.aandachtsgroepen': 9,
    'TegenwerkendePrikkel.bronnen': 3,
    // Gemeten op 2026-12-06: hoogstens 2 effecten per prikkel (een per groep); zelfde ruimte als bronnen.
    'TegenwerkendePrikkel.effecten': 3,
    // Welke velden van één record afgeleid zijn: gemeten op 2026-12-06 (de editiebestanden na
    // issue 21) hoogstens 3 (een doel van SZW). Zonder regel telde elk record als 100.
    'Afleiding.velden': 3,
    'TegenwerkendePrikkel.gedragenDoor': 3,
    'TegenwerkendePrikkel.maatregelen': 4,
    // Gemeten: hoogstens 1 (een maatregel 'tot 23 jaar' bij een prikkel voor iedereen); zelfde ruimte als maatregelen.
    'TegenwerkendePrikkel.deelmaatregelen': 4,
    'Verantwoordelijkheid.aandachtsgroepen': 9,
    // Gemeten op 2026-11-22 (partijen, register, monitoring, gebieden, indirecte prikkels);
    // opnieuw op 2026-12-06 met npx tsx bench/kosten.ts, na de gegevens van issue 21 (alleen
    // verhoogd waar de gegevens nu langer zijn).
    'Query.partijen': 20,
    'Analyse.partijen': 20,
    'BetrokkenPartij.rollen': 37,
    // De eisen uit de brief van de G4 en G40 staan sinds issue 21 onder beide partijen.
    'BetrokkenPartij.eisen': 11,
    'Partijrol.aandachtsgroepen': 9,
    'Eis.instrumenten': 2,
    'Aandachtsgroep.partijrollen': 73,
    'Departementsbeleid.maatregelen': 14,
    'Departementsbeleid.monitoring': 18,
    'Departementsbeleid.verbanden': 19,
    // Per groep leeg (een verwijzing noemt geen groepen); over het hele beleid heeft VWS er 3.
    'Departementsbeleid.cijferverwijzingen': 3,
    'Maatregel.instrumenten': 2,
    'Monitoringadvies.indicatoren': 3,
    'Monitoringadvies.aandachtsgroepen': 9,
    'Indicatorverband.aandachtsgroepen': 9,
    // Nog geen reeks in een groepering; de G4 heeft 4 leden, de G40 2 die de bronnen noemen (schema/gebieden.json).
    'Gebied.leden': 4,
    // Met ookAfgerond: true alle 133 maatregelen.
    'Analyse.toezeggingen': 133,
    'Analyse.lasten': 28,
    'Last.dragers': 2,
    'Last.effecten': 4,
    'Last.eisen': 2,
    'Analyse.monitoring': 22,
    'Indicatordekking.adviezen': 10,
    'Indicatordekking.cijferreeksen': 3,
    'Indicatordekking.doelen': 3,
    // Hooguit één gebied per code in schema/gebieden.json (16 sinds issue 21); gemeten 2 voor AANBOD_BETAALBARE_WOONPLEKKEN.
    'Analyse.gebiedsvergelijking': 16,
    'Gebiedscijfers.cijferreeksen': 3,
    // 133 ketens van instrumenten in werking; met de slapende (slapend: null) 137.
    'Analyse.indirectePrikkels': 137,
    'IndirectePrikkel.aandachtsgroepen': 9,
    'IndirectePrikkel.stappen': 2,
  },
  onbekendeLijst: 100,
  // Eén gewone waarde kostte 8,6 µs (alle-groepen: 1912 waarden in 19,1 ms, een kale query 2,6 ms).
  analysekosten: {
    'Analyse.tegenwerkendePrikkels': 2300, // 2,1 → 23,0 ms
    'Analyse.leeftijdsgrenzen': 1300, // 2,4 → 13,9 ms
    'Analyse.leeftijdsgaten': 1700, // 2,3 → 16,9 ms
    'Aandachtsgroep.tegenwerkendePrikkels': 1500, // 1,9 → 15,1 ms
    'Aandachtsgroep.leeftijdsgrenzen': 1000, // 1,7 → 10,4 ms
    // Niet apart gemeten: dezelfde berekening als Analyse.tegenwerkendePrikkels, daarna alleen groeperen.
    'Analyse.prikkelmatrix': 2300,
    'Analyse.maatregelen': 2300,
    // Niet apart gemeten: de prikkels van tegenwerkendePrikkels, daarna alleen verdelen.
    'Analyse.watAls': 2300,
    // Niet apart gemeten: de prikkels van tegenwerkendePrikkels, daarna alleen tellen.
    'Analyse.prikkeltelling': 2300,
    // Gemeten op 2026-11-22 met twee andere processen op de machine: alles kostte toen meer
    // (tegenwerkendePrikkels 2805 in plaats van 2300). Daarom in verhouding tot
    // tegenwerkendePrikkels in dezelfde meting: toezeggingen 3133, lasten 3168, monitoring
    // 3521, gebiedsvergelijking 3004, indirectePrikkels 3263 (watAls 2683).
    'Analyse.toezeggingen': 2600,
    'Analyse.lasten': 2600,
    'Analyse.monitoring': 2900,
    'Analyse.gebiedsvergelijking': 2500,
    'Analyse.indirectePrikkels': 2700,
  },
};

/**
 * Het lijstveld achter een verbinding (Analyse.tegenwerkendePrikkelsVerbinding →
 * Analyse.tegenwerkendePrikkels): de verbinding kost wat dat veld kost, maar voor hooguit
 * `first` elementen. Undefined als het veld geen verbinding is.
 */
function lijstAchter(typenaam: string, veldnaam: string, veldtype: string): string | undefined {
  const lijstveld = lijstveldVan(veldnaam);
  return lijstveld && /Connection!?$/.test(veldtype) ? `${typenaam}.${lijstveld}` : undefined;
}

/** Wat de schatter aan één verbinding rekende, om het onder een vereniging (hieronder) opnieuw te rekenen. */
interface Verbindingskosten {
  kosten: number;
  /** Wat de verbinding kost los van haar elementen: het analyseveld en zijzelf. */
  vast: number;
  first: number;
  /** De gemeten lengte van het lijstveld achter de verbinding, per ouder. */
  gemeten: number;
  /** Wat één element kost, met zijn edge. */
  perElement: number;
}

/** De velden die direct in een selectie staan, met fragmenten ingevuld (niet dieper). */
function veldenIn(selectie: SelectionSetNode | undefined, fragmenten: ReadonlyMap<string, FragmentDefinitionNode>, gezien: ReadonlySet<string> = new Set()): FieldNode[] {
  return (selectie?.selections ?? []).flatMap((s): FieldNode[] => {
    if (s.kind === Kind.FIELD) return [s];
    if (s.kind === Kind.INLINE_FRAGMENT) return veldenIn(s.selectionSet, fragmenten, gezien);
    const f = fragmenten.get(s.name.value);
    return f && !gezien.has(f.name.value) ? veldenIn(f.selectionSet, fragmenten, new Set([...gezien, f.name.value])) : [];
  });
}

/**
 * De schatter voor één document; `fragmenten` zijn die van dat document. Een veld dat geen lijst
 * is maar wel een lengte heeft (Analyse.bzk: het hele beleid als de vereniging van 9 groepen)
 * vermenigvuldigt wat eronder staat. Een verbinding daaronder geeft per bladzijde toch hooguit
 * first elementen: die telt met min(first, lengte × gemeten lengte) in plaats van lengte ×
 * min(first, gemeten lengte). Zonder dat kostte analyse { bzk { cijfersVerbinding(first: 100) } }
 * negen bladzijden van 100, en paste het overzicht alle-cijfers bij vijf keer zoveel gegevens
 * met geen enkele first onder de grens.
 */
export function kostenschatter(tabel: Kostentabel, fragmenten: ReadonlyMap<string, FragmentDefinitionNode> = new Map()): ComplexityEstimator {
  // De schatter rekent een kind vóór zijn ouder: zo weet de ouder wat zijn verbindingen kostten.
  const verbindingen = new Map<FieldNode, Verbindingskosten>();
  return ({ type, field, node, args, childComplexity }) => {
    // Introspectie beantwoordt de gateway uit zijn eigen schema, zonder subgraph; wie
    // het mag, bepaalt de rol. Met lijstlengtes zou de introspectiequery van elke tool te duur zijn.
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 1 + childComplexity;
    // De elementen van een bladzijde telt de verbinding zelf (hieronder) met first; hier één.
    if (type.name.endsWith('Connection') && field.name === 'edges') return 1 + childComplexity;
    const lijst = lijstAchter(type.name, field.name, String(field.type));
    if (lijst) {
      const first = Math.max(0, typeof args.first === 'number' ? args.first : STANDAARD_BLADZIJDE);
      const gemeten = tabel.lijstlengtes[lijst] ?? tabel.onbekendeLijst;
      const vast = (tabel.analysekosten[lijst] ?? 0) + 1;
      // Het totaal en pageInfo tellen zo per element mee: een paar eenheden te veel, nooit te weinig.
      const kosten = vast + Math.max(1, Math.min(first, gemeten)) * childComplexity;
      verbindingen.set(node, { kosten, vast, first, gemeten, perElement: childComplexity });
      return kosten;
    }
    const sleutel = `${type.name}.${field.name}`;
    // Aan de naam van het type, niet met isListType: het schema komt van @apollo/gateway,
    // en onder vitest is dat een andere kopie van graphql-js dan de onze (instanceof faalt).
    const isLijst = String(field.type).startsWith('[');
    const lengte = tabel.lijstlengtes[sleutel] ?? (isLijst ? tabel.onbekendeLijst : 1);
    const eigen = tabel.analysekosten[sleutel] ?? 0;
    if (isLijst || lengte <= 1) return eigen + lengte * (1 + childComplexity);
    const direct = veldenIn(node.selectionSet, fragmenten).flatMap((v) => verbindingen.get(v) ?? []);
    const vermenigvuldigd = direct.reduce((n, v) => n + v.kosten, 0);
    const eenmaal = direct.reduce((n, v) => n + v.vast + Math.max(1, Math.min(v.first, lengte * v.gemeten)) * v.perElement, 0);
    return eigen + lengte * (1 + childComplexity - vermenigvuldigd) + eenmaal;
  };
}

/**
 * Zoveel knopen (velden na het invullen van fragmenten) telt de schatter hoogstens.
 * Fragmenten die elkaar elk tien keer invullen, groeien binnen de tokengrens tot
 * miljoenen knopen; wie de grens raakt, is te duur.
 */
export const MAXIMALE_KNOPEN = 10_000;

/** De kosten van één operatie in het document; undefined als die niet te bepalen is (onbekende operatie, ontbrekende variabele). */
export function kostenVan(
  schema: GraphQLSchema,
  document: DocumentNode,
  operatie: OperationDefinitionNode,
  variabelen: Record<string, unknown> | undefined,
  tabel: Kostentabel = KOSTENTABEL,
): number | undefined {
  // Alleen deze operatie: een document met alleen zij als operatie. De bibliotheek
  // kiest anders op naam, en valt om over een naamloze operatie naast een andere.
  const alleenDeze: DocumentNode = { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operatie) };
  try {
    // Gemeten lijstlengtes zijn gemiddelden (2,17 effecten per instrument): hele eenheden naar boven.
    const fragmenten = new Map(alleenDeze.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
    return Math.ceil(getComplexity({ schema, query: alleenDeze, variables: variabelen, estimators: [kostenschatter(tabel, fragmenten)], maxQueryNodes: MAXIMALE_KNOPEN }));
  } catch (fout) {
    if (fout instanceof Error && /maximum allowed number of nodes/.test(fout.message)) return Number.POSITIVE_INFINITY;
    // Een variabele die ontbreekt of niet past: graphql-js meldt dat straks zelf, vóór de uitvoering.
    return undefined;
  }
}
