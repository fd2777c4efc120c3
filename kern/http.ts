// HTTP voor gateway en subgraphs: GraphQL op /graphql, gezondheid op /health (en
// /health/live, /health/ready), Prometheus-metrieken op /metrics, tellers op
// /statistiek (de benchmark), en per verzoek één regel in het logboek met een verzoek-id.
//
// Dit is de integratie die Apollo Server voor elk raamwerk voorschrijft
// (executeHTTPGraphQLRequest), direct op node:http. Express deed hier niets anders dan
// de body lezen en doorgeven; zonder die laag kost een verzoek minder, en krijgt een
// client bij een te grote of onleesbare body een JSON-fout in plaats van een HTML-pagina.
import { createServer, maxHeaderSize, STATUS_CODES, validateHeaderName, validateHeaderValue, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { geheimKlopt, KOPPEN } from './identiteit.js';
import { foutAntwoord, jsonAntwoord, type HttpAntwoord } from './antwoord.js';
import { maakLogboek, verzoekIdUit, type Logboek } from './logboek.js';
import { maakMetrieken, OPERATIELABEL, type Metrieken } from './metrieken.js';
import type { Sporen } from './sporen/aanbieder.js';
import { KENMERK, serverspan } from './sporen/spoor.js';
import { context as apicontext, SpanStatusCode, type Span } from '@opentelemetry/api';

// Het antwoord hoort bij antwoord.ts; wie een route schrijft, vindt het ook hier naast HttpVerzoek en Route.
export type { HttpAntwoord } from './antwoord.js';

/** Grootste body die de gateway van een client leest: ruim boven elke echte query. */
export const MAXIMALE_BODY = 1024 * 1024;
/**
 * Grootste body die een subgraph leest. Alleen de gateway roept subgraphs aan, en die
 * stuurt bij @requires het beleid van de ministeries mee: voor geneste analyses meer dan 1 MB.
 */
export const MAXIMALE_SUBGRAAFBODY = 32 * 1024 * 1024;

export interface Luisteraar {
  url: string;
  poort: number;
  stop(): Promise<void>;
}

/** Een GraphQL-verzoek zoals het binnenkwam: de gateway sleutelt er zijn antwoordcache op. */
export interface HttpVerzoek {
  method: string;
  headers: HeaderMap;
  /** Querystring inclusief '?', of leeg. */
  search: string;
  /** De body precies zoals ontvangen; pas bij het uitvoeren gelezen als JSON (een cachetreffer hoeft dat niet). */
  tekst: string;
  /** Het pad zonder querystring, bijvoorbeeld /graphql of /edities/bzk. */
  pad: string;
  /** Het verzoek-id (meegegeven in x-request-id of nieuw); de gateway geeft het door aan de subgraphs. */
  verzoekId?: string;
  /**
   * Gaat af als de client de verbinding verbrak voordat het antwoord weg was (de reden is
   * een Afgebroken). luister() zet het; een verzoek dat de dienst zelf maakt (opwarmen) heeft het niet.
   */
  signaal?: AbortSignal;
}

/**
 * Wat luister() aan de context van elke GraphQL-uitvoering toevoegt. Een resolver die lang
 * werkt, kijkt ernaar (`signaal.aborted`, `signaal.throwIfAborted()`) en stopt als de gateway
 * het verzoek opgaf: dan is er niemand meer die het antwoord leest.
 */
export interface Verzoekcontext {
  signaal: AbortSignal;
}

/** Een eigen eindpunt naast /graphql (publicaties, overzichten). */
export interface Route {
  methoden: string[];
  /** Het pad; groepen in de expressie komen als `delen` mee. */
  pad: RegExp;
  behandel(verzoek: HttpVerzoek, delen: string[]): Promise<HttpAntwoord>;
  /** Naam in metrieken en logboek, bijvoorbeeld "/edities/:ministerie"; standaard de expressie. */
  label?: string;
  /** Een peiling die elke paar seconden komt (de stand van het overzichtenregister): in het logboek op debug, zoals /health. */
  peiling?: boolean;
}

/** De body van een antwoord als tekst. */
export const tekstVan = (body: string | Uint8Array): string => (typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));

export interface Luisteropties {
  poort: number;
  host?: string;
  /** Tellers voor de benchmark (SQL-statements, gedeelde verzoeken), op GET /statistiek. */
  statistiek?: () => Record<string, number>;
  /** Extra velden in het antwoord van GET /health, naast status: "ok". */
  gezondheid?: () => Record<string, unknown>;
  /** Vervangt het uitvoeren van een GraphQL-verzoek (de gateway zet er zijn antwoordcache omheen). */
  verwerk?: (verzoek: HttpVerzoek) => Promise<HttpAntwoord>;
  /** Grootste body in bytes; standaard MAXIMALE_BODY (1 MB). */
  maximaleBody?: number;
  /**
   * Het gedeelde geheim van de gateway (SUBGRAAF_GEHEIM). Gezet: elk verzoek behalve
   * /health moet het in de kop x-gateway-geheim meesturen, anders 401. Zo kan niemand
   * de controles van de gateway overslaan door een subgraph-poort direct aan te spreken.
   */
  geheim?: string;
  /** Eindpunten naast /graphql, /health en /statistiek. */
  routes?: Route[];
  /** De metrieken van dit proces (GET /metrics); zonder: een eigen registry zonder procesmetrieken. */
  metrieken?: Metrieken;
  /**
   * Wie /metrics en /statistiek mag lezen: een weigering, of undefined als het mag.
   * Subgraphs laten het open (hun poort is niet van buiten bereikbaar); de gateway wel,
   * dus daar beslist hij.
   */
  beheertoegang?: (verzoek: Pick<HttpVerzoek, 'headers'>) => Promise<HttpAntwoord | undefined>;
  /** Waar de regel per verzoek heen gaat; zonder: stdout op LOG_LEVEL. */
  logboek?: Logboek;
  /** Waarom het proces nog geen verzoeken kan beantwoorden (GET /health/ready: 503); leeg is gereed. */
  gereed?: () => Promise<string[]> | string[];
  /**
   * De sporen van dit proces (kern/sporen/): elk verzoek een span, als kind van een geldige
   * traceparent; zonder: geen spans. Peilingen (/health, /metrics, een route met `peiling`) niet.
   */
  sporen?: Sporen;
}

/** Interne paden met hun eigen label in de metrieken; elk ander pad buiten /graphql en de routes is een 404. */
const INTERNE_PADEN = new Set(['/health', '/health/live', '/health/ready', '/metrics', '/statistiek']);

/** Een operationName uit de JSON-body of de querystring (GET); wat geen tekst is, telt niet. */
function operatienaam(body: unknown, search: string): string | undefined {
  if (body && typeof body === 'object' && 'operationName' in body) return typeof body.operationName === 'string' ? body.operationName : undefined;
  return search.includes('operationName=') ? (new URLSearchParams(search).get('operationName') ?? undefined) : undefined;
}

/** Voert één verzoek uit op `server`, met `context` als context van Apollo. */
export async function voerGraphQLUit<C extends BaseContext>(server: ApolloServer<C>, verzoek: HttpVerzoek, context: C): Promise<HttpAntwoord> {
  const verzoekbody = jsonBody(verzoek);
  const antwoord = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: verzoek.method, headers: verzoek.headers, search: verzoek.search, body: verzoekbody },
    context: async () => context,
  });
  let body = '';
  if (antwoord.body.kind === 'complete') body = antwoord.body.string;
  else for await (const stuk of antwoord.body.asyncIterator) body += stuk;
  return { status: antwoord.status ?? 200, headers: [...antwoord.headers], body, operatie: operatienaam(verzoekbody, verzoek.search) };
}

class Verzoekfout extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    melding: string,
  ) {
    super(melding);
  }
}


/**
 * De client verbrak de verbinding voordat het verzoek binnen was of het antwoord weg was.
 * Geen fout van de dienst: er is niemand meer om te antwoorden, en het logboek zegt het
 * zonder stacktrace. Ook de reden van `HttpVerzoek.signaal`: wie hem doorgooit, krijgt dezelfde regel.
 */
export class Afgebroken extends Error {
  override readonly name = 'AbortError';
}

/** Leest de body met gewone events: goedkoper dan een async iterator, en elk proces doet dit per verzoek. */
function leesBody(req: IncomingMessage, grens: number): Promise<string> {
  const lengte = Number(req.headers['content-length'] ?? 0);
  const teGroot = () => new Verzoekfout(413, 'PAYLOAD_TOO_LARGE', `Het verzoek is groter dan ${grens} bytes (${Math.round(grens / 1024 / 1024)} MB).`);
  if (lengte > grens) return Promise.reject(teGroot());
  return new Promise((resolve, reject) => {
    const stukken: Buffer[] = [];
    let gelezen = 0;
    req.on('data', (stuk: Buffer) => {
      gelezen += stuk.length;
      if (gelezen > grens) {
        req.removeAllListeners('data');
        reject(teGroot());
        return;
      }
      stukken.push(stuk);
    });
    req.once('end', () => resolve(stukken.length === 1 ? stukken[0].toString('utf8') : Buffer.concat(stukken).toString('utf8')));
    // 'aborted' en ECONNRESET: de client is weg; elke andere fout van de stroom evenzeer.
    req.once('error', () => reject(new Afgebroken('De client verbrak de verbinding tijdens het verzoek.')));
    req.once('close', () => req.complete || reject(new Afgebroken('De client verbrak de verbinding tijdens het verzoek.')));
  });
}

/** De JSON-body, of undefined als er geen JSON-body is; onleesbare JSON is een 400. */
function jsonBody({ tekst, headers }: HttpVerzoek): unknown {
  if (tekst === '' || !(headers.get('content-type') ?? '').includes('json')) return undefined;
  try {
    return JSON.parse(tekst);
  } catch (e) {
    throw new Verzoekfout(400, 'BAD_REQUEST', `De body is geen geldige JSON (${e instanceof Error ? e.message : e}). Stuur {"query": "…", "variables": {…}}.`);
  }
}

async function leesVerzoek(req: IncomingMessage, pad: string, search: string, grens: number, verzoekId: string, signaal?: AbortSignal): Promise<HttpVerzoek> {
  const headers = new HeaderMap();
  for (const [naam, waarde] of Object.entries(req.headers)) {
    if (waarde !== undefined) headers.set(naam, Array.isArray(waarde) ? waarde.join(', ') : waarde);
  }
  const tekst = req.method === 'GET' || req.method === 'HEAD' ? '' : await leesBody(req, grens);
  return { method: (req.method ?? 'GET').toUpperCase(), headers, search, tekst, pad, verzoekId, signaal };
}

/**
 * Een kop die Node zou weigeren: een fout in de code (invoer van een client hoort
 * via kern/kopwaarde.ts gecodeerd te zijn), geen reden om het proces te laten vallen.
 */
function ongeldigeKop(antwoord: HttpAntwoord): string | undefined {
  for (const [naam, waarde] of antwoord.headers) {
    try {
      validateHeaderName(naam);
      validateHeaderValue(naam, waarde);
    } catch {
      return naam;
    }
  }
  return undefined;
}

const INTERNE_FOUT = () => foutAntwoord(500, 'INTERNAL_SERVER_ERROR', 'Interne fout; zie het logboek van de dienst (met het verzoek-id uit x-request-id).');

/** Schrijft het antwoord; geeft false als de client al weg was. Gooit nooit. */
function schrijf(res: ServerResponse, antwoord: HttpAntwoord): boolean {
  if (res.destroyed || res.writableEnded) return false;
  res.statusCode = antwoord.status;
  // Set-Cookie mag vaker voorkomen (het aanmelden zet een sessiecookie en wist dat van de aanmelding); elke andere kop één keer.
  let cookies: string[] | undefined;
  for (const [naam, waarde] of antwoord.headers) {
    if (naam === 'set-cookie' || naam === 'Set-Cookie') (cookies ??= []).push(waarde);
    else res.setHeader(naam, waarde);
  }
  if (cookies) res.setHeader('set-cookie', cookies);
  res.end(antwoord.body);
  return true;
}

/**
 * Luistert op `poort`. `server` is de Apollo-server voor /graphql; null voor een dienst zonder
 * GraphQL (het overzichtenregister), die alleen routes, /health en /metrics heeft.
 */
export async function luister<C extends BaseContext>(
  server: ApolloServer<C> | null,
  context: (verzoek: HttpVerzoek) => Promise<C>,
  { poort, host = '127.0.0.1', statistiek, gezondheid, verwerk, maximaleBody = MAXIMALE_BODY, geheim, routes = [], ...opties }: Luisteropties,
): Promise<Luisteraar> {
  const metrieken = opties.metrieken ?? maakMetrieken({ proces: 'http' });
  const logboek = opties.logboek ?? maakLogboek({ proces: 'http' });
  const zonderGraphql = async (verzoek: HttpVerzoek) => foutAntwoord(404, 'NOT_FOUND', `${verzoek.method} ${verzoek.pad} bestaat niet: deze dienst spreekt geen GraphQL.`);
  // Elke uitvoering krijgt het signaal van haar verzoek in de context (Verzoekcontext), naast wat `context` geeft.
  const metSignaal = async (verzoek: HttpVerzoek): Promise<C & Partial<Verzoekcontext>> => ({ ...(await context(verzoek)), ...(verzoek.signaal && { signaal: verzoek.signaal }) });
  const voerUit = verwerk ?? (server ? async (verzoek: HttpVerzoek) => voerGraphQLUit(server, verzoek, await metSignaal(verzoek)) : zonderGraphql);
  const behandel = async (req: IncomingMessage, pad: string, query: string, verzoekId: string, signaal: AbortSignal): Promise<HttpAntwoord> => {
    // Gezondheid en metrieken bevatten geen persoonsgegevens en moeten voor
    // docker-compose en Prometheus bereikbaar zijn zonder het geheim van de gateway.
    if (req.method === 'GET' && pad === '/health') return jsonAntwoord(200, { status: 'ok', ...gezondheid?.() });
    if (req.method === 'GET' && pad === '/health/live') return jsonAntwoord(200, { status: 'ok' });
    if (req.method === 'GET' && pad === '/health/ready') {
      const redenen = (await opties.gereed?.()) ?? [];
      return redenen.length === 0 ? jsonAntwoord(200, { status: 'gereed', ...gezondheid?.() }) : jsonAntwoord(503, { status: 'niet gereed', redenen });
    }
    if (req.method === 'GET' && pad === '/metrics') {
      const weigering = await opties.beheertoegang?.(await leesVerzoek(req, pad, '', 0, verzoekId));
      if (weigering) return weigering;
      return { status: 200, headers: [['content-type', metrieken.contentType]], body: await metrieken.tekst() };
    }
    if (geheim !== undefined && !geheimKlopt(req.headers[KOPPEN.geheim] as string | undefined, geheim)) {
      return foutAntwoord(401, 'ALLEEN_VIA_GATEWAY', 'Deze subgraph beantwoordt alleen verzoeken van de gateway; stuur uw vraag naar de gateway.');
    }
    if (pad === '/graphql') return voerUit(await leesVerzoek(req, pad, query ? `?${query}` : '', maximaleBody, verzoekId, signaal));
    for (const route of routes) {
      const treffer = route.pad.exec(pad);
      if (!treffer) continue;
      if (!route.methoden.includes(req.method ?? 'GET')) {
        return foutAntwoord(405, 'METHOD_NOT_ALLOWED', `${req.method} mag niet op ${pad}; wel: ${route.methoden.join(', ')}.`, {}, [['allow', route.methoden.join(', ')]]);
      }
      return route.behandel(await leesVerzoek(req, pad, query ? `?${query}` : '', maximaleBody, verzoekId, signaal), treffer.slice(1));
    }
    if (req.method === 'GET' && pad === '/statistiek' && statistiek) {
      return (await opties.beheertoegang?.(await leesVerzoek(req, pad, '', 0, verzoekId))) ?? jsonAntwoord(200, statistiek());
    }
    return foutAntwoord(404, 'NOT_FOUND', `${req.method} ${pad} bestaat niet; GraphQL staat op /graphql, de gezondheid op /health.`);
  };
  /** Peilingen van docker-compose, Prometheus en de gateways: veel, en niets om te volgen. */
  const isPeiling = (pad: string) => INTERNE_PADEN.has(pad) || routes.some((r) => r.peiling && r.pad.test(pad));
  /** De naam van het span van een verzoek: methode en route, zonder wat per verzoek verschilt (zoals de semantische conventies vragen). */
  const spannaam = (methode: string | undefined, pad: string): string => {
    const route = pad === '/graphql' ? pad : routes.find((r) => r.pad.test(pad));
    return `${methode ?? 'GET'} ${typeof route === 'string' ? route : route ? (route.label ?? route.pad.source) : '(onbekend pad)'}`;
  };
  /** Het label in de metrieken: de operatie voor GraphQL, anders het pad of de route (begrensd). */
  const label = (pad: string, antwoord: HttpAntwoord): string => {
    if (pad === '/graphql') return metrieken.operatielabel(antwoord.operatie, antwoord.status < 400);
    if (INTERNE_PADEN.has(pad)) return pad;
    const route = routes.find((r) => r.pad.test(pad));
    return route ? (route.label ?? route.pad.source) : OPERATIELABEL.onbekendPad;
  };
  const meet = (req: IncomingMessage, pad: string, verzoekId: string, begin: number, antwoord: HttpAntwoord, span?: Span) => {
    const duur = performance.now() - begin;
    const operatie = label(pad, antwoord);
    if (span) {
      span.setAttribute('http.response.status_code', antwoord.status);
      if (pad === '/graphql' && antwoord.operatie) span.setAttribute('graphql.operation.name', antwoord.operatie);
      if (antwoord.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    }
    metrieken.verzoek(operatie, antwoord.status, duur / 1000);
    // Peilingen van docker-compose, Prometheus en de gateways zouden het logboek anders vullen.
    const niveau = isPeiling(pad) ? 'debug' : 'info';
    if (logboek.isLevelEnabled(niveau)) {
      logboek[niveau]({ verzoekId, methode: req.method, pad, status: antwoord.status, duurMs: Math.round(duur * 100) / 100, operatie }, 'verzoek');
    }
  };
  /**
   * Eén verzoek van begin tot eind. Niets hierin mag het proces laten vallen: elke fout
   * wordt een JSON-antwoord (500 alleen voor een echte fout in de code, één keer gelogd
   * met het verzoek-id), en wat daarna nog misgaat, sluit alleen deze verbinding.
   */
  const beantwoord = async (req: IncomingMessage, res: ServerResponse, begin: number, pad: string, query: string, verzoekId: string, signaal: AbortSignal, span?: Span): Promise<void> => {
    let antwoord: HttpAntwoord;
    try {
      antwoord = await behandel(req, pad, query, verzoekId, signaal);
    } catch (e) {
      // Ook wie het signaal van dit verzoek volgde en daarop stopte (signaal.throwIfAborted()).
      if (e instanceof Afgebroken || (signaal.aborted && e === signaal.reason)) {
        logboek.info({ verzoekId, methode: req.method, pad }, 'client brak het verzoek af');
        return;
      }
      // Een te grote body wordt niet verder gelezen: de verbinding gaat dicht na het antwoord.
      if (e instanceof Verzoekfout && e.status === 413) res.setHeader('connection', 'close');
      if (!(e instanceof Verzoekfout)) logboek.error({ verzoekId, err: e }, 'interne fout');
      antwoord = e instanceof Verzoekfout ? foutAntwoord(e.status, e.code, e.message) : INTERNE_FOUT();
    }
    const kop = ongeldigeKop(antwoord);
    if (kop !== undefined) {
      logboek.error({ verzoekId, pad, kop }, `interne fout: ongeldige waarde in kop ${kop}; het antwoord is vervangen door een 500`);
      antwoord = INTERNE_FOUT();
    }
    if (schrijf(res, antwoord)) meet(req, pad, verzoekId, begin, antwoord, span);
    else logboek.info({ verzoekId, methode: req.method, pad }, 'client brak het verzoek af voor het antwoord');
  };
  const http: Server = createServer((req, res) => {
    const begin = performance.now();
    const verzoekId = verzoekIdUit(req.headers[KOPPEN.verzoekId]);
    const [pad, query = ''] = (req.url ?? '/').split('?', 2);
    // Een verbroken verbinding geeft 'error' op verzoek of antwoord; zonder luisteraar viel het proces.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    // Gaat de verbinding dicht voordat het antwoord helemaal weg is, dan is de client weg: wie
    // nog aan dit verzoek werkt, hoort het via het signaal (de gateway breekt zo zijn
    // deelverzoeken af, een subgraph zijn resolvers). Na een volledig antwoord gaat het nooit af.
    const afbreker = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) afbreker.abort(new Afgebroken('De client verbrak de verbinding voordat het antwoord weg was.'));
    });
    res.setHeader(KOPPEN.verzoekId, verzoekId);
    const spoor = opties.sporen && !isPeiling(pad) ? serverspan(opties.sporen, req.headers, spannaam(req.method, pad), { 'http.request.method': req.method ?? 'GET', 'url.path': pad, [KENMERK.verzoekId]: verzoekId }) : undefined;
    // Het span eindigt met de verbinding van dit antwoord: ook als de client halverwege wegging.
    if (spoor) res.once('close', () => spoor.span.end());
    const antwoord = () => beantwoord(req, res, begin, pad, query, verzoekId, afbreker.signal, spoor?.span);
    (spoor ? apicontext.with(spoor.context, antwoord) : antwoord()).catch((e: unknown) => {
      // Alleen als schrijven of meten zelf faalde: dan is er niets netjes meer te sturen.
      logboek.error({ verzoekId, err: e }, 'interne fout bij het schrijven van het antwoord');
      if (!res.headersSent) {
        try {
          schrijf(res, INTERNE_FOUT());
          return;
        } catch {
          // val door naar het sluiten van de verbinding
        }
      }
      res.destroy();
    });
  });
  // Wat de HTTP-parser van Node al weigert (te lange kopregels, kapotte verzoeken), krijgt
  // ook een JSON-fout in plaats van een kale statusregel; daarna gaat de verbinding dicht.
  http.on('clientError', (fout: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return void socket.destroy();
    const [status, code, melding] =
      fout.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'KOPPEN_TE_GROOT', `De kopregels (URL en headers samen) zijn groter dan ${Math.round(maxHeaderSize / 1024)} kB; stuur een kortere URL of minder headers.`]
        : fout.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'VERZOEK_TE_TRAAG', 'Het verzoek kwam niet op tijd volledig binnen.']
          : [400, 'ONLEESBAAR_VERZOEK', 'Het verzoek is geen geldig HTTP/1.1-verzoek.'];
    const { body } = foutAntwoord(status, code, melding);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  // Keep-alive langer dan die van de gateway-agent, zodat de subgraph nooit een
  // verbinding sluit die de gateway net wil hergebruiken.
  http.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(poort, host, resolve);
  });
  const echtePoort = (http.address() as AddressInfo).port;
  // Ctrl-C bereikt elk proces rechtstreeks én via het startscript: stoppen mag vaker.
  let gestopt: Promise<void> | undefined;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${echtePoort}/graphql`,
    poort: echtePoort,
    stop: () =>
      (gestopt ??= new Promise<void>((resolve, reject) => {
        http.close((f) => (f ? reject(f) : resolve()));
        http.closeAllConnections();
      })),
  };
}

/**
 * Stopt het proces netjes bij Ctrl-C of SIGTERM. Ctrl-C bereikt elk proces rechtstreeks
 * én via het startscript; de stappen lopen één keer.
 */
export function stopBijSignaal(stappen: () => Promise<void>): void {
  let stoppend = false;
  const stop = async () => {
    if (stoppend) return;
    stoppend = true;
    await stappen();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
