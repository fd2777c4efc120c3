// Hoe de gateway subgraphs bevraagt.
//
// Gelijke subgraph-verzoeken die tegelijk lopen, gaan maar één keer over de lijn.
// Vragen tien analisten tegelijk hetzelfde, dan krijgt elke subgraph één verzoek en
// leest elk van de tien het antwoord. Dit is geen cache: een verzoek dat binnenkomt
// nadat het antwoord er is, gaat gewoon weer naar de subgraph.
//
// Elke wachtende krijgt de tekst van het antwoord en parseert die zelf: de gateway
// voegt resultaten samen in de objecten die hij van een subgraph krijgt, en dat mag
// nooit een gedeeld object zijn.
//
// Wacht niemand meer op een deelverzoek (de client ging weg; bij een gedeeld verzoek: alle
// clients die erop wachtten), dan breekt de gateway het af: de subgraph ziet de verbinding
// dichtgaan en stopt (afbreken.ts). Wie weggaat terwijl een ander nog wacht, stopt alleen
// zelf met wachten; het verzoek loopt door voor de ander.
//
// Over de lijn gaat het met undici.request: een verzoek kost de gateway zo minder dan
// met fetch, dat voor elk antwoord WHATWG-streams opbouwt (gemeten: zie
// docs/prestaties.md).
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { SUBGRAFEN } from '../../kern/config.js';
import { KOPPEN } from '../../kern/identiteit.js';
import type { Logboek } from '../../kern/logboek.js';
import type { Gatewaymetingen, Subgraafmeter } from '../metingen.js';
import { onderbreker, STANDAARD_ONDERBREKER, type Onderbreker, type Onderbrekeropties } from './onderbreker.js';
import { samenvoeger } from '../cache/samenvoegen.js';
import { lusklok } from './lusvertraging.js';
import { alsStoringsantwoord } from './storingsantwoord.js';
import { trace } from '@opentelemetry/api';
import type { Sporen } from '../../kern/sporen/aanbieder.js';
import { KENMERK } from '../../kern/sporen/spoor.js';
import { fetchspoor } from '../sporen/verbinding.js';
import { afgebroken, signaalVanDitVerzoek } from './afbreken.js';

interface Antwoord {
  status: number;
  kopregels: [string, string][];
  tekst: string;
}

/** Kopregels zonder de WHATWG-validatie van Headers: ze komen al gecontroleerd van undici. */
class Kopregels implements FetcherHeaders {
  private readonly regels: Map<string, string>;
  constructor(regels: [string, string][]) {
    this.regels = new Map(regels.map(([naam, waarde]) => [naam.toLowerCase(), waarde]));
  }
  append(naam: string, waarde: string) {
    const bestaand = this.get(naam);
    this.set(naam, bestaand === null ? waarde : `${bestaand}, ${waarde}`);
  }
  delete(naam: string) {
    this.regels.delete(naam.toLowerCase());
  }
  get(naam: string): string | null {
    return this.regels.get(naam.toLowerCase()) ?? null;
  }
  has(naam: string) {
    return this.regels.has(naam.toLowerCase());
  }
  set(naam: string, waarde: string) {
    this.regels.set(naam.toLowerCase(), waarde);
  }
  entries() {
    return this.regels.entries();
  }
  keys() {
    return this.regels.keys();
  }
  values() {
    return this.regels.values();
  }
  [Symbol.iterator]() {
    return this.regels.entries();
  }
}

/** Een subgraph-antwoord in de vorm die RemoteGraphQLDataSource leest, zonder streams. */
class Subgraafantwoord implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  constructor(
    readonly url: string,
    private readonly antwoord: Antwoord,
  ) {}
  get headers(): FetcherHeaders {
    return new Kopregels(this.antwoord.kopregels);
  }
  get status() {
    return this.antwoord.status;
  }
  get ok() {
    return this.antwoord.status >= 200 && this.antwoord.status < 300;
  }
  get statusText() {
    return String(this.antwoord.status);
  }
  async text() {
    return this.antwoord.tekst;
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.antwoord.tekst);
  }
  async arrayBuffer() {
    return new TextEncoder().encode(this.antwoord.tekst).buffer as ArrayBuffer;
  }
  clone() {
    return new Subgraafantwoord(this.url, this.antwoord);
  }
}

/** De eerste foutmelding uit een GraphQL-foutantwoord, of leeg als het geen JSON is. */
function redenUit(tekst: string): string {
  try {
    const inhoud = JSON.parse(tekst) as { errors?: { message?: unknown }[] };
    const melding = inhoud.errors?.[0]?.message;
    return typeof melding === 'string' ? melding : '';
  } catch {
    return '';
  }
}

/** Standaardtermijn voor een subgraph: ruim boven de tientallen milliseconden van een gewoon antwoord. */
export const STANDAARD_SUBGRAAFTERMIJN_MS = 5000;

/** De code van een netwerkfout (ECONNREFUSED, …): de melding zelf noemt het interne adres. */
function foutcode(fout: unknown): string {
  const code = (f: unknown) => (f && typeof f === 'object' && 'code' in f && typeof f.code === 'string' ? f.code : undefined);
  return code(fout) ?? code(fout instanceof Error ? fout.cause : undefined) ?? 'verbindingsfout';
}

/** Het ministerie achter een subgraph, zodat een client de fout aan een departement kan koppelen; leeg voor de analyselaag. */
const departementVan = (naam: string) => {
  const departement = SUBGRAFEN.find((s) => s.naam === naam)?.departement;
  return departement ? { departement } : {};
};

export interface Subgraafverbinding {
  /** De fetcher voor één subgraph; `wie` noemt die in een fout ("SZW", "de analyselaag"). */
  fetcher(naam: string, wie: string): Fetcher;
  /** Hoeveel verzoeken een antwoord deelden in plaats van zelf te gaan (voor de statistiek). */
  readonly gedeeld: number;
  /** De subgraphs die de gateway nu met rust laat (zie onderbreker.ts). */
  gepauzeerd(): string[];
  sluit(): Promise<void>;
}

export interface Verbindingsopties {
  /** Hoe lang de gateway op één subgraph wacht; standaard 5000 ms. */
  termijnMs?: number;
  metingen?: Pick<Gatewaymetingen, 'subgraaf'>;
  /** Wanneer de gateway een falende subgraph een pauze geeft; `false` zet dat uit. */
  onderbreker?: Onderbrekeropties | false;
  logboek?: Pick<Logboek, 'warn' | 'info'>;
  /** Met sporen: elk deelverzoek een span dat het spoor aan de subgraph meegeeft (sporen/verbinding.ts). */
  sporen?: Sporen;
}

const NIET_METEN: Subgraafmeter = { meet: () => undefined, gedeeld: () => undefined };

/** Koppen die per clientverzoek anders zijn: het verzoek-id en het spoor (W3C Trace Context). */
const PER_CLIENTVERZOEK = new Set<string>([KOPPEN.verzoekId, 'traceparent', 'tracestate']);

/**
 * De sleutel waarop gelijke verzoeken samengaan. Kopregels tellen mee, zodat verzoeken
 * met een andere identiteit nooit elkaars antwoord krijgen; het verzoek-id en het spoor
 * niet, want die zijn per clientverzoek anders en zouden elk samengaan onmogelijk maken.
 */
function sleutelVan(url: string, init: FetcherRequestInit, body: string): string {
  const koppen = init.headers ?? {};
  let tekst = '';
  for (const kop in koppen) if (!PER_CLIENTVERZOEK.has(kop)) tekst += `${kop}: ${koppen[kop]}\n`;
  return `${init.method ?? 'GET'} ${url}\n${tekst}\n${body}`;
}

/**
 * Een fetcher voor RemoteGraphQLDataSource die gelijke verzoeken (zelfde URL, methode,
 * kopregels en inhoud) die tegelijk lopen één keer verstuurt. Wie meedeelt, krijgt het
 * antwoord van het verzoek dat ging, en de subgraph ziet alleen diens verzoek-id.
 */
export function subgraafverbinding({
  termijnMs = STANDAARD_SUBGRAAFTERMIJN_MS,
  metingen,
  onderbreker: onderbrekeropties = STANDAARD_ONDERBREKER,
  logboek,
  sporen,
}: Verbindingsopties = {}): Subgraafverbinding {
  const agent = new Agent({ keepAliveTimeout: 60_000, connections: 64 });
  // De termijn telt niet mee wat de lus van de gateway zelf achterliep (lusvertraging.ts).
  const klok = lusklok();
  const gelijktijdig = samenvoeger<Antwoord>();
  const onderbrekers = new Map<string, Onderbreker>();

  // Eén termijn voor het hele verzoek, tot en met de laatste byte: een subgraph die
  // hangt, houdt zo niemand langer op dan `termijnMs`, ook niet wie op hetzelfde
  // gedeelde verzoek wacht. Elke fout (termijn, onbereikbaar, geweigerd) noemt de
  // subgraph, niet zijn interne adres. `niemand` gaat af als geen wachtende meer over is:
  // dan breekt het verzoek af zoals bij de termijn.
  const verstuur = async (naam: string, wie: string, meter: Subgraafmeter, url: string, init: FetcherRequestInit, niemand?: AbortSignal): Promise<Antwoord> => {
    const { signal: termijn, stop: stopTermijn } = klok.termijn(termijnMs, niemand);
    const begin = performance.now();
    const seconden = () => (performance.now() - begin) / 1000;
    let antwoord: Antwoord;
    try {
      const r = await request(url, {
        dispatcher: agent,
        method: (init.method ?? 'GET') as 'POST',
        headers: init.headers,
        body: init.body,
        signal: termijn,
      });
      const kopregels = Object.entries(r.headers).flatMap(([kop, waarde]) =>
        waarde === undefined ? [] : (Array.isArray(waarde) ? waarde : [waarde]).map((w): [string, string] => [kop, w]),
      );
      antwoord = { status: r.statusCode, kopregels, tekst: await r.body.text() };
      stopTermijn();
    } catch (fout) {
      stopTermijn();
      if (niemand?.aborted) {
        meter.meet('afgebroken', seconden());
        throw afgebroken(naam, wie, departementVan(naam));
      }
      const verlopen = termijn.aborted;
      meter.meet(verlopen ? 'termijn_verlopen' : 'onbereikbaar', seconden());
      throw new GraphQLError(
        verlopen
          ? `${wie} gaf binnen ${termijnMs} ms geen antwoord; het verzoek is afgebroken.`
          : `${wie} is niet bereikbaar (${foutcode(fout)}).`,
        { extensions: { code: verlopen ? 'SUBGRAAF_TERMIJN_VERLOPEN' : 'SUBGRAAF_ONBEREIKBAAR', subgraaf: naam, ...departementVan(naam), termijnMs } },
      );
    }
    meter.meet(antwoord.status >= 300 ? 'geweigerd' : 'ok', seconden());
    if (antwoord.status >= 300) {
      // Standaard maakte @apollo/gateway hier "413: 413" van, met de interne URL.
      const reden = redenUit(antwoord.tekst);
      throw new GraphQLError(`${wie} weigerde het deelverzoek (HTTP ${antwoord.status})${reden ? `: ${reden}` : '.'}`, {
        extensions: { code: 'SUBGRAAF_WEIGERDE', subgraaf: naam, ...departementVan(naam), status: antwoord.status },
      });
    }
    return antwoord;
  };

  const fetcher = (naam: string, wie: string): Fetcher => {
    const meter = metingen?.subgraaf(naam) ?? NIET_METEN;
    const bewaakt = onderbrekeropties ? onderbreker(naam, wie, departementVan(naam), onderbrekeropties, logboek) : undefined;
    if (bewaakt) onderbrekers.set(naam, bewaakt);
    /** Gaat over de lijn, of sluit aan bij een gelijk verzoek dat al loopt; `signaal`: dat van het clientverzoek. */
    const gaan = (url: string, init: FetcherRequestInit, signaal: AbortSignal | undefined): Promise<Antwoord> => {
      // Een client die al weg is, kost de subgraph niets meer (de volgende stappen van zijn queryplan).
      if (signaal?.aborted) return Promise.reject(afgebroken(naam, wie, departementVan(naam)));
      const stuur = (niemand?: AbortSignal) => verstuur(naam, wie, meter, url, init, niemand);
      // De gateway stuurt altijd een tekst; alleen die is als sleutel te vergelijken.
      if (typeof init.body !== 'string') return stuur(signaal);
      const voor = gelijktijdig.samengevoegd;
      const lopend = gelijktijdig.doe(sleutelVan(url, init, init.body), stuur, signaal).catch((fout: unknown) => {
        // Deze wachtende ging weg (het verzoek zelf loopt misschien door voor een ander).
        throw signaal?.aborted && fout === signaal.reason ? afgebroken(naam, wie, departementVan(naam)) : fout;
      });
      if (gelijktijdig.samengevoegd !== voor) {
        meter.gedeeld();
        // De subgraph ziet het spoor van het verzoek dat al liep; zo verklaart het span waarom het er geen kind heeft.
        trace.getActiveSpan()?.setAttribute(KENMERK.gedeeld, true);
      }
      return lopend;
    };
    // De onderbreker telt elk deelverzoek van de gateway, ook wie aansloot bij een gelijk
    // lopend verzoek: twee operaties die op hetzelfde hangende deelverzoek wachtten, zijn
    // twee mislukkingen. (Gelijke operaties voert de antwoordcache al één keer uit.)
    // Een deelverzoek voor een client die wegging, telt niet als mislukt (onderbreker.ts).
    const bewaaktGaan = fetchspoor(sporen, naam, (url: string, init: FetcherRequestInit) => {
      const signaal = signaalVanDitVerzoek();
      return bewaakt
        ? bewaakt.voer(() => gaan(url, init, signaal)).catch((fout: unknown) => {
            if (fout instanceof GraphQLError && fout.extensions.code === 'SUBGRAAF_GEPAUZEERD') meter.meet('gepauzeerd', 0);
            throw fout;
          })
        : gaan(url, init, signaal);
    });
    return async (url, init = {}) => {
      // Een mislukt entiteitsverzoek wordt null-velden met de fout: zie storingsantwoord.ts.
      const antwoord = await bewaaktGaan(url, init).catch((fout: unknown) => alsStoringsantwoord(fout, init.body));
      return new Subgraafantwoord(url, antwoord);
    };
  };

  return {
    fetcher,
    get gedeeld() {
      return gelijktijdig.samengevoegd;
    },
    gepauzeerd: () => [...onderbrekers].filter(([, o]) => o.gepauzeerd).map(([naam]) => naam),
    async sluit() {
      for (const o of onderbrekers.values()) o.sluit();
      klok.stop();
      await agent.close();
    },
  };
}
