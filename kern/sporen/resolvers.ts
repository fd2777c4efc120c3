// Resolvers als spans: elk veld dat rekent een eigen span (tot zijn uitkomst er is), met het veld en hoeveel het gaf.
// Voor de analyselaag (subgraphs/analyse/server.ts), waar het werk van een verzoek in een
// handvol resolvers zit; niet voor elk veld van een ministerie, dat alleen uit zijn
// momentopname leest: daar zou het spoor vooral spans tellen.
import type { Sporen } from './aanbieder.js';
import { inSpan } from './spoor.js';

type Resolvermap = Record<string, Record<string, unknown>>;

/**
 * Dezelfde resolvers, elk veld (behalve __resolveReference en andere __-velden) in een span
 * `${naam} Type.veld`. Zonder sporen dezelfde map.
 */
export function resolversMetSporen<R extends object>(sporen: Sporen | undefined, naam: string, resolvers: R): R {
  if (!sporen) return resolvers;
  const map = resolvers as Resolvermap;
  return Object.fromEntries(
    Object.entries(map).map(([type, velden]) => [
      type,
      Object.fromEntries(
        Object.entries(velden).map(([veld, resolver]) => {
          if (veld.startsWith('__') || typeof resolver !== 'function') return [veld, resolver];
          const spannaam = `${naam} ${type}.${veld}`;
          return [
            veld,
            // De resolvers van de analyse wachten op het leesmodel: de span loopt tot hun uitkomst er is.
            (...argumenten: unknown[]) =>
              inSpan(sporen, spannaam, async (span) => {
                const uitkomst: unknown = await (resolver as (...a: unknown[]) => unknown)(...argumenten);
                if (Array.isArray(uitkomst)) span.setAttribute('thuis.aantal', uitkomst.length);
                return uitkomst;
              }, { 'graphql.field.name': veld, 'graphql.field.type': type }),
          ];
        }),
      ),
    ]),
  ) as R;
}
