// Een overzicht over een verbinding (tegenwerkendePrikkelsVerbinding en de andere velden uit
// kern/bladzijde.ts) geeft op zijn URL alle rijen, niet alleen de eerste bladzijde: de
// gateway bladert zelf. Het document van het overzicht geeft daarvoor `after` als variabele
// ($na); de gateway vraagt het overzicht opnieuw met $na op pageInfo.endCursor, tot
// hasNextPage onwaar is, en voegt de edges in hun volgorde samen. Elke bladzijde gaat door
// dezelfde weg als de eerste (zelfde identiteit, rechten, antwoordcache, kosten en budget):
// een export kost zoveel als zijn bladzijden samen.
//
// - `first` is de grootte van een bladzijde, geen grens aan het aantal rijen: ook met een
//   first die de partner meegeeft (als het overzicht die als variabele heeft), is de CSV compleet.
// - Een variabele voor `after` zet de gateway; wie hem op de URL meegeeft, krijgt een 400.
// - Eén stand van de gegevens: een cursor die niet meer past (CURSOR_VEROUDERD: een ministerie
//   publiceerde tussen twee bladzijden), een ander totaal of een ander antwoord buiten de
//   edges, of een andere generatie van de gegevens na de laatste bladzijde dan vóór de eerste:
//   dan begint de gateway opnieuw, hooguit MAXIMALE_HERSTARTS keer, en geeft daarna een 503
//   met Retry-After. Nooit een CSV uit twee standen, en nooit stil te kort: het aantal
//   rijen moet gelijk zijn aan totaal.
// - Grenzen: hooguit MAXIMALE_BLADZIJDEN bladzijden en MAXIMALE_RIJEN rijen per export (al na
//   de eerste bladzijde te zien aan totaal) en MAXIMALE_BLADERTIJD_MS; een bladzijde die niets
//   geeft en toch meer belooft (first: 0), of een cursor die niet vooruitgaat, stopt het bladeren
//   met een fout.
import { Kind, parse, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { foutAntwoord } from '../../kern/antwoord.js';
import { lijstveldVan } from '../../kern/bladzijde.js';
import { tekstVan, type HttpAntwoord } from '../../kern/http.js';
import type { Contract } from '../../kern/overzichten.js';

/** Zoveel bladzijden haalt de gateway hooguit voor één antwoord (per poging). */
export const MAXIMALE_BLADZIJDEN = 200;
/** Zoveel rijen (edges, over alle verbindingen samen) hooguit in één antwoord. */
export const MAXIMALE_RIJEN = 100_000;
/** Zo vaak begint de gateway opnieuw als de gegevens tijdens het bladeren veranderden. */
export const MAXIMALE_HERSTARTS = 2;
/**
 * Zo lang mag het bladeren voor één antwoord duren, alle pogingen samen. Elke bladzijde heeft haar
 * eigen termijn, maar 200 bladzijden die elk op het budget wachten, duren minuten; Node sluit een
 * verzoek na 300 s (requestTimeout), en dan kreeg de client een afgebroken verbinding.
 */
export const MAXIMALE_BLADERTIJD_MS = 120_000;

export interface Bladergrenzen {
  bladzijden: number;
  rijen: number;
  herstarts: number;
  tijdMs: number;
}

export const BLADERGRENZEN: Bladergrenzen = { bladzijden: MAXIMALE_BLADZIJDEN, rijen: MAXIMALE_RIJEN, herstarts: MAXIMALE_HERSTARTS, tijdMs: MAXIMALE_BLADERTIJD_MS };

/** Eén verbindingsveld in het document van een overzicht. */
export interface Verbindingsplek {
  /** De sleutels in het antwoord tot de verbinding (alias of naam): ['analyse', 'tegenwerkendePrikkelsVerbinding']. */
  pad: string[];
  /** De naam van het veld (zonder alias). */
  veld: string;
  /** De variabele die after draagt; undefined als after geen variabele is of ontbreekt. */
  na?: string;
  /** after staat er als vaste waarde. */
  naVast: boolean;
  /** first als vaste waarde, als die er staat. */
  first?: number;
  /** De variabele die first draagt, als first een variabele is. */
  firstVariabele?: string;
  /** Wat de selectie van de verbinding vraagt. */
  totaal: boolean;
  hasNextPage: boolean;
  endCursor: boolean;
}

/** Elk verbindingsveld in het document, met fragmenten ingevuld; een verbinding binnen een verbinding telt niet. */
export function verbindingenIn(document: string | DocumentNode): Verbindingsplek[] {
  const doc = typeof document === 'string' ? parse(document) : document;
  const fragmenten = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const plekken = new Map<string, Verbindingsplek>();
  // De velden van een selectie, met fragmenten ingevuld (elk fragment één keer per tak, tegen een kring).
  const veldenVan = (selectie: SelectionSetNode | undefined, gezien: ReadonlySet<string> = new Set()): FieldNode[] =>
    (selectie?.selections ?? []).flatMap((s) => {
      if (s.kind === Kind.FIELD) return [s];
      if (s.kind === Kind.INLINE_FRAGMENT) return veldenVan(s.selectionSet, gezien);
      const f = fragmenten.get(s.name.value);
      return f && !gezien.has(f.name.value) ? veldenVan(f.selectionSet, new Set([...gezien, f.name.value])) : [];
    });
  const loop = (selectie: SelectionSetNode | undefined, pad: string[]) => {
    for (const veld of veldenVan(selectie)) {
      const sleutel = veld.alias?.value ?? veld.name.value;
      if (lijstveldVan(veld.name.value) === undefined) {
        if (veld.selectionSet) loop(veld.selectionSet, [...pad, sleutel]);
        continue;
      }
      const hier = [...pad, sleutel];
      const arg = (naam: string) => veld.arguments?.find((a) => a.name.value === naam)?.value;
      const after = arg('after');
      const first = arg('first');
      const binnen = veldenVan(veld.selectionSet);
      const pageInfo = binnen.filter((v) => v.name.value === 'pageInfo' && !v.alias).flatMap((v) => veldenVan(v.selectionSet));
      const vraagt = (velden: FieldNode[], naam: string) => velden.some((v) => v.name.value === naam && !v.alias);
      const nieuw: Verbindingsplek = {
        pad: hier,
        veld: veld.name.value,
        ...(after?.kind === Kind.VARIABLE ? { na: after.name.value } : {}),
        naVast: after !== undefined && after.kind !== Kind.VARIABLE,
        ...(first?.kind === Kind.INT ? { first: Number(first.value) } : {}),
        ...(first?.kind === Kind.VARIABLE ? { firstVariabele: first.name.value } : {}),
        totaal: vraagt(binnen, 'totaal'),
        hasNextPage: vraagt(pageInfo, 'hasNextPage'),
        endCursor: vraagt(pageInfo, 'endCursor'),
      };
      const sleutelpad = hier.join('.');
      const eerder = plekken.get(sleutelpad);
      // Hetzelfde veld twee keer (via een fragment): de selecties worden in het antwoord samengevoegd.
      plekken.set(
        sleutelpad,
        eerder
          ? { ...eerder, totaal: eerder.totaal || nieuw.totaal, hasNextPage: eerder.hasNextPage || nieuw.hasNextPage, endCursor: eerder.endCursor || nieuw.endCursor }
          : nieuw,
      );
    }
  };
  for (const d of doc.definitions) if (d.kind === Kind.OPERATION_DEFINITION) loop((d as OperationDefinitionNode).selectionSet, []);
  return [...plekken.values()];
}

/** De variabelen die after dragen: die zet de gateway, niet de partner. */
export const bladervariabelen = (plekken: readonly Verbindingsplek[]): Set<string> => new Set(plekken.flatMap((p) => (p.na ? [p.na] : [])));

const gelezen = new WeakMap<object, Verbindingsplek[]>();

/** De verbindingen van een overzicht, één keer per versie (per object) gelezen. */
export function verbindingenVan(overzicht: { readonly document: string }): Verbindingsplek[] {
  let plekken = gelezen.get(overzicht);
  if (!plekken) gelezen.set(overzicht, (plekken = verbindingenIn(overzicht.document)));
  return plekken;
}

/** De variabelen van een overzicht die op zijn URL mogen: alle, behalve die voor after. */
export function urlvariabelen<V extends { naam: string }>(overzicht: { readonly document: string; readonly variabelen: readonly V[] }): V[] {
  const na = bladervariabelen(verbindingenVan(overzicht));
  return na.size === 0 ? [...overzicht.variabelen] : overzicht.variabelen.filter((v) => !na.has(v.naam));
}

/**
 * Waarom de gateway een overzicht (bij publicatie) niet zelf kan doorbladeren; leeg als het kan.
 * Het contract zegt welke velden lijsten zijn: een verbinding binnen een lijst heeft per element
 * een eigen cursor, en één variabele kan die niet allemaal dragen.
 */
export function verbindingsredenen(document: DocumentNode, contract: Contract, standaardwaarden: Readonly<Record<string, unknown>> = {}): string[] {
  const redenen: string[] = [];
  const plekken = verbindingenIn(document);
  const gebruik = new Map<string, number>();
  // Hoe vaak elke variabele in het document voorkomt (buiten haar definitie).
  const tekst = JSON.stringify(document.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? { ...d, variableDefinitions: [] } : d)));
  for (const m of tekst.matchAll(/"kind":"Variable","name":\{"kind":"Name","value":"(\w+)"/g)) gebruik.set(m[1], (gebruik.get(m[1]) ?? 0) + 1);
  const operatie = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  for (const p of plekken) {
    const waar = `${p.veld} (${p.pad.join('.')})`;
    const voorbeeld = `${p.veld}(first: 500, after: $na) { totaal edges { node { … } } pageInfo { hasNextPage endCursor } }, met $na: String in de kop van de query`;
    const lijst = p.pad.slice(0, -1).map((_, i) => p.pad.slice(0, i + 1).join('.')).find((pad) => contract.velden[pad]?.startsWith('['));
    if (lijst) {
      redenen.push(`${waar} staat binnen de lijst ${lijst}; de gateway bladert een overzicht zelf door tot alle rijen er zijn, en dat kan alleen bij een verbinding buiten een lijst. Vraag de verbinding direct, bijvoorbeeld analyse { ${p.veld}(…) }, of gebruik een filter.`);
      continue;
    }
    if (!p.na) {
      redenen.push(
        `${waar} heeft ${p.naVast ? 'after als vaste waarde' : 'geen after'}; de gateway bladert een overzicht zelf door tot alle rijen er zijn (een CSV is altijd compleet), en zet daarvoor een variabele in after: ${voorbeeld}.`,
      );
    } else {
      if ((gebruik.get(p.na) ?? 0) > 1) redenen.push(`$${p.na} staat bij ${waar} in after en ook elders in het document; geef elke verbinding een eigen variabele voor after, die nergens anders gebruikt wordt.`);
      const definitie = operatie?.variableDefinitions?.find((v) => v.variable.name.value === p.na);
      if (definitie?.defaultValue || p.na in standaardwaarden) redenen.push(`$${p.na} (after van ${waar}) heeft een standaardwaarde; die zet de gateway zelf tijdens het bladeren: laat de standaard weg.`);
    }
    if (!p.totaal || !p.hasNextPage || !p.endCursor) {
      const mist = [...(p.totaal ? [] : ['totaal']), ...(p.hasNextPage ? [] : ['pageInfo { hasNextPage }']), ...(p.endCursor ? [] : ['pageInfo { endCursor }'])];
      redenen.push(`${waar} vraagt ${mist.join(' en ')} niet; de gateway bladert met pageInfo { hasNextPage endCursor } en telt de rijen na tegen totaal: ${voorbeeld}.`);
    }
    if (p.first === 0) redenen.push(`${waar} heeft first: 0; een bladzijde zonder elementen komt nooit verder. Geef 1 tot en met 500 (de grootte van een bladzijde; de gateway haalt toch alle rijen).`);
  }
  return redenen;
}

interface Fout {
  message?: string;
  path?: unknown;
  extensions?: { code?: unknown; reden?: unknown };
}
interface Inhoud {
  data?: Record<string, unknown> | null;
  errors?: Fout[];
}
interface Verbinding {
  totaal?: unknown;
  edges?: unknown;
  pageInfo?: { hasNextPage?: unknown; endCursor?: unknown; startCursor?: unknown; hasPreviousPage?: unknown } | null;
}

const isObject = (w: unknown): w is Record<string, unknown> => typeof w === 'object' && w !== null && !Array.isArray(w);

/** De verbinding op `pad` in de gegevens; undefined als ze er niet is (null, of een lijst onderweg). */
function verbindingOp(data: unknown, pad: readonly string[]): Verbinding | undefined {
  let knoop: unknown = data;
  for (const stap of pad) {
    if (!isObject(knoop)) return undefined;
    knoop = knoop[stap];
  }
  return isObject(knoop) ? (knoop as Verbinding) : undefined;
}

/** De gegevens zonder edges en pageInfo van de verbindingen: dat moet op elke bladzijde gelijk zijn. */
function rest(data: unknown, plekken: readonly Verbindingsplek[]): string {
  const kopie = structuredClone(data);
  for (const p of plekken) {
    const v = verbindingOp(kopie, p.pad) as Record<string, unknown> | undefined;
    if (v) {
      delete v.edges;
      delete v.pageInfo;
    }
  }
  return JSON.stringify(kopie);
}

const isVerouderd = (f: Fout) => f.extensions?.code === 'BAD_USER_INPUT' && f.extensions?.reden === 'CURSOR_VEROUDERD';

function leesInhoud(antwoord: HttpAntwoord): Inhoud | undefined {
  try {
    const inhoud = JSON.parse(tekstVan(antwoord.body)) as unknown;
    return isObject(inhoud) ? (inhoud as Inhoud) : undefined;
  } catch {
    return undefined;
  }
}

/** Wat `doorbladeren` oplevert. */
export type Bladeruitkomst =
  /** Niets te bladeren: het eerste antwoord is het antwoord. */
  | { soort: 'eerste'; antwoord: HttpAntwoord }
  /** Alle bladzijden, samengevoegd in `inhoud`; de koppen van de laatste bladzijde. */
  | { soort: 'alles'; antwoord: HttpAntwoord; inhoud: Inhoud; bladzijden: number; herstarts: number }
  /** Een antwoord dat de client zo krijgt: een weigering (429, 400), of een fout van het bladeren. */
  | { soort: 'fout'; antwoord: HttpAntwoord };

class Opnieuw extends Error {}

/**
 * Voert het overzicht uit met `voer` en bladert elke verbinding met een variabele voor after door
 * tot het eind. `generatie` (die van de antwoordcache) is vóór de eerste en na de laatste bladzijde
 * gelijk, of de gateway begint opnieuw.
 */
export async function doorbladeren(
  plekken: readonly Verbindingsplek[],
  variabelen: Readonly<Record<string, unknown>>,
  voer: (variabelen: Record<string, unknown>) => Promise<HttpAntwoord>,
  { generatie, grenzen = BLADERGRENZEN }: { generatie?: () => string | null; grenzen?: Bladergrenzen } = {},
): Promise<Bladeruitkomst> {
  const bladerbaar = plekken.filter((p) => p.na !== undefined);
  const begin = Date.now();
  let reden = '';
  for (let poging = 0; poging <= grenzen.herstarts; poging++) {
    const voor = generatie?.() ?? null;
    const eerste = await voer({ ...variabelen });
    if (bladerbaar.length === 0 || eerste.status !== 200) return { soort: 'eerste', antwoord: eerste };
    const inhoud = leesInhoud(eerste);
    if (!inhoud?.data) return { soort: 'eerste', antwoord: eerste };
    const data = inhoud.data;
    // Per verbinding: wat er tot nu toe is.
    const stand = bladerbaar.flatMap((p) => {
      const v = verbindingOp(data, p.pad);
      if (!v || !Array.isArray(v.edges)) return [];
      return [{ plek: p, verbinding: v, edges: [...(v.edges as unknown[])], totaal: typeof v.totaal === 'number' ? v.totaal : undefined, verder: v.pageInfo?.hasNextPage === true, cursor: v.pageInfo?.endCursor ?? null }];
    });
    if (!stand.some((s) => s.verder)) return { soort: 'eerste', antwoord: eerste };
    // De grens al na de eerste bladzijde, uit het totaal: niet eerst honderd bladzijden halen om dan te weigeren.
    const rijen = stand.reduce((n, s) => n + (s.totaal ?? s.edges.length), 0);
    const nodig = Math.max(...stand.map((s) => (s.totaal !== undefined && s.edges.length > 0 ? Math.ceil(s.totaal / s.edges.length) : 1)));
    if (rijen > grenzen.rijen || nodig > grenzen.bladzijden) return { soort: 'fout', antwoord: teGroot(rijen, nodig, grenzen) };
    const basis = rest(data, bladerbaar);
    const fouten = [...(inhoud.errors ?? [])];
    let laatste = eerste;
    let bladzijden = 1;
    try {
      while (stand.some((s) => s.verder)) {
        bladzijden += 1;
        if (bladzijden > grenzen.bladzijden) return { soort: 'fout', antwoord: teGroot(rijen, bladzijden, grenzen) };
        if (Date.now() - begin > grenzen.tijdMs) return { soort: 'fout', antwoord: teLang(bladzijden - 1, poging, grenzen) };
        const volgende = { ...variabelen };
        for (const s of stand) volgende[s.plek.na!] = s.cursor;
        const antwoord = await voer(volgende);
        const pagina = leesInhoud(antwoord);
        if (pagina?.errors?.some(isVerouderd)) throw new Opnieuw(`de cursor van bladzijde ${bladzijden} paste niet meer (CURSOR_VEROUDERD)`);
        if (antwoord.status !== 200) return { soort: 'fout', antwoord };
        if (!pagina?.data) return { soort: 'fout', antwoord: onvolledig(`bladzijde ${bladzijden} gaf geen gegevens${pagina?.errors?.[0]?.message ? ` (${pagina.errors[0].message})` : ''}`) };
        if (rest(pagina.data, bladerbaar) !== basis) throw new Opnieuw(`het antwoord buiten de bladzijden (of het totaal) was op bladzijde ${bladzijden} anders dan op de eerste`);
        for (const f of pagina.errors ?? []) if (!fouten.some((g) => JSON.stringify(g) === JSON.stringify(f))) fouten.push(f);
        for (const s of stand) {
          if (!s.verder) continue;
          const v = verbindingOp(pagina.data, s.plek.pad);
          if (!v || !Array.isArray(v.edges)) return { soort: 'fout', antwoord: onvolledig(`bladzijde ${bladzijden} gaf geen ${s.plek.pad.join('.')}`) };
          const nieuweCursor = v.pageInfo?.endCursor ?? null;
          if (v.edges.length === 0 || nieuweCursor === s.cursor) {
            return { soort: 'fout', antwoord: onvolledig(`bladzijde ${bladzijden} van ${s.plek.pad.join('.')} gaf geen nieuwe elementen maar beloofde er meer (first: 0?); het bladeren is gestopt`) };
          }
          s.edges.push(...(v.edges as unknown[]));
          s.verder = v.pageInfo?.hasNextPage === true;
          s.cursor = nieuweCursor;
        }
        const samen = stand.reduce((n, s) => n + s.edges.length, 0);
        if (samen > grenzen.rijen) return { soort: 'fout', antwoord: teGroot(samen, bladzijden, grenzen) };
        laatste = antwoord;
      }
      for (const s of stand) {
        if (s.totaal !== undefined && s.edges.length !== s.totaal) throw new Opnieuw(`${s.plek.pad.join('.')} gaf ${s.edges.length} elementen over alle bladzijden, maar totaal zegt ${s.totaal}`);
      }
      const na = generatie?.() ?? null;
      if (voor !== na) throw new Opnieuw(`de generatie van de gegevens veranderde tijdens het bladeren (${voor} → ${na})`);
    } catch (e) {
      if (!(e instanceof Opnieuw)) throw e;
      reden = e.message;
      continue;
    }
    // Samenvoegen: de eerste bladzijde, met alle edges en een pageInfo voor het geheel.
    for (const s of stand) {
      s.verbinding.edges = s.edges;
      const info = s.verbinding.pageInfo;
      if (info) {
        if ('hasNextPage' in info) info.hasNextPage = false;
        if ('endCursor' in info) info.endCursor = s.cursor;
      }
    }
    return { soort: 'alles', antwoord: laatste, inhoud: { ...(fouten.length > 0 ? { errors: fouten } : {}), data }, bladzijden, herstarts: poging };
  }
  return {
    soort: 'fout',
    antwoord: foutAntwoord(
      503,
      'GEGEVENS_VERANDERDEN',
      `De gegevens veranderden terwijl de gateway de bladzijden van dit overzicht ophaalde (een ministerie publiceerde), ${grenzen.herstarts + 1} keer na elkaar; laatst: ${reden}. Er is niets gegeven om geen rijen uit twee standen te mengen; probeer het zo opnieuw.`,
      {},
      [['retry-after', '2']],
    ),
  };
}

const teGroot = (rijen: number, bladzijden: number, grenzen: Bladergrenzen) =>
  foutAntwoord(
    422,
    'OVERZICHT_TE_GROOT',
    `Dit overzicht heeft ${rijen} rijen in ${bladzijden} bladzijden; de gateway haalt er voor één antwoord hooguit ${grenzen.rijen} rijen in ${grenzen.bladzijden} bladzijden. Beperk het met een filter (de variabelen van het overzicht), of blader zelf via POST /graphql met het documentId en after.`,
    { rijen, bladzijden, maximaleRijen: grenzen.rijen, maximaleBladzijden: grenzen.bladzijden },
  );

const teLang = (bladzijden: number, herstarts: number, grenzen: Bladergrenzen) =>
  foutAntwoord(
    504,
    'OVERZICHT_TERMIJN_VERLOPEN',
    `Na ${Math.round(grenzen.tijdMs / 1000)} s had de gateway ${bladzijden} bladzijden van dit overzicht${herstarts > 0 ? ` (na ${herstarts} keer opnieuw beginnen)` : ''}, en nog niet alle; er is niets gegeven om geen onvolledige tabel te geven. Beperk het met een filter, vraag grotere bladzijden (first), of probeer het later opnieuw.`,
    { bladzijden, maximaleTijdMs: grenzen.tijdMs },
  );

const onvolledig = (melding: string) =>
  foutAntwoord(502, 'OVERZICHT_ONVOLLEDIG', `Het overzicht kon niet compleet worden opgehaald: ${melding}. Er is niets gegeven om geen onvolledige tabel te geven; probeer het opnieuw.`);
