// Het programmateam publiceert een eigen overzicht door de hele stapel (gateway, register,
// subgraphs): een partner draait het meteen als JSON en CSV; elke reden om te weigeren met
// een 422 die haar noemt; brekende versies alleen met breekt, daarna Deprecation, Sunset en
// na de uitfaseerdatum 410 (met een klok die de test verzet in plaats van te wachten);
// intrekken, de lijst voor partners, het verslag, en wie wat mag.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Rol } from '../../kern/identiteit.js';
import { gebruikStapel } from '../hulp/gebruik.js';

let verschuivingMs = 0;
const klok = () => new Date(Date.now() + verschuivingMs);
const DAG = 24 * 3600 * 1000;
const vandaagPlus = (dagen: number) => new Date(klok().getTime() + dagen * DAG).toISOString().slice(0, 10);

const stapel = gebruikStapel('sqlite', { klok, redis: null });

interface Fout {
  message: string;
  extensions: { code: string; redenen?: string[]; opvolger?: string | null };
}
interface Antwoord {
  status: number;
  kop: Headers;
  json: Record<string, unknown> & { errors?: Fout[] };
  tekst: string;
}

const basis = () => stapel.url.replace(/\/graphql$/, '');
async function vraag(pad: string, { rol = 'samensteller', body, methode, koppen = {} }: { rol?: Rol | null; body?: unknown; methode?: string; koppen?: Record<string, string> } = {}): Promise<Antwoord> {
  const headers: Record<string, string> = { ...koppen };
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  if (rol) headers.authorization = `Bearer ${await stapel.token([rol])}`;
  const a = await fetch(`${basis()}${pad}`, { method: methode ?? (body === undefined ? 'GET' : 'POST'), headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const tekst = await a.text();
  let json: Antwoord['json'] = {};
  try {
    json = JSON.parse(tekst) as Antwoord['json'];
  } catch {
    // CSV
  }
  return { status: a.status, kop: a.headers, json, tekst };
}
const publiceer = (body: unknown, rol: Rol = 'samensteller') => vraag('/overzichten', { body, rol });
const redenen = (a: Antwoord) => a.json.errors?.[0].extensions.redenen ?? [];

/** Een geldig overzicht: de doelen van BZK voor één groep, standaard studenten, met de doelen als rijen. */
const geldig = (naam: string, extra: Record<string, unknown> = {}) => ({
  naam,
  titel: 'Doelen van BZK voor één groep',
  omschrijving: 'De doelen die BZK voor een aandachtsgroep stelt, met code en naam.',
  document: 'query GroepDoelen($code: AandachtsgroepCode!) { aandachtsgroep(code: $code) { code naam bzk { doelen { code naam } } } }',
  rijen: 'aandachtsgroep.bzk.doelen',
  standaardwaarden: { code: 'STUDENTEN' },
  weergave: { soort: 'tabel', kolommen: ['aandachtsgroep.code', 'naam'] },
  ...extra,
});
const csvRijen = (tekst: string) => parse(tekst, { columns: true }) as Record<string, string>[];

describe('een nieuw overzicht van het programmateam', () => {
  it('wordt gepubliceerd met een samensteller-token, en draait meteen voor een partner als JSON en CSV', async () => {
    const a = await publiceer(geldig('studenten-doelen'));
    expect(a.status, a.tekst).toBe(201);
    expect(a.kop.get('location')).toBe('/overzichten/studenten-doelen@1');
    expect(a.json).toMatchObject({ gepubliceerd: true, id: 'studenten-doelen@1', versie: 1, wijziging: { brekend: [], toegevoegd: [] } });
    expect(a.json.hash).toMatch(/^sha256:[0-9a-f]{64}$/);

    const json = await vraag('/overzichten/studenten-doelen', { rol: 'partner' });
    expect(json.status).toBe(200);
    expect(json.json).toMatchObject({ data: { aandachtsgroep: { code: 'STUDENTEN', naam: 'Studenten' } } });
    const andere = await vraag('/overzichten/studenten-doelen?code=OUDEREN', { rol: 'partner' });
    expect(andere.json).toMatchObject({ data: { aandachtsgroep: { code: 'OUDEREN' } } });
    const csv = await vraag('/overzichten/studenten-doelen?formaat=csv', { rol: 'partner' });
    expect(csv.kop.get('content-type')).toMatch(/^text\/csv/);
    const rijen = csvRijen(csv.tekst);
    expect(rijen.length).toBeGreaterThan(3);
    expect(Object.keys(rijen[0])).toEqual(['aandachtsgroep.code', 'aandachtsgroep.naam', 'code', 'naam']);
    // Ook als GraphQL, op naam, naam@versie en hash; de standaardwaarde vult wat de vraag niet meegeeft.
    for (const documentId of ['studenten-doelen', 'studenten-doelen@1', a.json.hash]) {
      const g = await vraag('/graphql', { rol: 'partner', body: { documentId } });
      expect(g.json, String(documentId)).toMatchObject({ data: { aandachtsgroep: { code: 'STUDENTEN' } } });
    }
  });

  it('verandert niets als precies hetzelfde opnieuw komt (200, niets vastgelegd)', async () => {
    const a = await publiceer(geldig('studenten-doelen'));
    expect(a.status).toBe(200);
    expect(a.json).toMatchObject({ gepubliceerd: false, id: 'studenten-doelen@1' });
  });

  it('staat in GET /overzichten met versies, document, hash, variabelen (met de standaardwaarde) en weergave', async () => {
    const { overzichten } = (await vraag('/overzichten', { rol: 'partner' })).json as { overzichten: Record<string, unknown>[] };
    const o = overzichten.find((x) => x.naam === 'studenten-doelen')!;
    expect(o).toMatchObject({
      id: 'studenten-doelen',
      titel: 'Doelen van BZK voor één groep',
      versie: 1,
      url: '/overzichten/studenten-doelen',
      csv: true,
      rijen: 'aandachtsgroep.bzk.doelen',
      variabelen: [{ naam: 'code', type: 'AandachtsgroepCode!', standaard: 'STUDENTEN' }],
      weergave: { soort: 'tabel', kolommen: ['aandachtsgroep.code', 'naam'] },
      versies: [{ id: 'studenten-doelen@1', versie: 1, url: '/overzichten/studenten-doelen@1' }],
    });
    expect(o.document).toContain('query GroepDoelen');
    // De ingebouwde overzichten staan er nog, met hun velden van vroeger.
    expect(overzichten.find((x) => x.id === 'cijfers')).toMatchObject({ naam: 'cijfers', csv: true, url: '/overzichten/cijfers', versies: [{ id: 'cijfers@1' }] });
  });
});

describe('elke reden om te weigeren: 422 OVERZICHT_ONGELDIG, met elke reden, en niets vastgelegd', () => {
  const diep = '{ aandachtsgroepen { bzk { doelen { aandachtsgroepen { bzk { doelen { aandachtsgroepen { bzk { doelen { code } } } } } } } } } }';
  const gevallen: [string, Record<string, unknown>, RegExp][] = [
    ['een naam die geen kebab is', { naam: 'Met Spatie' }, /naam is "Met Spatie"; een naam is kleine letters/],
    ['een lege titel', { titel: ' ' }, /titel is er niet of leeg/],
    ['geen omschrijving', { omschrijving: undefined }, /omschrijving is er niet of leeg/],
    ['geen document', { document: undefined }, /document ontbreekt/],
    ['een onbekend veld', { kleur: 'rood' }, /Onbekend veld "kleur"; een overzicht heeft: naam, titel/],
    ['rijen die geen pad zijn', { rijen: 'a..b' }, /rijen is "a\.\.b"; geef het pad/],
    ['standaardwaarden die geen object zijn', { standaardwaarden: ['STUDENTEN'] }, /standaardwaarden is \["STUDENTEN"\]/],
    ['een onbekende weergave', { weergave: { soort: 'taart' } }, /weergave is \{"soort":"taart"\}; geef \{"soort": "tabel" of "grafiek"/],
    ['lege kolommen', { weergave: { soort: 'grafiek', kolommen: [] } }, /weergave\.kolommen is \[\]/],
    ['breekt zonder reden', { breekt: { uitfaseerdatum: '2099-01-01' } }, /breekt\.reden ontbreekt/],
    ['een uitfaseerdatum die geen datum is', { breekt: { reden: 'x', uitfaseerdatum: '2027-02-30' } }, /breekt\.uitfaseerdatum is "2027-02-30"; geef een datum/],
    ['een uitfaseerdatum die al voorbij is', { breekt: { reden: 'x', uitfaseerdatum: '2020-01-01' } }, /breekt\.uitfaseerdatum 2020-01-01 ligt niet na vandaag/],
    ['een syntaxfout', { document: 'query Kapot { aandachtsgroepen { code }' }, /document: Syntaxfout: hier hoort/],
    ['twee operaties', { document: 'query A { aandachtsgroepen { code } } query B { partijen { code } }' }, /document heeft 2 operaties; een overzicht is precies één query met een naam/],
    ['een query zonder naam', { document: '{ aandachtsgroepen { code } }', rijen: undefined, weergave: undefined, standaardwaarden: {} }, /de query heeft geen naam/],
    ['een veld dat niet bestaat', { document: 'query A($code: AandachtsgroepCode!) { aandachtsgroep(code: $code) { kleur } }' }, /document: Het type Aandachtsgroep heeft geen veld "kleur"\. \(regel 1/],
    ['te diep', { document: `query Diep ${diep}`, rijen: undefined, weergave: undefined, standaardwaarden: {} }, /De operatie is \d+ niveaus diep; de grens is 7/],
    [
      'te veel aliassen',
      { document: `query Aliassen { aandachtsgroepen { ${Array.from({ length: 16 }, (_, i) => `a${i}: code`).join(' ')} } }`, rijen: undefined, weergave: undefined, standaardwaarden: {} },
      /De operatie heeft 16 aliassen; de grens is 15/,
    ],
    [
      'te veel hoofdvelden',
      { document: `query Breed { ${Array.from({ length: 6 }, (_, i) => `g${i}: aandachtsgroepen { code }`).join(' ')} }`, rijen: undefined, weergave: undefined, standaardwaarden: {} },
      /De operatie vraagt 6 velden op het hoogste niveau; de grens is 5/,
    ],
    [
      'te duur in het duurste geval dat de variabelen toelaten (ook al is de standaard goedkoop)',
      {
        document: `query Duur($alles: Boolean = false) { analyse { ${Array.from({ length: 11 }, (_, i) => `p${i}: tegenwerkendePrikkels @include(if: $alles) { score }`).join(' ')} } }`,
        rijen: undefined,
        weergave: undefined,
        standaardwaarden: {},
      },
      /De operatie kost \d+; de grens is 25000\..*duurste geval/,
    ],
    ['een standaardwaarde voor een variabele die er niet is', { standaardwaarden: { code: 'STUDENTEN', jaar: 2021 } }, /standaardwaarden\.jaar: de query heeft geen variabele \$jaar \(variabelen: \$code\)/],
    ['een standaardwaarde van het verkeerde type', { standaardwaarden: { code: 'STUDENT' } }, /standaardwaarden: Onbekende waarde "STUDENT" voor AandachtsgroepCode\. Geldige waarden: .*STUDENTEN/],
    [
      'een verplichte variabele zonder standaard die geen enum is',
      { document: 'query Gaten($van: Int!) { analyse { leeftijdsgaten(van: $van) { van tot } } }', rijen: undefined, weergave: undefined, standaardwaarden: {} },
      /\$van \(Int!\) is verplicht en heeft geen standaard; geef standaardwaarden\.van/,
    ],
    ['rijen die in het antwoord niet voorkomen', { rijen: 'aandachtsgroepen.cijfers', weergave: undefined }, /rijen: aandachtsgroepen\.cijfers komt in het antwoord van dit overzicht niet voor; lijsten in dit overzicht: aandachtsgroep\.bzk\.doelen/],
    ['rijen die geen lijst zijn', { rijen: 'aandachtsgroep', weergave: undefined }, /rijen: aandachtsgroep is geen lijst van objecten/],
    ['een kolom die de rijen niet hebben', { weergave: { soort: 'tabel', kolommen: ['naam', 'kleur'] } }, /weergave\.kolommen: kleur is geen kolom van de rijen; kolommen: aandachtsgroep\.code, aandachtsgroep\.naam, code, naam/],
    [
      'een fout bij het proefdraaien als partner',
      { document: 'query Gaten($van: Int!) { analyse { leeftijdsgaten(van: $van, tot: 20) { van tot } } }', rijen: undefined, weergave: undefined, standaardwaarden: { van: 50 } },
      /proefdraaien als partner met de standaardwaarden: van \(50\) is groter dan tot \(20\)/,
    ],
    ['breekt bij een nieuw overzicht', { breekt: { reden: 'x', uitfaseerdatum: '2099-01-01' } }, /breekt: nieuw-\d+ is nieuw, er is geen vorige versie/],
  ];

  it.each(gevallen.map(([wat, wijziging, reden], i) => ({ wat, wijziging, reden, i })))('$wat', async ({ wijziging, reden, i }) => {
    const naam = `nieuw-${i}`;
    const a = await publiceer({ ...geldig(naam), ...wijziging });
    expect(a.status, a.tekst).toBe(422);
    expect(a.json.errors?.[0].extensions.code).toBe('OVERZICHT_ONGELDIG');
    expect(redenen(a).some((r) => reden.test(r)), `${reden} in:\n${redenen(a).join('\n')}`).toBe(true);
    expect(a.json.errors?.[0].message).toMatch(/niet gepubliceerd; er is niets vastgelegd/);
    const { overzichten } = (await vraag('/overzichten')).json as { overzichten: { naam: string }[] };
    expect(overzichten.map((o) => o.naam)).not.toContain(naam);
    expect((await vraag(`/overzichten/${naam}`)).status).toBe(404);
  });

  it('noemt alle redenen tegelijk, niet alleen de eerste', async () => {
    const a = await publiceer({ naam: 'Fout', titel: '', omschrijving: 'x', document: 'query X { a }', rijen: 'x..y', weergave: { soort: 'taart' }, breekt: { reden: '', uitfaseerdatum: '2020-01-01' } });
    expect(a.status).toBe(422);
    expect(redenen(a).length).toBeGreaterThanOrEqual(6);
    expect(a.json.errors?.[0].message).toMatch(/\d+ reden\(en\) in extensions\.redenen/);
  });
});

describe('een nieuwe versie van een bestaand overzicht', () => {
  const naam = 'groep-doelen';
  const zonderNaam = 'query GroepDoelen($code: AandachtsgroepCode!) { aandachtsgroep(code: $code) { code bzk { doelen { code naam indicator } } } }';

  it('is met een toegevoegd veld een verenigbare versie 2, zonder breekt', async () => {
    expect((await publiceer(geldig(naam))).status).toBe(201);
    const erbij = await publiceer(geldig(naam, { document: geldig(naam).document.replace('doelen { code naam }', 'doelen { code naam indicator }') }));
    expect(erbij.status, erbij.tekst).toBe(201);
    expect(erbij.json).toMatchObject({ id: `${naam}@2`, wijziging: { brekend: [], toegevoegd: ['veld aandachtsgroep.bzk.doelen.indicator'] } });
    // naam is altijd de nieuwste; versie 1 antwoordt gewoon, zonder uitfasering (er is niets gebroken).
    const nieuwste = (await vraag(`/overzichten/${naam}`, { rol: 'partner' })).json as { data: { aandachtsgroep: { bzk: { doelen: { indicator?: string }[] } } } };
    expect(nieuwste.data.aandachtsgroep.bzk.doelen[0].indicator).toEqual(expect.any(String));
    const eerste = await vraag(`/overzichten/${naam}@1`, { rol: 'partner' });
    expect(eerste.status).toBe(200);
    expect(eerste.kop.get('deprecation')).toBeNull();
  });

  const brekend: [string, Record<string, unknown>, RegExp][] = [
    ['een veld weg', { document: zonderNaam }, /breekt met groep-doelen@2: veld aandachtsgroep\.naam bestaat niet meer\./],
    [
      'een ander type',
      { document: geldig(naam).document.replace('code naam bzk', 'code naam: code bzk').replace('doelen { code naam }', 'doelen { code naam indicator }') },
      /breekt met groep-doelen@2: veld aandachtsgroep\.naam was String!, nu AandachtsgroepCode!/,
    ],
    [
      'een nieuwe verplichte variabele',
      {
        document:
          'query GroepDoelen($code: AandachtsgroepCode!, $tweede: AandachtsgroepCode!) { aandachtsgroep(code: $code) { code naam bzk { doelen { code naam indicator } } } tweede: aandachtsgroep(code: $tweede) { code } }',
      },
      /breekt met groep-doelen@2: variabele \$tweede: AandachtsgroepCode! is nieuw en verplicht/,
    ],
  ];

  it.each(brekend.map(([wat, wijziging, reden]) => ({ wat, wijziging, reden })))('weigert $wat zonder breekt, met de uitleg hoe het wel kan', async ({ wijziging, reden }) => {
    const a = await publiceer({ ...geldig(naam), ...wijziging });
    expect(a.status, a.tekst).toBe(422);
    expect(redenen(a).some((r) => reden.test(r)), redenen(a).join('\n')).toBe(true);
    expect(redenen(a).some((r) => /vraagt "breekt": \{"reden": "…", "uitfaseerdatum": "JJJJ-MM-DD"\}/.test(r))).toBe(true);
    const { overzichten } = (await vraag('/overzichten')).json as { overzichten: { naam: string; versie: number }[] };
    expect(overzichten.find((o) => o.naam === naam)?.versie).toBe(2);
  });

  it('weigert andere rijen zonder breekt: de CSV van een partner verandert van vorm', async () => {
    const document = 'query GroepDoelen($code: AandachtsgroepCode!) { aandachtsgroep(code: $code) { code naam bzk { doelen { code naam indicator } instrumenten { code } } } }';
    const a = await publiceer({ ...geldig(naam), document, rijen: 'aandachtsgroep.bzk.instrumenten', weergave: undefined });
    expect(a.status).toBe(422);
    expect(redenen(a)).toContain('breekt met groep-doelen@2: de rijen van de CSV waren aandachtsgroep.bzk.doelen, nu aandachtsgroep.bzk.instrumenten.');
  });

  it('weigert breekt als er niets breekt', async () => {
    const a = await publiceer(geldig(naam, { document: geldig(naam).document.replace('doelen { code naam }', 'doelen { code naam indicator richting }'), breekt: { reden: 'voor de zekerheid', uitfaseerdatum: vandaagPlus(30) } }));
    expect(a.status).toBe(422);
    expect(redenen(a).join('\n')).toMatch(/breekt is gegeven, maar deze versie breekt niets tegenover groep-doelen@2 \(alleen toegevoegd: veld aandachtsgroep\.bzk\.doelen\.richting\); laat breekt weg/);
  });

  it('neemt een breuk aan met breekt; de vorige versies antwoorden dan met Deprecation, Sunset en Link, ook als CSV en als GraphQL', async () => {
    const datum = vandaagPlus(30);
    const a = await publiceer({ ...geldig(naam), document: zonderNaam, weergave: undefined, breekt: { reden: 'de naam van de groep staat al in de code', uitfaseerdatum: datum } });
    expect(a.status, a.tekst).toBe(201);
    expect(a.json).toMatchObject({ id: `${naam}@3`, wijziging: { brekend: ['veld aandachtsgroep.naam bestaat niet meer'] }, breekt: { uitfaseerdatum: datum } });
    const sunset = new Date(`${datum}T00:00:00Z`).toUTCString();
    for (const pad of [`/overzichten/${naam}@1`, `/overzichten/${naam}@2`, `/overzichten/${naam}@2?formaat=csv`]) {
      const oud = await vraag(pad, { rol: 'partner' });
      expect(oud.status, pad).toBe(200);
      expect(oud.kop.get('deprecation'), pad).toMatch(/^@\d{10}$/);
      expect(Number(oud.kop.get('deprecation')!.slice(1)) * 1000).toBeLessThanOrEqual(Date.now());
      expect(oud.kop.get('sunset'), pad).toBe(sunset);
      expect(oud.kop.get('link'), pad).toBe(`</overzichten/${naam}>; rel="successor-version"`);
    }
    const graphql = await vraag('/graphql', { rol: 'partner', body: { documentId: `${naam}@2` } });
    expect(graphql.kop.get('sunset')).toBe(sunset);
    // De nieuwste heeft geen koppen, en naam wijst haar aan.
    const nieuw = await vraag(`/overzichten/${naam}`, { rol: 'partner' });
    expect(nieuw.kop.get('deprecation')).toBeNull();
    expect((nieuw.json as { data: { aandachtsgroep: Record<string, unknown> } }).data.aandachtsgroep.naam).toBeUndefined();
    const { overzichten } = (await vraag('/overzichten', { rol: 'partner' })).json as { overzichten: { naam: string; versies: { id: string; uitgefaseerd?: Record<string, unknown> }[] }[] };
    expect(overzichten.find((o) => o.naam === naam)?.versies).toMatchObject([
      { id: `${naam}@1`, uitgefaseerd: { uitfaseerdatum: datum, opvolger: `${naam}@3`, reden: 'de naam van de groep staat al in de code' } },
      { id: `${naam}@2`, uitgefaseerd: { uitfaseerdatum: datum, opvolger: `${naam}@3` } },
      { id: `${naam}@3` },
    ]);
  });

  it('geeft na de uitfaseerdatum 410 Gone met de opvolger; de nieuwste antwoordt gewoon', async () => {
    verschuivingMs = 31 * DAG;
    try {
      for (const pad of [`/overzichten/${naam}@1`, `/overzichten/${naam}@2?formaat=csv`]) {
        const weg = await vraag(pad, { rol: 'partner' });
        expect(weg.status, pad).toBe(410);
        expect(weg.json.errors?.[0].extensions).toMatchObject({ code: 'OVERZICHT_UITGEFASEERD', opvolger: `${naam}@3` });
        expect(weg.json.errors?.[0].message).toMatch(new RegExp(`gebruik ${naam}@3 \\(/overzichten/${naam}\\)`));
      }
      const graphql = await vraag('/graphql', { rol: 'partner', body: { documentId: `${naam}@1` } });
      expect(graphql.status).toBe(410);
      expect((await vraag(`/overzichten/${naam}`, { rol: 'partner' })).status).toBe(200);
    } finally {
      verschuivingMs = 0;
    }
  });

  it('houdt een verslag met wie, wanneer, sha256, document en wijziging; niet voor partners', async () => {
    const v = await vraag(`/overzichten/${naam}/verslag`, { rol: 'analist' });
    expect(v.status).toBe(200);
    const versies = (v.json as { versies: { id: string; wie: string; sha256: string; document: string; wijziging: { brekend: string[] } }[] }).versies;
    expect(versies.map((x) => x.id)).toEqual([`${naam}@3`, `${naam}@2`, `${naam}@1`]);
    expect(versies[0]).toMatchObject({ wie: 'test-samensteller', document: zonderNaam, wijziging: { brekend: ['veld aandachtsgroep.naam bestaat niet meer'] } });
    expect(versies[0].sha256).toMatch(/^sha256:/);
    expect((await vraag(`/overzichten/${naam}/verslag`, { rol: 'partner' })).status).toBe(403);
  });
});

describe('intrekken', () => {
  it('mag een samensteller of beheer; tot de datum Deprecation en Sunset, daarna 410 voor elke versie, en geen nieuwe versie meer', async () => {
    expect((await publiceer(geldig('in-te-trekken'))).status).toBe(201);
    expect((await vraag('/overzichten/in-te-trekken/intrekken', { rol: 'partner', body: { reden: 'x' } })).status).toBe(403);
    const datum = vandaagPlus(10);
    const a = await vraag('/overzichten/in-te-trekken/intrekken', { rol: 'beheer', body: { reden: 'vervangen door groep-doelen', per: datum } });
    expect(a.status, a.tekst).toBe(201);
    expect(a.json).toMatchObject({ ingetrokken: true, intrekking: { naam: 'in-te-trekken', wie: 'test-beheer', reden: 'vervangen door groep-doelen' } });
    const nog = await vraag('/overzichten/in-te-trekken', { rol: 'partner' });
    expect(nog.status).toBe(200);
    expect(nog.kop.get('sunset')).toBe(new Date(`${datum}T00:00:00Z`).toUTCString());
    expect(nog.kop.get('link')).toBeNull();
    expect((await publiceer(geldig('in-te-trekken', { titel: 'Anders' }))).json.errors?.[0].extensions.redenen?.[0]).toMatch(/in-te-trekken is ingetrokken .*; publiceer onder een nieuwe naam/);
    verschuivingMs = 11 * DAG;
    try {
      const weg = await vraag('/overzichten/in-te-trekken@1', { rol: 'partner' });
      expect(weg.status).toBe(410);
      expect(weg.json.errors?.[0].message).toMatch(/ingetrokken: vervangen door groep-doelen; er is geen opvolger/);
    } finally {
      verschuivingMs = 0;
    }
    const { overzichten } = (await vraag('/overzichten')).json as { overzichten: { naam: string; ingetrokken?: { reden: string } }[] };
    expect(overzichten.find((o) => o.naam === 'in-te-trekken')?.ingetrokken?.reden).toBe('vervangen door groep-doelen');
  });

  it('zegt wat er mis is met een reden, een datum of een naam', async () => {
    expect((await vraag('/overzichten/bestaat-niet/intrekken', { body: { reden: 'x' } })).status).toBe(404);
    const a = await vraag('/overzichten/studenten-doelen/intrekken', { body: { per: '2020-01-01' } });
    expect(a.status).toBe(422);
    expect(redenen(a).join('\n')).toMatch(/reden ontbreekt[\s\S]*per is "2020-01-01"; geef een datum JJJJ-MM-DD vanaf vandaag/);
  });
});

describe('wie mag publiceren', () => {
  it.each(['analist', 'partner', 'beheer', 'redacteur:BZK'] as Rol[])('%s niet: 403 die de rol samensteller noemt', async (rol) => {
    const a = await publiceer(geldig(`rol-${rol.replace(':', '-').toLowerCase()}`), rol);
    expect(a.status).toBe(403);
    expect(a.json.errors?.[0]).toMatchObject({ extensions: { code: 'GEEN_SAMENSTELLER' } });
    expect(a.json.errors?.[0].message).toMatch(/daarvoor is de rol samensteller nodig/);
  });

  it('een onleesbaar token is 401; een body die geen JSON is 415 of 400', async () => {
    expect((await vraag('/overzichten', { rol: null, body: geldig('x'), koppen: { authorization: 'Bearer a.b.c' } })).status).toBe(401);
    expect((await vraag('/overzichten', { body: 'naam: x', koppen: { 'content-type': 'text/plain' } })).status).toBe(415);
    const kapot = await vraag('/overzichten', { body: '{"naam": ' });
    expect(kapot.status).toBe(400);
    expect(kapot.json.errors?.[0].extensions.code).toBe('GEEN_JSON');
  });

  it('een samensteller mag geen editie publiceren', async () => {
    const a = await vraag('/edities/bzk', { body: 'editie: 2030-01-01', koppen: { 'content-type': 'application/yaml' } });
    expect(a.status).toBe(403);
    expect(a.json.errors?.[0].extensions.code).toBe('GEEN_REDACTEUR');
  });
});

describe('twee publicaties tegelijk', () => {
  it('van dezelfde naam: allebei vastgelegd, als twee opeenvolgende versies (de tweede opnieuw vergeleken met de eerste)', async () => {
    expect((await publiceer(geldig('tegelijk'))).status).toBe(201);
    // Alleen de titel anders: in elke volgorde verenigbaar met de ander.
    const [a, b] = await Promise.all([publiceer(geldig('tegelijk', { titel: 'Titel A' })), publiceer(geldig('tegelijk', { titel: 'Titel B' }))]);
    expect([a.status, b.status], a.tekst + b.tekst).toEqual([201, 201]);
    expect([a.json.versie, b.json.versie].sort()).toEqual([2, 3]);
    const v = (await vraag('/overzichten/tegelijk/verslag', { rol: 'analist' })).json as { versies: { id: string; titel: string }[] };
    expect(v.versies.map((x) => x.id)).toEqual(['tegelijk@3', 'tegelijk@2', 'tegelijk@1']);
    expect(v.versies.map((x) => x.titel).sort()).toEqual(['Doelen van BZK voor één groep', 'Titel A', 'Titel B']);
  });

  it('van twee namen: allebei versie 1', async () => {
    const [a, b] = await Promise.all([publiceer(geldig('tegelijk-een')), publiceer(geldig('tegelijk-twee'))]);
    expect([a.json.id, b.json.id]).toEqual(['tegelijk-een@1', 'tegelijk-twee@1']);
  });
});
