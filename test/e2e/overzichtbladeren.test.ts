// Een overzicht over een verbinding door de hele stapel (issue 25): het programmateam publiceert
// het met first: 10, een partner haalt het op zijn URL, en de CSV heeft precies totaal rijen,
// dezelfde als de oude (verouderde) lijst, in dezelfde volgorde. Wat de gateway niet kan
// doorbladeren, neemt hij niet aan. De verouderde cursor en de grens: test/overzichtbladeren.test.ts.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Rol } from '../../kern/identiteit.js';
import { gebruikStapel } from '../hulp/gebruik.js';

const stapel = gebruikStapel('sqlite', { redis: null });

const basis = () => stapel.url.replace(/\/graphql$/, '');
async function vraag(pad: string, { rol = 'partner', body }: { rol?: Rol; body?: unknown } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${await stapel.token([rol])}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const a = await fetch(`${basis()}${pad}`, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const tekst = await a.text();
  let json: { errors?: { message: string; extensions: { code: string; redenen?: string[] } }[]; [k: string]: unknown } = {};
  try {
    json = JSON.parse(tekst) as typeof json;
  } catch {
    // CSV
  }
  return { status: a.status, kop: a.headers, tekst, json };
}
const csvRijen = (tekst: string) => parse(tekst, { columns: true }) as Record<string, string>[];

const SELECTIE = 'instrument { code departement } doel { code departement } indicator score zekerheid';

const prikkelsPerTien = (extra: Record<string, unknown> = {}) => ({
  naam: 'prikkels-per-tien',
  titel: 'Alle tegenwerkende prikkels, per tien opgehaald',
  omschrijving: 'Elke tegenwerkende prikkel, ook de slapende; de gateway haalt ze per bladzijde van tien.',
  document: `query PrikkelsPerTien($na: String, $first: Int = 10) {
    analyse {
      tegenwerkendePrikkelsVerbinding(filter: { slapend: null }, first: $first, after: $na) {
        totaal
        edges { node { ${SELECTIE} } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`,
  rijen: 'analyse.tegenwerkendePrikkelsVerbinding.edges.node',
  ...extra,
});

describe('een overzicht over een verbinding, door de stapel', () => {
  it('geeft als CSV precies totaal rijen, dezelfde als de verouderde lijst, ook met first: 10', async () => {
    const p = await vraag('/overzichten', { rol: 'samensteller', body: prikkelsPerTien() });
    expect(p.status, p.tekst).toBe(201);

    const oud = await stapel.query<{ analyse: { tegenwerkendePrikkels: Record<string, unknown>[] } }>(`{ analyse { tegenwerkendePrikkels(filter: { slapend: null }) { ${SELECTIE} } } }`);
    expect(oud.errors).toBeUndefined();
    const lijst = oud.data!.analyse.tegenwerkendePrikkels;
    expect(lijst.length).toBeGreaterThan(50);

    const csv = await vraag('/overzichten/prikkels-per-tien?formaat=csv');
    expect(csv.status, csv.tekst).toBe(200);
    const rijen = csvRijen(csv.tekst);
    expect(rijen).toHaveLength(lijst.length);
    expect(rijen.every((r) => r['tegenwerkendePrikkelsVerbinding.totaal'] === String(lijst.length))).toBe(true);
    expect(csv.kop.get('x-bladzijden')).toBe(String(Math.ceil(lijst.length / 10)));
    expect(csv.kop.get('x-onvolledig')).toBeNull();
    // Zelfde rijen, zelfde volgorde als de verouderde lijst.
    const sleutel = (r: Record<string, unknown>) => [r['instrument.code'], r['doel.code'], r.indicator, String(r.score)].join('|');
    const vlak = (p: Record<string, unknown>) => {
      const i = p.instrument as { code: string };
      const d = p.doel as { code: string };
      return { 'instrument.code': i.code, 'doel.code': d.code, indicator: p.indicator, score: p.score };
    };
    expect(rijen.map(sleutel)).toEqual(lijst.map((p) => sleutel(vlak(p))));

    // JSON: één verbinding met alle edges; first van de partner (7) is alleen de grootte van een bladzijde.
    const json = await vraag('/overzichten/prikkels-per-tien?first=7');
    expect(json.status).toBe(200);
    const v = (json.json as { data: { analyse: { tegenwerkendePrikkelsVerbinding: { totaal: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } } } } }).data.analyse.tegenwerkendePrikkelsVerbinding;
    expect(v.totaal).toBe(lijst.length);
    expect(v.edges).toHaveLength(lijst.length);
    expect(v.pageInfo.hasNextPage).toBe(false);
    expect(json.kop.get('x-bladzijden')).toBe(String(Math.ceil(lijst.length / 7)));

    // Via POST /graphql blijft het één bladzijde: daar bladert de client zelf, met after.
    const g = await vraag('/graphql', { body: { documentId: 'prikkels-per-tien' } });
    expect((g.json as { data: { analyse: { tegenwerkendePrikkelsVerbinding: { edges: unknown[] } } } }).data.analyse.tegenwerkendePrikkelsVerbinding.edges).toHaveLength(10);

    // De variabele voor after zet de gateway.
    const na = await vraag('/overzichten/prikkels-per-tien?na=abc');
    expect(na.status).toBe(400);
    expect(na.json.errors?.[0].extensions.code).toBe('ONGELDIGE_PARAMETER');
  });

  // De ingebouwde opvolgers van de overzichten over een verouderd lijstveld: dezelfde rijen, plus het totaal.
  it.each([
    ['alle-tegenwerkende-prikkels', 'tegenwerkende-prikkels', 'tegenwerkendePrikkelsVerbinding'],
    ['alle-maatregelen', 'maatregelen', 'maatregelenVerbinding'],
    ['alle-toezeggingen', 'toezeggingen', 'toezeggingenVerbinding'],
  ])('%s geeft als CSV dezelfde rijen als %s, ook per bladzijde van 10', async (nieuw, oud, veld) => {
    const was = await vraag(`/overzichten/${oud}?formaat=csv`);
    expect(was.status).toBe(200);
    const verwacht = csvRijen(was.tekst);
    expect(verwacht.length).toBeGreaterThan(10);
    const csv = await vraag(`/overzichten/${nieuw}?formaat=csv&first=10`);
    expect(csv.status, csv.tekst).toBe(200);
    expect(csv.kop.get('x-bladzijden')).toBe(String(Math.ceil(verwacht.length / 10)));
    const rijen = csvRijen(csv.tekst);
    expect(rijen.map((r) => r[`${veld}.totaal`])).toEqual(verwacht.map(() => String(verwacht.length)));
    // Elke rij zegt uit welke generatie zij komt (Analyse.generatie): voor alle bladzijden dezelfde.
    const generatiekolom = Object.keys(rijen[0]).find((k) => k.endsWith('generatie'))!;
    expect(new Set(rijen.map((r) => r[generatiekolom])).size).toBe(1);
    expect(rijen[0][generatiekolom]).toMatch(/^BZK:[0-9a-f]{16} /);
    expect(rijen.map(({ [`${veld}.totaal`]: _, [generatiekolom]: __, ...rest }) => rest)).toEqual(verwacht);
    // Zonder first: bladzijden van 500, dus hier één.
    const heel = await vraag(`/overzichten/${nieuw}?formaat=csv`);
    expect(csvRijen(heel.tekst)).toHaveLength(verwacht.length);
    expect(heel.kop.get('x-bladzijden')).toBeNull();
  });

  // Vijf verbindingen in één overzicht, elk met een eigen after: de gateway bladert ze samen door.
  it('alle-cijfers geeft als CSV precies totaal rijen (alle ministeries samen): elk cijfer uit cijfers één keer, met zijn groepen', async () => {
    const was = await vraag('/overzichten/cijfers?formaat=csv');
    expect(was.status).toBe(200);
    // Het oude overzicht herhaalt een cijfer onder elke groep van zijn reeks: per cijfer zijn groepen.
    const verwacht = new Map<string, string[]>();
    for (const r of csvRijen(was.tekst)) {
      const sleutel = [r.departement, r.code, r.peildatum].join('|');
      verwacht.set(sleutel, [...(verwacht.get(sleutel) ?? []), r['aandachtsgroepen.code']!]);
    }
    expect(verwacht.size).toBeGreaterThan(10);

    const csv = await vraag('/overzichten/alle-cijfers?formaat=csv&first=20');
    expect(csv.status, csv.tekst).toBe(200);
    const rijen = csvRijen(csv.tekst);
    const totalen = new Map(rijen.map((r) => [r.departement, Number(r['cijfersVerbinding.totaal'])]));
    expect([...totalen.keys()].sort()).toEqual(['BZK', 'JENV', 'OCW', 'SZW', 'VWS']);
    expect(rijen).toHaveLength([...totalen.values()].reduce((a, b) => a + b, 0));
    for (const [departement, totaal] of totalen) expect(rijen.filter((r) => r.departement === departement)).toHaveLength(totaal);
    expect(csv.kop.get('x-bladzijden')).toBe(String(Math.max(...[...totalen.values()].map((t) => Math.ceil(t / 20)))));
    expect(new Set(rijen.map((r) => r['analyse.generatie'])).size).toBe(1);
    const gekregen = new Map(rijen.map((r) => [[r.departement, r.code, r.peildatum].join('|'), r.aandachtsgroepen!.split('; ')]));
    expect(gekregen.size).toBe(rijen.length);
    expect(new Map([...gekregen].map(([k, g]) => [k, [...g].sort()]))).toEqual(new Map([...verwacht].map(([k, g]) => [k, [...g].sort()])));

    // Zonder first: bladzijden van 100 per ministerie, hier één; dezelfde rijen.
    const heel = await vraag('/overzichten/alle-cijfers?formaat=csv');
    expect(csvRijen(heel.tekst)).toEqual(rijen);
    expect(heel.kop.get('x-bladzijden')).toBeNull();
    // Geen van de vijf variabelen voor after mag op de URL.
    const na = await vraag('/overzichten/alle-cijfers?naVws=abc');
    expect(na.status).toBe(400);
  });

  it('aandachtsgroep-met-alle-cijfers geeft als CSV dezelfde rijen als aandachtsgroep, ook per bladzijde van 2, met het totaal per ministerie', async () => {
    const was = await vraag('/overzichten/aandachtsgroep?code=STUDENTEN&formaat=csv');
    expect(was.status).toBe(200);
    const verwacht = csvRijen(was.tekst);
    expect(verwacht.length).toBeGreaterThan(4);
    const csv = await vraag('/overzichten/aandachtsgroep-met-alle-cijfers?code=STUDENTEN&formaat=csv&first=2');
    expect(csv.status, csv.tekst).toBe(200);
    const rijen = csvRijen(csv.tekst);
    const totalen = new Map(rijen.map((r) => [r.departement, Number(r['cijfersVerbinding.totaal'])]));
    for (const [departement, totaal] of totalen) expect(rijen.filter((r) => r.departement === departement)).toHaveLength(totaal);
    expect(csv.kop.get('x-bladzijden')).toBe(String(Math.max(...[...totalen.values()].map((t) => Math.ceil(t / 2)))));
    expect(rijen.map(({ 'cijfersVerbinding.totaal': _, ...rest }) => rest)).toEqual(verwacht);
  });

  it('noemt de variabele voor after niet als parameter van de URL (lijst en OpenAPI), first wel', async () => {
    const { overzichten } = (await vraag('/overzichten')).json as unknown as { overzichten: { naam: string; variabelen: { naam: string }[] }[] };
    const namen = overzichten.find((o) => o.naam === 'alle-tegenwerkende-prikkels')!.variabelen.map((v) => v.naam);
    expect(namen).toContain('first');
    expect(namen).not.toContain('na');
    const openapi = (await vraag('/overzichten/openapi.json')).json as unknown as { paths: Record<string, { get: { parameters: { name?: string }[]; responses: Record<string, unknown> } }> };
    const get = openapi.paths['/overzichten/alle-tegenwerkende-prikkels'].get;
    expect(get.parameters.map((p) => p.name)).not.toContain('na');
    expect(Object.keys(get.responses)).toEqual(expect.arrayContaining(['422', '503', '504']));
    expect(Object.keys(openapi.paths['/overzichten/tegenwerkende-prikkels'].get.responses)).not.toContain('503');
  });

  it('neemt geen overzicht aan dat de gateway niet tot het eind kan doorbladeren', async () => {
    const zonderAfter = await vraag('/overzichten', {
      rol: 'samensteller',
      body: prikkelsPerTien({
        naam: 'prikkels-zonder-after',
        document: `query PrikkelsZonderAfter { analyse { tegenwerkendePrikkelsVerbinding(first: 10) { edges { node { score } } } } }`,
      }),
    });
    expect(zonderAfter.status).toBe(422);
    const redenen = zonderAfter.json.errors?.[0].extensions.redenen ?? [];
    expect(redenen.some((r) => /geen after; de gateway bladert/.test(r))).toBe(true);
    expect(redenen.some((r) => /vraagt totaal en pageInfo \{ hasNextPage \} en pageInfo \{ endCursor \} niet/.test(r))).toBe(true);

    const nul = await vraag('/overzichten', {
      rol: 'samensteller',
      body: prikkelsPerTien({ naam: 'prikkels-nul', document: prikkelsPerTien().document.replace('first: $first', 'first: 0').replace(', $first: Int = 10', '') }),
    });
    expect(nul.status).toBe(422);
    expect((nul.json.errors?.[0].extensions.redenen ?? []).some((r) => /first: 0/.test(r))).toBe(true);

    const standaard = await vraag('/overzichten', { rol: 'samensteller', body: prikkelsPerTien({ naam: 'prikkels-na-standaard', standaardwaarden: { na: 'MDphYmM' } }) });
    expect(standaard.status).toBe(422);
    expect((standaard.json.errors?.[0].extensions.redenen ?? []).some((r) => /\$na .* heeft een standaardwaarde/.test(r))).toBe(true);
  });
});

// Een echte publicatie tijdens een export: met first=2 haalt de gateway een bladzijde per twee prikkels,
// en SZW publiceert intussen een instrument met een tegenwerkend effect erbij. De CSV komt dan
// helemaal uit de nieuwe stand (opnieuw begonnen) of helemaal uit de oude (de publicatie kwam
// na de laatste bladzijde), of is een 503; nooit een mengsel, nooit te kort.
describe('een publicatie tijdens het bladeren, door de stapel', () => {
  const eigen = gebruikStapel('sqlite', { redis: null });
  const haal = async (pad: string, rollen: Rol[] = ['partner'], init: RequestInit = {}) => {
    const a = await fetch(`${eigen.url.replace(/\/graphql$/, '')}${pad}`, { ...init, headers: { authorization: `Bearer ${await eigen.token(rollen)}`, ...(init.headers as Record<string, string>) } });
    return { status: a.status, kop: a.headers, tekst: await a.text() };
  };
  const sleutels = (tekst: string) => csvRijen(tekst).map((r) => [r['instrument.code'], r['doel.code'], r.indicator, r.score].join('|'));

  it('geeft rijen uit één stand, of een 503', async () => {
    const { proefeditieTekst } = await import('../hulp/proefeditie.js');
    const voor = sleutels((await haal('/overzichten/tegenwerkende-prikkels?formaat=csv')).tekst);
    const begin = Date.now();
    const export_ = haal('/overzichten/alle-tegenwerkende-prikkels?formaat=csv&first=2');
    await new Promise((r) => setTimeout(r, 300));
    const publicatie = await haal('/edities/szw', ['redacteur:SZW'], { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: proefeditieTekst('BLADERPROEF', -3) });
    expect(publicatie.status, publicatie.tekst).toBeLessThan(300);
    const gepubliceerd = Date.now() - begin;
    const a = await export_;
    const duur = Date.now() - begin;
    const na = sleutels((await haal('/overzichten/tegenwerkende-prikkels?formaat=csv')).tekst);
    expect(na).not.toEqual(voor);
    console.log(`export ${duur} ms, publicatie klaar na ${gepubliceerd} ms, status ${a.status}, bladzijden ${a.kop.get('x-bladzijden')}, opnieuw ${a.kop.get('x-opnieuw-begonnen')}`);
    if (a.status === 503) {
      expect(JSON.parse(a.tekst).errors[0].extensions.code).toBe('GEGEVENS_VERANDERDEN');
      return;
    }
    expect(a.status, a.tekst).toBe(200);
    const rijen = sleutels(a.tekst);
    expect([voor, na]).toContainEqual(rijen);
    expect(csvRijen(a.tekst).every((r) => r['tegenwerkendePrikkelsVerbinding.totaal'] === String(rijen.length))).toBe(true);
    // Kwam de publicatie tijdens de export, dan begon de gateway opnieuw en is alles uit de nieuwe stand.
    if (gepubliceerd < duur - 200) {
      expect(rijen).toEqual(na);
      expect(Number(a.kop.get('x-opnieuw-begonnen'))).toBeGreaterThanOrEqual(1);
    }
  });
});
