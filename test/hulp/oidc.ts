// Een echte OpenID-provider in het testproces (oidc-provider, dezelfde bibliotheek waarop veel
// providers draaien), om het aanmelden van de gateway (gateway/toegang/aanmelden.ts) tegen te
// testen: geen nagebootste antwoorden, maar discovery, een authorization endpoint dat PKCE
// eist, een token endpoint dat een vertrouwelijke client controleert, ID-tokens, userinfo
// en een end_session_endpoint.
//
// Aanmelden gaat via een kleine eigen interactie (geen devInteractions): GET /interaction/<uid>
// toont een formulier met één veld (gebruiker), POST /interaction/<uid>/aanmelden meldt die
// gebruiker aan; toestemming geeft de provider zelf. Een browser (de Chromium-tests van het
// dashboard) vult het formulier in; een test met fetch gebruikt meldAanBijProvider.
//
// Ook een koekjestrommel (Koekjestrommel): fetch met cookies zoals een browser ze voor één
// host bewaart, zonder redirects te volgen, zodat een test elke stap ziet.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import type { Aanmeldopties } from '../../gateway/toegang/aanmelden.js';
import { STANDAARD_SESSIEDUUR } from '../../gateway/toegang/aanmelden.js';

/** Een gebruiker bij de provider: zijn naam en de waarde van zijn rollenclaim (wat de provider zegt, niet een rol hier). */
export interface Oidcgebruiker {
  naam: string;
  rollen?: string[] | string;
}

export interface Oidcprovider {
  /** De issuer, bijvoorbeeld http://127.0.0.1:41234. */
  uitgever: string;
  clientId: string;
  clientGeheim: string;
  /** Aanmeldopties voor bouwGateway (of startStapel) bij deze provider; `terugUrl` is die van de gateway. */
  aanmeldopties(terugUrl: string, extra?: Partial<Aanmeldopties>): Aanmeldopties;
  /** Wat oidc-provider bij het laden meldde (zie "//devDependencies" in package.json). */
  meldingen: string[];
  stop(): Promise<void>;
}

/** Een vrije poort op 127.0.0.1: de provider moet de redirect-URL van de gateway kennen voordat die luistert. */
export async function vrijePoort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((klaar) => server.close(() => klaar()));
  return port;
}

const leesBody = async (req: IncomingMessage): Promise<string> => {
  const stukken: Buffer[] = [];
  for await (const stuk of req) stukken.push(stuk as Buffer);
  return Buffer.concat(stukken).toString('utf8');
};

const html = (tekst: string) => tekst.replace(/[&<>"']/g, (t) => `&#${t.charCodeAt(0)};`);

/**
 * Start oidc-provider op een vrije poort van 127.0.0.1 met één vertrouwelijke client (de
 * gateway: client_secret_basic, alleen de code-flow, PKCE verplicht) en deze gebruikers. De
 * rollenclaim heet `roles` en hoort bij de scope profile, zoals de standaard van de gateway
 * (OIDC_SCOPE "openid profile", OIDC_ROLLENCLAIM "roles"); de provider geeft hem, zoals
 * OpenID Connect voor de code-flow voorschrijft, via userinfo.
 */
export async function startOidcProvider({
  gebruikers,
  redirectUris,
  postLogoutRedirectUris = redirectUris.map((u) => new URL('/dashboard/', u).href),
}: {
  gebruikers: Record<string, Oidcgebruiker>;
  /** De OIDC_REDIRECT_URL van elke gateway die deze provider gebruikt. */
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}): Promise<Oidcprovider> {
  // oidc-provider meldt bij het laden dat Node 20 niet zijn runtime is (zie package.json) en bij
  // het bouwen dat de opslag in het geheugen alleen voor ontwikkeling is: voor een test klopt dat.
  const meldingen: string[] = [];
  const { warn, info } = console;
  const vang = (...delen: unknown[]) => void meldingen.push(delen.map(String).join(' '));
  console.warn = (...delen: unknown[]) => (String(delen[0]).startsWith('oidc-provider ') ? vang(...delen) : warn(...delen));
  console.info = (...delen: unknown[]) => (String(delen[0]).startsWith('oidc-provider ') ? vang(...delen) : info(...delen));
  let server: Server;
  let uitgever: string;
  const clientId = 'thuis-gateway';
  const clientGeheim = randomBytes(24).toString('base64url');
  try {
    const { default: Provider } = await import('oidc-provider');
    server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    uitgever = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const provider = new Provider(uitgever, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientGeheim,
          redirect_uris: redirectUris,
          post_logout_redirect_uris: postLogoutRedirectUris,
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      async findAccount(_ctx, id) {
        const gebruiker = gebruikers[id];
        if (!gebruiker) return undefined;
        return { accountId: id, claims: async () => ({ sub: id, name: gebruiker.naam, ...(gebruiker.rollen !== undefined && { roles: gebruiker.rollen }) }) };
      },
      claims: { openid: ['sub'], profile: ['name', 'roles'] },
      scopes: ['openid', 'profile'],
      pkce: { required: () => true },
      // Eigen termijnen (in seconden), zodat oidc-provider niet meldt dat hij zijn standaard gebruikt.
      ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test' }] },
      interactions: { url: (_ctx, interactie) => `/interaction/${interactie.uid}` },
      features: {
        devInteractions: { enabled: false },
        rpInitiatedLogout: {
          enabled: true,
          // Meteen afmelden bij de provider: een browser in een test hoeft niets aan te klikken.
          async logoutSource(ctx, formulier) {
            ctx.body = `<!doctype html><html lang="nl"><head><title>Afmelden</title></head><body>${formulier}
              <button type="submit" form="op.logoutForm" name="logout" value="yes">Afmelden</button>
              <script>const f = document.getElementById('op.logoutForm'); const i = document.createElement('input'); i.type = 'hidden'; i.name = 'logout'; i.value = 'yes'; f.appendChild(i); f.submit();</script></body></html>`;
          },
          async postLogoutSuccessSource(ctx) {
            ctx.body = '<!doctype html><html lang="nl"><head><title>Afgemeld</title></head><body><h1>Afgemeld</h1></body></html>';
          },
        },
      },
    });
    provider.on('server_error', (_ctx, fout) => warn('oidc-provider (test) server_error:', fout));
    const verder = provider.callback();

    /** De interactie: een formulier voor het aanmelden; toestemming zonder vragen. */
    const interactie = async (req: IncomingMessage, res: ServerResponse, aanmelden: boolean) => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') {
        if (aanmelden && req.method === 'POST') {
          const gebruiker = new URLSearchParams(await leesBody(req)).get('gebruiker') ?? '';
          if (Object.hasOwn(gebruikers, gebruiker)) {
            await provider.interactionFinished(req, res, { login: { accountId: gebruiker } }, { mergeWithLastSubmission: false });
            return;
          }
          res.statusCode = 400;
        }
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(`<!doctype html><html lang="nl"><head><title>Aanmelden bij de testprovider</title></head><body>
          <h1>Aanmelden bij de testprovider</h1>
          <form method="post" action="/interaction/${html(details.uid)}/aanmelden">
            <label for="gebruiker">Gebruiker</label> <input id="gebruiker" name="gebruiker" autofocus>
            <button type="submit">Aanmelden</button>
          </form>
          <p>Gebruikers: ${Object.keys(gebruikers).map(html).join(', ')}</p></body></html>`);
        return;
      }
      // Toestemming: alles wat de client vraagt.
      const { accountId } = details.session ?? {};
      const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      if (!grant) throw new Error('grant van deze interactie niet gevonden');
      const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = details.prompt.details as {
        missingOIDCScope?: string[];
        missingOIDCClaims?: string[];
        missingResourceScopes?: Record<string, string[]>;
      };
      if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
      if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(' '));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    };

    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const pad = new URL(req.url ?? '/', uitgever).pathname;
      const treffer = /^\/interaction\/([^/]+)(\/aanmelden)?$/.exec(pad);
      if (!treffer) return void verder(req, res);
      interactie(req, res, treffer[2] !== undefined).catch((fout: unknown) => {
        res.statusCode = 500;
        res.end(`interactie mislukt: ${fout instanceof Error ? fout.message : fout}`);
      });
    });
  } finally {
    console.warn = warn;
    console.info = info;
  }
  return {
    uitgever,
    clientId,
    clientGeheim,
    meldingen,
    aanmeldopties: (terugUrl, extra = {}) => ({
      uitgever,
      clientId,
      clientGeheim,
      terugUrl,
      scope: 'openid profile',
      rollenclaim: 'roles',
      rollen: { 'thuis-analist': ['analist'], 'thuis-beheer': ['beheer'], 'thuis-redactie-szw': ['redacteur:SZW'], 'thuis-programmateam': ['samensteller'] },
      sessie: STANDAARD_SESSIEDUUR,
      ...extra,
    }),
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((klaar) => server.close(() => klaar()));
    },
  };
}

/** Een antwoord van de koekjestrommel: de status, koppen, tekst en (bij een redirect) waarheen. */
export interface Stap {
  status: number;
  headers: Headers;
  tekst: string;
  /** De Location van een redirect, absoluut gemaakt. */
  naar?: string;
  json<T = Record<string, unknown>>(): T;
}

/**
 * fetch met cookies zoals een browser ze bewaart voor één host (127.0.0.1: de gateway en de
 * provider delen hem, zoals in een browser, want cookies kennen geen poort). Volgt geen
 * redirects: de test doet elke stap zelf. Houdt Max-Age=0 en Expires in het verleden aan.
 */
export class Koekjestrommel {
  readonly cookies = new Map<string, string>();

  /** De Cookie-kop die een browser nu zou sturen. */
  get kop(): string {
    return [...this.cookies].map(([naam, waarde]) => `${naam}=${waarde}`).join('; ');
  }

  /** Alle Set-Cookie-regels van het laatste antwoord, zoals ontvangen (om de attributen te controleren). */
  laatsteSetCookie: string[] = [];

  async fetch(url: string, init: RequestInit = {}): Promise<Stap> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0 && !headers.has('cookie')) headers.set('cookie', this.kop);
    const antwoord = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.laatsteSetCookie = antwoord.headers.getSetCookie();
    for (const regel of this.laatsteSetCookie) {
      const [paar, ...attributen] = regel.split(';').map((d) => d.trim());
      const is = paar.indexOf('=');
      const naam = paar.slice(0, is);
      const waarde = paar.slice(is + 1);
      const weg = attributen.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && new Date(a.slice(8)).getTime() < Date.now()));
      if (weg || waarde === '') this.cookies.delete(naam);
      else this.cookies.set(naam, waarde);
    }
    const tekst = await antwoord.text();
    const locatie = antwoord.headers.get('location');
    return {
      status: antwoord.status,
      headers: antwoord.headers,
      tekst,
      naar: locatie === null ? undefined : new URL(locatie, url).href,
      json: <T>() => JSON.parse(tekst) as T,
    };
  }
}

/**
 * Meldt `gebruiker` aan bij de provider, vanaf de redirect van GET /aanmelden (de authorization-URL),
 * zoals een browser: het formulier van de interactie, toestemming, terug naar de provider. Geeft
 * de URL waarmee de provider de browser naar de gateway terugstuurt (/aanmelden/terug?code=…&state=…),
 * zonder die te bezoeken: de test beslist wat ermee gebeurt.
 */
export async function meldAanBijProvider(trommel: Koekjestrommel, authorizationUrl: string, gebruiker: string): Promise<string> {
  const uitgever = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  for (let stap = 0; stap < 10; stap++) {
    if (!url.startsWith(uitgever)) return url;
    const antwoord = await trommel.fetch(url);
    if (antwoord.naar) {
      url = antwoord.naar;
      continue;
    }
    const formulier = /<form method="post" action="([^"]+)"/.exec(antwoord.tekst);
    if (antwoord.status !== 200 || !formulier) throw new Error(`onverwacht antwoord van de provider op ${url}: ${antwoord.status} ${antwoord.tekst.slice(0, 300)}`);
    const gepost = await trommel.fetch(new URL(formulier[1], uitgever).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ gebruiker }).toString(),
    });
    if (!gepost.naar) throw new Error(`de provider nam gebruiker ${gebruiker} niet aan: ${gepost.status} ${gepost.tekst.slice(0, 300)}`);
    url = gepost.naar;
  }
  throw new Error('de provider stuurde de browser te vaak door');
}

/**
 * Volgt een afmelding bij de provider (het end_session_endpoint waar POST /afmelden naar wijst)
 * zoals een browser met het formulier van de provider; geeft waar de provider de browser
 * daarna heen stuurt (post_logout_redirect_uri).
 */
export async function meldAfBijProvider(trommel: Koekjestrommel, endSessionUrl: string): Promise<string> {
  const pagina = await trommel.fetch(endSessionUrl);
  const actie = /<form[^>]*action="([^"]+)"/.exec(pagina.tekst)?.[1];
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(pagina.tekst)?.[1];
  if (!actie || !xsrf) throw new Error(`geen afmeldformulier van de provider: ${pagina.status} ${pagina.tekst.slice(0, 300)}`);
  const bevestigd = await trommel.fetch(new URL(actie, endSessionUrl).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
  });
  let naar = bevestigd.naar;
  // Na de bevestiging gaat de provider via zijn eigen eindpunt naar de post_logout_redirect_uri.
  for (let stap = 0; naar && naar.startsWith(new URL(endSessionUrl).origin) && stap < 5; stap++) naar = (await trommel.fetch(naar)).naar;
  if (!naar) throw new Error(`de provider stuurde na het afmelden nergens heen: ${bevestigd.status}`);
  return naar;
}
