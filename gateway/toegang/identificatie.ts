// Wie vraagt er? De ingang van het verzoekpad (verzoekpad.ts), vóór elke andere stap:
// een JWT (gecontroleerd met jose tegen sleutels uit de configuratie) of een
// API-sleutel voor partners (alleen de SHA-256 ervan staat in de configuratie).
//
// In de ontwikkelmodus (geen NODE_ENV=production) krijgt een verzoek zonder token de
// rechten van een analist, zodat de voorbeelden in README en docs/ één curl blijven. In productie
// bestaat anoniem niet.
import { createHash } from 'node:crypto';
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { leesRol, GELDIGE_ROLLEN, type Identiteit, type Rol } from '../../kern/identiteit.js';
import type { HttpAntwoord, HttpVerzoek } from '../../kern/http.js';
import { weigering, Weigering } from '../fouten/weigering.js';

export interface Apisleutel {
  /** Naam van de houder, bijvoorbeeld "partner-cbs": verschijnt als onderwerp, nooit de sleutel. */
  naam: string;
  rollen: Rol[];
}

export interface Toegang {
  modus: 'ontwikkeling' | 'productie';
  /** Sleutels voor JWT's; zonder: alleen API-sleutels (en anoniem in de ontwikkelmodus). */
  jwt?: { sleutels: JWTVerifyGetKey; uitgever: string; publiek: string };
  /** API-sleutels op hun SHA-256 (hex). */
  apiSleutels: Map<string, Apisleutel>;
  /** Wie een verzoek zonder token is: in de ontwikkelmodus een analist, in productie niemand. */
  anoniem: Identiteit | null;
}

/** Wie een verzoek zonder token in de ontwikkelmodus is: een analist, zodat de voorbeelden in README en docs/ één curl blijven. */
export const ANONIEME_ANALIST: Identiteit = { onderwerp: 'anoniem', rollen: ['analist'], bron: 'ontwikkelmodus' };

export const sha256 = (tekst: string) => createHash('sha256').update(tekst).digest('hex');

const ziet = (tekst: string) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(tekst);

function rollenUit(payload: JWTPayload): Rol[] {
  const ruw = payload.rollen;
  const lijst = Array.isArray(ruw) ? ruw : typeof ruw === 'string' ? [ruw] : [];
  const rollen = lijst.map((r) => leesRol(String(r)));
  if (rollen.length === 0 || rollen.some((r) => r === undefined)) {
    throw new Weigering(403, 'ONBEKENDE_ROL', `Het token noemt geen geldige rol (claim "rollen": ${JSON.stringify(ruw ?? null)}); geldig: ${GELDIGE_ROLLEN}.`);
  }
  return rollen as Rol[];
}

/** Vertaalt de fouten van jose naar een melding die zegt wat er mis is met het token. */
function tokenfout(e: unknown): Weigering {
  if (e instanceof Weigering) return e;
  const melding =
    e instanceof errors.JWTExpired
      ? 'Het token is verlopen; vraag een nieuw token aan.'
      : e instanceof errors.JWSSignatureVerificationFailed || e instanceof errors.JWKSNoMatchingKey
        ? 'De handtekening van het token klopt niet met de sleutels van deze gateway.'
        : e instanceof errors.JWTClaimValidationFailed
          ? `Het token is niet voor deze gateway bestemd (claim "${e.claim}": ${e.reason}).`
          : e instanceof errors.JOSEAlgNotAllowed || e instanceof errors.JOSENotSupported
            ? 'Het token gebruikt een algoritme dat deze gateway niet aanvaardt.'
            : 'Het token is onleesbaar.';
  return new Weigering(401, 'NIET_GEAUTHENTICEERD', melding);
}

/**
 * Controleert het token van een verzoek. Een geldig token wordt tot het verloopt (en
 * hooguit een minuut) onthouden: een handtekening controleren kost meer dan het
 * antwoord uit de cache halen.
 */
export function identificatie(toegang: Toegang): (verzoek: Pick<HttpVerzoek, 'headers'>) => Promise<Identiteit> {
  const onthouden = new LRUCache<string, Identiteit>({ max: 10_000, ttl: 60_000 });
  const viaJwt = async (token: string): Promise<Identiteit> => {
    if (!toegang.jwt) throw new Weigering(401, 'NIET_GEAUTHENTICEERD', 'Deze gateway aanvaardt geen JWT; gebruik een API-sleutel.');
    const { payload } = await jwtVerify(token, toegang.jwt.sleutels, {
      issuer: toegang.jwt.uitgever,
      audience: toegang.jwt.publiek,
      algorithms: ['ES256', 'RS256', 'EdDSA'],
      requiredClaims: ['exp', 'sub'],
    }).catch((e: unknown) => {
      throw tokenfout(e);
    });
    const identiteit: Identiteit = { onderwerp: String(payload.sub), rollen: rollenUit(payload), bron: 'jwt' };
    const resterend = (payload.exp ?? 0) * 1000 - Date.now();
    if (resterend > 0) onthouden.set(token, identiteit, { ttl: Math.min(60_000, resterend) });
    return identiteit;
  };
  const viaSleutel = (sleutel: string): Identiteit => {
    const houder = toegang.apiSleutels.get(sha256(sleutel));
    if (!houder) throw new Weigering(401, 'NIET_GEAUTHENTICEERD', 'Deze API-sleutel is onbekend of ingetrokken.');
    return { onderwerp: houder.naam, rollen: houder.rollen, bron: 'api-sleutel' };
  };
  return async ({ headers }) => {
    const autorisatie = headers.get('authorization');
    const apiSleutel = headers.get('x-api-key');
    if (autorisatie === undefined && apiSleutel === undefined) {
      if (toegang.anoniem) return toegang.anoniem;
      throw new Weigering(401, 'NIET_GEAUTHENTICEERD', 'Stuur een token: Authorization: Bearer <JWT of API-sleutel>, of X-API-Key: <sleutel>.');
    }
    const [soort, token = ''] = (autorisatie ?? '').split(' ', 2);
    // Twee verschillende bewijzen in één verzoek: welke bedoeld is, raadt de gateway niet
    // (anders won de API-sleutel stil van een verlopen token).
    if (apiSleutel !== undefined && autorisatie !== undefined && token !== apiSleutel) {
      throw new Weigering(
        400,
        'TWEE_IDENTITEITEN',
        'Het verzoek draagt twee verschillende bewijzen (Authorization en X-API-Key); stuur er één: Authorization: Bearer <JWT of API-sleutel>, of X-API-Key: <sleutel>.',
      );
    }
    if (apiSleutel !== undefined) return viaSleutel(apiSleutel);
    if (soort.toLowerCase() !== 'bearer' || token === '') {
      throw new Weigering(401, 'NIET_GEAUTHENTICEERD', 'De Authorization-kop moet de vorm "Bearer <token>" hebben.');
    }
    const bekend = onthouden.get(token);
    if (bekend) return bekend;
    return ziet(token) ? viaJwt(token) : viaSleutel(token);
  };
}

/**
 * Voert `doe` uit voor wie het verzoek doet, voor de eindpunten naast /graphql (publicaties,
 * metrieken). Een Weigering, bij het vaststellen of daarna in `doe`, wordt het antwoord;
 * elke andere fout gaat door.
 */
export async function voorIdentiteit<V extends Pick<HttpVerzoek, 'headers'>, T>(
  identificeer: (verzoek: V) => Promise<Identiteit>,
  verzoek: V,
  doe: (wie: Identiteit) => Promise<T> | T,
): Promise<T | HttpAntwoord> {
  try {
    return await doe(await identificeer(verzoek));
  } catch (e) {
    if (e instanceof Weigering) return weigering(e);
    throw e;
  }
}
