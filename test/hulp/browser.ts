// De functies die browsertests aan page.evaluate geven, draaien in Chromium en gebruiken
// de DOM; daarom kent de typecontrole die typen.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Het dashboard in echte Chromium (Debian-pakket, via playwright-core), gedeeld door de
// browsertests: de stapel starten, Chromium met de vlaggen voor een machine zonder
// internet, axe-core (WCAG 2.1 AA) en een schermafdruk per pagina in test/artefacten/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { gebruik } from './gebruik.js';
import { overslaanBuitenCI } from './overslaan.js';
import { startStapel, type Stapel, type Stapelopties } from './stapel.js';

export const CHROMIUM = '/usr/bin/chromium';
const ARTEFACTEN = new URL('../artefacten/', import.meta.url);
const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Of de browsertests kunnen draaien; in CI is een ontbrekende Chromium een fout. */
export const chromiumAanwezig = () =>
  existsSync(CHROMIUM) || overslaanBuitenCI('Chromium-tests', `${CHROMIUM} ontbreekt`, 'apt-get update && apt-get install -y chromium');

export interface Dashboardsessie {
  stapel: Stapel;
  browser: Browser;
  pagina: Page;
  /** http://127.0.0.1:<poort>, de oorsprong van de gateway. */
  basis: string;
  /** Voert axe-core uit op de open pagina, bewaart een schermafdruk en eist 0 overtredingen. */
  controleerToegankelijkheid(naam: string): Promise<void>;
  stop(): Promise<void>;
}

/** Debian-Chromium, headless; zonder deze vlaggen probeert het steeds het internet te bereiken. */
export const startChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

/**
 * Verzamelt elke CSP-schending op `pagina` vanaf de volgende navigatie; de teruggegeven
 * functie leest ze. Voor pagina's die de CSP niet omzeilen, zoals een echte browser.
 */
export async function volgCspSchendingen(pagina: Page): Promise<() => Promise<string[]>> {
  await pagina.addInitScript(() => {
    const w = globalThis as unknown as { cspSchendingen: string[] };
    w.cspSchendingen = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspSchendingen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => pagina.evaluate(() => (globalThis as unknown as { cspSchendingen: string[] }).cspSchendingen);
}

export async function startDashboardsessie(opties: Stapelopties = {}): Promise<Dashboardsessie> {
  const stapel = await startStapel('sqlite', opties);
  const browser = await startChromium();
  // axe-core wordt als script ingevoegd; de CSP van het dashboard verbiedt dat terecht.
  const pagina = await browser.newPage({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  mkdirSync(ARTEFACTEN, { recursive: true });
  return {
    stapel,
    browser,
    pagina,
    basis: stapel.url.replace(/\/graphql$/, ''),
    async controleerToegankelijkheid(naam) {
      await pagina.addScriptTag({ content: axe });
      const overtredingen = await pagina.evaluate(async () => {
        const w = globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
        const r = await w.axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      await pagina.screenshot({ path: new URL(`${naam}.png`, ARTEFACTEN).pathname, fullPage: true });
      expect(overtredingen, naam).toEqual([]);
    },
    async stop() {
      await browser.close();
      await stapel.stop();
    },
  };
}

/**
 * Start per testbestand één sessie (beforeAll) en stopt haar (afterAll). `bij` krijgt de
 * gestarte sessie, om pagina en basis in eigen variabelen te zetten of te gaan volgen;
 * `opties` gaan naar startStapel (bijvoorbeeld een anonieme gebruiker met meer rollen); als
 * functie pas in beforeAll gelezen, na wat eerder gestart is (een OpenID-provider).
 */
export function gebruikDashboardsessie(bij?: (sessie: Dashboardsessie) => void, opties: Stapelopties | (() => Stapelopties) = {}): Dashboardsessie {
  return gebruik(
    'De dashboardsessie',
    async () => {
      const sessie = await startDashboardsessie(typeof opties === 'function' ? opties() : opties);
      bij?.(sessie);
      return sessie;
    },
    (sessie) => sessie.stop(),
    60_000,
  );
}
