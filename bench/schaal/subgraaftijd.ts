// Waar de tijd van een vraag zit: de gateway meet elk verzoek aan een subgraph
// (thuis_subgraaf_verzoekduur_seconden in GET /metrics). Het verschil van die sommen voor
// en na een reeks, gedeeld door het aantal vragen, is per subgraph de tijd die één vraag
// daar kostte. De ministeries lopen naast elkaar, de analyselaag daarna: de getallen tellen
// dus niet op tot de duur van de vraag.
import { request } from 'undici';

/** Per subgraph de opgetelde seconden en het aantal verzoeken. */
export type Subgraafstand = Record<string, { seconden: number; verzoeken: number }>;

const REGEL = /^thuis_subgraaf_verzoekduur_seconden_(sum|count)\{([^}]*)\} ([\d.e+-]+)$/;

/** Null als /metrics niet antwoordt (een gateway die het te druk heeft): de vraag zelf blijft gemeten. */
export async function subgraafstand(basis: string, beheersleutel: string): Promise<Subgraafstand | null> {
  let tekst: string;
  try {
    const antwoord = await request(`${basis}/metrics`, { headers: { 'x-api-key': beheersleutel }, signal: AbortSignal.timeout(10_000) });
    tekst = await antwoord.body.text();
  } catch {
    return null;
  }
  const stand: Subgraafstand = {};
  for (const regel of tekst.split('\n')) {
    const m = REGEL.exec(regel);
    const subgraaf = m && /subgraaf="([^"]+)"/.exec(m[2])?.[1];
    if (!m || !subgraaf) continue;
    const teller = (stand[subgraaf] ??= { seconden: 0, verzoeken: 0 });
    if (m[1] === 'sum') teller.seconden += Number(m[3]);
    else teller.verzoeken += Number(m[3]);
  }
  return stand;
}

/** Per subgraph de ms per uitgevoerde vraag tussen twee standen, grootste eerst; alleen wie in die tijd gevraagd werd. */
export function tijdPerVraag(voor: Subgraafstand | null, na: Subgraafstand | null, vragen: number): Record<string, number> {
  if (!voor || !na) return {};
  const uit = Object.entries(na)
    .map(([subgraaf, n]): [string, number] => [subgraaf, n.seconden - (voor[subgraaf]?.seconden ?? 0)])
    .filter(([, s]) => s > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([subgraaf, s]): [string, number] => [subgraaf, Math.round((s * 1000) / Math.max(vragen, 1))]);
  return Object.fromEntries(uit);
}
