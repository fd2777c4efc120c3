// Aanmelden in de browser met OpenID Connect, met de gateway als backend voor het dashboard
// (backend-for-frontend): de authorization-code-flow met PKCE (S256), state en nonce, gedaan
// door openid-client. De tokens van de provider blijven op de server; de browser krijgt alleen
// een HttpOnly-cookie met het id van een sessie (sessies.ts), en voor elk verzoek met dat
// cookie een CSRF-token dat hij in x-csrf-token meestuurt (identificatie.ts).
//
//   GET  /aanmelden?terug=/dashboard/…   naar de provider (302); terug alleen een pagina onder /dashboard/
//   GET  /aanmelden/terug                de provider stuurt de browser terug: code inwisselen, sessie, cookie, 302 naar terug
//   POST /afmelden                       sessie weg, cookie gewist, naar het end_session_endpoint van de provider (of /dashboard/)
//   GET  /sessie                         wie er is aangemeld: { aangemeld, naam, rollen, csrf, verlooptOm, … }, nooit een token
//
// Zonder OIDC_ISSUER is aanmelden uit: /aanmelden en /afmelden zeggen dat (404), /sessie zegt
// wie een verzoek zonder bewijs is (in de ontwikkelmodus een analist, in productie niemand).
import { readFileSync } from 'node:fs';
import {
  allowInsecureRequests,
  authorizationCodeGrant,
  AuthorizationResponseError,
  buildAuthorizationUrl,
  buildEndSessionUrl,
  calculatePKCECodeChallenge,
  ClientSecretBasic,
  discovery,
  fetchUserInfo,
  randomNonce,
  randomPKCECodeVerifier,
  randomState,
  ResponseBodyError,
  type Configuration,
} from 'openid-client';
import { foutAntwoord, jsonAntwoord, type HttpAntwoord } from '../../kern/antwoord.js';
import type { HttpVerzoek, Route } from '../../kern/http.js';
import { GELDIGE_ROLLEN, geheimKlopt, leesRol, type Identiteit, type Rol } from '../../kern/identiteit.js';
import type { Logboek } from '../../kern/logboek.js';
import type { Redisinstelling } from '../../kern/wijzigingsbericht.js';
import { cookieUit, Opslagfout, sessieopslag, wisCookie, willekeurig, zetCookie, AANMELDTERMIJN_MS, type Sessie, type Sessieduur, type Sessieopslag } from './sessies.js';

/** Wat bouwGateway (server.ts) nodig heeft om aanmelden aan te zetten; configuratie.ts vult het uit de omgeving. */
export interface Aanmeldopties {
  /** OIDC_ISSUER: de issuer van de provider; de gateway haalt er /.well-known/openid-configuration van. */
  uitgever: string;
  /** OIDC_CLIENT_ID en OIDC_CLIENT_SECRET (of OIDC_CLIENT_SECRET_BESTAND): de gateway als vertrouwelijke client. */
  clientId: string;
  clientGeheim: string;
  /** OIDC_REDIRECT_URL: de publieke URL van /aanmelden/terug; zijn oorsprong is die van de gateway voor de browser. */
  terugUrl: string;
  /** OIDC_SCOPE. */
  scope: string;
  /** OIDC_ROLLENCLAIM: de claim met de rollen bij de provider; een punt gaat een niveau dieper (realm_access.roles). */
  rollenclaim: string;
  /** OIDC_ROLLEN: een waarde in die claim → de rollen hier. Een waarde die hier niet staat, geeft geen rol. */
  rollen: Record<string, Rol[]>;
  /** SESSIE_INACTIEF_S en SESSIE_MAXIMAAL_S. */
  sessie: Sessieduur;
  /** De klok van de sessies (ms sinds 1970); tests zetten hem vooruit. */
  nu?: () => number;
}

/** Wat configuratie.ts uit de omgeving leest; bouwAanmeldopties maakt er Aanmeldopties van, of zegt wat er mis is. */
export interface Aanmeldinstelling {
  uitgever?: string;
  clientId?: string;
  clientGeheim?: string;
  clientGeheimBestand?: string;
  terugUrl?: string;
  scope?: string;
  rollenclaim?: string;
  rollen?: string;
  sessie: Sessieduur;
}

export const STANDAARD_SCOPE = 'openid profile';
export const STANDAARD_ROLLENCLAIM = 'roles';
/** Een halfuur zonder verzoek, en hoogstens een werkdag. */
export const STANDAARD_SESSIEDUUR: Sessieduur = { inactiefS: 30 * 60, maximaalS: 8 * 60 * 60 };

export const SESSIECOOKIE = 'thuis-sessie';
export const AANMELDCOOKIE = 'thuis-aanmelding';
/** De kop waarin een verzoek met het sessiecookie het CSRF-token van de sessie meestuurt. */
export const CSRF_KOP = 'x-csrf-token';
/** Waar het dashboard begint, en waar een afmelding eindigt. */
const DASHBOARD = '/dashboard/';
const PAD_TERUG = '/aanmelden/terug';

/** Het dashboard en de tests lezen dit; de browser heeft het cookie onder deze naam. */
export const cookienaam = (basis: string, secure: boolean) => (secure ? `__Host-${basis}` : basis);

const LOKAAL = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** https, of http op deze machine (tests, een proef op de eigen laptop). */
const veiligGenoeg = (url: URL) => url.protocol === 'https:' || (url.protocol === 'http:' && LOKAAL.has(url.hostname));

/**
 * Een pagina om na het aanmelden naar terug te gaan: een pad op deze gateway onder /dashboard/,
 * genormaliseerd. Undefined voor alles anders (een andere site, //host, /graphql, ../).
 */
export function veiligeTerug(terug: string | null | undefined): string | undefined {
  if (terug === null || terug === undefined || terug === '') return DASHBOARD;
  if (terug.length > 2000 || !terug.startsWith('/') || terug.startsWith('//') || terug.includes('\\') || /[\u0000-\u001f\u007f]/.test(terug)) return undefined;
  const basis = 'http://gateway.invalid';
  let url: URL;
  try {
    url = new URL(terug, basis);
  } catch {
    return undefined;
  }
  if (url.origin !== basis || !(url.pathname === '/dashboard' || url.pathname.startsWith(DASHBOARD))) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** De link naar het aanmelden die na afloop naar `terug` gaat. */
export const aanmeldlink = (terug = DASHBOARD) => `/aanmelden?terug=${encodeURIComponent(terug)}`;

/** Een claim op naam, of genest met punten (realm_access.roles). */
function claimwaarde(claims: Record<string, unknown>, pad: string): unknown {
  // Eerst de naam zoals hij is: sommige providers gebruiken een URL (met punten) als claimnaam.
  if (pad in claims) return claims[pad];
  return pad.split('.').reduce<unknown>((waarde, deel) => (waarde && typeof waarde === 'object' ? (waarde as Record<string, unknown>)[deel] : undefined), claims);
}

/** De rollen hier bij de waarden van de provider; onbekende waarden geven niets. */
export function rollenUitClaim(waarde: unknown, koppeling: Record<string, Rol[]>): Rol[] {
  const waarden = Array.isArray(waarde) ? waarde : waarde === undefined || waarde === null ? [] : [waarde];
  const rollen = waarden.filter((w): w is string => typeof w === 'string' && Object.hasOwn(koppeling, w)).flatMap((w) => koppeling[w]);
  return [...new Set(rollen)];
}

/** Leest OIDC_ROLLEN: {"waarde bij de provider": "rol" of ["rol", …]}. */
function leesRollenkoppeling(tekst: string): Record<string, Rol[]> {
  let ruw: unknown;
  try {
    ruw = JSON.parse(tekst);
  } catch (e) {
    throw new Error(`OIDC_ROLLEN is geen JSON (${e instanceof Error ? e.message : e}); geef bijvoorbeeld {"thuis-analist": "analist", "thuis-beheer": ["beheer"]}.`);
  }
  if (!ruw || typeof ruw !== 'object' || Array.isArray(ruw)) throw new Error('OIDC_ROLLEN moet een JSON-object zijn: {"waarde bij de provider": "rol" of ["rol", …]}.');
  const fouten: string[] = [];
  const koppeling: Record<string, Rol[]> = {};
  for (const [waarde, doel] of Object.entries(ruw)) {
    const lijst = Array.isArray(doel) ? doel : [doel];
    const rollen = lijst.map((r) => (typeof r === 'string' ? leesRol(r) : undefined));
    if (lijst.length === 0 || rollen.some((r) => r === undefined)) fouten.push(`"${waarde}" → ${JSON.stringify(doel)}`);
    else koppeling[waarde] = rollen as Rol[];
  }
  if (fouten.length > 0) throw new Error(`OIDC_ROLLEN koppelt aan een rol die niet bestaat: ${fouten.join(', ')}; geldige rollen: ${GELDIGE_ROLLEN}.`);
  return koppeling;
}

/** Aanmeldopties uit wat configuratie.ts las; undefined als aanmelden uit staat. Gooit met een melding die zegt wat er ontbreekt. */
export function bouwAanmeldopties(i: Aanmeldinstelling): Aanmeldopties | undefined {
  const gezet = Object.entries({
    OIDC_CLIENT_ID: i.clientId,
    OIDC_CLIENT_SECRET: i.clientGeheim,
    OIDC_CLIENT_SECRET_BESTAND: i.clientGeheimBestand,
    OIDC_REDIRECT_URL: i.terugUrl,
    OIDC_SCOPE: i.scope,
    OIDC_ROLLENCLAIM: i.rollenclaim,
    OIDC_ROLLEN: i.rollen,
  })
    .filter(([, waarde]) => waarde !== undefined)
    .map(([naam]) => naam);
  if (!i.uitgever) {
    if (gezet.length > 0) throw new Error(`${gezet.join(', ')} zonder OIDC_ISSUER: aanmelden staat pas aan met de issuer van de identiteitsprovider (docs/productie.md, "Aanmelden (OpenID Connect)").`);
    return undefined;
  }
  const ontbreekt = [
    !i.clientId && 'OIDC_CLIENT_ID',
    !i.clientGeheim && !i.clientGeheimBestand && 'OIDC_CLIENT_SECRET (of OIDC_CLIENT_SECRET_BESTAND)',
    !i.terugUrl && 'OIDC_REDIRECT_URL (de publieke URL van /aanmelden/terug, bijvoorbeeld https://thuis.example.nl/aanmelden/terug)',
    !i.rollen && 'OIDC_ROLLEN (welke waarde van de rollenclaim welke rol is, als JSON)',
  ].filter(Boolean);
  if (ontbreekt.length > 0) throw new Error(`Aanmelden met OIDC_ISSUER vraagt ook ${ontbreekt.join(', ')}. Zie docs/productie.md, "Aanmelden (OpenID Connect)".`);
  if (i.clientGeheim && i.clientGeheimBestand) throw new Error('Zet OIDC_CLIENT_SECRET of OIDC_CLIENT_SECRET_BESTAND, niet allebei.');

  const url = (naam: string, tekst: string): URL => {
    let gelezen: URL;
    try {
      gelezen = new URL(tekst);
    } catch {
      throw new Error(`${naam} is geen URL: "${tekst}".`);
    }
    if (!veiligGenoeg(gelezen)) throw new Error(`${naam} moet https gebruiken (http alleen op 127.0.0.1 of localhost): "${tekst}".`);
    return gelezen;
  };
  url('OIDC_ISSUER', i.uitgever);
  const terug = url('OIDC_REDIRECT_URL', i.terugUrl!);
  if (terug.pathname !== PAD_TERUG || terug.search !== '' || terug.hash !== '') {
    throw new Error(`OIDC_REDIRECT_URL moet naar ${PAD_TERUG} van de gateway wijzen, zonder query (bijvoorbeeld https://thuis.example.nl${PAD_TERUG}), niet "${i.terugUrl}".`);
  }
  let geheim = i.clientGeheim;
  if (i.clientGeheimBestand) {
    try {
      geheim = readFileSync(i.clientGeheimBestand, 'utf8').trim();
    } catch (e) {
      throw new Error(`OIDC_CLIENT_SECRET_BESTAND ${i.clientGeheimBestand} is niet te lezen: ${e instanceof Error ? e.message : e}`);
    }
    if (!geheim) throw new Error(`OIDC_CLIENT_SECRET_BESTAND ${i.clientGeheimBestand} is leeg.`);
  }
  const scope = i.scope ?? STANDAARD_SCOPE;
  if (!scope.split(/\s+/).includes('openid')) throw new Error(`OIDC_SCOPE moet openid bevatten (OpenID Connect), niet "${scope}".`);
  return {
    uitgever: i.uitgever,
    clientId: i.clientId!,
    clientGeheim: geheim!,
    terugUrl: terug.href,
    scope,
    rollenclaim: i.rollenclaim ?? STANDAARD_ROLLENCLAIM,
    rollen: leesRollenkoppeling(i.rollen!),
    sessie: i.sessie,
  };
}

/** Wat identificatie.ts van een sessie nodig heeft: het cookie, de sessie erbij, en waar je je opnieuw aanmeldt. */
export interface Sessiebewijs {
  /** De naam van het sessiecookie (`__Host-thuis-sessie` achter https). */
  cookie: string;
  /** De sessie bij dit id, aangeraakt (dit verzoek telt als gebruik); undefined als ze verlopen of onbekend is. Gooit een Opslagfout als Redis niet antwoordt. */
  lees(id: string): Promise<Sessie | undefined>;
  /** /aanmelden?terug=<de pagina van het dashboard waar het verzoek vandaan kwam (Referer), of /dashboard/>. */
  aanmeldlink(verzoek: Pick<HttpVerzoek, 'headers'>): string;
}

export interface Aanmelding {
  /** GET /aanmelden, GET /aanmelden/terug, POST /afmelden, GET /sessie. */
  routes: Route[];
  /** Voor identificatie.ts; undefined als aanmelden uit staat. */
  bewijs?: Sessiebewijs;
  /** Regels voor het logboek bij het starten. */
  meldingen: string[];
  stop(): void;
}

const GEEN_OPSLAG: [string, string][] = [['cache-control', 'no-store']];

const nietIngesteld = () =>
  foutAntwoord(
    404,
    'AANMELDEN_NIET_INGESTELD',
    'Aanmelden in de browser is op deze gateway niet ingesteld (OIDC_ISSUER ontbreekt). Stuur een token: Authorization: Bearer <JWT of API-sleutel>, of X-API-Key: <sleutel>.',
    {},
    GEEN_OPSLAG,
  );

/**
 * Aanmelden voor deze gateway. Zonder opties: alleen GET /sessie (wie een verzoek zonder bewijs
 * is) en een 404 op /aanmelden en /afmelden.
 */
export function aanmelding(
  opties: Aanmeldopties | undefined,
  { redis, anoniem, logboek }: { redis?: Redisinstelling | null; anoniem: Identiteit | null; logboek?: Logboek },
): Aanmelding {
  const sessieZonder = () =>
    jsonAntwoord(200, { aangemeld: false, naam: null, rollen: anoniem?.rollen ?? [], csrf: null, verlooptOm: null, anoniem: anoniem !== null, aanmelden: null }, GEEN_OPSLAG);
  if (!opties) {
    return {
      routes: [
        { methoden: ['GET'], pad: /^\/aanmelden(\/terug)?\/?$/, label: '/aanmelden', behandel: async () => nietIngesteld() },
        { methoden: ['POST'], pad: /^\/afmelden\/?$/, label: '/afmelden', behandel: async () => nietIngesteld() },
        { methoden: ['GET'], pad: /^\/sessie\/?$/, label: '/sessie', behandel: async () => sessieZonder() },
      ],
      meldingen: [],
      stop: () => undefined,
    };
  }

  const o = opties;
  const terugUrl = new URL(o.terugUrl);
  const oorsprong = terugUrl.origin;
  const secure = terugUrl.protocol === 'https:';
  const sessiecookie = cookienaam(SESSIECOOKIE, secure);
  const aanmeldcookie = cookienaam(AANMELDCOOKIE, secure);
  const opslag: Sessieopslag = sessieopslag({ redis, duur: o.sessie, nu: o.nu });

  // De metadata van de provider (discovery): bij het eerste aanmelden gehaald en onthouden; mislukt
  // het, dan probeert het volgende aanmelden opnieuw. De gateway start dus ook als de provider even weg is.
  let metadata: Promise<Configuration> | undefined;
  const provider = (): Promise<Configuration> =>
    (metadata ??= discovery(new URL(o.uitgever), o.clientId, undefined, ClientSecretBasic(o.clientGeheim), {
      execute: new URL(o.uitgever).protocol === 'http:' ? [allowInsecureRequests] : [],
      timeout: 10,
    }).catch((e: unknown) => {
      metadata = undefined;
      throw e;
    }));

  /** De pagina van het dashboard waar een verzoek vandaan kwam (Referer van dezelfde oorsprong), anders /dashboard/. */
  const paginaVan = (verzoek: Pick<HttpVerzoek, 'headers'>): string => {
    const verwijzer = verzoek.headers.get('referer');
    if (!verwijzer) return DASHBOARD;
    try {
      const url = new URL(verwijzer);
      return (url.origin === oorsprong && veiligeTerug(`${url.pathname}${url.search}${url.hash}`)) || DASHBOARD;
    } catch {
      return DASHBOARD;
    }
  };
  const aanmeldlinkVan = (verzoek: Pick<HttpVerzoek, 'headers'>) => aanmeldlink(paginaVan(verzoek));

  const opslagWeg = (e: Opslagfout) => {
    logboek?.warn({ err: e.cause }, 'aanmelden: de sessies in Redis zijn niet bereikbaar');
    return foutAntwoord(503, 'SESSIES_ONBEREIKBAAR', `${e.message}. Probeer het zo opnieuw.`, {}, [...GEEN_OPSLAG, ['retry-after', '5']]);
  };
  const providerWeg = (e: unknown) => {
    logboek?.warn({ err: e, uitgever: o.uitgever }, 'aanmelden: de identiteitsprovider antwoordt niet');
    return foutAntwoord(503, 'IDP_ONBEREIKBAAR', `De identiteitsprovider (${o.uitgever}) is nu niet bereikbaar; probeer het zo opnieuw.`, {}, [...GEEN_OPSLAG, ['retry-after', '5']]);
  };
  const mislukt = (waarom: string, terug = DASHBOARD) =>
    foutAntwoord(400, 'AANMELDEN_MISLUKT', `Aanmelden is mislukt: ${waarom} Begin opnieuw via ${aanmeldlink(terug)}.`, { aanmelden: aanmeldlink(terug) }, GEEN_OPSLAG);

  async function begin(verzoek: HttpVerzoek): Promise<HttpAntwoord> {
    const gevraagd = new URLSearchParams(verzoek.search).get('terug');
    const terug = veiligeTerug(gevraagd);
    if (terug === undefined) {
      return foutAntwoord(
        400,
        'TERUG_ONGELDIG',
        `terug moet een pagina van het dashboard op deze gateway zijn (een pad dat met /dashboard/ begint, bijvoorbeeld /dashboard/cijfers), niet ${JSON.stringify(gevraagd)}.`,
        {},
        GEEN_OPSLAG,
      );
    }
    let config: Configuration;
    try {
      config = await provider();
    } catch (e) {
      return providerWeg(e);
    }
    const codeVerifier = randomPKCECodeVerifier();
    const state = randomState();
    const nonce = randomNonce();
    const id = willekeurig();
    try {
      await opslag.bewaarAanmelding(id, { state, nonce, codeVerifier, terug });
    } catch (e) {
      if (e instanceof Opslagfout) return opslagWeg(e);
      throw e;
    }
    const naar = buildAuthorizationUrl(config, {
      redirect_uri: o.terugUrl,
      scope: o.scope,
      code_challenge: await calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return {
      status: 302,
      headers: [['location', naar.href], ['set-cookie', zetCookie(aanmeldcookie, id, { secure, maxAgeS: AANMELDTERMIJN_MS / 1000 })], ...GEEN_OPSLAG],
      body: '',
    };
  }

  async function terugkeer(verzoek: HttpVerzoek): Promise<HttpAntwoord> {
    const cookies = verzoek.headers.get('cookie');
    const id = cookieUit(cookies, aanmeldcookie);
    let lopend;
    try {
      lopend = id === undefined ? undefined : await opslag.neemAanmelding(id);
    } catch (e) {
      if (e instanceof Opslagfout) return opslagWeg(e);
      throw e;
    }
    if (!lopend) {
      return mislukt('in deze browser is geen aanmelding bezig. Ze duurde langer dan tien minuten, is in een ander venster opnieuw begonnen, of deze terugkeer van de provider is al gebruikt.');
    }
    let config: Configuration;
    try {
      config = await provider();
    } catch (e) {
      return providerWeg(e);
    }
    // De URL zoals de provider hem aanriep: de geconfigureerde (achter een proxy is de Host-kop niet die van de browser) met de parameters van nu.
    const huidige = new URL(o.terugUrl);
    huidige.search = verzoek.search;
    let tokens;
    try {
      tokens = await authorizationCodeGrant(config, huidige, {
        pkceCodeVerifier: lopend.codeVerifier,
        expectedState: lopend.state,
        expectedNonce: lopend.nonce,
        idTokenExpected: true,
      });
    } catch (e) {
      if (e instanceof TypeError) return providerWeg(e);
      const waarom =
        e instanceof AuthorizationResponseError
          ? `de identiteitsprovider weigerde (${e.error}${e.error_description ? `: ${e.error_description}` : ''}).`
          : e instanceof ResponseBodyError
            ? `de identiteitsprovider nam de code niet aan (${e.error}${e.error_description ? `: ${e.error_description}` : ''}).`
            : `het antwoord van de identiteitsprovider klopt niet (${e instanceof Error ? `${e.message}${e.cause instanceof Error ? `: ${e.cause.message}` : ''}` : e}).`;
      logboek?.warn({ err: e }, `aanmelden mislukt: ${waarom}`);
      return mislukt(waarom, lopend.terug);
    }
    const idClaims = tokens.claims();
    if (!idClaims) return mislukt('de identiteitsprovider gaf geen ID-token.', lopend.terug);
    let claims: Record<string, unknown> = { ...idClaims };
    // Veel providers zetten naam en rollen niet in het ID-token maar in userinfo (zoals OpenID Connect
    // voor de code-flow voorschrijft als ze via scope gevraagd worden): dan daar.
    if ((claimwaarde(claims, o.rollenclaim) === undefined || claims.name === undefined) && config.serverMetadata().userinfo_endpoint) {
      try {
        claims = { ...(await fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...claims };
      } catch (e) {
        logboek?.warn({ err: e }, 'aanmelden: userinfo van de identiteitsprovider niet te lezen; de rollen komen alleen uit het ID-token');
      }
    }
    const rollen = rollenUitClaim(claimwaarde(claims, o.rollenclaim), o.rollen);
    const tekst = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    const naam = tekst(claims.name) ?? tekst(claims.preferred_username) ?? tekst(claims.email) ?? idClaims.sub;
    const oud = cookieUit(cookies, sessiecookie);
    let nieuw;
    try {
      // Elke aanmelding een nieuw id: een cookie dat iemand vooraf in deze browser zette, wordt nooit een sessie.
      if (oud !== undefined) await opslag.verwijder(oud);
      nieuw = await opslag.maak({ onderwerp: idClaims.sub, naam, rollen, idToken: tokens.id_token });
    } catch (e) {
      if (e instanceof Opslagfout) return opslagWeg(e);
      throw e;
    }
    logboek?.info({ onderwerp: idClaims.sub, rollen }, rollen.length > 0 ? 'aangemeld' : `aangemeld zonder rol: de claim ${o.rollenclaim} noemt geen waarde uit OIDC_ROLLEN`);
    return {
      status: 302,
      headers: [
        ['location', lopend.terug],
        ['set-cookie', zetCookie(sessiecookie, nieuw.id, { secure })],
        ['set-cookie', wisCookie(aanmeldcookie, secure)],
        ...GEEN_OPSLAG,
        // De code en state in deze URL gaan niet als Referer naar de volgende pagina.
        ['referrer-policy', 'no-referrer'],
      ],
      body: '',
    };
  }

  /** Het CSRF-token van een afmelding: in x-csrf-token (fetch), of als veld csrf in een formulier. */
  const csrfVan = (verzoek: HttpVerzoek): string | undefined =>
    verzoek.headers.get(CSRF_KOP) ??
    ((verzoek.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded') ? (new URLSearchParams(verzoek.tekst).get('csrf') ?? undefined) : undefined);

  async function afmelden(verzoek: HttpVerzoek): Promise<HttpAntwoord> {
    const id = cookieUit(verzoek.headers.get('cookie'), sessiecookie);
    let sessie: Sessie | undefined;
    try {
      sessie = id === undefined ? undefined : await opslag.lees(id);
      if (sessie && !geheimKlopt(csrfVan(verzoek), sessie.csrf)) {
        return foutAntwoord(403, 'CSRF_TOKEN_ONGELDIG', `Afmelden vraagt het CSRF-token van de sessie, in de kop ${CSRF_KOP} of als formulierveld csrf (GET /sessie geeft het).`, {}, GEEN_OPSLAG);
      }
      if (id !== undefined) await opslag.verwijder(id);
    } catch (e) {
      if (e instanceof Opslagfout) return opslagWeg(e);
      throw e;
    }
    // Ook bij de provider afmelden als die dat kan; hij stuurt de browser daarna naar het dashboard.
    let naar = DASHBOARD;
    if (sessie) {
      try {
        const config = await provider();
        if (config.serverMetadata().end_session_endpoint) {
          naar = buildEndSessionUrl(config, {
            ...(sessie.idToken && { id_token_hint: sessie.idToken }),
            post_logout_redirect_uri: `${oorsprong}${DASHBOARD}`,
          }).href;
        }
      } catch (e) {
        logboek?.warn({ err: e }, 'afmelden: de identiteitsprovider antwoordt niet; alleen bij de gateway afgemeld');
      }
    }
    const koppen: [string, string][] = [['set-cookie', wisCookie(sessiecookie, secure)], ...GEEN_OPSLAG];
    // fetch (het dashboard) kan een redirect niet lezen: het krijgt JSON met de volgende stap; een formulier een 303.
    return (verzoek.headers.get('accept') ?? '').includes('application/json')
      ? jsonAntwoord(200, { afgemeld: true, naar }, koppen)
      : { status: 303, headers: [['location', naar], ...koppen], body: '' };
  }

  async function toonSessie(verzoek: HttpVerzoek): Promise<HttpAntwoord> {
    const id = cookieUit(verzoek.headers.get('cookie'), sessiecookie);
    let sessie: Sessie | undefined;
    try {
      // Niet aangeraakt: een dashboard dat af en toe kijkt, houdt een sessie niet in leven.
      sessie = id === undefined ? undefined : await opslag.lees(id, false);
    } catch (e) {
      if (e instanceof Opslagfout) return opslagWeg(e);
      throw e;
    }
    const link = aanmeldlinkVan(verzoek);
    if (!sessie) {
      return jsonAntwoord(200, { aangemeld: false, naam: null, rollen: anoniem?.rollen ?? [], csrf: null, verlooptOm: null, anoniem: anoniem !== null, aanmelden: link }, GEEN_OPSLAG);
    }
    return jsonAntwoord(
      200,
      { aangemeld: true, naam: sessie.naam, rollen: sessie.rollen, csrf: sessie.csrf, verlooptOm: new Date(opslag.verlooptOm(sessie)).toISOString(), anoniem: false, aanmelden: link },
      GEEN_OPSLAG,
    );
  }

  // Alvast de metadata halen, zodat het eerste aanmelden niet wacht; mislukt het, dan bij dat aanmelden opnieuw.
  void provider().catch((e: unknown) => logboek?.warn({ err: e, uitgever: o.uitgever }, 'aanmelden: de metadata van de identiteitsprovider zijn nog niet te halen; het eerste aanmelden probeert het opnieuw'));

  return {
    routes: [
      { methoden: ['GET'], pad: /^\/aanmelden\/?$/, label: '/aanmelden', behandel: begin },
      { methoden: ['GET'], pad: /^\/aanmelden\/terug\/?$/, label: '/aanmelden/terug', behandel: terugkeer },
      { methoden: ['POST'], pad: /^\/afmelden\/?$/, label: '/afmelden', behandel: afmelden },
      { methoden: ['GET'], pad: /^\/sessie\/?$/, label: '/sessie', behandel: toonSessie },
    ],
    bewijs: { cookie: sessiecookie, lees: (id) => opslag.lees(id, true), aanmeldlink: aanmeldlinkVan },
    meldingen: [
      `aanmelden in de browser: OpenID Connect bij ${o.uitgever}; sessies ${opslag.soort === 'redis' ? 'in Redis (gedeeld door alle replica\'s)' : 'in het geheugen van deze replica (zonder Redis: één replica, of een loadbalancer die een browser bij dezelfde replica houdt)'}`,
    ],
    stop: () => opslag.sluit(),
  };
}
