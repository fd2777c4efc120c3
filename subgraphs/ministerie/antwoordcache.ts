// De bytes van antwoorden per momentopname. Een ministerie antwoordt alleen uit zijn
// momentopname (context.ts: geen identiteit, geen SQL), dus hetzelfde verzoek op dezelfde
// momentopname geeft hetzelfde antwoord. Zonder cache voerde graphql-js elk verzoek
// opnieuw uit: de analyselaag vraagt bij elk van haar verzoeken het hele beleid van elk
// ministerie (het fragment Beleid), en bij twintig keer de edities van BZK wees één zo'n
// antwoord van 3,5 MB 78 MB toe. Tien na elkaar lieten het proces van 190 naar 320 MB RSS
// groeien, met 46 MB in gebruik na een gc (npm run bench:geheugen). Een treffer kost geen
// parse, geen uitvoering en geen serialisatie.
import { LRUCache } from 'lru-cache';
import type { ApolloServer } from '@apollo/server';
import { voerGraphQLUit, type HttpAntwoord, type HttpVerzoek } from '../../kern/http.js';
import type { Subgraafcontext } from './context.js';
import type { Momentopname } from './momentopname.js';

/** Standaard hooguit zoveel bytes aan antwoorden; het hele beleid van BZK bij twintig keer de edities is 3,5 MB. */
export const ANTWOORDCACHE_BYTES = 32 * 1024 * 1024;

/**
 * Vervangt het uitvoeren van een GraphQL-verzoek (Luisteropties.verwerk in kern/http.ts).
 * Gelijk is: dezelfde methode, querystring, body en de kopregels die het antwoord kunnen
 * veranderen (content-type, accept), op dezelfde momentopname. Een nieuwe momentopname
 * begint met een lege cache; een antwoord dat over een herladen heen liep, wordt niet bewaard.
 * Alleen antwoorden met status 200.
 */
export function antwoordcache(server: ApolloServer<Subgraafcontext>, context: () => Subgraafcontext, maxBytes = ANTWOORDCACHE_BYTES) {
  // Per momentopname een eigen cache, zwak vastgehouden: na een publicatie gaat de oude
  // momentopname met haar antwoorden weg bij de eerstvolgende gc, ook als er geen verzoek meer komt.
  const caches = new WeakMap<Momentopname, LRUCache<string, HttpAntwoord>>();
  const cacheVan = (momentopname: Momentopname) => {
    let cache = caches.get(momentopname);
    if (!cache) {
      // De sleutel telt mee: een verzoek mag tot 1 MB zijn (MAXIMALE_SUBGRAAFBODY), ook met een klein antwoord.
      cache = new LRUCache<string, HttpAntwoord>({ maxSize: maxBytes, sizeCalculation: (a, sleutel) => Math.max(1, a.body.length + sleutel.length) });
      caches.set(momentopname, cache);
    }
    return cache;
  };
  return async (verzoek: HttpVerzoek): Promise<HttpAntwoord> => {
    const ctx = context();
    const cache = cacheVan(ctx.momentopname);
    const h = (naam: string) => verzoek.headers.get(naam) ?? '';
    const sleutel = `${verzoek.method}\n${h('content-type')}\n${h('accept')}\n${verzoek.search}\n${verzoek.tekst}`;
    const bewaard = cache.get(sleutel);
    if (bewaard) return bewaard;
    const antwoord = await voerGraphQLUit(server, verzoek, ctx);
    // Alleen zolang deze momentopname geldt: een antwoord dat over een herladen heen liep, bewaart niemand meer.
    if (antwoord.status === 200 && context().momentopname === ctx.momentopname) {
      // Als bytes: een treffer hoeft de tekst dan niet elke keer te coderen.
      const body = typeof antwoord.body === 'string' ? Buffer.from(antwoord.body) : antwoord.body;
      if (body.length + sleutel.length <= maxBytes) cache.set(sleutel, { ...antwoord, body });
    }
    return antwoord;
  };
}
