// Voorwaardelijke verzoeken (RFC 9110, ETag en If-None-Match) voor wat een client met een GET
// leest: een overzicht (GET /overzichten/<id>, JSON en CSV; GET /graphql met een documentId of
// een persisted-query-hash), de lijst en het manifest. De ETag van een overzicht komt uit de
// generatie van de gegevens (geldigheid.ts, dezelfde als die van de antwoordcache), de hash van
// het document, de variabelen en het formaat: na een publicatie is elke oude ETag ongeldig. Een
// 304 voert niets uit. Cache-Control: no-cache, want alleen de gateway weet (via Redis) wanneer
// iets veroudert: een client mag bewaren, maar vraagt elke keer na.
import { createHash } from 'node:crypto';
import type { HttpAntwoord } from '../../kern/antwoord.js';

/** Een sterke ETag uit delen die samen bepalen wat het antwoord is. */
export function etagVan(...delen: string[]): string {
  return `"${createHash('sha256').update(delen.join('\n')).digest('base64url').slice(0, 32)}"`;
}

/** JSON met gesorteerde sleutels: dezelfde variabelen in een andere volgorde geven dezelfde ETag. */
export function vastJson(waarde: unknown): string {
  if (Array.isArray(waarde)) return `[${waarde.map(vastJson).join(',')}]`;
  if (waarde && typeof waarde === 'object') {
    return `{${Object.keys(waarde)
      .sort()
      .filter((k) => (waarde as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${vastJson((waarde as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(waarde) ?? 'null';
}

/** Of If-None-Match deze ETag noemt (zwakke vergelijking, RFC 9110 13.1.2). */
export function komtOvereen(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .includes(etag);
}

/** De koppen die bij een ETag horen, in 200 en 304; `vary`: de verzoekkoppen die het antwoord veranderen. */
export const etagkoppen = (etag: string, vary?: string): [string, string][] => [
  ['etag', etag],
  ['cache-control', 'no-cache'],
  ...(vary ? ([['vary', vary]] as [string, string][]) : []),
];

/** 304 Not Modified: alleen de koppen, geen body. */
export const nietGewijzigd = (koppen: [string, string][]): HttpAntwoord => ({ status: 304, headers: koppen, body: '' });

/** Een antwoord met zijn ETag over de body erin; wie het bewaart, hasht de body zo één keer in plaats van per verzoek. */
export interface AntwoordMetEtag {
  antwoord: HttpAntwoord;
  koppen: [string, string][];
}

/** Een JSON-antwoord dat niet van de generatie afhangt (de lijst, het manifest, OpenAPI): de ETag over de body. */
export function metEtagErin(antwoord: HttpAntwoord): AntwoordMetEtag {
  const koppen = etagkoppen(etagVan(typeof antwoord.body === 'string' ? antwoord.body : Buffer.from(antwoord.body).toString('utf8')));
  return { antwoord: { ...antwoord, headers: [...antwoord.headers.filter(([n]) => n.toLowerCase() !== 'cache-control'), ...koppen] }, koppen };
}

/** 304 als If-None-Match de ETag noemt, anders het antwoord. */
export function voorwaardelijk(verzoek: { headers: { get(naam: string): string | undefined } }, { antwoord, koppen }: AntwoordMetEtag): HttpAntwoord {
  return komtOvereen(verzoek.headers.get('if-none-match'), koppen[0]![1]) ? nietGewijzigd(koppen) : antwoord;
}

/** Een antwoord dat per verzoek gemaakt wordt: de ETag over de body, en 304 als die overeenkomt. */
export const metEtagOverBody = (verzoek: { headers: { get(naam: string): string | undefined } }, antwoord: HttpAntwoord): HttpAntwoord =>
  voorwaardelijk(verzoek, metEtagErin(antwoord));

/** Voegt koppen toe; een kop die er al is (vary, cache-control) wordt vervangen of samengevoegd. */
export function zetKoppen(headers: [string, string][], extra: [string, string][]): [string, string][] {
  const namen = new Set(extra.map(([n]) => n));
  const oudVary = headers.find(([n]) => n.toLowerCase() === 'vary')?.[1];
  const uit = headers.filter(([n]) => !namen.has(n.toLowerCase()));
  return [
    ...uit,
    ...extra.map(([n, w]): [string, string] =>
      n === 'vary' && oudVary ? [n, [...new Set([...oudVary.split(','), ...w.split(',')].map((d) => d.trim()).filter(Boolean))].join(', ')] : [n, w],
    ),
  ];
}
