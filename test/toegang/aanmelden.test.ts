// Aanmelden naast de hele stroom (test/e2e/aanmelden.test.ts): de ontwikkelmodus houdt de anonieme
// analist, productie zonder OIDC werkt zoals altijd en zegt dat aanmelden niet is ingesteld, een
// provider of Redis die niet antwoordt geeft een 503 in plaats van een hangende browser, en de
// bouwstenen (sessieopslag, terug, rollenclaim, cookies) los. Een gateway zonder subgraphs
// volstaat: niets hier voert een query uit.
import { describe, expect, it } from 'vitest';
import { bouwGateway, ONTWIKKELTOEGANG, type Gateway } from '../../gateway/server.js';
import { rollenUitClaim, veiligeTerug } from '../../gateway/toegang/aanmelden.js';
import { cookieUit, sessieopslag, zetCookie } from '../../gateway/toegang/sessies.js';
import { ANONIEME_ANALIST, identificatie } from '../../gateway/toegang/identificatie.js';
import { luister, type Luisteraar } from '../../kern/http.js';
import { HeaderMap } from '@apollo/server';
import { gebruik } from '../hulp/gebruik.js';
import { Koekjestrommel, meldAanBijProvider, startOidcProvider, vrijePoort } from '../hulp/oidc.js';
import { testRedis } from '../hulp/redis.js';

const NERGENS = Object.fromEntries(['bzk', 'vws', 'jenv', 'szw', 'ocw', 'analyse'].map((n) => [n, 'http://127.0.0.1:9/graphql']));

/** Een gateway zonder subgraphs op een poort, met wat hij moet kunnen. */
async function losseGateway(opties: Parameters<typeof bouwGateway>[0], poort = 0): Promise<{ gateway: Gateway; http: Luisteraar; basis: string; stop(): Promise<void> }> {
  const gateway = await bouwGateway({ redis: null, subgraafUrls: NERGENS, kostenbudget: false, ...opties });
  const http = await luister(gateway.server, gateway.context, { poort, ...gateway.http });
  return {
    gateway,
    http,
    basis: http.url.replace(/\/graphql$/, ''),
    async stop() {
      await http.stop();
      await gateway.stop();
    },
  };
}

const koppen = (kop: Record<string, string>) => new HeaderMap(Object.entries(kop));

describe('aanmelden in de ontwikkelmodus: de anonieme analist blijft, aanmelden kan', () => {
  const poort = gebruik('De poort', async () => ({ waarde: await vrijePoort() }), () => undefined);
  const provider = gebruik(
    'De provider',
    () => startOidcProvider({ gebruikers: { anna: { naam: 'Anna Analist', rollen: ['thuis-redactie-szw'] } }, redirectUris: [`http://127.0.0.1:${poort.waarde}/aanmelden/terug`] }),
    (p) => p.stop(),
  );
  const los = gebruik(
    'De gateway',
    () => losseGateway({ toegang: ONTWIKKELTOEGANG, aanmelden: provider.aanmeldopties(`http://127.0.0.1:${poort.waarde}/aanmelden/terug`) }, poort.waarde),
    (g) => g.stop(),
  );

  it('een verzoek zonder bewijs is een analist, en /sessie zegt dat', async () => {
    expect(await los.gateway.identificeer({ headers: koppen({}) })).toEqual(ANONIEME_ANALIST);
    const sessie = await new Koekjestrommel().fetch(`${los.basis}/sessie`);
    expect(sessie.json()).toEqual({ aangemeld: false, naam: null, rollen: ['analist'], csrf: null, verlooptOm: null, anoniem: true, aanmelden: '/aanmelden?terug=%2Fdashboard%2F' });
  });

  it('wie zich aanmeldt, heeft de rollen van de provider, met het CSRF-token', async () => {
    const trommel = new Koekjestrommel();
    const begin = await trommel.fetch(`${los.basis}/aanmelden`);
    expect((await trommel.fetch(await meldAanBijProvider(trommel, begin.naar!, 'anna'))).naar).toBe(`${los.basis}/dashboard/`);
    const { csrf, rollen } = (await trommel.fetch(`${los.basis}/sessie`)).json<{ csrf: string; rollen: string[] }>();
    expect(rollen).toEqual(['redacteur:SZW']);
    const cookie = { cookie: trommel.kop };
    await expect(los.gateway.identificeer({ headers: koppen(cookie), method: 'POST', pad: '/graphql' })).rejects.toMatchObject({ status: 403, code: 'CSRF_TOKEN_ONGELDIG' });
    expect(await los.gateway.identificeer({ headers: koppen({ ...cookie, 'x-csrf-token': csrf }), method: 'POST', pad: '/graphql' })).toEqual({
      onderwerp: 'anna',
      rollen: ['redacteur:SZW'],
      bron: 'sessie',
    });
    // Een verlopen cookie valt niet terug op anoniem: het zegt dat de sessie op is.
    await expect(los.gateway.identificeer({ headers: koppen({ cookie: 'thuis-sessie=verzonnen' }), method: 'GET', pad: '/overzichten' })).rejects.toMatchObject({
      status: 401,
      code: 'SESSIE_VERLOPEN',
    });
  });
});

describe('achter https', () => {
  const provider = gebruik('De provider', () => startOidcProvider({ gebruikers: {}, redirectUris: ['https://thuis.example.nl/aanmelden/terug'] }), (p) => p.stop());
  const los = gebruik('De gateway', () => losseGateway({ toegang: ONTWIKKELTOEGANG, aanmelden: provider.aanmeldopties('https://thuis.example.nl/aanmelden/terug') }), (g) => g.stop());

  it('zijn de cookies Secure met het voorvoegsel __Host-, en telt een cookie zonder dat voorvoegsel niet', async () => {
    const trommel = new Koekjestrommel();
    const begin = await trommel.fetch(`${los.basis}/aanmelden`);
    expect(begin.status).toBe(302);
    expect(new URL(begin.naar!).searchParams.get('redirect_uri')).toBe('https://thuis.example.nl/aanmelden/terug');
    expect(trommel.laatsteSetCookie).toEqual([expect.stringMatching(/^__Host-thuis-aanmelding=[\w-]{43}; Path=\/; HttpOnly; Secure; SameSite=Lax; Max-Age=600$/)]);
    // Een cookie zonder __Host- kan een andere (sub)site of een http-pagina gezet hebben: de gateway leest het niet.
    expect(await los.gateway.identificeer({ headers: koppen({ cookie: 'thuis-sessie=x' }), method: 'POST', pad: '/graphql' })).toEqual(ANONIEME_ANALIST);
    await expect(los.gateway.identificeer({ headers: koppen({ cookie: '__Host-thuis-sessie=x' }), method: 'POST', pad: '/graphql' })).rejects.toMatchObject({ code: 'SESSIE_VERLOPEN' });
  });
});

describe('productie zonder OIDC: keys en JWT zoals altijd, aanmelden is niet ingesteld', () => {
  const los = gebruik('De gateway', () => losseGateway({ toegang: { modus: 'productie', apiSleutels: new Map(), anoniem: null } }), (g) => g.stop());

  it('/aanmelden, /aanmelden/terug en /afmelden zeggen 404 AANMELDEN_NIET_INGESTELD; /sessie zegt niemand', async () => {
    const trommel = new Koekjestrommel();
    for (const [pad, methode] of [
      ['/aanmelden?terug=/dashboard/', 'GET'],
      ['/aanmelden/terug?code=x&state=y', 'GET'],
      ['/afmelden', 'POST'],
    ]) {
      const antwoord = await trommel.fetch(`${los.basis}${pad}`, { method: methode });
      expect(antwoord.status, pad).toBe(404);
      expect(antwoord.json<{ errors: { message: string; extensions: { code: string } }[] }>().errors[0]).toMatchObject({
        extensions: { code: 'AANMELDEN_NIET_INGESTELD' },
        message: expect.stringMatching(/OIDC_ISSUER.*Authorization: Bearer/),
      });
    }
    expect((await trommel.fetch(`${los.basis}/sessie`)).json()).toEqual({ aangemeld: false, naam: null, rollen: [], csrf: null, verlooptOm: null, anoniem: false, aanmelden: null });
  });

  it('een sessiecookie telt niet als bewijs: 401 zoals zonder, zonder aanmeldlink', async () => {
    await expect(los.gateway.identificeer({ headers: koppen({ cookie: 'thuis-sessie=iets' }) })).rejects.toMatchObject({
      status: 401,
      code: 'NIET_GEAUTHENTICEERD',
      message: 'Stuur een token: Authorization: Bearer <JWT of API-sleutel>, of X-API-Key: <sleutel>.',
      extensies: {},
    });
  });
});

describe('als de provider of Redis niet antwoordt', () => {
  it('start de gateway toch, en geeft /aanmelden een 503 IDP_ONBEREIKBAAR', async () => {
    const los = await losseGateway({
      toegang: ONTWIKKELTOEGANG,
      aanmelden: {
        uitgever: 'http://127.0.0.1:9',
        clientId: 'c',
        clientGeheim: 's',
        terugUrl: 'http://127.0.0.1:4000/aanmelden/terug',
        scope: 'openid',
        rollenclaim: 'roles',
        rollen: {},
        sessie: { inactiefS: 60, maximaalS: 120 },
      },
    });
    try {
      const antwoord = await new Koekjestrommel().fetch(`${los.basis}/aanmelden`);
      expect(antwoord.status).toBe(503);
      expect(antwoord.headers.get('retry-after')).toBe('5');
      expect(antwoord.json<{ errors: { extensions: { code: string } }[] }>().errors[0].extensions.code).toBe('IDP_ONBEREIKBAAR');
    } finally {
      await los.stop();
    }
  });

  it('zegt een verzoek met het sessiecookie 503 SESSIES_ONBEREIKBAAR als de sessies in Redis niet te lezen zijn', async () => {
    const opslag = sessieopslag({ redis: { url: 'redis://127.0.0.1:9', voorvoegsel: 'weg' }, duur: { inactiefS: 60, maximaalS: 120 } });
    try {
      // De melding gaat naar de browser: zonder de URL van Redis (die een wachtwoord kan bevatten).
      const fout = await opslag.lees('x').then(() => undefined, (e: unknown) => e as Error);
      expect(fout?.message).toBe('De sessies (in Redis) zijn nu niet te lezen of te schrijven');
      expect(fout?.cause).toBeInstanceOf(Error);
      // Wie het cookie draagt, hoort dat, in plaats van als anoniem of als verlopen behandeld te worden.
      const identificeer = identificatie(ONTWIKKELTOEGANG, { cookie: 'thuis-sessie', lees: () => opslag.lees('x', true), aanmeldlink: () => '/aanmelden' });
      await expect(identificeer({ headers: koppen({ cookie: 'thuis-sessie=x' }) })).rejects.toMatchObject({
        status: 503,
        code: 'SESSIES_ONBEREIKBAAR',
        message: 'De sessies (in Redis) zijn nu niet te lezen of te schrijven. Probeer het zo opnieuw.',
      });
    } finally {
      opslag.sluit();
    }
  });
});

describe('de sessieopslag', () => {
  const redis = gebruik('Redis', async () => ({ instelling: await testRedis() }), () => undefined);

  for (const soort of ['geheugen', 'redis'] as const) {
    it(`(${soort}) vervalt na de inactieve termijn, wordt aangeraakt door gebruik, en geldt hoogstens het maximum`, async ({ skip }) => {
      if (soort === 'redis' && !redis.instelling) return skip();
      let t = 1_000_000_000_000;
      const opslag = sessieopslag({ redis: soort === 'redis' ? redis.instelling : null, duur: { inactiefS: 600, maximaalS: 1500 }, nu: () => t });
      try {
        const { id, sessie } = await opslag.maak({ onderwerp: 'anna', naam: 'Anna', rollen: ['analist'], idToken: 'geheim' });
        expect(id).toMatch(/^[\w-]{43}$/);
        expect(sessie.csrf).toMatch(/^[\w-]{43}$/);
        expect(opslag.verlooptOm(sessie)).toBe(t + 600_000);
        t += 500_000;
        // /sessie raakt niet aan; een verzoek wel.
        expect((await opslag.lees(id, false))?.laatst).toBe(t - 500_000);
        expect((await opslag.lees(id, true))?.laatst).toBe(t);
        t += 500_000;
        expect(await opslag.lees(id, true)).toBeDefined();
        t += 499_999;
        expect(await opslag.lees(id, true)).toBeDefined();
        // 1500 s na het aanmaken is het maximum bereikt, hoe actief ook.
        t += 1;
        expect(await opslag.lees(id, true)).toBeUndefined();

        // Afgemeld is weg.
        const tweede = await opslag.maak({ onderwerp: 'bert', naam: 'Bert', rollen: [] });
        expect(await opslag.lees(tweede.id)).toBeDefined();
        await opslag.verwijder(tweede.id);
        expect(await opslag.lees(tweede.id, true)).toBeUndefined();

        // Een lopende aanmelding is er één keer.
        await opslag.bewaarAanmelding('a', { state: 's', nonce: 'n', codeVerifier: 'v', terug: '/dashboard/' });
        expect(await opslag.neemAanmelding('a')).toEqual({ state: 's', nonce: 'n', codeVerifier: 'v', terug: '/dashboard/' });
        expect(await opslag.neemAanmelding('a')).toBeUndefined();
      } finally {
        opslag.sluit();
      }
    });
  }
});

describe('de bouwstenen', () => {
  it('terug: alleen een pagina van het dashboard op deze gateway, genormaliseerd', () => {
    expect(veiligeTerug(null)).toBe('/dashboard/');
    expect(veiligeTerug('/dashboard/cijfers?groep=STUDENTEN#tabel')).toBe('/dashboard/cijfers?groep=STUDENTEN#tabel');
    expect(veiligeTerug('/dashboard')).toBe('/dashboard');
    expect(veiligeTerug('/dashboard/a/../b')).toBe('/dashboard/b');
    for (const fout of ['https://elders.example/dashboard/', '//elders.example/dashboard/', '/\\elders', '/graphql', '/dashboard/../graphql', '/dashboard/%2e%2e/x', '/dashboardx', 'dashboard/', '/dashboard/\nx']) {
      expect(veiligeTerug(fout), fout).toBeUndefined();
    }
  });

  it('rollen uit de claim: alleen waarden die de koppeling kent, een tekst als één waarde, geen dubbele', () => {
    const koppeling = { a: ['analist' as const], b: ['beheer' as const, 'analist' as const] };
    expect(rollenUitClaim(['a', 'b', 'x', 42], koppeling)).toEqual(['analist', 'beheer']);
    expect(rollenUitClaim('b', koppeling)).toEqual(['beheer', 'analist']);
    expect(rollenUitClaim(undefined, koppeling)).toEqual([]);
    expect(rollenUitClaim(['toString', '__proto__'], koppeling)).toEqual([]);
  });

  it('cookies: lezen uit de kop, en zetten met HttpOnly, SameSite=Lax en (achter https) Secure', () => {
    expect(cookieUit('a=1; thuis-sessie=abc; b=2', 'thuis-sessie')).toBe('abc');
    expect(cookieUit('thuis-sessie-oud=abc', 'thuis-sessie')).toBeUndefined();
    expect(cookieUit('thuis-sessie=', 'thuis-sessie')).toBeUndefined();
    expect(zetCookie('__Host-thuis-sessie', 'x', { secure: true })).toBe('__Host-thuis-sessie=x; Path=/; HttpOnly; Secure; SameSite=Lax');
  });
});
