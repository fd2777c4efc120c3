// Een ministerie dat hangt of weg is, houdt de gateway niet langer op dan de termijn,
// kost de andere ministeries hun antwoord niet, en de fout noemt het ministerie (niet
// zijn interne adres). De analyse rekent dan met wie wel antwoordde en zegt wie ontbreekt.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luister, MAXIMALE_SUBGRAAFBODY, type Luisteraar } from '../../kern/http.js';
import type { Subgraaf } from '../../subgraphs/ministerie/subgraaf.js';
import { startStapel, type Stapel } from '../hulp/stapel.js';
import { subgraafMetData } from '../hulp/subgraaf.js';
import { logopvanger } from '../hulp/logopvanger.js';
import { SUBGRAFEN } from '../../kern/config.js';

const TERMIJN_MS = 1500;
/** Wat de gateway na de termijn nog nodig heeft om de rest samen te voegen, op een drukke machine. */
const MARGE_MS = 1000;
const VRAAG = '{ aandachtsgroep(code: STUDENTEN) { naam szw { doelen { code } } } }';
const ANDERE = SUBGRAFEN.map((s) => s.naam).filter((m) => m !== 'szw');
const beleidsselectie = 'departement doelen { code } instrumenten { code }';
const ALLE_GROEPEN = `{ aandachtsgroepen { code naam ${SUBGRAFEN.map((s) => `${s.naam} { ${beleidsselectie} }`).join(' ')} } }`;
const PRIKKELS = '{ analyse { tegenwerkendePrikkels { instrument { code departement } doel { code departement } indicator score } } }';

interface Beleid {
  departement: string;
  doelen: { code: string }[];
  instrumenten: { code: string }[];
}
type Groep = { code: string; naam: string } & Record<(typeof ANDERE)[number] | 'szw', Beleid | null>;
interface Prikkel {
  instrument: { code: string; departement: string };
  doel: { code: string; departement: string };
  indicator: string;
  score: number;
}

async function luisterOpPoort0(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

/** Hoe lang een vraag duurt, met het antwoord. */
async function getimed<T>(stapel: Stapel, query: string) {
  const begin = Date.now();
  const antwoord = await stapel.query<T>(query);
  return { ...antwoord, duurMs: Date.now() - begin };
}

describe('storingen bij een ministerie', () => {
  // Neemt verbindingen aan en antwoordt nooit, zoals een subgraph die met SIGSTOP stilstaat.
  const hangt = createServer(() => undefined);
  // Antwoordt met een HTTP-fout, zoals een subgraph in onderhoud of een te groot deelverzoek.
  const weigert = createServer((_req, res) => {
    res.statusCode = 503;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ errors: [{ message: 'in onderhoud' }] }));
  });
  // Een echte SZW-subgraph die eerst antwoordt en dan stopt met luisteren.
  let szw: Subgraaf;
  let szwHttp: Luisteraar;
  let hangend: Stapel;
  let gestopt: Stapel;
  let geweigerd: Stapel;
  /** Wat de gateway antwoordde toen SZW er nog was. */
  let volledig: { groepen: Groep[]; prikkels: Prikkel[] };

  beforeAll(async () => {
    szw = await subgraafMetData('SZW');
    szwHttp = await luister(szw.server, async () => szw.context(), { poort: 0, maximaleBody: MAXIMALE_SUBGRAAFBODY });
    const [hangpoort, weigerpoort] = await Promise.all([luisterOpPoort0(hangt), luisterOpPoort0(weigert)]);
    [gestopt, hangend, geweigerd] = await Promise.all([
      startStapel('sqlite', { subgraafUrls: { szw: szwHttp.url }, subgraaftermijnMs: TERMIJN_MS }),
      startStapel('sqlite', { subgraafUrls: { szw: `http://127.0.0.1:${hangpoort}/graphql` }, subgraaftermijnMs: TERMIJN_MS }),
      startStapel('sqlite', { subgraafUrls: { szw: `http://127.0.0.1:${weigerpoort}/graphql` } }),
    ]);
    const groepen = await gestopt.query<{ aandachtsgroepen: Groep[] }>(ALLE_GROEPEN);
    const prikkels = await gestopt.query<{ analyse: { tegenwerkendePrikkels: Prikkel[] } }>(PRIKKELS);
    expect(groepen.errors ?? prikkels.errors).toBeUndefined();
    volledig = { groepen: groepen.data!.aandachtsgroepen, prikkels: prikkels.data!.analyse.tegenwerkendePrikkels };
    // Zonder SZW-beleid in de uitgangssituatie zou "SZW ontbreekt" niets bewijzen.
    expect(volledig.groepen.filter((g) => g.szw!.instrumenten.length > 0).length).toBeGreaterThan(0);
    await szwHttp.stop();
  }, 60_000);
  afterAll(async () => {
    await Promise.all([hangend?.stop(), gestopt?.stop(), geweigerd?.stop(), szw?.sluit()]);
    await new Promise((r) => weigert.close(r));
    hangt.closeAllConnections();
    await new Promise((r) => hangt.close(r));
  });

  /** Elke groep met het beleid van de vier andere ministeries zoals toen alles antwoordde, en SZW null. */
  function verwachtZonderSzw(groepen: Groep[] | undefined) {
    expect(groepen?.map((g) => g.code)).toEqual(volledig.groepen.map((g) => g.code));
    for (const [i, groep] of (groepen ?? []).entries()) {
      expect(groep.szw, groep.code).toBeNull();
      for (const m of ANDERE) expect(groep[m], `${groep.code}.${m}`).toEqual(volledig.groepen[i][m]);
    }
  }

  it('geeft bij een gestopt ministerie alle groepen met het beleid van de andere vier, en een fout die SZW noemt', async () => {
    const r = await getimed<{ aandachtsgroepen: Groep[] }>(gestopt, ALLE_GROEPEN);
    expect(r.duurMs).toBeLessThan(TERMIJN_MS + MARGE_MS);
    verwachtZonderSzw(r.data?.aandachtsgroepen);
    expect(r.errors?.map((e) => e.extensions?.departement)).toEqual(['SZW']);
    expect(r.errors?.[0]).toMatchObject({ message: 'SZW is niet bereikbaar (ECONNREFUSED).', extensions: { code: 'SUBGRAAF_ONBEREIKBAAR' } });
    expect(JSON.stringify(r.errors)).not.toMatch(/127\.0\.0\.1|https?:/);
  });

  it('geeft bij een hangend ministerie binnen de termijn alle groepen met het beleid van de andere vier', async () => {
    const r = await getimed<{ aandachtsgroepen: Groep[] }>(hangend, ALLE_GROEPEN);
    expect(r.duurMs).toBeLessThan(TERMIJN_MS + MARGE_MS);
    verwachtZonderSzw(r.data?.aandachtsgroepen);
    expect(r.errors?.map((e) => e.extensions?.departement)).toEqual(['SZW']);
    expect(r.errors?.[0]).toMatchObject({
      message: `SZW gaf binnen ${TERMIJN_MS} ms geen antwoord; het verzoek is afgebroken.`,
      extensions: { code: 'SUBGRAAF_TERMIJN_VERLOPEN', subgraaf: 'szw', termijnMs: TERMIJN_MS },
    });
    expect(JSON.stringify(r.errors)).not.toMatch(/127\.0\.0\.1|https?:/);
  });

  it('rekent de analyse uit met de vier ministeries die antwoordden en zegt dat SZW ontbreekt', async () => {
    const r = await gestopt.query<{ analyse: { tegenwerkendePrikkels: Prikkel[] } }>(PRIKKELS);
    const zonderSzw = volledig.prikkels.filter((p) => p.instrument.departement !== 'SZW' && p.doel.departement !== 'SZW');
    // Anders toetst de vergelijking hieronder niet dat SZW eruit is en de rest erin.
    expect(zonderSzw.length).toBeGreaterThan(0);
    expect(zonderSzw.length).toBeLessThan(volledig.prikkels.length);
    expect(r.data?.analyse.tegenwerkendePrikkels).toEqual(zonderSzw);
    const onvolledig = r.errors?.filter((e) => e.extensions?.code === 'ONVOLLEDIGE_ANALYSE');
    expect(onvolledig).toHaveLength(1);
    expect(onvolledig?.[0]).toMatchObject({ path: ['analyse', 'tegenwerkendePrikkels'], extensions: { departementen: ['SZW'] } });
    expect(onvolledig?.[0].message).toContain('mist de instrumenten en doelen van SZW');
    expect(r.errors?.filter((e) => e.extensions?.departement === 'SZW').map((e) => e.extensions?.code)).toEqual(['SUBGRAAF_ONBEREIKBAAR']);
  });

  it('noemt een ministerie dat het deelverzoek weigert, met zijn reden en zonder zijn adres', async () => {
    const r = await geweigerd.query<{ aandachtsgroep: { naam: string; szw: null } }>(VRAAG);
    expect(r.data?.aandachtsgroep).toEqual({ naam: 'Studenten', szw: null });
    expect(r.errors?.[0].message).toBe('SZW weigerde het deelverzoek (HTTP 503): in onderhoud');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAAF_WEIGERDE', subgraaf: 'szw', departement: 'SZW', status: 503 });
    expect(JSON.stringify(r.errors)).not.toContain('127.0.0.1');
  });

  it('beantwoordt vragen aan de andere ministeries gewoon', async () => {
    for (const stapel of [hangend, gestopt, geweigerd]) {
      const r = await stapel.query<{ aandachtsgroep: { naam: string; ocw: { doelen: unknown[] } } }>(
        '{ aandachtsgroep(code: STUDENTEN) { naam ocw { doelen { code } } } }',
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.aandachtsgroep.naam).toBe('Studenten');
      expect(r.data!.aandachtsgroep.ocw.doelen.length).toBeGreaterThan(0);
    }
  });
});

describe('een ministerie dat blijft hangen, krijgt een pauze', () => {
  const PAUZE_MS = 2000;
  let hangen = true;
  let doorgestuurd = 0;
  let szw: Subgraaf;
  let szwHttp: Luisteraar;
  // Hangt zolang `hangen` waar is; daarna stuurt hij door naar een echte SZW-subgraph.
  const schakel = createServer((req, res) => {
    // Alleen GraphQL telt: de gateway vraagt ook de lijstlengtes (/lijstlengtes) op.
    if (req.url?.startsWith('/graphql')) doorgestuurd++;
    if (hangen) return;
    const delen: Buffer[] = [];
    req.on('data', (d: Buffer) => delen.push(d));
    req.on('end', () => {
      void fetch(szwHttp.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: Buffer.concat(delen) })
        .then(async (r) => {
          res.statusCode = r.status;
          res.setHeader('content-type', 'application/json');
          res.end(await r.text());
        })
        .catch(() => res.destroy());
    });
  });
  let stapel: Stapel;
  const log = logopvanger();
  const meldingen = () => log.gelezen().filter((r) => r.subgraaf === 'szw' && r.proces === 'gateway').map((r) => r.msg);

  beforeAll(async () => {
    szw = await subgraafMetData('SZW');
    szwHttp = await luister(szw.server, async () => szw.context(), { poort: 0, maximaleBody: MAXIMALE_SUBGRAAFBODY });
    const poort = await luisterOpPoort0(schakel);
    stapel = await startStapel('sqlite', {
      subgraafUrls: { szw: `http://127.0.0.1:${poort}/graphql` },
      subgraaftermijnMs: TERMIJN_MS,
      onderbreker: { pauzeMs: PAUZE_MS, minimumVerzoeken: 3, foutpercentage: 50, vensterMs: 10_000 },
      logbestemming: log.stroom,
    });
  }, 60_000);
  afterAll(async () => {
    await stapel?.stop();
    await szwHttp?.stop();
    await szw?.sluit();
    schakel.closeAllConnections();
    await new Promise((r) => schakel.close(r));
  });

  const gezondheid = async () => (await (await fetch(stapel.url.replace('/graphql', '/health'))).json()) as { gepauzeerdeSubgraphs: string[] };
  type Antwoord = Awaited<ReturnType<typeof getimed<{ aandachtsgroep: { naam: string; szw: { doelen: unknown[] } | null } }>>>;
  const vraag = (query = VRAAG): Promise<Antwoord> => getimed(stapel, query);

  it('wacht de termijn af zolang het weinig keren misging', async () => {
    // Drie verschillende vragen: gelijke voert de gateway één keer uit (één mislukking).
    const eerste = await Promise.all(['OUDEREN', 'STATUSHOUDERS', 'ARBEIDSMIGRANTEN'].map((code) => vraag(VRAAG.replace('STUDENTEN', code))));
    for (const r of eerste) {
      expect(r.duurMs).toBeGreaterThanOrEqual(TERMIJN_MS - 100);
      expect(r.errors?.[0].extensions?.code).toBe('SUBGRAAF_TERMIJN_VERLOPEN');
    }
    expect(doorgestuurd).toBe(3);
  });

  it('vraagt SZW daarna niets en antwoordt meteen zonder SZW, met een fout die de pauze noemt', async () => {
    const voor = doorgestuurd;
    const r = await vraag();
    expect(r.duurMs).toBeLessThan(500);
    expect(r.data?.aandachtsgroep).toEqual({ naam: 'Studenten', szw: null });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAAF_GEPAUZEERD', subgraaf: 'szw', departement: 'SZW' });
    expect(r.errors?.[0].extensions?.opnieuwOverMs).toBeGreaterThan(0);
    expect(r.errors?.[0].extensions?.opnieuwOverMs).toBeLessThanOrEqual(PAUZE_MS);
    expect(r.errors?.[0].message).toMatch(/^SZW antwoordde de laatste keren niet; de gateway vraagt SZW de komende \d s niets en antwoordt zonder\.$/);
    expect(doorgestuurd).toBe(voor);
    expect((await gezondheid()).gepauzeerdeSubgraphs).toEqual(['szw']);
    expect(meldingen()).toEqual([`SZW: meer dan 50 % van de verzoeken in de laatste 10 s mislukte; ${PAUZE_MS} ms geen verzoeken, daarna één proef.`]);
    // De analyse rekent ook meteen met de andere vier.
    const analyse = await getimed<{ analyse: { tegenwerkendePrikkels: Prikkel[] } }>(stapel, PRIKKELS);
    expect(analyse.duurMs).toBeLessThan(1000);
    expect(analyse.errors?.find((e) => e.extensions?.code === 'ONVOLLEDIGE_ANALYSE')?.extensions?.departementen).toEqual(['SZW']);
  });

  it('laat na de pauze één proef door en pauzeert opnieuw als die ook hangt', async () => {
    await new Promise((r) => setTimeout(r, PAUZE_MS + 200));
    const voor = doorgestuurd;
    // Twee vragen tegelijk: één is de proef en wacht de termijn af, de ander wacht er niet op.
    const antwoorden = await Promise.all([vraag(), vraag(VRAAG.replace('STUDENTEN', 'OUDEREN'))]);
    const code = (r: Antwoord) => r.errors?.[0].extensions?.code;
    const proef = antwoorden.find((r) => code(r) === 'SUBGRAAF_TERMIJN_VERLOPEN');
    const tegelijk = antwoorden.find((r) => code(r) === 'SUBGRAAF_GEPAUZEERD');
    expect(proef?.duurMs).toBeGreaterThanOrEqual(TERMIJN_MS - 100);
    expect(tegelijk?.duurMs).toBeLessThan(500);
    expect(doorgestuurd - voor).toBe(1);
    expect(meldingen().at(-1)).toBe(`SZW: de proef na de pauze mislukte; ${PAUZE_MS} ms geen verzoeken, daarna één proef.`);
    expect((await vraag()).errors?.[0].extensions?.code).toBe('SUBGRAAF_GEPAUZEERD');
  });

  it('probeert het na de pauze opnieuw en geeft SZW weer mee zodra het antwoordt', async () => {
    hangen = false;
    await new Promise((r) => setTimeout(r, PAUZE_MS + 200));
    const r = await vraag();
    expect(r.errors).toBeUndefined();
    expect(r.data?.aandachtsgroep.szw).not.toBeNull();
    expect((await gezondheid()).gepauzeerdeSubgraphs).toEqual([]);
    expect(meldingen().at(-1)).toBe('SZW antwoordt weer; de pauze is voorbij.');
    const daarna = await vraag();
    expect(daarna.errors).toBeUndefined();
  });
});
