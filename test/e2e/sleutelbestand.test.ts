// Een API-sleutel intrekken of toevoegen zonder herstart (issue 24): de beheerder schrijft
// het sleutelbestand opnieuw, en binnen de controletijd geldt de nieuwe stand op de
// draaiende gateway. Een kapot bestand verandert niets, en elke wijziging staat in het
// logboek met de namen van de sleutels, nooit met de sleutels zelf.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../gateway/toegang/identificatie.js';
import { leesApiSleutels } from '../../gateway/toegang/sleutelbestand.js';
import type { Rol } from '../../kern/identiteit.js';
import { gebruikStapel, inProductiemodus } from '../hulp/gebruik.js';
import { logopvanger } from '../hulp/logopvanger.js';

const CONTROLE_MS = 50;
const map = mkdtempSync(join(tmpdir(), 'sleutelbestand-'));
const pad = join(map, 'api-sleutels.json');
const OUD = 'oude-partnersleutel-0123456789abcdef';
const NIEUW = 'nieuwe-partnersleutel-0123456789abcdef';

/** Schrijft het bestand zoals een Secret of een beheerder het doet: in één keer, via een nieuw bestand en hernoemen. */
function schrijf(sleutels: { naam: string; sleutel: string; rollen: Rol[] }[] | string): void {
  const tijdelijk = `${pad}.nieuw`;
  writeFileSync(tijdelijk, typeof sleutels === 'string' ? sleutels : JSON.stringify({ sleutels: sleutels.map((s) => ({ naam: s.naam, rollen: s.rollen, sha256: sha256(s.sleutel) })) }));
  renameSync(tijdelijk, pad);
}
schrijf([{ naam: 'partner-oud', sleutel: OUD, rollen: ['partner'] }]);

describe('API-sleutels intrekken en toevoegen zonder herstart (productiemodus)', () => {
  const log = logopvanger();
  inProductiemodus();
  const stapel = gebruikStapel('sqlite', {
    logbestemming: log.stroom,
    toegang: { modus: 'productie', anoniem: null, apiSleutels: leesApiSleutels(pad), sleutelbestand: { pad, controleMs: CONTROLE_MS } },
  });
  const overzicht = (sleutel: string) => fetch(`${stapel.url.replace(/\/graphql$/, '')}/overzichten/aandachtsgroep?code=STUDENTEN`, { headers: { 'x-api-key': sleutel } }).then((a) => a.status);
  /** Wacht tot `sleutel` het verwachte antwoord krijgt, hoogstens een seconde (twintig keer de controletijd). */
  const wachtOp = async (sleutel: string, status: number) => {
    const grens = Date.now() + 1000;
    while ((await overzicht(sleutel)) !== status) {
      if (Date.now() > grens) throw new Error(`na 1 s gaf de sleutel nog niet ${status}`);
      await new Promise((r) => setTimeout(r, CONTROLE_MS / 2));
    }
  };
  const meldingen = () => log.gelezen().map((r) => String(r.msg)).filter((m) => m.startsWith('API-sleutels'));

  it('trekt een sleutel in en voegt er een toe: de oude krijgt 401, de nieuwe 200, zonder herstart', async () => {
    expect(await overzicht(OUD)).toBe(200);
    expect(await overzicht(NIEUW)).toBe(401);
    schrijf([{ naam: 'partner-nieuw', sleutel: NIEUW, rollen: ['partner'] }]);
    await wachtOp(OUD, 401);
    expect(await overzicht(NIEUW)).toBe(200);
    const regel = meldingen().at(-1) ?? '';
    expect(regel).toContain('toegevoegd: partner-nieuw');
    expect(regel).toContain('ingetrokken: partner-oud');
    // Het logboek noemt namen, nooit een sleutel of de hash ervan.
    for (const geheim of [OUD, NIEUW, sha256(OUD), sha256(NIEUW)]) expect(log.regels.join('\n')).not.toContain(geheim);
  });

  it('laat bij een kapot of verdwenen bestand de sleutels gelden die golden, en zegt waarom', async () => {
    schrijf('{ "sleutels": [ { "naam": "half" ');
    await new Promise((r) => setTimeout(r, CONTROLE_MS * 6));
    expect(await overzicht(NIEUW)).toBe(200);
    expect(meldingen().at(-1)).toMatch(/^API-sleutels niet herladen: API_SLEUTELBESTAND .* is niet te lezen als JSON.*De 1 sleutel\(s\) die golden, blijven gelden\.$/);
    schrijf(JSON.stringify({ sleutels: [{ naam: 'fout', rollen: ['baas'], sha256: 'a'.repeat(64) }] }));
    await new Promise((r) => setTimeout(r, CONTROLE_MS * 6));
    expect(await overzicht(NIEUW)).toBe(200);
    expect(meldingen().at(-1)).toMatch(/onbekende rol "baas"; geldig: analist, partner/);
    // Een verdwenen bestand is eerder een vergissing dan "trek alles in".
    rmSync(pad);
    await new Promise((r) => setTimeout(r, CONTROLE_MS * 6));
    expect(await overzicht(NIEUW)).toBe(200);
    expect(meldingen().at(-1)).toMatch(/^API-sleutels niet herladen: .*ENOENT/);
  });

  it('neemt een andere rol van dezelfde naam over: een partner die analist wordt, mag een vrije query', async () => {
    const vrij = () =>
      fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': NIEUW }, body: JSON.stringify({ query: '{ aandachtsgroepen { code } }' }) }).then((a) => a.status);
    expect(await vrij()).toBe(403);
    schrijf([{ naam: 'partner-nieuw', sleutel: NIEUW, rollen: ['analist'] }]);
    const grens = Date.now() + 1000;
    while ((await vrij()) !== 200) {
      if (Date.now() > grens) throw new Error('de nieuwe rol gold na 1 s nog niet');
      await new Promise((r) => setTimeout(r, CONTROLE_MS / 2));
    }
    expect(meldingen().at(-1)).toContain('gewijzigd: partner-nieuw');
  });
});
