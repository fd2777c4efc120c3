// Letterlijk of afgeleid in het dashboard, in echte Chromium: met de zekerheidsproef van
// SZW (test/hulp/proefeditie.ts) toont de prikkelpagina de citaten, een afgeleide waarde
// een merk met de reden bij focus, de schakelaar "alleen letterlijk" laat alleen de
// letterlijke prikkel over, en een afgeschaft instrument staat bij de slapende prikkels
// met de maatregel die hem voorgoed wegneemt. axe-core vindt op elke pagina niets.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAanwezig, gebruikDashboardsessie } from '../hulp/browser.js';
import { PROEFBRON, szwSubgraaf, zekerheidsproef } from '../hulp/proefeditie.js';

const PROEF = 'PROEF_DOEL/AANBOD_WOONWAGENSTANDPLAATSEN';

describe.runIf(chromiumAanwezig())('dashboard: zekerheid en slapende prikkels in Chromium', () => {
  let pagina: Page;
  let basis: string;
  const sessie = gebruikDashboardsessie((s) => ({ pagina, basis } = s));
  beforeAll(async () => {
    await szwSubgraaf(sessie.stapel).importeerMap(zekerheidsproef());
  }, 60_000);

  it('Prikkel: het citaat bij elke bron, en bij een afgeleide score een merk met de reden bij focus', async () => {
    await pagina.goto(`${basis}/dashboard/prikkel/PROEF_AFGELEID/${PROEF}`);
    await pagina.getByRole('heading', { level: 1, name: /Proefinstrument PROEF_AFGELEID/ }).waitFor();
    await pagina.locator('blockquote', { hasText: 'Verzonnen citaat voor een proef.' }).first().waitFor();
    await pagina.locator('blockquote', { hasText: 'Verzonnen citaat voor een proefdoel.' }).waitFor();
    expect(await pagina.locator('dd').filter({ hasText: /^Afgeleid:/ }).count()).toBe(1);

    // Het merk bij de score: een knop met de reden als beschrijving, zichtbaar bij focus, weg met Escape.
    const merk = pagina.getByRole('button', { name: 'afgeleid' }).first();
    const uitleg = pagina.locator(`#${(await merk.getAttribute('aria-describedby'))!.replaceAll(':', '\\:')}`);
    expect(await uitleg.getAttribute('role')).toBe('tooltip');
    expect(await uitleg.textContent()).toBe('Afgeleid (score): De bron zegt alleen dat het kan.');
    expect(await uitleg.isVisible()).toBe(false);
    await merk.focus();
    expect(await uitleg.isVisible()).toBe(true);
    await pagina.keyboard.press('Escape');
    expect(await uitleg.isVisible()).toBe(false);
    await sessie.controleerToegankelijkheid('prikkel-afgeleid');
  }, 60_000);

  it('Prikkel: een effect zonder citaat zegt dat het niet nagetrokken is', async () => {
    await pagina.goto(`${basis}/dashboard/prikkel/PROEF_ZONDER_CITAAT/${PROEF}`);
    await pagina.getByText('Nog geen citaat uit de bron: niet nagetrokken.').waitFor();
    const merk = pagina.getByRole('button', { name: 'afgeleid' }).first();
    await merk.hover();
    await pagina.locator('[role=tooltip]:visible').first().waitFor();
    expect(await pagina.locator('[role=tooltip]:visible').first().textContent()).toBe('Afgeleid: Nog geen citaat uit de bron');
  }, 60_000);

  it('Overzicht: de schakelaar laat alleen de letterlijke prikkel over, en die gaat mee naar de prikkelpagina', async () => {
    await pagina.goto(`${basis}/dashboard/?cel=SZW-SZW`);
    const cel = pagina.locator('section[aria-labelledby="cel"]');
    await cel.getByRole('link', { name: 'Proefinstrument PROEF_AFGELEID' }).waitFor();
    // De letterlijke prikkel heeft geen merk, de afgeleide wel.
    expect(await cel.getByRole('listitem').filter({ hasText: 'PROEF_LETTERLIJK' }).getByRole('button').count()).toBe(0);
    expect(await cel.getByRole('listitem').filter({ hasText: 'PROEF_AFGELEID' }).getByRole('button', { name: 'afgeleid' }).count()).toBe(1);

    await pagina.getByRole('checkbox', { name: 'Alleen letterlijk uit de bronnen' }).check();
    await pagina.getByRole('table', { name: /alleen letterlijk uit de bronnen/ }).waitFor();
    expect(new URL(pagina.url()).searchParams.get('alleenLetterlijk')).toBe('waar');
    expect(new URL(pagina.url()).searchParams.get('cel')).toBe('SZW-SZW');
    await cel.getByRole('link', { name: 'Proefinstrument PROEF_LETTERLIJK' }).waitFor();
    expect(await cel.getByRole('link', { name: 'Proefinstrument PROEF_AFGELEID' }).count()).toBe(0);
    expect(await cel.getByRole('link', { name: 'Proefinstrument PROEF_ZONDER_CITAAT' }).count()).toBe(0);
    await sessie.controleerToegankelijkheid('overzicht-letterlijk');

    await cel.getByRole('link', { name: 'Proefinstrument PROEF_LETTERLIJK' }).click();
    await pagina.getByRole('heading', { level: 1, name: /Proefinstrument PROEF_LETTERLIJK/ }).waitFor();
    expect(new URL(pagina.url()).searchParams.get('alleenLetterlijk')).toBe('waar');
    expect(await pagina.locator('dd').filter({ hasText: /^Letterlijk:/ }).count()).toBe(1);
  }, 60_000);

  it('Overzicht: een afgeschaft instrument staat bij de slapende prikkels, met de maatregel die hem voorgoed wegneemt', async () => {
    await pagina.goto(`${basis}/dashboard/`);
    const slapend = pagina.locator('section[aria-labelledby="slapend"]');
    const regel = slapend.getByRole('listitem').filter({ hasText: 'Proefinstrument PROEF_SLAPEND' }).first();
    await regel.waitFor();
    expect(await regel.innerText()).toContain('afgeschaft');
    expect(await regel.innerText()).toContain('voorgoed weg met: Schaf het proefinstrument definitief af.');
    // De matrix telt hem niet.
    await pagina.goto(`${basis}/dashboard/?cel=SZW-SZW`);
    await pagina.locator('section[aria-labelledby="cel"]').getByRole('link', { name: 'Proefinstrument PROEF_AFGELEID' }).waitFor();
    expect(await pagina.locator('section[aria-labelledby="cel"]').getByRole('link', { name: 'Proefinstrument PROEF_SLAPEND' }).count()).toBe(0);

    await pagina.locator('section[aria-labelledby="slapend"]').getByRole('link', { name: 'Proefinstrument PROEF_SLAPEND' }).first().click();
    await pagina.getByRole('heading', { level: 2, name: 'Slapende prikkel' }).waitFor();
    await pagina.locator('blockquote', { hasText: 'Verzonnen citaat dat zegt dat het proefinstrument is afgeschaft.' }).waitFor();
    await pagina.getByRole('heading', { level: 2, name: 'Maatregelen die deze prikkel voorgoed wegnemen' }).waitFor();
    await sessie.controleerToegankelijkheid('prikkel-slapend');
  }, 60_000);

  it('Bron: de citaten van wat op de vindplaats berust', async () => {
    await pagina.goto(`${basis}/dashboard/bron/${PROEFBRON.document}?vindplaats=${encodeURIComponent(PROEFBRON.vindplaats)}`);
    await pagina.getByRole('heading', { level: 2, name: 'Wat de bron hier zegt' }).waitFor();
    await pagina.locator('blockquote', { hasText: 'Verzonnen citaat voor een proef.' }).waitFor();
    await pagina.locator('blockquote', { hasText: 'Verzonnen citaat voor een proefdoel.' }).waitFor();
    await sessie.controleerToegankelijkheid('bron-citaten');
  }, 60_000);
});
