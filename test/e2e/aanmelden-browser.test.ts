// Aanmelden in echte Chromium, tegen de echte provider van test/hulp/oidc.ts: de browser volgt de
// redirects zelf, vult het formulier van de provider in, en komt met een cookie terug dat
// JavaScript niet kan lezen (HttpOnly); /sessie geeft de naam en het CSRF-token, en afmelden
// gaat via de provider terug naar het dashboard. Een gateway zonder subgraphs volstaat: hier
// gaat het om cookies en redirects, niet om gegevens (die doet test/e2e/aanmelden.test.ts).
/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bouwGateway } from '../../gateway/server.js';
import { luister } from '../../kern/http.js';
import { chromiumAanwezig, startChromium } from '../hulp/browser.js';
import { gebruik } from '../hulp/gebruik.js';
import { startOidcProvider, vrijePoort } from '../hulp/oidc.js';

const NERGENS = Object.fromEntries(['bzk', 'vws', 'jenv', 'szw', 'ocw', 'analyse'].map((n) => [n, 'http://127.0.0.1:9/graphql']));

describe.runIf(chromiumAanwezig())('aanmelden in Chromium', () => {
  const poort = gebruik('De poort', async () => ({ waarde: await vrijePoort() }), () => undefined);
  const basis = () => `http://127.0.0.1:${poort.waarde}`;
  const provider = gebruik(
    'De provider',
    () => startOidcProvider({ gebruikers: { anna: { naam: 'Anna Analist', rollen: ['thuis-analist'] } }, redirectUris: [`${basis()}/aanmelden/terug`] }),
    (p) => p.stop(),
  );
  const gateway = gebruik(
    'De gateway',
    async () => {
      const g = await bouwGateway({
        redis: null,
        subgraafUrls: NERGENS,
        toegang: { modus: 'productie', apiSleutels: new Map(), anoniem: null },
        aanmelden: provider.aanmeldopties(`${basis()}/aanmelden/terug`),
      });
      const http = await luister(g.server, g.context, { poort: poort.waarde, ...g.http });
      return { g, http };
    },
    async ({ g, http }) => {
      await http.stop();
      await g.stop();
    },
  );
  const browser = gebruik('Chromium', () => startChromium(), (b: Browser) => b.close(), 60_000);

  it('meldt aan via de provider, houdt het cookie buiten JavaScript, en meldt af via de provider', async () => {
    expect(gateway.http.poort).toBe(poort.waarde);
    const context = await browser.newContext();
    const pagina = await context.newPage();
    try {
      await pagina.goto(`${basis()}/aanmelden?terug=${encodeURIComponent('/dashboard/cijfers')}`);
      expect(new URL(pagina.url()).origin).toBe(provider.uitgever);
      await pagina.getByLabel('Gebruiker').fill('anna');
      await pagina.getByRole('button', { name: 'Aanmelden' }).click();
      await pagina.waitForURL(`${basis()}/dashboard/cijfers`);

      const cookies = await context.cookies(basis());
      const sessie = cookies.find((c) => c.name === 'thuis-sessie');
      expect(sessie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', expires: -1 });
      // Het dashboard (JavaScript op deze oorsprong) ziet het cookie niet, wel wie er is aangemeld.
      const gezien = await pagina.evaluate(async () => ({
        cookie: document.cookie,
        sessie: (await (await fetch('/sessie')).json()) as { aangemeld: boolean; naam: string; rollen: string[]; csrf: string },
      }));
      expect(gezien.cookie).not.toContain('thuis-sessie');
      expect(gezien.sessie).toMatchObject({ aangemeld: true, naam: 'Anna Analist', rollen: ['analist'] });

      const naar = await pagina.evaluate(async (csrf) => {
        const antwoord = await fetch('/afmelden', { method: 'POST', headers: { 'x-csrf-token': csrf, accept: 'application/json' } });
        return ((await antwoord.json()) as { naar: string }).naar;
      }, gezien.sessie.csrf);
      await pagina.goto(naar);
      await pagina.waitForURL(`${basis()}/dashboard/`);
      expect((await context.cookies(basis())).some((c) => c.name === 'thuis-sessie')).toBe(false);
      expect(await pagina.evaluate(async () => ((await (await fetch('/sessie')).json()) as { aangemeld: boolean }).aangemeld)).toBe(false);
    } finally {
      await context.close();
    }
  });
});
