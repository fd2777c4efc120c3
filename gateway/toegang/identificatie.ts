// Wie vraagt er? De ingang van het verzoekpad (verzoekpad.ts), vóór elke andere stap:
// een JWT (gecontroleerd met jose tegen sleutels uit de configuratie), een
// API-sleutel voor partners (alleen de SHA-256 ervan staat in de configuratie), of het
// sessiecookie van wie zich in de browser aanmeldde (aanmelden.ts), met het CSRF-token van
// die sessie in x-csrf-token.
//
// In de ontwikkelmodus (geen NODE_ENV=production) krijgt een verzoek zonder token de
// rechten van een analist, zodat de voorbeelden in README en docs/ één curl blijven. In productie
// bestaat anoniem niet.
import { sha256 } from '../../kern/hash.js';
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { geheimKlopt, leesRol, GELDIGE_ROLLEN, type Identiteit, type Rol } from '../../kern/identiteit.js';
import type { HttpAntwoord, HttpVerzoek } from '../../kern/http.js';
import { weigering, Weigering } from '../fouten/weigering.js';
import { CSRF_KOP, type Sessiebewijs } from './aanmelden.js';
import { cookieUit, Opslagfout } from './sessies.js';

export interface Apisleutel {
  /** Naam van de houder, bijvoorbeeld "partner-cbs": verschijnt als onderwerp, nooit de sleutel. */
  naam: string;
  rollen: Rol[];
  /** De partnerapp van deze sleutel: dan mag hij ook het manifest van die app sturen (kern/partners.ts). */
  app?: string;
}

export interface Toegang {
  modus: 'ontwikkeling' | 'productie';
  /** Sleutels voor JWT's; zonder: alleen API-sleutels (en anoniem in de ontwikkelmodus). */
  jwt?: { sleutels: JWTVerifyGetKey; uitgever: string; publiek: string };
  /** API-sleutels op hun SHA-256 (hex); bij een sleutelbestand bijgewerkt als het verandert (sleutelbestand.ts). */
  apiSleutels: Map<string, Apisleutel>;
  /** Het bestand waaruit apiSleutels komt, en hoe vaak de gateway het nakijkt (0: niet). */
  sleutelbestand?: { pad: string; controleMs: number };
  /** Wie een verzoek zonder token is: in de ontwikkelmodus een analist, in productie niemand. */
  anoniem: Identiteit | null;
}

/** Wie een verzoek zonder token in de ontwikkelmodus is: een analist, zodat de voorbeelden in README en docs/ één curl blijven. */
export const ANONIEME_ANALIST: Identiteit = { onderwerp: 'anoniem', rollen: ['analist'], bron: 'ontwikkelmodus' };

/** Waarmee het sleutelbestand een API-sleutel noemt (kern/hash.ts); scripts en tests importeren hem hier. */
export { sha256 };

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

/**
 * De partnerapp van een token: `client_id` (RFC 9068, een access token van OAuth) of anders `azp`
 * (OpenID Connect), de client waarvoor het token is uitgegeven. Geen tekst: geen app.
 */
function appUit(payload: JWTPayload): string | undefined {
  const app = typeof payload.client_id === 'string' ? payload.client_id : typeof payload.azp === 'string' ? payload.azp : undefined;
  return app && app.length <= 200 ? app : undefined;
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

/** Wat identificeer() van een verzoek leest: de koppen, en methode en pad om te weten of het CSRF-token nodig is. */
export type Identificatieverzoek = Pick<HttpVerzoek, 'headers'> & Partial<Pick<HttpVerzoek, 'method' | 'pad'>>;

export interface Identificatiewijze {
  /**
   * Een lezing zonder bijwerkingen die een browser met een gewone link doet: GET
   * /overzichten/<id> (ook als CSV-download), die de route als POST /graphql doorgeeft.
   * Met het sessiecookie hoeft x-csrf-token dan niet (zie csrfNodig).
   */
  lezing?: boolean;
}

export type Identificeer = (verzoek: Identificatieverzoek, wijze?: Identificatiewijze) => Promise<Identiteit>;

/**
 * Moet een verzoek met het sessiecookie het CSRF-token meesturen? Elk GraphQL-verzoek (POST
 * en GET) en elk verzoek dat iets kan veranderen (niet GET of HEAD), ja. Een GET naast
 * /graphql (de overzichten als URL, het publicatieverslag, /metrics) niet: die verandert
 * niets, en SameSite=Lax stuurt het cookie van een andere site alleen mee bij het openen van
 * een pagina, waarvan die site het antwoord niet kan lezen. Zo werkt een downloadlink
 * (/overzichten/cijfers?formaat=csv) in het dashboard gewoon. Onbekende methode of pad: ja.
 */
export function csrfNodig(verzoek: Identificatieverzoek, wijze?: Identificatiewijze): boolean {
  if (wijze?.lezing) return false;
  if (verzoek.pad === undefined || verzoek.method === undefined || verzoek.pad === '/graphql') return true;
  return verzoek.method !== 'GET' && verzoek.method !== 'HEAD';
}

/**
 * Controleert het token van een verzoek. Een geldig token wordt tot het verloopt (en
 * hooguit een minuut) onthouden: een handtekening controleren kost meer dan het
 * antwoord uit de cache halen. Met `sessies` (aanmelden aan) ook het sessiecookie; een sessie
 * wordt nooit onthouden, zodat afmelden bij elke replica meteen geldt.
 */
export function identificatie(toegang: Toegang, sessies?: Sessiebewijs): Identificeer {
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
    const app = appUit(payload);
    const identiteit: Identiteit = { onderwerp: String(payload.sub), rollen: rollenUit(payload), bron: 'jwt', ...(app ? { app } : {}) };
    const resterend = (payload.exp ?? 0) * 1000 - Date.now();
    if (resterend > 0) onthouden.set(token, identiteit, { ttl: Math.min(60_000, resterend) });
    return identiteit;
  };
  const viaSleutel = (sleutel: string): Identiteit => {
    const houder = toegang.apiSleutels.get(sha256(sleutel));
    if (!houder) throw new Weigering(401, 'NIET_GEAUTHENTICEERD', 'Deze API-sleutel is onbekend of ingetrokken.');
    return { onderwerp: houder.naam, rollen: houder.rollen, bron: 'api-sleutel', ...(houder.app ? { app: houder.app } : {}) };
  };
  const viaSessie = async (id: string, verzoek: Identificatieverzoek, wijze: Identificatiewijze | undefined, bewijs: Sessiebewijs): Promise<Identiteit> => {
    let sessie;
    try {
      sessie = await bewijs.lees(id);
    } catch (e) {
      if (e instanceof Opslagfout) throw new Weigering(503, 'SESSIES_ONBEREIKBAAR', `${e.message}. Probeer het zo opnieuw.`);
      throw e;
    }
    if (!sessie) {
      const aanmelden = bewijs.aanmeldlink(verzoek);
      throw new Weigering(401, 'SESSIE_VERLOPEN', `Uw sessie is verlopen of afgemeld; meld u opnieuw aan via ${aanmelden}.`, { aanmelden });
    }
    if (csrfNodig(verzoek, wijze)) {
      const gegeven = verzoek.headers.get(CSRF_KOP);
      if (!geheimKlopt(gegeven, sessie.csrf)) {
        throw new Weigering(
          403,
          'CSRF_TOKEN_ONGELDIG',
          gegeven === undefined
            ? `Een verzoek met het sessiecookie stuurt het CSRF-token van de sessie mee in de kop ${CSRF_KOP} (GET /sessie geeft het); zo kan een andere site dit verzoek niet namens u doen.`
            : `De kop ${CSRF_KOP} hoort niet bij deze sessie; haal het token opnieuw op met GET /sessie.`,
        );
      }
    }
    if (sessie.rollen.length === 0) {
      throw new Weigering(
        403,
        'GEEN_ROL',
        `U bent aangemeld als ${sessie.naam}, maar de identiteitsprovider gaf u geen rol voor deze dienst (geen waarde in de rollenclaim die OIDC_ROLLEN kent). Vraag uw beheerder om een rol.`,
      );
    }
    return { onderwerp: sessie.onderwerp, rollen: sessie.rollen, bron: 'sessie' };
  };
  return async (verzoek, wijze) => {
    const { headers } = verzoek;
    const autorisatie = headers.get('authorization');
    const apiSleutel = headers.get('x-api-key');
    const sessieId = sessies ? cookieUit(headers.get('cookie'), sessies.cookie) : undefined;
    if (sessieId !== undefined && (autorisatie !== undefined || apiSleutel !== undefined)) {
      throw new Weigering(
        400,
        'TWEE_IDENTITEITEN',
        `Het verzoek draagt twee bewijzen (het sessiecookie van het aanmelden en ${autorisatie !== undefined ? 'Authorization' : 'X-API-Key'}); stuur er één: in de browser het cookie met ${CSRF_KOP}, anders Authorization: Bearer <JWT of API-sleutel>, of X-API-Key: <sleutel>.`,
      );
    }
    if (sessieId !== undefined) return viaSessie(sessieId, verzoek, wijze, sessies!);
    if (autorisatie === undefined && apiSleutel === undefined) {
      if (toegang.anoniem) return toegang.anoniem;
      if (sessies) {
        const aanmelden = sessies.aanmeldlink(verzoek);
        throw new Weigering(401, 'NIET_GEAUTHENTICEERD', `Meld u aan via ${aanmelden} (in de browser), of stuur een token: Authorization: Bearer <JWT of API-sleutel>, of X-API-Key: <sleutel>.`, { aanmelden });
      }
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
export async function voorIdentiteit<V extends Identificatieverzoek, T>(
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
