// De overzichten als vaste URL's: JSON en CSV, met variabelen uit de querystring.
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { DEPARTEMENTEN, SUBGRAFEN } from '../../kern/config.js';
import { gebruikStapel } from '../hulp/gebruik.js';

const stapel = gebruikStapel();
let basis: string;
beforeAll(async () => {
  basis = stapel.url.replace(/\/graphql$/, '');
});

const haal = (pad: string, headers: Record<string, string> = {}) => fetch(`${basis}${pad}`, { headers });
const csvRijen = (tekst: string) => parse(tekst, { columns: true }) as Record<string, string>[];

describe('vaste URL per overzicht', () => {
  it('GET /overzichten noemt elk overzicht met zijn variabelen', async () => {
    const { overzichten } = (await (await haal('/overzichten')).json()) as { overzichten: { id: string; variabelen: { naam: string; type: string }[]; csv: boolean }[] };
    expect(overzichten.map((o) => o.id)).toEqual(['aandachtsgroep', 'aandachtsgroep-met-alle-cijfers', 'alle-cijfers', 'alle-maatregelen', 'alle-tegenwerkende-prikkels', 'alle-toezeggingen', 'cijfers', 'leeftijden', 'maatregelen', 'netwerk', 'prikkel', 'prikkellijst', 'prikkelmatrix', 'prikkelmatrix-aantallen', 'prikkeltelling', 'tegenwerkende-prikkels', 'toezeggingen']);
    expect(overzichten.find((o) => o.id === 'aandachtsgroep')?.variabelen).toEqual([
      { naam: 'code', type: 'AandachtsgroepCode!' },
      { naam: 'alleenLetterlijk', type: 'Boolean', standaard: 'false' },
    ]);
  });

  it('geeft als JSON hetzelfde als POST /graphql met het documentId', async () => {
    const viaUrl = await (await haal('/overzichten/aandachtsgroep?code=STUDENTEN')).json();
    const viaGraphql = await (
      await fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ documentId: 'aandachtsgroep', variables: { code: 'STUDENTEN' } }) })
    ).json();
    expect(viaUrl).toEqual(viaGraphql);
  });

  it('geeft alle cijfers als CSV, elke rij met groep, ministerie, bron en peildatum, en even veel rijen als cijfers', async () => {
    const antwoord = await haal('/overzichten/cijfers?formaat=csv');
    expect(antwoord.headers.get('content-type')).toMatch(/^text\/csv/);
    const rijen = csvRijen(await antwoord.text());
    const json = (await (await haal('/overzichten/cijfers')).json()) as { data: { aandachtsgroepen: Record<string, { cijfers: unknown[] } | string | null>[] } };
    const aantal = json.data.aandachtsgroepen.reduce(
      (n, g) => n + SUBGRAFEN.map((s) => s.naam).reduce((m, d) => m + ((g[d] as { cijfers: unknown[] } | null)?.cijfers.length ?? 0), 0),
      0,
    );
    expect(aantal).toBeGreaterThan(0);
    expect(rijen).toHaveLength(aantal);
    expect(Object.keys(rijen[0])).not.toContain('bandbreedte');
    for (const rij of rijen) {
      expect(rij['aandachtsgroepen.code']).toMatch(/^[A-Z_]+$/);
      expect(DEPARTEMENTEN).toContain(rij.departement);
      expect(rij['bron.document']).not.toBe('');
      expect(rij['bron.vindplaats']).not.toBe('');
      expect(rij.peildatum).not.toBe('');
      // De stand van het beleid staat ernaast, niet in plaats van de peildatum van het cijfer.
      expect(rij.beleidspeildatum).toBe('2021-07-08');
      // Nooit een verzonnen getal: zonder waarde zegt de rij waarom, of geeft hij een bandbreedte.
      if (rij.waarde === '') expect(rij.redenGeenWaarde !== '' || rij['bandbreedte.min'] !== '').toBe(true);
    }
  });

  it('noemt bij elk overzicht over beleid de stand: de peildatum van elk ministerie', async () => {
    const { analyse } = ((await (await haal('/overzichten/prikkelmatrix')).json()) as { data: { analyse: Record<string, { beleidspeildatum: string | null }> } }).data;
    for (const { naam: m } of SUBGRAFEN) expect(analyse[m].beleidspeildatum, m).toBe('2021-07-08');
  });

  it('netwerk: per groep elk effect als rij, met instrument, score, peildatum en bron', async () => {
    const rijen = csvRijen(await (await haal('/overzichten/netwerk?aandachtsgroep=DAK_EN_THUISLOZEN&formaat=csv')).text());
    expect(rijen.length).toBeGreaterThan(10);
    for (const rij of rijen) {
      expect(rij['aandachtsgroep.code']).toBe('DAK_EN_THUISLOZEN');
      expect(rij['instrumenten.code']).toMatch(/^[A-Z0-9_]+$/);
      expect(Math.abs(Number(rij.score))).toBeGreaterThanOrEqual(1);
      expect(Math.abs(Number(rij.score))).toBeLessThanOrEqual(3);
      expect(rij.beleidspeildatum).toBe('2021-07-08');
      expect(rij['bron.vindplaats']).not.toBe('');
    }
    // De kostendelersnorm (SZW) duwt het delen van woningen omlaag: de prikkel tegen BZK.
    expect(rijen.some((r) => r.departement === 'SZW' && r['instrumenten.code'] === 'KOSTENDELERSNORM' && Number(r.score) < 0)).toBe(true);
  });

  it('filtert met variabelen uit de querystring, ook als CSV via Accept', async () => {
    const rijen = csvRijen(await (await haal('/overzichten/tegenwerkende-prikkels?maxScore=-2', { accept: 'text/csv' })).text());
    expect(rijen.length).toBeGreaterThan(0);
    for (const rij of rijen) expect(Number(rij.score)).toBeLessThanOrEqual(-2);
  });

  it('zegt wat er mis is met een ontbrekende, onbekende of ongeldige parameter of een onbekend overzicht', async () => {
    const gevallen: [string, number, RegExp][] = [
      ['/overzichten/aandachtsgroep', 400, /heeft code nodig/],
      ['/overzichten/aandachtsgroep?code=STUDENTEN&jaar=2021', 400, /Onbekende parameter jaar; aandachtsgroep neemt: formaat, code/],
      ['/overzichten/tegenwerkende-prikkels?maxScore=sterk', 400, /geheel getal/],
      ['/overzichten/cijfers?formaat=xlsx', 400, /json of csv/],
      ['/overzichten/alles', 404, /beschikbaar: aandachtsgroep, aandachtsgroep-met-alle-cijfers, alle-cijfers, alle-maatregelen, alle-tegenwerkende-prikkels, alle-toezeggingen, cijfers/],
      ['/overzichten/%zz', 404, /beschikbaar: aandachtsgroep, aandachtsgroep-met-alle-cijfers, alle-cijfers, alle-maatregelen, alle-tegenwerkende-prikkels, alle-toezeggingen, cijfers/],
      [`/overzichten/cijfers?${'a'.repeat(20_000)}=1`, 431, /kopregels .* groter dan 16 kB/],
    ];
    for (const [pad, status, melding] of gevallen) {
      const antwoord = await haal(pad);
      expect(antwoord.status, pad).toBe(status);
      const { errors } = (await antwoord.json()) as { errors: { message: string }[] };
      expect(errors[0].message, pad).toMatch(melding);
    }
  });

  it('is er ook voor een partner, en alleen met een geldig token', async () => {
    const partner = await haal('/overzichten/leeftijden?formaat=csv', { authorization: `Bearer ${await stapel.token(['partner'])}` });
    expect(partner.status).toBe(200);
    expect(csvRijen(await partner.text()).length).toBeGreaterThan(0);
    expect((await haal('/overzichten/leeftijden', { authorization: 'Bearer a.b.c' })).status).toBe(401);
  });
});
