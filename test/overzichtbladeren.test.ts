// Een overzicht over een verbinding op zijn URL (gateway/overzichten/bladeren.ts), zonder stapel:
// de routes met een nagebootste gateway die bladzijden geeft met kern/bladzijde.ts, zoals de
// analyselaag. Hier wat de echte stapel niet op commando doet: een publicatie precies tussen
// twee bladzijden, een gateway die blijft veranderen, en een overzicht dat nooit ophoudt.
import { HeaderMap } from '@apollo/server';
import { parse as leesCsv } from 'csv-parse/sync';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { bladzijde } from '../kern/bladzijde.js';
import { tekstVan, type HttpAntwoord, type HttpVerzoek, type Route } from '../kern/http.js';
import { BLADERGRENZEN, verbindingenIn, type Bladergrenzen } from '../gateway/overzichten/bladeren.js';
import { overzichtUitBestand, type Overzicht } from '../gateway/overzichten/register.js';
import { overzichtroutes } from '../gateway/overzichten/routes.js';
import type { Overzichtenlijst } from '../gateway/overzichten/stand.js';

const DOCUMENT = `# rijen: analyse.prikkels.edges.node
query Prikkels($na: String, $first: Int = 10) {
  analyse {
    peildatum
    prikkels: tegenwerkendePrikkelsVerbinding(first: $first, after: $na) {
      totaal
      edges { node { code score generatie } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface Prikkel {
  code: string;
  score: number;
  generatie: number;
}

/** De gegevens van de nagebootste analyselaag: een lijst per generatie, te veranderen tussen bladzijden. */
class Gegevens {
  generatie = 1;
  peildatum = '2021-07-08';
  lijst: Prikkel[];
  constructor(aantal: number) {
    this.lijst = Array.from({ length: aantal }, (_, i) => ({ code: `P${String(i).padStart(3, '0')}`, score: -((i % 3) + 1), generatie: 1 }));
  }
  /** Een publicatie: elk element krijgt de nieuwe generatie (dus elke vingerafdruk verandert), en `extra` elementen erbij. */
  publiceer(extra = 0) {
    this.generatie += 1;
    const n = this.lijst.length + extra;
    this.lijst = Array.from({ length: n }, (_, i) => ({ code: `P${String(i).padStart(3, '0')}`, score: -((i % 3) + 1), generatie: this.generatie }));
  }
}

function opstelling(
  gegevens: Gegevens,
  {
    grenzen = BLADERGRENZEN,
    naBladzijde,
    document = DOCUMENT,
    generatie,
    vertragingMs = 0,
  }: { grenzen?: Bladergrenzen; naBladzijde?: (n: number) => void; document?: string; generatie?: () => string | null; vertragingMs?: number } = {},
) {
  const overzicht: Overzicht = overzichtUitBestand('prikkels.graphql', document);
  const verzoeken: Record<string, unknown>[] = [];
  const verwerk = async (verzoek: HttpVerzoek): Promise<HttpAntwoord> => {
    const { documentId, variables } = JSON.parse(verzoek.tekst) as { documentId: string; variables: Record<string, unknown> };
    expect(documentId).toBe(overzicht.id);
    verzoeken.push(variables);
    if (vertragingMs > 0) await new Promise((r) => setTimeout(r, vertragingMs));
    try {
      const b = bladzijde(gegevens.lijst, { first: (variables.first as number | undefined) ?? 10, after: variables.na as string | undefined }, 'Analyse.tegenwerkendePrikkels');
      const data = { analyse: { peildatum: gegevens.peildatum, prikkels: { ...(/\btotaal\b/.test(document) ? { totaal: b.totaal } : {}), edges: b.edges.map((e) => ({ node: e.node })), pageInfo: { hasNextPage: b.pageInfo.hasNextPage, endCursor: b.pageInfo.endCursor } } } };
      return { status: 200, headers: [['content-type', 'application/json'], ['ratelimit', `bladzijde=${verzoeken.length}`]], body: JSON.stringify({ data }) };
    } catch (e) {
      const f = e as GraphQLError;
      return { status: 400, headers: [['content-type', 'application/json']], body: JSON.stringify({ errors: [{ message: f.message, extensions: f.extensions }], data: { analyse: null } }) };
    } finally {
      naBladzijde?.(verzoeken.length);
    }
  };
  const lijst = { nieuwste: new Map([[overzicht.naam, overzicht]]) } as unknown as Overzichtenlijst;
  const routes = overzichtroutes({ lijst: () => lijst, zoekOokNieuw: async (id) => (id === overzicht.naam ? { overzicht } : undefined) }, verwerk, { bladergrenzen: grenzen, generatie });
  const route = routes.find((r): r is Route => r.label === '/overzichten/:id')!;
  const vraag = async (zoek = '') => {
    const a = await route.behandel({ method: 'GET', pad: `/overzichten/prikkels`, search: zoek, headers: new HeaderMap(), tekst: '' }, ['prikkels']);
    const kop = (naam: string) => a.headers.find(([n]) => n.toLowerCase() === naam)?.[1];
    return { status: a.status, tekst: tekstVan(a.body), kop };
  };
  return { vraag, verzoeken };
}

const csvRijen = (tekst: string) => leesCsv(tekst, { columns: true }) as Record<string, string>[];

describe('een overzicht over een verbinding bladert de gateway zelf door', () => {
  it('vindt de verbinding, haar variabele voor after en wat ze selecteert', () => {
    expect(verbindingenIn(DOCUMENT)).toEqual([
      { pad: ['analyse', 'prikkels'], veld: 'tegenwerkendePrikkelsVerbinding', na: 'na', naVast: false, firstVariabele: 'first', totaal: true, hasNextPage: true, endCursor: true },
    ]);
  });

  it('geeft als CSV alle 95 rijen in 10 bladzijden van 10, in de volgorde van de lijst', async () => {
    const gegevens = new Gegevens(95);
    const { vraag, verzoeken } = opstelling(gegevens);
    const a = await vraag('?formaat=csv');
    expect(a.status, a.tekst).toBe(200);
    const rijen = csvRijen(a.tekst);
    expect(rijen.map((r) => r.code)).toEqual(gegevens.lijst.map((p) => p.code));
    expect(rijen.every((r) => r['prikkels.totaal'] === '95')).toBe(true);
    expect(a.kop('x-bladzijden')).toBe('10');
    expect(verzoeken).toHaveLength(10);
    expect(verzoeken[0].na).toBeUndefined();
    expect(verzoeken.slice(1).every((v) => typeof v.na === 'string')).toBe(true);
  });

  it('geeft als JSON één verbinding met alle edges en pageInfo van het geheel', async () => {
    const { vraag } = opstelling(new Gegevens(95));
    const a = await vraag('?first=30');
    const json = JSON.parse(a.tekst) as { data: { analyse: { prikkels: { totaal: number; edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } };
    expect(json.data.analyse.prikkels.edges).toHaveLength(95);
    expect(json.data.analyse.prikkels.pageInfo.hasNextPage).toBe(false);
    // first van de partner is de grootte van een bladzijde, geen grens: 4 bladzijden, alle rijen.
    expect(a.kop('x-bladzijden')).toBe('4');
    // De koppen (budget) van de laatste bladzijde.
    expect(a.kop('ratelimit')).toBe('bladzijde=4');
  });

  it('weigert een after op de URL: die zet de gateway zelf', async () => {
    const { vraag, verzoeken } = opstelling(new Gegevens(95));
    const a = await vraag('?na=MjA6YWJj');
    expect(a.status).toBe(400);
    expect(JSON.parse(a.tekst).errors[0].extensions.code).toBe('ONGELDIGE_PARAMETER');
    expect(verzoeken).toHaveLength(0);
  });

  it('begint opnieuw als een publicatie de cursor tussen twee bladzijden ongeldig maakt; geen rij uit de oude stand', async () => {
    const gegevens = new Gegevens(95);
    // Na de derde bladzijde publiceert een ministerie: 5 prikkels erbij, en elke prikkel verandert.
    const { vraag, verzoeken } = opstelling(gegevens, { naBladzijde: (n) => n === 3 && gegevens.publiceer(5) });
    const a = await vraag('?formaat=csv');
    expect(a.status, a.tekst).toBe(200);
    const rijen = csvRijen(a.tekst);
    expect(rijen).toHaveLength(100);
    expect(new Set(rijen.map((r) => r.generatie))).toEqual(new Set(['2']));
    // 3 bladzijden van de eerste poging + de verouderde vierde, dan 10 van de tweede.
    expect(verzoeken).toHaveLength(4 + 10);
    expect(a.kop('x-bladzijden')).toBe('10');
    expect(a.kop('x-opnieuw-begonnen')).toBe('1');
  });

  it('begint ook opnieuw als alleen het antwoord buiten de bladzijden verandert (de peildatum), of de generatie van de gegevens', async () => {
    const gegevens = new Gegevens(25);
    const { vraag, verzoeken } = opstelling(gegevens, { naBladzijde: (n) => n === 1 && (gegevens.peildatum = '2022-01-01') });
    const a = await vraag('?formaat=csv');
    expect(csvRijen(a.tekst)).toHaveLength(25);
    expect(verzoeken).toHaveLength(2 + 3);

    // Elementen achter de cursor veranderen (de cursor past nog), maar de gateway ziet een nieuwe generatie.
    let generatie = 7;
    const andere = new Gegevens(25);
    const tweede = opstelling(andere, {
      generatie: () => `g${generatie}`,
      naBladzijde: (n) => {
        if (n === 1) {
          andere.lijst = andere.lijst.map((p, i) => (i >= 10 ? { ...p, generatie: 2 } : p));
          generatie += 1;
        }
      },
    });
    const b = await tweede.vraag('?formaat=csv');
    const rijen = csvRijen(b.tekst);
    expect(rijen).toHaveLength(25);
    // De tweede poging las alles in één stand: de eerste tien uit generatie 1 (ongewijzigd), de rest uit 2.
    expect(rijen.slice(0, 10).every((r) => r.generatie === '1') && rijen.slice(10).every((r) => r.generatie === '2')).toBe(true);
    expect(tweede.verzoeken).toHaveLength(3 + 3);
  });

  it('geeft een 503 met Retry-After als de gegevens blijven veranderen, nooit een gemengde of te korte CSV', async () => {
    const gegevens = new Gegevens(95);
    const { vraag, verzoeken } = opstelling(gegevens, { naBladzijde: (n) => n % 2 === 0 && gegevens.publiceer() });
    const a = await vraag('?formaat=csv');
    expect(a.status).toBe(503);
    expect(a.kop('retry-after')).toBe('2');
    const fout = JSON.parse(a.tekst).errors[0];
    expect(fout.extensions.code).toBe('GEGEVENS_VERANDERDEN');
    expect(fout.message).toMatch(/CURSOR_VEROUDERD/);
    // Drie pogingen, elk tot de eerste verouderde cursor.
    expect(verzoeken).toHaveLength(7);
  });

  it('weigert al na de eerste bladzijde wat boven de grens uitkomt, uit het totaal', async () => {
    const { vraag, verzoeken } = opstelling(new Gegevens(95), { grenzen: { ...BLADERGRENZEN, bladzijden: 5, rijen: 1000 } });
    const a = await vraag('?formaat=csv');
    expect(a.status).toBe(422);
    const fout = JSON.parse(a.tekst).errors[0];
    expect(fout.extensions).toMatchObject({ code: 'OVERZICHT_TE_GROOT', rijen: 95, bladzijden: 10, maximaleBladzijden: 5 });
    expect(verzoeken).toHaveLength(1);
    const rijen = await opstelling(new Gegevens(95), { grenzen: { ...BLADERGRENZEN, bladzijden: 50, rijen: 90 } }).vraag();
    expect(rijen.status).toBe(422);
  });

  it('stopt een overzicht dat nooit ophoudt: first 0, of een lijst zonder totaal die blijft beloven', async () => {
    const nul = opstelling(new Gegevens(95));
    const a = await nul.vraag('?first=0');
    expect(a.status).toBe(502);
    expect(JSON.parse(a.tekst).errors[0].message).toMatch(/geen nieuwe elementen/);
    expect(nul.verzoeken).toHaveLength(2);

    // Zonder totaal (ziet de grens niet vooraf) en steeds een volgende bladzijde: hooguit de grens aan bladzijden.
    const eindeloos = new Gegevens(100_000);
    const zonderTotaal = DOCUMENT.replace('      totaal\n', '');
    const b = opstelling(eindeloos, { grenzen: { ...BLADERGRENZEN, bladzijden: 20, rijen: 100_000 }, document: zonderTotaal });
    const c = await b.vraag('?first=1');
    expect(c.status).toBe(422);
    expect(JSON.parse(c.tekst).errors[0].extensions.code).toBe('OVERZICHT_TE_GROOT');
    expect(b.verzoeken).toHaveLength(20);
    // En de grens aan rijen, ook zonder totaal: na de bladzijde die er overheen gaat.
    const d = opstelling(eindeloos, { grenzen: { ...BLADERGRENZEN, bladzijden: 200, rijen: 120 }, document: zonderTotaal });
    const e = await d.vraag('?first=50');
    expect(e.status).toBe(422);
    expect(JSON.parse(e.tekst).errors[0].extensions).toMatchObject({ code: 'OVERZICHT_TE_GROOT', rijen: 150, bladzijden: 3 });
    expect(d.verzoeken).toHaveLength(3);
  });

  it('zegt het in x-onvolledig als een overzicht van vóór het bladeren (zonder variabele voor after) meer heeft dan één bladzijde', async () => {
    const oud = DOCUMENT.replace('query Prikkels($na: String, $first: Int = 10)', 'query Prikkels').replace('first: $first, after: $na', 'first: 10');
    const { vraag, verzoeken } = opstelling(new Gegevens(95), { document: oud, generatie: () => 'g1' });
    const csv = await vraag('?formaat=csv');
    expect(csv.status).toBe(200);
    expect(csvRijen(csv.tekst)).toHaveLength(10);
    expect(JSON.parse(csv.kop('x-onvolledig')!)).toEqual({ fouten: 0, codes: ['NIET_DOORGEBLADERD'], departementen: [], verbindingen: ['analyse.prikkels'] });
    expect(csv.kop('etag')).toBeUndefined();
    const json = await vraag();
    expect(JSON.parse(json.kop('x-onvolledig')!).codes).toEqual(['NIET_DOORGEBLADERD']);
    expect(verzoeken).toHaveLength(2);
    // Past alles op die ene bladzijde, dan is er niets onvolledig.
    const klein = await opstelling(new Gegevens(7), { document: oud, generatie: () => 'g1' }).vraag('?formaat=csv');
    expect(klein.kop('x-onvolledig')).toBeUndefined();
    expect(klein.kop('etag')).toBeDefined();
  });

  it('stopt na de maximale tijd met een 504, ook als elke bladzijde op tijd komt', async () => {
    const { vraag, verzoeken } = opstelling(new Gegevens(95), { grenzen: { ...BLADERGRENZEN, tijdMs: 100 }, vertragingMs: 30 });
    const begin = Date.now();
    const a = await vraag('?formaat=csv');
    expect(a.status).toBe(504);
    expect(JSON.parse(a.tekst).errors[0].extensions).toMatchObject({ code: 'OVERZICHT_TERMIJN_VERLOPEN', maximaleTijdMs: 100 });
    expect(verzoeken.length).toBeGreaterThan(2);
    expect(verzoeken.length).toBeLessThan(10);
    expect(Date.now() - begin).toBeLessThan(1000);
  });
});
