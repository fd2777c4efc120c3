// De hele stapel in één testproces: vijf subgraphs, de analyselaag, het overzichtenregister
// en de gateway, allemaal via HTTP op poort 0, zodat tests parallel kunnen draaien zonder
// poortconflicten.
import type { Onderbrekeropties } from '../../gateway/verbinding/onderbreker.js';
import { bouwGateway } from '../../gateway/server.js';
import type { Kostenbudgetopties } from '../../gateway/limieten/kostenbudget.js';
import type { Zwaarwerkopties } from '../../gateway/limieten/zwaarwerk.js';
import { ANALYSE, SUBGRAFEN, type Ministerieveld } from '../../kern/config.js';
import { luister, MAXIMALE_SUBGRAAFBODY, type Luisteraar } from '../../kern/http.js';
import { maakLogboek } from '../../kern/logboek.js';
import { maakMetrieken } from '../../kern/metrieken.js';
import type { DestinationStream } from 'pino';
import type { Subgraaf } from '../../subgraphs/ministerie/subgraaf.js';
import type { Redisinstelling } from '../../kern/wijzigingsbericht.js';
import { bouwAnalyse } from '../../subgraphs/analyse/server.js';
import type { Leesmodel } from '../../subgraphs/analyse/leesmodel.js';
import { subgraafMetData, type Backend } from './subgraaf.js';
import { editieroutes } from '../../subgraphs/ministerie/editieroutes.js';
import { lijstlengteroute } from '../../kern/lijstlengtes.js';
import { randomBytes } from 'node:crypto';
import type { Rol } from '../../kern/identiteit.js';
import { ANONIEME_ANALIST, type Toegang } from '../../gateway/toegang/identificatie.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bouwRegister, type Register } from '../../overzichtenregister/dienst.js';
import type { Gatewayopties } from '../../gateway/server.js';
import type { Aanmeldopties } from '../../gateway/toegang/aanmelden.js';
import type { Sporen } from '../../kern/sporen/aanbieder.js';
import { maakSleutelpaar, ONTWIKKELUITGEVER, PUBLIEK, sleutelsVan, tekenToken } from '../../gateway/toegang/ontwikkelsleutel.js';

export interface Stapel {
  url: string;
  subgrafen: Subgraaf[];
  /** Hoeveel verzoeken de subgraphs (ministeries en analyse) samen kregen. */
  subgraafverzoeken(): number;
  /** Het leesmodel van de analyselaag: hoe vaak het de ministeries las. */
  leesmodel: Leesmodel;
  /** Het gedeelde geheim waarmee de gateway de subgraphs aanspreekt. */
  geheim: string;
  /** URL's van de subgraphs (naam → /graphql), om ze buiten de gateway om te proberen. */
  subgraafUrls: Record<string, string>;
  /** Een token met deze rollen, getekend met de sleutel die deze gateway aanvaardt. */
  token(rollen: Rol[], opties?: { geldig?: string; onderwerp?: string; app?: string }): Promise<string>;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  /** Het overzichtenregister (undefined met `register: false`), met zijn URL. */
  register?: Register & { url: string };
  /**
   * Nog een gatewayreplica op dezelfde subgraphs, hetzelfde register en dezelfde Redis, met
   * dezelfde toegang (tokens van token() gelden); stopt mee met de stapel.
   */
  replica(opties?: Partial<Gatewayopties>): Promise<{ url: string; basis: string; stop(): Promise<void> }>;
  stop(): Promise<void>;
}

export interface Stapelopties {
  /** Hoeveel elementen een oud lijstveld van de analyse hooguit geeft (standaard MAXIMALE_LIJST). */
  maximaleLijst?: number;
  redis?: Redisinstelling | null;
  /** Vervangt de URL van een subgraph, bijvoorbeeld door een die nooit antwoordt. */
  subgraafUrls?: Partial<Record<string, string>>;
  subgraaftermijnMs?: number;
  /** Wanneer de gateway een falende subgraph een pauze geeft; standaard zoals in productie. */
  onderbreker?: Onderbrekeropties | false;
  /** De overzichten opwarmen voordat de gateway gereed is, zoals in productie (standaard uit: dat telt als subgraph-verzoeken). */
  opwarmen?: boolean;
  /** JSON-lijsten van operaties toestaan, met een maximum (standaard uit, zoals de gateway). */
  bundels?: { maximum: number };
  /** Vervangt de toegang; standaard als de ontwikkelmodus (anoniem is analist) met een eigen sleutel voor tokens. */
  toegang?: Partial<Toegang>;
  /** Het budget per identiteit (standaard zoals in productie); `false` zet het uit. */
  kostenbudget?: Kostenbudgetopties | false;
  /** Hoeveel zware operaties tegelijk (standaard zoals in productie); `false` zet de grens uit. */
  zwaarwerk?: Zwaarwerkopties | false;
  /** Waar gateway en subgraphs hun logregels (niveau info) heen schrijven; standaard nergens. */
  logbestemming?: DestinationStream;
  /** Het overzichtenregister: standaard een eigen SQLite-bestand; `false` zonder (de gateway kent dan alleen de ingebouwde set). */
  register?: false | { databaseUrl?: string; sqlitePad?: string; klok?: () => Date };
  /** De klok van de gateway (uitfasering); standaard de echte tijd. */
  klok?: () => Date;
  /** Hoe vaak de gateway het register nakijkt (ms); standaard zoals in productie. */
  overzichtencontroleMs?: number;
  /** Aanmelden in de browser (OpenID Connect, test/hulp/oidc.ts); standaard uit. */
  aanmelden?: Aanmeldopties;
  /** De poort van de gateway (standaard een vrije): de provider kent de redirect-URL al voordat de gateway luistert (vrijePoort in test/hulp/oidc.ts). */
  poort?: number;
  /** Sporen voor alle diensten van de stapel (één proces, dus één provider); standaard geen. */
  sporen?: Sporen;
}

export async function startStapel(backend: Backend = 'sqlite', opties: Stapelopties = {}): Promise<Stapel> {
  const subgrafen = await Promise.all(SUBGRAFEN.map((s) => subgraafMetData(s.departement, backend, { redis: opties.redis })));
  // De context wordt per verzoek gemaakt: zo telt de stapel wat de subgraphs te doen kregen.
  let verzoeken = 0;
  const logboek = (proces: string) => (opties.logbestemming ? maakLogboek({ proces, bestemming: opties.logbestemming, niveau: 'info' }) : undefined);
  // Elk proces een eigen registry en logboek, zoals in productie.
  const waarneming = (proces: string) => ({ logboek: logboek(proces), metrieken: maakMetrieken({ proces }), sporen: opties.sporen });
  const geheim = randomBytes(24).toString('base64url');
  const sleutelpaar = await maakSleutelpaar();
  const luisteraars: Luisteraar[] = await Promise.all(
    subgrafen.map((s, i) =>
      luister(s.server, async () => (verzoeken++, s.context()), {
        poort: 0,
        maximaleBody: MAXIMALE_SUBGRAAFBODY,
        geheim,
        routes: [...editieroutes(s, { redis: opties.redis ?? null, log: () => undefined }), lijstlengteroute(s.lijstlengtes)],
        ...waarneming(SUBGRAFEN[i].naam),
      }),
    ),
  );
  // Het leesmodel leest de ministeries zelf, rechtstreeks (ook als de gateway voor een ministerie een ander adres kreeg).
  const leesbron = { urls: Object.fromEntries(SUBGRAFEN.map((s, i) => [s.naam, luisteraars[i].url])) as Record<Ministerieveld, string>, geheim };
  const analyse = await bouwAnalyse({ sporen: opties.sporen, leesbron, maximaleLijst: opties.maximaleLijst, redis: opties.redis });
  const analyseHttp = await luister(analyse.server, async () => (verzoeken++, {}), {
    poort: 0,
    maximaleBody: MAXIMALE_SUBGRAAFBODY,
    geheim,
    routes: [lijstlengteroute(analyse.lijstlengtes)],
    ...waarneming(ANALYSE.naam),
  });
  let register: (Register & { url: string }) | undefined;
  let registerHttp: Luisteraar | undefined;
  if (opties.register !== false) {
    const r = await bouwRegister({
      sqlitePad: opties.register?.sqlitePad ?? join(mkdtempSync(join(tmpdir(), 'thuis-overzichten-')), 'overzichten.sqlite'),
      databaseUrl: opties.register?.databaseUrl,
      klok: opties.register?.klok,
      redis: opties.redis ?? null,
    });
    registerHttp = await luister(null, async () => ({}), { poort: 0, geheim, routes: r.routes, maximaleBody: MAXIMALE_SUBGRAAFBODY, ...waarneming('overzichten') });
    register = Object.assign(r, { url: registerHttp.url.replace(/\/graphql$/, '') });
  }
  const subgraafUrls = {
    ...Object.fromEntries(SUBGRAFEN.map((s, i) => [s.naam, luisteraars[i].url])),
    [ANALYSE.naam]: analyseHttp.url,
    ...opties.subgraafUrls,
  } as Record<string, string>;
  const gatewayopties: Gatewayopties = {
    redis: opties.redis,
    register: register ? { url: register.url } : null,
    klok: opties.klok,
    overzichtencontroleMs: opties.overzichtencontroleMs,
    subgraaftermijnMs: opties.subgraaftermijnMs,
    onderbreker: opties.onderbreker,
    opwarmen: opties.opwarmen,
    bundels: opties.bundels,
    kostenbudget: opties.kostenbudget,
    zwaarwerk: opties.zwaarwerk,
    subgraafUrls,
    subgraafgeheim: geheim,
    logboek: logboek('gateway'),
    aanmelden: opties.aanmelden,
    sporen: opties.sporen,
    toegang: {
      modus: 'ontwikkeling',
      jwt: { sleutels: sleutelsVan(sleutelpaar), uitgever: ONTWIKKELUITGEVER, publiek: PUBLIEK },
      apiSleutels: new Map(),
      anoniem: ANONIEME_ANALIST,
      ...opties.toegang,
    },
  };
  const gateway = await bouwGateway(gatewayopties);
  const http = await luister(gateway.server, gateway.context, { poort: opties.poort ?? 0, ...gateway.http });
  const replicas: { stop(): Promise<void> }[] = [];
  return {
    url: http.url,
    subgrafen,
    subgraafverzoeken: () => verzoeken,
    leesmodel: analyse.leesmodel,
    geheim,
    subgraafUrls,
    token: (rollen, { geldig = '1h', onderwerp = `test-${rollen.join('+')}`, app } = {}) => tekenToken(sleutelpaar, { rollen, geldig, onderwerp, app }),
    async query(query, variables, headers = {}) {
      const antwoord = await fetch(http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: antwoord.status, ...((await antwoord.json()) as object) };
    },
    register,
    async replica(extra = {}) {
      const tweede = await bouwGateway({ ...gatewayopties, ...extra });
      const tweedeHttp = await luister(tweede.server, tweede.context, { poort: 0, ...tweede.http });
      let gestopt: Promise<void> | undefined;
      const replica = {
        url: tweedeHttp.url,
        basis: tweedeHttp.url.replace(/\/graphql$/, ''),
        stop: () =>
          (gestopt ??= (async () => {
            await tweedeHttp.stop();
            await tweede.stop();
          })()),
      };
      replicas.push(replica);
      return replica;
    },
    async stop() {
      await Promise.all(replicas.map((r) => r.stop().catch(() => undefined)));
      await http.stop();
      await gateway.stop();
      await registerHttp?.stop();
      await register?.sluit();
      await Promise.all([...luisteraars, analyseHttp].map((l) => l.stop()));
      analyse.stop();
      await analyse.server.stop();
      await Promise.all(subgrafen.map((s) => s.sluit()));
    },
  };
}
