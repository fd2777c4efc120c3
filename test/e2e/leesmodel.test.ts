// De analyse als leesmodel: het beleid van een ministerie wordt één keer per generatie gelezen,
// niet per verzoek; een publicatie maakt een nieuwe generatie en laat alleen dat ministerie
// opnieuw lezen; en elk antwoord rekent met precies de generatie die de ministeries in
// datzelfde antwoord geven, ook als er onder belasting gepubliceerd wordt.
import { describe, expect, it, vi } from 'vitest';
import { proefeditieTekst } from '../hulp/proefeditie.js';
import { gebruikStapel } from '../hulp/gebruik.js';
import { testRedis } from '../hulp/redis.js';
import type { Stapel } from '../hulp/stapel.js';
import { SUBGRAFEN } from '../../kern/config.js';

const redis = await testRedis();

const stapel = gebruikStapel('sqlite', { kostenbudget: false, zwaarwerk: false });

const STAND = SUBGRAFEN.map((s) => `${s.naam} { vingerafdruk }`).join(' ');
type Stand = Record<string, { vingerafdruk: string } | null> & { generatie: string };

/** De generatie die de analyse noemt, en die de ministeries in hetzelfde antwoord geven. */
const verwachteGeneratie = (a: Stand) => SUBGRAFEN.map((s) => `${s.departement}:${a[s.naam]?.vingerafdruk ?? '-'}`).join(' ');

async function publiceerSzw(code: string, editie: string, bij: Stapel = stapel) {
  const antwoord = await fetch(`${bij.url.replace(/\/graphql$/, '')}/edities/szw`, {
    method: 'POST',
    headers: { 'content-type': 'application/yaml', authorization: `Bearer ${await bij.token(['redacteur:SZW'], { onderwerp: 'redacteur-szw' })}` },
    body: proefeditieTekst(code, -3, editie),
  });
  expect(antwoord.status, await antwoord.clone().text()).toBe(201);
}

describe('het leesmodel van de analyse', () => {
  it('leest bij de start elk ministerie één keer, zonder dat iemand iets vroeg, en het eerste verzoek leest niets meer', async () => {
    // Het eerste testgeval van deze stapel: er is nog geen verzoek geweest.
    await vi.waitFor(() => expect(stapel.leesmodel.lezingen).toBe(SUBGRAFEN.length), { timeout: 10_000, interval: 20 });
    const r = await stapel.query('{ analyse { generatie prikkeltelling { totaal } } }');
    expect(r.errors).toBeUndefined();
    expect(stapel.leesmodel.lezingen).toBe(SUBGRAFEN.length);
  });

  it('leest elk ministerie één keer, hoeveel analysevelden en filters er ook gevraagd worden', async () => {
    const voor = stapel.leesmodel.lezingen;
    const vragen = [
      '{ analyse { tegenwerkendePrikkels { score } } }',
      '{ analyse { tegenwerkendePrikkelsVerbinding(first: 5, filter: { instrumentDepartement: SZW }) { totaal } } }',
      '{ analyse { prikkeltelling(filter: { aandachtsgroep: STUDENTEN }) { totaal } prikkelmatrix { aantal } } }',
      '{ analyse { toezeggingen { code } lasten { instrument { code } } leeftijdsgaten { van tot } } }',
      '{ aandachtsgroep(code: OUDEREN) { tegenwerkendePrikkels { score } leeftijdsgrenzen { leeftijd } } }',
    ];
    for (const v of vragen) {
      const r = await stapel.query(v);
      expect(r.errors, `${v}: ${JSON.stringify(r.errors)}`).toBeUndefined();
    }
    // Hooguit één lezing per ministerie; een eerder testgeval in dezelfde stapel kan ze al gedaan hebben.
    expect(stapel.leesmodel.lezingen - voor).toBeLessThanOrEqual(SUBGRAFEN.length);
    const daarna = stapel.leesmodel.lezingen;
    for (const v of vragen) await stapel.query(v);
    expect(stapel.leesmodel.lezingen).toBe(daarna);
  });

  it('geeft de generatie waarmee het rekende: de vingerafdrukken die de ministeries in hetzelfde antwoord geven', async () => {
    const r = await stapel.query<{ analyse: Stand }>(`{ analyse { generatie ${STAND} } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.analyse.generatie).toBe(verwachteGeneratie(r.data!.analyse));
    expect(r.data!.analyse.generatie).toMatch(/^BZK:[0-9a-f]{16} VWS:[0-9a-f]{16} JENV:[0-9a-f]{16} SZW:[0-9a-f]{16} OCW:[0-9a-f]{16}$/);
  });

  it('leest na een publicatie alleen dat ministerie opnieuw, en rekent de prikkel van de nieuwe editie mee', async () => {
    const vraag = `{ analyse { generatie ${STAND} tegenwerkendePrikkels(filter: { instrumentDepartement: SZW }) { instrument { code } } } }`;
    type A = { analyse: Stand & { tegenwerkendePrikkels: { instrument: { code: string } }[] } };
    const voor = (await stapel.query<A>(vraag)).data!.analyse;
    const lezingen = stapel.leesmodel.lezingen;
    const berekeningen = stapel.leesmodel.berekeningen;
    await publiceerSzw('LEESMODEL_NIEUW', '2026-11-01');
    const na = (await stapel.query<A>(vraag)).data!.analyse;
    // Alleen de cellen met SZW aan een kant (instrumenten van SZW, of doelen van SZW) worden
    // opnieuw afgeleid: 2 × 5 − 1 van de 25; de andere komen uit de vorige generatie.
    expect(stapel.leesmodel.berekeningen - berekeningen).toBe(2 * SUBGRAFEN.length - 1);
    expect(na.szw!.vingerafdruk).not.toBe(voor.szw!.vingerafdruk);
    expect(na.bzk!.vingerafdruk).toBe(voor.bzk!.vingerafdruk);
    expect(na.generatie).toBe(verwachteGeneratie(na));
    expect(na.generatie).not.toBe(voor.generatie);
    expect(stapel.leesmodel.lezingen - lezingen).toBe(1);
    // De proefeditie duwt een indicator tegen een doel in: de prikkel van het nieuwe instrument staat erin.
    expect(na.tegenwerkendePrikkels.map((p) => p.instrument.code)).toContain('LEESMODEL_NIEUW');
    expect(voor.tegenwerkendePrikkels.map((p) => p.instrument.code)).not.toContain('LEESMODEL_NIEUW');
  });

  it('geeft onder belasting met publicaties geen enkel antwoord met twee generaties', async () => {
    const vraag = `{ analyse { generatie ${STAND} prikkeltelling(filter: { instrumentDepartement: SZW }) { totaal } } }`;
    type A = { analyse: Stand & { prikkeltelling: { totaal: number } } };
    const antwoorden: A['analyse'][] = [];
    let klaar = false;
    const lussen = Array.from({ length: 8 }, async () => {
      while (!klaar) {
        const r = await stapel.query<A>(vraag);
        expect(r.errors).toBeUndefined();
        antwoorden.push(r.data!.analyse);
      }
    });
    for (const [i, editie] of ['2026-11-02', '2026-11-03', '2026-11-04'].entries()) {
      await new Promise((r) => setTimeout(r, 150));
      await publiceerSzw(`LEESMODEL_BELAST_${i}`, editie);
    }
    await new Promise((r) => setTimeout(r, 150));
    klaar = true;
    await Promise.all(lussen);
    const gemengd = antwoorden.filter((a) => a.generatie !== verwachteGeneratie(a));
    expect(gemengd).toEqual([]);
    // Anders toetst dit niets: de antwoorden komen uit meer dan één generatie.
    expect(new Set(antwoorden.map((a) => a.generatie)).size).toBeGreaterThanOrEqual(3);
    expect(antwoorden.length).toBeGreaterThan(20);
  });
});

describe.skipIf(!redis)('met Redis: vooruitrekenen na een publicatie', () => {
  const metRedis = gebruikStapel('sqlite', { redis, kostenbudget: false, zwaarwerk: false });

  it('heeft de nieuwe generatie gelezen en haar prikkels berekend voordat iemand erom vraagt', async () => {
    const vraag = `{ analyse { generatie ${STAND} prikkeltelling { totaal } } }`;
    type A = { analyse: Stand & { prikkeltelling: { totaal: number } } };
    // Een verzoek op de analyse: daaruit weet het model welke groepen en welke stand de gateway ziet.
    const voor = (await metRedis.query<A>(vraag)).data!.analyse;
    const lezingen = metRedis.leesmodel.lezingen;
    const berekeningen = metRedis.leesmodel.berekeningen;
    await publiceerSzw('VOORUIT_NIEUW', '2026-11-02', metRedis);
    // Zonder verzoek: de melding via Redis laat het model SZW lezen en de 9 cellen met SZW afleiden.
    await vi.waitFor(() => expect(metRedis.leesmodel.berekeningen - berekeningen).toBe(2 * SUBGRAFEN.length - 1), { timeout: 10_000, interval: 20 });
    expect(metRedis.leesmodel.lezingen - lezingen).toBe(1);
    const na = (await metRedis.query<A>(vraag)).data!.analyse;
    expect(na.generatie).toBe(verwachteGeneratie(na));
    expect(na.generatie).not.toBe(voor.generatie);
    // Het verzoek vond alles klaar: niets opnieuw gelezen, geen cel opnieuw afgeleid.
    expect(metRedis.leesmodel.lezingen - lezingen).toBe(1);
    expect(metRedis.leesmodel.berekeningen - berekeningen).toBe(2 * SUBGRAFEN.length - 1);
    expect(na.prikkeltelling.totaal).toBeGreaterThan(voor.prikkeltelling.totaal);
  });
});

describe('een oud lijstveld met meer dan de grens', () => {
  const klein = gebruikStapel('sqlite', { kostenbudget: false, zwaarwerk: false, maximaleLijst: 10 });

  it('weigert met LIJST_TE_LANG en de lengte, en wijst naar de verbinding, die alles per bladzijde geeft', async () => {
    const telling = await klein.query<{ analyse: { prikkeltelling: { totaal: number } } }>('{ analyse { prikkeltelling { totaal } } }');
    const totaal = telling.data!.analyse.prikkeltelling.totaal;
    expect(totaal).toBeGreaterThan(10);
    // Het veld is een niet-nulbare lijst: de fout maakt (volgens GraphQL) de analyse in dit antwoord null.
    const r = await klein.query('{ analyse { tegenwerkendePrikkels { score } } }');
    const fout = r.errors?.find((e) => e.extensions?.code === 'LIJST_TE_LANG');
    expect(fout?.extensions).toMatchObject({ aantal: totaal, maximum: 10, verbinding: 'tegenwerkendePrikkelsVerbinding' });
    expect(fout?.message).toContain('tegenwerkendePrikkelsVerbinding(first: …, after: …)');
    const bladzijde = await klein.query<{ analyse: { tegenwerkendePrikkelsVerbinding: { totaal: number; edges: unknown[] } } }>(
      '{ analyse { tegenwerkendePrikkelsVerbinding(first: 3) { totaal edges { cursor } } } }',
    );
    expect(bladzijde.errors).toBeUndefined();
    expect(bladzijde.data!.analyse.tegenwerkendePrikkelsVerbinding).toMatchObject({ totaal, edges: [{}, {}, {}] });
  });

  it('geeft een lijst onder de grens gewoon', async () => {
    const r = await klein.query<{ analyse: { tegenwerkendePrikkels: { score: number }[] } }>('{ analyse { tegenwerkendePrikkels(filter: { maxScore: -3 }) { score } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.analyse.tegenwerkendePrikkels.length).toBeLessThanOrEqual(10);
    expect(r.data!.analyse.tegenwerkendePrikkels.every((p) => p.score === -3)).toBe(true);
  });
});
