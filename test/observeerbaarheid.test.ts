// Wat een beheerder van de stapel ziet: metrieken op /metrics, één logregel per verzoek
// met een verzoek-id dat van client via gateway tot in de subgraph te volgen is, zonder
// tokens of geheimen, en /health/ready dat nee zegt als de database weg is.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { subgraafGereedheid } from '../subgraphs/ministerie/gereedheid.js';
import { luister } from '../kern/http.js';
import { maakLogboek } from '../kern/logboek.js';
import { maakMetrieken, OPERATIELABEL } from '../kern/metrieken.js';
import { bouwSubgraaf } from '../subgraphs/ministerie/subgraaf.js';
import { gatewaymetingen } from '../gateway/metingen.js';
import { subgraafverbinding } from '../gateway/verbinding/subgraafclient.js';
import { ministeries } from '../subgraphs/ministeries.js';
import { testRedis } from './hulp/redis.js';
import { startStapel } from './hulp/stapel.js';
import { databasekeuzeVoorTest, subgraafMetData } from './hulp/subgraaf.js';
import { logopvanger } from './hulp/logopvanger.js';
import { gebruikStapel } from './hulp/gebruik.js';

interface Reeks {
  naam: string;
  labels: Record<string, string>;
  waarde: number;
}

/** De tekstvorm van Prometheus, zoals een scraper hem leest. */
function leesMetrieken(tekst: string): Reeks[] {
  return tekst
    .split('\n')
    .filter((regel) => regel !== '' && !regel.startsWith('#'))
    .map((regel) => {
      const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(regel);
      if (!m) throw new Error(`onleesbare metriekregel: ${regel}`);
      const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
      return { naam: m[1], labels, waarde: Number(m[3]) };
    });
}

/** De som over alle reeksen van `naam` met (minstens) deze labels. */
const som = (reeksen: Reeks[], naam: string, labels: Record<string, string> = {}) =>
  reeksen.filter((r) => r.naam === naam && Object.entries(labels).every(([k, v]) => r.labels[k] === v)).reduce((s, r) => s + r.waarde, 0);

const redis = await testRedis();
const GROEPEN = 'query Statushouders { aandachtsgroep(code: STATUSHOUDERS) { naam jenv { doelen { naam } } } }';
// Acht niveaus: groepen in doelen in groepen, één verder dan de grens (7).
const TE_DIEP = 'query Diep { aandachtsgroep(code: STATUSHOUDERS) { jenv { doelen { aandachtsgroepen { jenv { doelen { aandachtsgroepen { code } } } } } } } }';

describe('metrieken en logboek van de stapel', () => {
  const log = logopvanger();
  const stapel = gebruikStapel('sqlite', { redis, logbestemming: log.stroom });
  const metrieken = async (url: string) => {
    const antwoord = await fetch(url.replace(/\/graphql$/, '/metrics'));
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers.get('content-type')).toContain('text/plain');
    return leesMetrieken(await antwoord.text());
  };
  const vraag = (query: string, koppen: Record<string, string> = {}) =>
    fetch(stapel.url, { method: 'POST', headers: { 'content-type': 'application/json', ...koppen }, body: JSON.stringify({ query }) });

  it('telt verzoeken per operatie en status, subgraph-verzoeken per ministerie, de cache en weigeringen per code', async () => {
    expect((await vraag(GROEPEN)).status).toBe(200);
    expect((await vraag(GROEPEN)).status).toBe(200);
    expect((await vraag('{ aandachtsgroepen { code } }')).status).toBe(200);
    const diep = await vraag(TE_DIEP);
    expect(diep.status).toBe(400);
    expect(((await diep.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('DIEPTE_TE_GROOT');

    const gateway = await metrieken(stapel.url);
    expect(som(gateway, 'thuis_http_verzoeken_totaal', { proces: 'gateway', operatie: 'Statushouders', status: '200' })).toBe(2);
    expect(som(gateway, 'thuis_http_verzoeken_totaal', { operatie: OPERATIELABEL.anoniem, status: '200' })).toBe(1);
    expect(som(gateway, 'thuis_http_verzoekduur_seconden_count', { operatie: 'Statushouders' })).toBe(2);
    // Een geweigerde operatie krijgt geen eigen label: zo kan niemand met verzonnen namen reeksen maken.
    expect(som(gateway, 'thuis_http_verzoeken_totaal', { operatie: OPERATIELABEL.overig, status: '400' })).toBe(1);
    expect(gateway.some((r) => r.labels.operatie === 'Diep')).toBe(false);
    expect(som(gateway, 'thuis_geweigerde_operaties_totaal', { code: 'DIEPTE_TE_GROOT' })).toBe(1);
    expect(som(gateway, 'thuis_geweigerde_operaties_totaal', { code: 'TE_VEEL_ALIASSEN' })).toBe(0);

    // De eerste vraag ging naar BZK (de groep) en JenV (de doelen); de tweede niet als de cache aan staat.
    expect(som(gateway, 'thuis_subgraaf_verzoekduur_seconden_count', { subgraaf: 'bzk', uitkomst: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(som(gateway, 'thuis_subgraaf_verzoekduur_seconden_count', { subgraaf: 'jenv', uitkomst: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(som(gateway, 'thuis_subgraaf_verzoekduur_seconden_bucket', { subgraaf: 'jenv', uitkomst: 'ok', le: '+Inf' })).toBeGreaterThanOrEqual(1);
    expect(som(gateway, 'thuis_subgraaf_fouten_totaal', { subgraaf: 'jenv' })).toBe(0);
    if (redis) {
      expect(som(gateway, 'thuis_responscache_totaal', { uitkomst: 'treffer' })).toBe(1);
      expect(som(gateway, 'thuis_responscache_totaal', { uitkomst: 'mis' })).toBe(3);
    } else {
      expect(som(gateway, 'thuis_responscache_totaal', { uitkomst: 'uit' })).toBe(4);
    }

    // Een subgraph telt zijn eigen verzoeken, in een eigen registry.
    const jenv = await metrieken(stapel.subgraafUrls.jenv);
    expect(som(jenv, 'thuis_http_verzoeken_totaal', { proces: 'jenv', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(jenv.some((r) => r.naam.startsWith('thuis_responscache'))).toBe(false);
  });

  it('telt een subgraph die niet antwoordt als fout van dat ministerie', async () => {
    const kapot = await startStapel('sqlite', { subgraafUrls: { szw: 'http://127.0.0.1:9/graphql' } });
    try {
      await kapot.query('{ aandachtsgroep(code: STATUSHOUDERS) { szw { doelen { naam } } } }');
      const gateway = await metrieken(kapot.url);
      expect(som(gateway, 'thuis_subgraaf_fouten_totaal', { subgraaf: 'szw', uitkomst: 'onbereikbaar' })).toBe(1);
      expect(som(gateway, 'thuis_subgraaf_verzoekduur_seconden_count', { subgraaf: 'szw', uitkomst: 'onbereikbaar' })).toBe(1);
      expect(som(gateway, 'thuis_subgraaf_fouten_totaal', { subgraaf: 'bzk' })).toBe(0);
    } finally {
      await kapot.stop();
    }
  });

  it('geeft het verzoek-id van de client terug en stuurt het door tot in het logboek van de subgraph', async () => {
    const id = `volg-${Date.now()}`;
    const antwoord = await vraag('query Volg { aandachtsgroep(code: OUDEREN) { naam jenv { doelen { naam } } } }', { 'x-request-id': id });
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers.get('x-request-id')).toBe(id);
    const regels = log.gelezen().filter((r) => r.verzoekId === id);
    const gateway = regels.find((r) => r.proces === 'gateway');
    expect(gateway).toMatchObject({ msg: 'verzoek', methode: 'POST', pad: '/graphql', status: 200, operatie: 'Volg', level: 'info' });
    expect(typeof gateway?.duurMs).toBe('number');
    expect(typeof gateway?.time).toBe('string');
    // Elke subgraph die voor dit verzoek werkte, logde hetzelfde id.
    expect(regels.filter((r) => r.proces !== 'gateway').map((r) => r.proces)).toEqual(expect.arrayContaining(['bzk', 'jenv']));
  });

  it('vervangt een verzoek-id dat geen veilige vorm heeft door een nieuw', async () => {
    for (const slecht of ['met spatie', 'x'.repeat(65), 'regel\\neinde"{']) {
      const antwoord = await vraag(GROEPEN, { 'x-request-id': slecht });
      const id = antwoord.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(log.regels.join('\n')).not.toContain(slecht);
    }
  });

  it('schrijft nooit een token, API-sleutel of het geheim van de gateway in het logboek', async () => {
    const token = await stapel.token(['analist']);
    expect((await vraag('query MetToken { aandachtsgroepen { code } }', { authorization: `Bearer ${token}` })).status).toBe(200);
    await vraag('{ aandachtsgroepen { code } }', { 'x-api-key': 'geheime-sleutel-die-niet-bestaat' });
    // Ook een directe poging op een subgraph met een verkeerd geheim.
    await fetch(stapel.subgraafUrls.bzk, { method: 'POST', headers: { 'content-type': 'application/json', 'x-gateway-geheim': 'raden-mislukt' }, body: '{"query":"{ __typename }"}' });
    const alles = log.regels.join('\n');
    expect(log.regels.length).toBeGreaterThan(0);
    for (const verboden of [token, token.split('.')[2], 'geheime-sleutel-die-niet-bestaat', stapel.geheim, 'raden-mislukt', 'authorization', 'x-identiteit']) {
      expect(alles).not.toContain(verboden);
    }
    // De weigering zelf staat er wel, zonder de sleutel.
    expect(log.gelezen().some((r) => r.proces === 'gateway' && r.status === 401)).toBe(true);
    expect(log.gelezen().some((r) => r.proces === 'bzk' && r.status === 401)).toBe(true);
  });

  it('houdt /metrics en /health/* op een subgraph bereikbaar zonder het geheim, /graphql niet', async () => {
    const bzk = stapel.subgraafUrls.bzk;
    expect((await fetch(bzk, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).status).toBe(401);
    for (const pad of ['/metrics', '/health', '/health/live', '/health/ready']) {
      expect((await fetch(bzk.replace(/\/graphql$/, pad))).status, pad).toBe(200);
    }
    const gereed = await fetch(stapel.url.replace(/\/graphql$/, '/health/ready'));
    expect(gereed.status).toBe(200);
    expect(await gereed.json()).toMatchObject({ status: 'gereed' });
  });
});

describe('gereedheid van een subgraph', () => {
  it('is 503 met de reden als de database dicht is, terwijl het proces nog leeft', async () => {
    const subgraaf = await subgraafMetData('SZW');
    const http = await luister(subgraaf.server, async () => subgraaf.context(), { poort: 0, gereed: () => subgraafGereedheid(subgraaf) });
    const haal = (pad: string) => fetch(http.url.replace(/\/graphql$/, pad));
    try {
      expect((await haal('/health/ready')).status).toBe(200);
      await subgraaf.db.sluit();
      const ready = await haal('/health/ready');
      expect(ready.status).toBe(503);
      const inhoud = (await ready.json()) as { status: string; redenen: string[] };
      expect(inhoud.status).toBe('niet gereed');
      expect(inhoud.redenen.join(' ')).toMatch(/^De database van SZW is niet bereikbaar/);
      expect((await haal('/health/live')).status).toBe(200);
      expect((await haal('/health')).status).toBe(200);
    } finally {
      await http.stop();
      await subgraaf.server.stop();
    }
  });

  it('is 503 zolang er geen editie is geïmporteerd', async () => {
    const subgraaf = await bouwSubgraaf(ministeries.OCW, databasekeuzeVoorTest('OCW', 'sqlite'));
    try {
      expect(await subgraafGereedheid(subgraaf)).toEqual(['OCW heeft nog geen gegevens: er is geen editie geïmporteerd.']);
      await subgraaf.importeerMap();
      expect(await subgraafGereedheid(subgraaf)).toEqual([]);
    } finally {
      await subgraaf.sluit();
    }
  });
});

describe('subgraph-verzoeken met een verzoek-id', () => {
  it('gaan bij gelijke inhoud nog steeds één keer over de lijn, ook met verschillende verzoek-id’s', async () => {
    const ontvangen: string[] = [];
    const subgraaf = createServer((req, res) => {
      ontvangen.push(String(req.headers['x-request-id']));
      // Lang genoeg open dat het tweede verzoek aansluit.
      setTimeout(() => res.end('{"data":{"__typename":"Query"}}'), 50);
    });
    await new Promise<void>((klaar) => subgraaf.listen(0, '127.0.0.1', klaar));
    const url = `http://127.0.0.1:${(subgraaf.address() as AddressInfo).port}/graphql`;
    const metrieken = maakMetrieken({ proces: 'gateway' });
    const verbinding = subgraafverbinding({ termijnMs: 1000, metingen: gatewaymetingen(metrieken) });
    try {
      const haal = verbinding.fetcher('bzk', 'BZK');
      const init = (id: string) => ({ method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': id }, body: '{"query":"{ __typename }"}' });
      await Promise.all([haal(url, init('een')), haal(url, init('twee'))]);
      expect(ontvangen).toEqual(['een']);
      const reeksen = leesMetrieken(await metrieken.tekst());
      expect(som(reeksen, 'thuis_subgraaf_gedeelde_verzoeken_totaal', { subgraaf: 'bzk' })).toBe(1);
      expect(som(reeksen, 'thuis_subgraaf_verzoekduur_seconden_count', { subgraaf: 'bzk', uitkomst: 'ok' })).toBe(1);
    } finally {
      await verbinding.sluit();
      subgraaf.close();
    }
  });
});

describe('begrensde labels en procesmetrieken', () => {
  it('geeft hoogstens het maximum aan eigen operatienamen, en alleen aan uitgevoerde operaties met een geldige naam', () => {
    const m = maakMetrieken({ proces: 'proef', maximaalOperatienamen: 2 });
    expect(m.operatielabel('Een', false)).toBe(OPERATIELABEL.overig);
    expect(m.operatielabel('Een', true)).toBe('Een');
    expect(m.operatielabel('Een', false)).toBe('Een');
    expect(m.operatielabel('niet geldig!', true)).toBe(OPERATIELABEL.overig);
    expect(m.operatielabel('A'.repeat(65), true)).toBe(OPERATIELABEL.overig);
    expect(m.operatielabel('Twee', true)).toBe('Twee');
    expect(m.operatielabel('Drie', true)).toBe(OPERATIELABEL.overig);
    expect(m.operatielabel(undefined, true)).toBe(OPERATIELABEL.anoniem);
  });

  it('toont RSS, heap en event-loop-vertraging, en twee processen in één Node-proces botsen niet', async () => {
    const een = maakMetrieken({ proces: 'een', procesmetrieken: true });
    const twee = maakMetrieken({ proces: 'twee', procesmetrieken: true });
    een.verzoek('X', 200, 0.001);
    const [tekstEen, tekstTwee] = await Promise.all([een.tekst(), twee.tekst()]);
    for (const naam of ['thuis_process_resident_memory_bytes', 'thuis_nodejs_heap_size_used_bytes', 'thuis_nodejs_eventloop_lag_seconds']) {
      expect(tekstEen).toContain(naam);
      expect(tekstTwee).toContain(naam);
    }
    expect(som(leesMetrieken(tekstEen), 'thuis_http_verzoeken_totaal', { proces: 'een', operatie: 'X' })).toBe(1);
    expect(som(leesMetrieken(tekstTwee), 'thuis_http_verzoeken_totaal')).toBe(0);
  });

  it('verbergt koppen met geheimen, tokens en variabelen ook als iemand ze toch aan het logboek geeft', () => {
    const log = logopvanger();
    const logboek = maakLogboek({ proces: 'proef', bestemming: log.stroom, niveau: 'info' });
    logboek.info(
      { headers: { authorization: 'Bearer tok.en.waarde', 'x-api-key': 'sleutelwaarde', 'x-gateway-geheim': 'geheimwaarde', accept: 'application/json' }, token: 'tokenwaarde', variables: { bsn: '999999990' } },
      'fout',
    );
    const regel = log.gelezen()[0];
    expect(log.regels[0]).not.toMatch(/waarde|999999990/);
    expect(regel.headers).toEqual({ authorization: '[verborgen]', 'x-api-key': '[verborgen]', 'x-gateway-geheim': '[verborgen]', accept: 'application/json' });
  });

  it('is stil onder vitest, tenzij LOG_LEVEL iets anders zegt', () => {
    expect(maakLogboek({ proces: 'proef', omgeving: { VITEST: 'true' } }).level).toBe('silent');
    expect(maakLogboek({ proces: 'proef', omgeving: { VITEST: 'true', LOG_LEVEL: 'warn' } }).level).toBe('warn');
    expect(() => maakLogboek({ proces: 'proef', omgeving: { LOG_LEVEL: 'luid' } })).toThrow(/LOG_LEVEL is "luid"; kies uit/);
  });
});
