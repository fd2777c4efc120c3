// Aanmelden in de browser (issue 23): de gateway als backend voor het dashboard met OpenID
// Connect, tegen een echte provider (oidc-provider, test/hulp/oidc.ts), in productiemodus. Een
// koekjestrommel speelt de browser en volgt elke redirect zelf: aanmelden, /sessie, GraphQL
// met cookie en CSRF-token, twee bewijzen tegelijk, afmelden (ook bij de provider), een
// verlopen sessie, een terug naar een andere site, een vervalste state en een hergebruikte
// code, een rol die de gateway niet kent, en een sessie die een tweede replica via Redis ziet.
import { describe, expect, it } from 'vitest';
import { bouwGateway } from '../../gateway/server.js';
import { sha256 } from '../../gateway/toegang/identificatie.js';
import { luister } from '../../kern/http.js';
import { gebruik, inProductiemodus } from '../hulp/gebruik.js';
import { Koekjestrommel, meldAanBijProvider, meldAfBijProvider, startOidcProvider, vrijePoort, type Oidcgebruiker } from '../hulp/oidc.js';
import { testRedis } from '../hulp/redis.js';
import { startStapel } from '../hulp/stapel.js';

const GEBRUIKERS: Record<string, Oidcgebruiker> = {
  anna: { naam: 'Anna Analist', rollen: ['thuis-analist', 'iets-wat-de-gateway-niet-kent'] },
  bert: { naam: 'Bert Beheer', rollen: 'thuis-beheer' },
  olga: { naam: 'Olga Onbekend', rollen: ['thuis-kantine'] },
  sara: { naam: 'Sara Samensteller', rollen: ['thuis-programmateam'] },
};
const PARTNERSLEUTEL = 'thuis_test-partner-sleutel-aanmelden-0123456789';
const EEN_VRAAG = '{ aandachtsgroepen { code } }';
const INACTIEF_S = 30 * 60;
const MAXIMAAL_S = 8 * 60 * 60;

interface Sessieantwoord {
  aangemeld: boolean;
  naam: string | null;
  rollen: string[];
  csrf: string | null;
  verlooptOm: string | null;
  anoniem: boolean;
  aanmelden: string | null;
}
type Fouten = { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };

describe('aanmelden in de browser met OpenID Connect (productie)', () => {
  inProductiemodus();
  // De klok van de sessies: een test zet hem vooruit in plaats van een halfuur te wachten.
  let verschuivingMs = 0;
  const nu = () => Date.now() + verschuivingMs;
  const poort = gebruik('De poort van de gateway', async () => ({ waarde: await vrijePoort() }), () => undefined);
  const terugUrl = () => `http://127.0.0.1:${poort.waarde}/aanmelden/terug`;
  const provider = gebruik('De provider', () => startOidcProvider({ gebruikers: GEBRUIKERS, redirectUris: [terugUrl()] }), (p) => p.stop());
  const redis = gebruik('Redis', async () => ({ instelling: await testRedis() }), () => undefined);
  const stapel = gebruik(
    'De stapel',
    () =>
      startStapel('sqlite', {
        poort: poort.waarde,
        redis: redis.instelling,
        toegang: { modus: 'productie', anoniem: null, apiSleutels: new Map([[sha256(PARTNERSLEUTEL), { naam: 'partner-test', rollen: ['partner'] }]]) },
        aanmelden: provider.aanmeldopties(terugUrl(), { sessie: { inactiefS: INACTIEF_S, maximaalS: MAXIMAAL_S }, nu }),
      }),
    (s) => s.stop(),
    60_000,
  );
  const basis = () => stapel.url.replace(/\/graphql$/, '');

  /** Aanmelden zoals een browser: /aanmelden, de provider, terug; geeft /sessie. */
  async function meldAan(trommel: Koekjestrommel, gebruiker: string, terug = '/dashboard/'): Promise<Sessieantwoord> {
    const begin = await trommel.fetch(`${basis()}/aanmelden?terug=${encodeURIComponent(terug)}`);
    expect(begin.status, begin.tekst).toBe(302);
    const terugkeer = await meldAanBijProvider(trommel, begin.naar!, gebruiker);
    const klaar = await trommel.fetch(terugkeer);
    expect(klaar.status, klaar.tekst).toBe(302);
    expect(klaar.naar).toBe(`${basis()}${terug}`);
    return (await trommel.fetch(`${basis()}/sessie`)).json<Sessieantwoord>();
  }
  const graphql = (trommel: Koekjestrommel, koppen: Record<string, string> = {}, query = EEN_VRAAG) =>
    trommel.fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json', ...koppen }, body: JSON.stringify({ query }) });

  it('GET /sessie zonder cookie: niet aangemeld, in productie niemand anoniem, met de weg naar het aanmelden', async () => {
    const antwoord = await new Koekjestrommel().fetch(`${basis()}/sessie`, { headers: { referer: `${basis()}/dashboard/cijfers` } });
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers.get('cache-control')).toBe('no-store');
    expect(antwoord.json()).toEqual({ aangemeld: false, naam: null, rollen: [], csrf: null, verlooptOm: null, anoniem: false, aanmelden: '/aanmelden?terug=%2Fdashboard%2Fcijfers' });
    // Een verzoek zonder bewijs zegt waar je je aanmeldt, en hoe het met een token kan.
    const zonder = await graphql(new Koekjestrommel(), { referer: `${basis()}/dashboard/leeftijden` });
    expect(zonder.status).toBe(401);
    const fout = zonder.json<Fouten>().errors![0];
    expect(fout.extensions).toMatchObject({ code: 'NIET_GEAUTHENTICEERD', aanmelden: '/aanmelden?terug=%2Fdashboard%2Fleeftijden' });
    expect(fout.message).toMatch(/Meld u aan via \/aanmelden.*Authorization: Bearer/);
  });

  it('meldt aan met de code-flow, PKCE (S256), state en nonce; het cookie is HttpOnly en SameSite=Lax; terug op de pagina van toen', async () => {
    const trommel = new Koekjestrommel();
    const begin = await trommel.fetch(`${basis()}/aanmelden?terug=${encodeURIComponent('/dashboard/cijfers?groep=STUDENTEN')}`);
    expect(begin.status).toBe(302);
    const naar = new URL(begin.naar!);
    expect(naar.origin).toBe(provider.uitgever);
    const p = Object.fromEntries(naar.searchParams);
    expect(p).toMatchObject({ response_type: 'code', client_id: provider.clientId, redirect_uri: terugUrl(), scope: 'openid profile', code_challenge_method: 'S256' });
    for (const naam of ['code_challenge', 'state', 'nonce']) expect(p[naam], naam).toMatch(/^[\w-]{43,}$/);
    const [aanmeldcookie] = trommel.laatsteSetCookie;
    expect(aanmeldcookie).toMatch(/^thuis-aanmelding=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=600$/);

    const terugkeer = await meldAanBijProvider(trommel, begin.naar!, 'anna');
    expect(terugkeer.startsWith(`${terugUrl()}?code=`)).toBe(true);
    const klaar = await trommel.fetch(terugkeer);
    expect(klaar.status).toBe(302);
    expect(klaar.naar).toBe(`${basis()}/dashboard/cijfers?groep=STUDENTEN`);
    expect(klaar.headers.get('referrer-policy')).toBe('no-referrer');
    // Zonder https geen Secure en dus geen __Host-; het cookie van de aanmelding is weg.
    expect(trommel.laatsteSetCookie).toEqual([expect.stringMatching(/^thuis-sessie=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/), 'thuis-aanmelding=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0']);
    expect(trommel.cookies.has('thuis-aanmelding')).toBe(false);

    const sessie = await trommel.fetch(`${basis()}/sessie`);
    const inhoud = sessie.json<Sessieantwoord>();
    expect(inhoud).toMatchObject({ aangemeld: true, naam: 'Anna Analist', rollen: ['analist'], anoniem: false });
    expect(inhoud.csrf).toMatch(/^[\w-]{43}$/);
    expect(Date.parse(inhoud.verlooptOm!) - nu()).toBeGreaterThan((INACTIEF_S - 5) * 1000);
    expect(Date.parse(inhoud.verlooptOm!) - nu()).toBeLessThanOrEqual(INACTIEF_S * 1000);
    // Nooit een token van de provider naar de browser.
    expect(sessie.tekst).not.toMatch(/eyJ|id_token|access_token/);
  });

  it('GraphQL met het cookie vraagt x-csrf-token (POST en GET); een overzicht als URL en zijn CSV-download niet', async () => {
    const trommel = new Koekjestrommel();
    const { csrf } = await meldAan(trommel, 'anna');
    const met = await graphql(trommel, { 'x-csrf-token': csrf! });
    expect(met.status, met.tekst).toBe(200);
    expect(met.json<{ data: { aandachtsgroepen: unknown[] } }>().data.aandachtsgroepen.length).toBeGreaterThan(5);

    for (const [koppen, melding] of [
      [{}, /stuurt het CSRF-token van de sessie mee in de kop x-csrf-token/],
      [{ 'x-csrf-token': 'geraden' }, /hoort niet bij deze sessie/],
    ] as const) {
      const zonder = await graphql(trommel, koppen);
      expect(zonder.status).toBe(403);
      expect(zonder.json<Fouten>().errors![0]).toMatchObject({ message: expect.stringMatching(melding), extensions: { code: 'CSRF_TOKEN_ONGELDIG' } });
    }
    const get = await trommel.fetch(`${stapel.url}?query=${encodeURIComponent(EEN_VRAAG)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(403);
    const getMet = await trommel.fetch(`${stapel.url}?query=${encodeURIComponent(EEN_VRAAG)}`, { headers: { 'apollo-require-preflight': 'true', 'x-csrf-token': csrf! } });
    expect(getMet.status).toBe(200);

    const overzicht = await trommel.fetch(`${basis()}/overzichten/leeftijden`);
    expect(overzicht.status, overzicht.tekst).toBe(200);
    const csv = await trommel.fetch(`${basis()}/overzichten/cijfers?formaat=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    // Een publicatie verandert iets: ook buiten /graphql vraagt een POST met het cookie het token.
    const publicatie = await trommel.fetch(`${basis()}/edities/szw`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: 'editie: x' });
    expect(publicatie.status).toBe(403);
    expect(publicatie.json<Fouten>().errors![0].extensions?.code).toBe('CSRF_TOKEN_ONGELDIG');
  });

  it('het programmateam publiceert vanuit het dashboard een overzicht met het cookie en het CSRF-token (rol samensteller uit de claim)', async () => {
    const trommel = new Koekjestrommel();
    const { csrf, rollen } = await meldAan(trommel, 'sara');
    expect(rollen).toEqual(['samensteller']);
    const overzicht = JSON.stringify({
      naam: 'vanuit-het-dashboard',
      titel: 'Groepen',
      omschrijving: 'Elke aandachtsgroep met code en naam.',
      document: 'query Groepen { aandachtsgroepen { code naam } }',
      rijen: 'aandachtsgroepen',
    });
    const zonder = await trommel.fetch(`${basis()}/overzichten`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: overzicht });
    expect(zonder.status).toBe(403);
    expect(zonder.json<Fouten>().errors![0].extensions?.code).toBe('CSRF_TOKEN_ONGELDIG');
    const met = await trommel.fetch(`${basis()}/overzichten`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf! }, body: overzicht });
    expect(met.status, met.tekst).toBe(201);
    const verslag = await trommel.fetch(`${basis()}/overzichten/vanuit-het-dashboard/verslag`);
    expect(verslag.json<{ versies: { wie: string; bron: string }[] }>().versies[0].bron).toBe('sessie');
  });

  it('twee bewijzen (het cookie en een token of API-sleutel) zijn een 400 TWEE_IDENTITEITEN', async () => {
    const trommel = new Koekjestrommel();
    const { csrf } = await meldAan(trommel, 'anna');
    const token = await stapel.token(['analist']);
    for (const kop of [{ authorization: `Bearer ${token}` }, { 'x-api-key': PARTNERSLEUTEL }] as Record<string, string>[]) {
      const twee = await graphql(trommel, { ...kop, 'x-csrf-token': csrf! });
      expect(twee.status, JSON.stringify(kop)).toBe(400);
      expect(twee.json<Fouten>().errors![0]).toMatchObject({ extensions: { code: 'TWEE_IDENTITEITEN' }, message: expect.stringMatching(/sessiecookie/) });
    }
    // Zonder cookie werken token en sleutel zoals altijd.
    expect((await graphql(new Koekjestrommel(), { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('afmelden vraagt het CSRF-token, wist sessie en cookie, en gaat via de provider terug naar het dashboard', async () => {
    const trommel = new Koekjestrommel();
    const { csrf } = await meldAan(trommel, 'anna');
    const cookie = trommel.cookies.get('thuis-sessie')!;
    const zonderToken = await trommel.fetch(`${basis()}/afmelden`, { method: 'POST' });
    expect(zonderToken.status).toBe(403);
    expect((await graphql(trommel, { 'x-csrf-token': csrf! })).status).toBe(200);

    const af = await trommel.fetch(`${basis()}/afmelden`, { method: 'POST', headers: { 'x-csrf-token': csrf!, accept: 'application/json' } });
    expect(af.status).toBe(200);
    expect(trommel.laatsteSetCookie).toEqual(['thuis-sessie=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0']);
    const { naar } = af.json<{ afgemeld: true; naar: string }>();
    const eind = new URL(naar);
    expect(`${eind.origin}${eind.pathname}`).toBe(`${provider.uitgever}/session/end`);
    expect(eind.searchParams.get('post_logout_redirect_uri')).toBe(`${basis()}/dashboard/`);
    expect(eind.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(await meldAfBijProvider(trommel, naar)).toBe(`${basis()}/dashboard/`);

    // Het oude cookie (wie het bewaarde) geldt nergens meer.
    const oud = new Koekjestrommel();
    oud.cookies.set('thuis-sessie', cookie);
    const daarna = await graphql(oud, { 'x-csrf-token': csrf! });
    expect(daarna.status).toBe(401);
    expect(daarna.json<Fouten>().errors![0].extensions?.code).toBe('SESSIE_VERLOPEN');
    expect((await oud.fetch(`${basis()}/sessie`)).json<Sessieantwoord>().aangemeld).toBe(false);

    // Met een formulier (zonder JavaScript): het token als veld, een 303.
    const formulier = new Koekjestrommel();
    const tweede = await meldAan(formulier, 'anna');
    const gepost = await formulier.fetch(`${basis()}/afmelden`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: tweede.csrf! }).toString(),
    });
    expect(gepost.status).toBe(303);
    expect(gepost.naar).toMatch(new RegExp(`^${provider.uitgever}/session/end\\?`));
    expect((await formulier.fetch(`${basis()}/sessie`)).json<Sessieantwoord>().aangemeld).toBe(false);
  });

  it('een verlopen sessie geeft 401 SESSIE_VERLOPEN met een aanmeldlink die de pagina bewaart; gebruik houdt haar in leven, tot het maximum', async () => {
    const trommel = new Koekjestrommel();
    const { csrf } = await meldAan(trommel, 'anna');
    try {
      // Na twintig minuten nog geldig; het verzoek begint de inactieve termijn opnieuw.
      verschuivingMs += 20 * 60_000;
      expect((await graphql(trommel, { 'x-csrf-token': csrf! })).status).toBe(200);
      verschuivingMs += 20 * 60_000;
      expect((await graphql(trommel, { 'x-csrf-token': csrf! })).status).toBe(200);
      // /sessie raakt niet aan: een dashboard dat kijkt, houdt de sessie niet in leven.
      verschuivingMs += INACTIEF_S * 1000 - 60_000;
      expect((await trommel.fetch(`${basis()}/sessie`)).json<Sessieantwoord>().aangemeld).toBe(true);
      verschuivingMs += 61_000;
      const verlopen = await graphql(trommel, { 'x-csrf-token': csrf!, referer: `${basis()}/dashboard/leeftijden?groep=OUDEREN` });
      expect(verlopen.status).toBe(401);
      expect(verlopen.json<Fouten>()).toEqual({
        errors: [
          {
            message: 'Uw sessie is verlopen of afgemeld; meld u opnieuw aan via /aanmelden?terug=%2Fdashboard%2Fleeftijden%3Fgroep%3DOUDEREN.',
            extensions: { code: 'SESSIE_VERLOPEN', aanmelden: '/aanmelden?terug=%2Fdashboard%2Fleeftijden%3Fgroep%3DOUDEREN' },
          },
        ],
      });
      // Een Referer van een andere site bepaalt de pagina niet.
      const vreemd = await graphql(trommel, { 'x-csrf-token': csrf!, referer: 'https://elders.example/dashboard/x' });
      expect(vreemd.json<Fouten>().errors![0].extensions?.aanmelden).toBe('/aanmelden?terug=%2Fdashboard%2F');
      // Ook een overzicht als URL zegt het zo, en de link leidt naar de provider.
      const overzicht = await trommel.fetch(`${basis()}/overzichten/leeftijden`);
      expect(overzicht.status).toBe(401);
      const opnieuw = await trommel.fetch(`${basis()}/aanmelden?terug=%2Fdashboard%2Fleeftijden%3Fgroep%3DOUDEREN`);
      expect(opnieuw.naar?.startsWith(`${provider.uitgever}/auth?`)).toBe(true);

      // Het maximum: ook een sessie die steeds gebruikt wordt, vervalt na SESSIE_MAXIMAAL_S.
      const actief = new Koekjestrommel();
      const tweede = await meldAan(actief, 'anna');
      for (let verstreken = 0; verstreken < MAXIMAAL_S - 25 * 60; verstreken += 25 * 60) {
        verschuivingMs += 25 * 60_000;
        expect((await graphql(actief, { 'x-csrf-token': tweede.csrf! })).status, `na ${verstreken + 25 * 60} s`).toBe(200);
      }
      verschuivingMs += 25 * 60_000;
      expect((await graphql(actief, { 'x-csrf-token': tweede.csrf! })).status).toBe(401);
    } finally {
      verschuivingMs = 0;
    }
  });

  it('weigert een terug die niet naar een pagina van het dashboard op deze gateway wijst', async () => {
    for (const terug of ['https://elders.example/dashboard/', '//elders.example/dashboard/', '/\\elders.example/', '/graphql', '/dashboard/../graphql', '/dashboard/%2e%2e/metrics', 'javascript:alert(1)', '/dashboardx']) {
      const antwoord = await new Koekjestrommel().fetch(`${basis()}/aanmelden?terug=${encodeURIComponent(terug)}`);
      expect(antwoord.status, terug).toBe(400);
      expect(antwoord.naar, terug).toBeUndefined();
      expect(antwoord.json<Fouten>().errors![0].extensions?.code).toBe('TERUG_ONGELDIG');
    }
  });

  it('weigert een vervalste state, een hergebruikte code en een terugkeer uit een andere browser', async () => {
    // Vervalste state: de code komt niet tot een sessie, en de aanmelding is op.
    const trommel = new Koekjestrommel();
    const begin = await trommel.fetch(`${basis()}/aanmelden`);
    const terugkeer = new URL(await meldAanBijProvider(trommel, begin.naar!, 'anna'));
    terugkeer.searchParams.set('state', 'vervalst');
    const vervalst = await trommel.fetch(terugkeer.href);
    expect(vervalst.status).toBe(400);
    expect(vervalst.json<Fouten>().errors![0]).toMatchObject({ extensions: { code: 'AANMELDEN_MISLUKT', aanmelden: '/aanmelden?terug=%2Fdashboard%2F' }, message: expect.stringMatching(/state/) });
    expect(trommel.cookies.has('thuis-sessie')).toBe(false);

    // Hergebruikte code: na een geslaagde aanmelding is de aanmelding op, ook met het oude cookie.
    const tweede = new Koekjestrommel();
    const start = await tweede.fetch(`${basis()}/aanmelden`);
    const aanmeldcookie = tweede.cookies.get('thuis-aanmelding')!;
    const url = await meldAanBijProvider(tweede, start.naar!, 'anna');
    expect((await tweede.fetch(url)).status).toBe(302);
    const nogmaals = await tweede.fetch(url);
    expect(nogmaals.status).toBe(400);
    expect(nogmaals.json<Fouten>().errors![0].message).toMatch(/geen aanmelding bezig/);
    const bewaard = new Koekjestrommel();
    bewaard.cookies.set('thuis-aanmelding', aanmeldcookie);
    expect((await bewaard.fetch(url)).status).toBe(400);
    expect(bewaard.cookies.has('thuis-sessie')).toBe(false);

    // Een terugkeer van iemand anders (login-CSRF: een aanvaller stuurt zijn eigen code naar het slachtoffer).
    const aanvaller = new Koekjestrommel();
    const zijnBegin = await aanvaller.fetch(`${basis()}/aanmelden`);
    const zijnTerugkeer = await meldAanBijProvider(aanvaller, zijnBegin.naar!, 'bert');
    const slachtoffer = new Koekjestrommel();
    expect((await slachtoffer.fetch(zijnTerugkeer)).status).toBe(400);
    expect(slachtoffer.cookies.has('thuis-sessie')).toBe(false);
  });

  it('een waarde in de rollenclaim die OIDC_ROLLEN niet kent, geeft geen rol: aangemeld, maar 403 op de gegevens', async () => {
    const trommel = new Koekjestrommel();
    const sessie = await meldAan(trommel, 'olga');
    expect(sessie).toMatchObject({ aangemeld: true, naam: 'Olga Onbekend', rollen: [] });
    const vraag = await graphql(trommel, { 'x-csrf-token': sessie.csrf! });
    expect(vraag.status).toBe(403);
    expect(vraag.json<Fouten>().errors![0]).toMatchObject({ extensions: { code: 'GEEN_ROL' }, message: expect.stringMatching(/Olga Onbekend/) });
    expect((await trommel.fetch(`${basis()}/overzichten/leeftijden`)).status).toBe(403);
  });

  it('een rol als losse tekst in de claim telt ook; beheer leest /metrics met het cookie (een GET)', async () => {
    const trommel = new Koekjestrommel();
    expect((await meldAan(trommel, 'bert')).rollen).toEqual(['beheer']);
    expect((await trommel.fetch(`${basis()}/metrics`)).status).toBe(200);
    const anna = new Koekjestrommel();
    await meldAan(anna, 'anna');
    expect((await anna.fetch(`${basis()}/metrics`)).status).toBe(403);
  });

  describe('een tweede replica', () => {
    it('ziet een sessie uit Redis, en een afmelding daar geldt bij de eerste', async ({ skip }) => {
      if (!redis.instelling) return skip();
      // Achter een loadbalancer: dezelfde publieke URL, dezelfde provider, dezelfde Redis.
      const tweede = await bouwGateway({
        redis: redis.instelling,
        subgraafUrls: stapel.subgraafUrls,
        subgraafgeheim: stapel.geheim,
        toegang: { modus: 'productie', anoniem: null, apiSleutels: new Map() },
        aanmelden: provider.aanmeldopties(terugUrl(), { sessie: { inactiefS: INACTIEF_S, maximaalS: MAXIMAAL_S }, nu }),
      });
      const http = await luister(tweede.server, tweede.context, { poort: 0, ...tweede.http });
      try {
        const replica = http.url.replace(/\/graphql$/, '');
        const trommel = new Koekjestrommel();
        const { csrf } = await meldAan(trommel, 'anna');
        expect((await trommel.fetch(`${replica}/sessie`)).json<Sessieantwoord>()).toMatchObject({ aangemeld: true, naam: 'Anna Analist', csrf });
        const vraag = await trommel.fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf! }, body: JSON.stringify({ query: EEN_VRAAG }) });
        expect(vraag.status, vraag.tekst).toBe(200);
        const cookie = trommel.cookies.get('thuis-sessie')!;
        const af = await trommel.fetch(`${replica}/afmelden`, { method: 'POST', headers: { 'x-csrf-token': csrf!, accept: 'application/json' } });
        expect(af.status).toBe(200);
        const oud = new Koekjestrommel();
        oud.cookies.set('thuis-sessie', cookie);
        const daarna = await graphql(oud, { 'x-csrf-token': csrf! });
        expect(daarna.status).toBe(401);
        expect(daarna.json<Fouten>().errors![0].extensions?.code).toBe('SESSIE_VERLOPEN');
      } finally {
        await http.stop();
        await tweede.stop();
      }
    });
  });
});
