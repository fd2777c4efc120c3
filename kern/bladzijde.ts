// Bladeren door een lange lijst in de stijl van Relay (GraphQL Cursor Connections): `first`
// en `after`, een ondoorzichtige cursor per element, `pageInfo` en het totaal. De lijst zelf
// ligt vast in een volgorde (de analyse sorteert; een ministerie geeft zijn cijfers per reeks op
// code, de oudste peildatum eerst); de cursor is de plaats in die volgorde
// plus een vingerafdruk van het element daar. Veranderden de gegevens tussen twee
// bladzijden (een ministerie publiceerde), dan klopt de vingerafdruk niet meer: dan zegt de
// fout dat, in plaats van stil een element over te slaan of twee keer te geven.
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';

/** Zoveel elementen geeft een bladzijde zonder `first`. */
export const STANDAARD_BLADZIJDE = 50;
/** Meer per bladzijde niet: de kostenschatting rekent met `first`, en een antwoord blijft zo begrensd. */
export const MAXIMALE_BLADZIJDE = 500;

/**
 * Zoveel elementen geeft een oud lijstveld naast zijn verbinding hooguit in één antwoord
 * (de analyselaag en de ministeries weigeren daarboven met LIJST_TE_LANG; kern/verbindingen.ts). Bij de gegevens van nu (95 prikkels)
 * raakt niemand haar; bij twintig keer zoveel beleid (38.000 prikkels) was één zo'n antwoord
 * tientallen MB en seconden werk.
 */
export const MAXIMALE_LIJST = 5000;

/** Het veld dat een lijst per bladzijde geeft heet als de lijst, met dit erachter (tegenwerkendePrikkelsVerbinding). */
const ACHTERVOEGSEL = 'Verbinding';

/** Het verbindingsveld van een lijstveld. */
export const verbindingsveld = (lijstveld: string) => `${lijstveld}${ACHTERVOEGSEL}`;

/** Het lijstveld achter een verbindingsveld; undefined als de naam geen verbinding is. */
export const lijstveldVan = (veld: string): string | undefined => (veld.endsWith(ACHTERVOEGSEL) ? veld.slice(0, -ACHTERVOEGSEL.length) : undefined);

export interface Bladerargumenten {
  first?: number | null;
  after?: string | null;
}

export interface Bladzijde<T> {
  totaal: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const vingerafdruk = (element: unknown) => createHash('sha256').update(JSON.stringify(element) ?? '').digest('base64url').slice(0, 12);

const cursorVan = (plaats: number, element: unknown) => Buffer.from(`${plaats}:${vingerafdruk(element)}`).toString('base64url');

const invoerfout = (melding: string, extra: Record<string, unknown> = {}) => new GraphQLError(melding, { extensions: { code: 'BAD_USER_INPUT', ...extra } });

/** De plaats ná de cursor `after`; een fout die zegt wat er mis is als hij niet bij deze lijst past. */
function beginNa<T>(lijst: readonly T[], after: string, veld: string): number {
  const m = /^(\d{1,9}):([\w-]{12})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!m) throw invoerfout(`after is geen cursor van ${veld}; gebruik de cursor of pageInfo.endCursor uit een eerdere bladzijde, of laat after weg voor het begin.`);
  const plaats = Number(m[1]);
  if (plaats >= lijst.length || vingerafdruk(lijst[plaats]) !== m[2]) {
    throw invoerfout(
      `De cursor past niet meer bij ${veld}: de gegevens zijn veranderd sinds hij gemaakt is (een ministerie publiceerde), of het filter is een ander; begin opnieuw zonder after.`,
      { reden: 'CURSOR_VEROUDERD' },
    );
  }
  return plaats + 1;
}

/** Eén bladzijde uit `lijst` (in haar vaste volgorde), met het totaal over de hele lijst. */
export function bladzijde<T>(lijst: readonly T[], { first, after }: Bladerargumenten, veld: string): Bladzijde<T> {
  const aantal = first ?? STANDAARD_BLADZIJDE;
  if (!Number.isInteger(aantal) || aantal < 0 || aantal > MAXIMALE_BLADZIJDE) {
    throw invoerfout(`first is ${aantal}; vraag 0 tot en met ${MAXIMALE_BLADZIJDE} elementen per bladzijde (zonder first: ${STANDAARD_BLADZIJDE}), en blader verder met after.`);
  }
  const begin = after == null ? 0 : beginNa(lijst, after, veld);
  const edges = lijst.slice(begin, begin + aantal).map((node, i) => ({ cursor: cursorVan(begin + i, node), node }));
  return {
    totaal: lijst.length,
    edges,
    pageInfo: {
      hasNextPage: begin + edges.length < lijst.length,
      hasPreviousPage: begin > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
