// De gateway: @apollo/gateway op de ingecheckte supergraph, met Apollo Server 5, als een rij
// stappen die een verzoek in deze volgorde passeert (verzoekpad.ts). Bouwt zonder te
// luisteren, zodat tests hem met subgraphs op poort 0 kunnen starten; index.ts luistert.
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import type { Luisteropties } from '../kern/http.js';
import type { Identiteit } from '../kern/identiteit.js';
import type { Logboek } from '../kern/logboek.js';
import type { Sporen } from '../kern/sporen/aanbieder.js';
import { maakMetrieken, type Metrieken } from '../kern/metrieken.js';
import { enumsUit } from '../kern/vocabulaire.js';
import type { Redisinstelling } from '../kern/wijzigingsbericht.js';
import { antwoordcache } from './cache/antwoordcache.js';
import { Cachegeldigheid } from './cache/geldigheid.js';
import { dashboardroutes } from './dashboard.js';
import { foutvorm } from './fouten/foutvorm.js';
import { weigering, Weigering } from './fouten/weigering.js';
import { gemetenlengtes } from './limieten/gemetenlengtes.js';
import { grenzen, type Bundelopties } from './limieten/grenzen.js';
import { kostenbudget, STANDAARD_KOSTENBUDGET, type Kostenbudgetopties } from './limieten/kostenbudget.js';
import { kostentoelating } from './limieten/kostentoelating.js';
import { voorcontrole } from './limieten/voorcontrole.js';
import { STANDAARD_ZWAARWERK, zwaarwerk, type Zwaarwerkopties } from './limieten/zwaarwerk.js';
import { gatewaymetingen } from './metingen.js';
import { publiekSchema } from './overzichten/apischema.js';
import { warmOp } from './overzichten/opwarmen.js';
import { overzichtpublicatie, proefverzoek } from './overzichten/publiceren.js';
import { leesOverzichten, type Overzicht } from './overzichten/register.js';
import { registerclient, type Registerinstelling } from './overzichten/registerclient.js';
import { overzichtroutes } from './overzichten/routes.js';
import { overzichtenstand, STANDAARD_OVERZICHTENCONTROLE_MS } from './overzichten/stand.js';
import { partnerbeheer } from './partners/routes.js';
import { publicatieroutes } from './publiceren.js';
import { budgetspoor, identiteitspoor, stapspoor } from './sporen/stappen.js';
import { aanmelding, type Aanmeldopties } from './toegang/aanmelden.js';
import { volgSleutelbestand } from './toegang/sleutelbestand.js';
import { ANONIEME_ANALIST, identificatie, type Identificeer, type Toegang } from './toegang/identificatie.js';
import { beheertoegang, rollen } from './toegang/rollen.js';
import { toelating, type Proeven } from './toegang/toelating.js';
import { CACHEGROOTTE_MIB, federatie } from './verbinding/federatie.js';
import type { Onderbrekeropties } from './verbinding/onderbreker.js';
import { planopslag } from './verbinding/plannen/planopslag.js';
import type { Plannercontroles } from './verbinding/plannen/plannen.taak.js';
import { STANDAARD_SUBGRAAFTERMIJN_MS, subgraafverbinding } from './verbinding/subgraafclient.js';
import type { Gatewaycontext } from './stap.js';
import { verzoekpad } from './verzoekpad.js';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';

/**
 * De supergraph die de gateway serveert: ingecheckt en geschreven door `npm run compose`
 * (schema/gereedschap/compositie.ts). De gateway leest alleen dit bestand; de compositie
 * zelf (met @apollo/composition en de SDL van elk ministerie) hoort bij het bouwen.
 */
export const SUPERGRAPH_PAD = new URL('../schema/supergraph.graphql', import.meta.url);

/** Wat de gateway kan instellen; index.ts vult het uit de omgeving (configuratie.ts), tests geven het zelf. */
export interface Gatewayopties {
  supergraphSdl?: string;
  /** Subgraph-URL per naam (bzk, vws, …); ontbrekende komen uit de supergraph. */
  subgraafUrls?: Partial<Record<string, string>>;
  /** Met Redis cachet de gateway antwoorden tot een import de gegevens wijzigt, en delen replica's één budget. */
  redis?: Redisinstelling | null;
  /** Hoe lang de gateway op één subgraph wacht; standaard 5000 ms (verbinding/subgraafclient.ts). */
  subgraaftermijnMs?: number;
  /** Wanneer de gateway een falende subgraph een pauze geeft (verbinding/onderbreker.ts); `false` zet dat uit. */
  onderbreker?: Onderbrekeropties | false;
  /** JSON-lijsten van operaties in één verzoek; standaard uit (400 BUNDELS_NIET_TOEGESTAAN). */
  bundels?: Bundelopties;
  /** Wie mag wat (toegang/sleutels.ts); standaard de ontwikkelmodus zonder sleutels. */
  toegang?: Toegang;
  /** Aanmelden in de browser met OpenID Connect (toegang/aanmelden.ts): sessies op de server, een cookie met CSRF-token; standaard uit. */
  aanmelden?: Aanmeldopties;
  /** Het gedeelde geheim dat de subgraphs van de gateway verwachten (SUBGRAAF_GEHEIM). */
  subgraafgeheim?: string;
  /** De ingebouwde overzichten, zolang er geen register is of het nog niet antwoordde; standaard die in overzichten/. */
  overzichten?: Overzicht[];
  /** Het overzichtenregister (overzichtenregister/): daar publiceert het programmateam; zonder kent de gateway alleen de ingebouwde set. */
  register?: Registerinstelling | null;
  /** Elke zoveel ms de stand van het register controleren, naast de berichten via Redis; standaard 2000, 0 zet het uit. */
  overzichtencontroleMs?: number;
  /** De tijd volgens de gateway (uitfasering, publicaties); tests zetten hem vooruit in plaats van te wachten. */
  klok?: () => Date;
  /** De metrieken van het gateway-proces (GET /metrics); standaard een eigen registry. */
  metrieken?: Metrieken;
  /** Het logboek voor de regel per verzoek; standaard stdout op LOG_LEVEL. */
  logboek?: Logboek;
  /** Elk vastgelegd overzicht één keer uitvoeren voordat /health/ready gereed zegt (overzichten/opwarmen.ts). */
  opwarmen?: boolean;
  /** Kosteneenheden per seconde per identiteit (limieten/kostenbudget.ts); `false` zet het budget uit. */
  kostenbudget?: Kostenbudgetopties | false;
  /** Hoeveel zware operaties tegelijk (limieten/zwaarwerk.ts); `false` zet de grens uit. */
  zwaarwerk?: Zwaarwerkopties | false;
  /** Beveiligingscontroles van de queryplanner die uit staan; standaard alle aan. */
  plannercontroles?: Plannercontroles;
  /**
   * De sporen van het gateway-proces (kern/sporen/, gebouwd door index.ts of een test): een span
   * per verzoek, per stap en per deelverzoek, en het spoor naar de subgraphs; standaard geen.
   */
  sporen?: Sporen;
}

/** Zo lang wacht het bouwen hoogstens op de eerste lijst van het register; daarna gaat het door met de ingebouwde set. */
const EERSTE_LIJST_MS = 2000;

/** Wie de gateway is als hij zelf een overzicht uitvoert om op te warmen. */
const OPWARMER: Identiteit = { onderwerp: 'gateway (opwarmen)', rollen: ['analist'], bron: 'intern' };

/** Zonder configuratie: de ontwikkelmodus, waarin een verzoek zonder token analist is. */
export const ONTWIKKELTOEGANG: Toegang = {
  modus: 'ontwikkeling',
  apiSleutels: new Map(),
  anoniem: ANONIEME_ANALIST,
};

export interface Gateway {
  server: ApolloServer<Gatewaycontext>;
  /** Stelt vast wie een verzoek doet (voor eigen eindpunten zoals de publicaties); met methode en pad weet hij of het CSRF-token van een sessie nodig is. */
  identificeer: Identificeer;
  /** Context per verzoek, voor wie de gateway zonder verzoekpad aanroept. */
  context(): Promise<Gatewaycontext>;
  /** Wat luister() nodig heeft: het verzoekpad, /health, /statistiek, /metrics en de eindpunten ernaast. */
  http: Pick<Luisteropties, 'verwerk' | 'gezondheid' | 'statistiek' | 'metrieken' | 'logboek' | 'gereed' | 'routes' | 'beheertoegang' | 'sporen'>;
  /** Of de responscache aan staat (Redis bereikbaar en geabonneerd). */
  cacheActief(): boolean;
  stop(): Promise<void>;
}

export async function bouwGateway(opties: Gatewayopties = {}): Promise<Gateway> {
  const supergraphSdl = opties.supergraphSdl ?? readFileSync(SUPERGRAPH_PAD, 'utf8');
  const metrieken = opties.metrieken ?? maakMetrieken({ proces: 'gateway' });
  const metingen = gatewaymetingen(metrieken);
  const toegang = opties.toegang ?? ONTWIKKELTOEGANG;
  // Aanmelden in de browser: de eindpunten /aanmelden, /afmelden en /sessie, en de sessies waaruit stap 1 het cookie leest.
  const aanmelden = aanmelding(opties.aanmelden, { redis: opties.redis, anoniem: toegang.anoniem, logboek: opties.logboek });
  for (const regel of aanmelden.meldingen) opties.logboek?.info(regel);
  const identificeer = identificatie(toegang, aanmelden.bewijs);
  // Een sleutel intrekken of toevoegen zonder herstart: het sleutelbestand wordt nagekeken en de map bijgewerkt.
  const sleutelwacht = toegang.sleutelbestand
    ? volgSleutelbestand({ pad: toegang.sleutelbestand.pad, sleutels: toegang.apiSleutels, intervalMs: toegang.sleutelbestand.controleMs, logboek: opties.logboek })
    : undefined;
  const klok = opties.klok ?? (() => new Date());
  const register = opties.register ? registerclient(opties.register, opties.subgraafgeheim) : undefined;
  // De overzichten van nu: uit het register, bijgehouden via Redis en een periodieke controle.
  const overzichten = overzichtenstand({
    ingebouwd: opties.overzichten ?? leesOverzichten(),
    register,
    redis: opties.redis,
    controleMs: opties.overzichtencontroleMs ?? STANDAARD_OVERZICHTENCONTROLE_MS,
    logboek: opties.logboek,
  });
  const eersteLijst = Promise.race([overzichten.ververs(), new Promise<void>((r) => setTimeout(r, EERSTE_LIJST_MS).unref())]);
  // Een overzicht dat nog niet vastligt, voor het proefdraaien bij een publicatie.
  const proeven: Proeven = new WeakMap();

  // Wat de stappen nodig hebben: Redis voor de geldigheid van de cache en het gedeelde budget,
  // de verbinding met de subgraphs, de plannende werkthread en de lijstlengtes van nu.
  const geldigheid = opties.redis ? new Cachegeldigheid(opties.redis) : null;
  await geldigheid?.start();
  const budgetredis = opties.redis ? new Redis(opties.redis.url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }) : undefined;
  budgetredis?.on('error', () => undefined);
  // Eén verbinding voor alle subgraphs: de URL hoort bij de sleutel van het ontdubbelen.
  const { sporen } = opties;
  const client = subgraafverbinding({ termijnMs: opties.subgraaftermijnMs, metingen, onderbreker: opties.onderbreker, logboek: opties.logboek, sporen });
  const plannen = planopslag(supergraphSdl, { mib: CACHEGROOTTE_MIB, controles: opties.plannercontroles });
  const uitvoering = federatie({ supergraphSdl, subgraafUrls: opties.subgraafUrls, geheim: opties.subgraafgeheim, client, plannen, sporen });
  const lengtes = gemetenlengtes({ adressen: () => uitvoering.adressen, geheim: opties.subgraafgeheim, logboek: opties.logboek });
  const cache = antwoordcache(geldigheid, metingen);
  const zwaar = opties.zwaarwerk === false ? undefined : zwaarwerk(opties.zwaarwerk ?? STANDAARD_ZWAARWERK);
  const budget = opties.kostenbudget === false ? undefined : kostenbudget(opties.kostenbudget ?? STANDAARD_KOSTENBUDGET, budgetredis, opties.redis?.voorvoegsel);
  const grens = grenzen({ kostentabel: () => lengtes.tabel(), toelating: budgetspoor(sporen, kostentoelating(budget, zwaar)), bundels: opties.bundels });
  // Met sporen een span per stap (sporen/stappen.ts): thuis.identiteit, thuis.voorcontrole, … ; het plannen en elk
  // deelverzoek krijgen het hunne in de verbinding, en het verzoek zelf in kern/http.ts.
  const spoor = stapspoor(sporen);

  // Het pad van een GraphQL-verzoek, stap voor stap.
  const pad = verzoekpad({
    // 1. Identiteit: wie vraagt (JWT, API-sleutel, of het sessiecookie van wie zich in de browser aanmeldde, dan met
    //    x-csrf-token; Gatewayopties.aanmelden); zonder geldig bewijs 401 (een verlopen sessie SESSIE_VERLOPEN), vóór al het andere.
    identificeer: identiteitspoor(sporen, identificeer),
    stappen: [
      // 2. Voorcontrole: geen cross-site-formulier (CSRF) en geen te diep geneste JSON, vóór de cache.
      spoor('voorcontrole', voorcontrole),
      // 3. Toelating: een partner stuurt alleen een vastgelegd overzicht; een documentId wordt zijn document.
      spoor('toelating', toelating(overzichten, { klok, proeven, generatie: () => geldigheid?.generatie ?? null })),
      // 4. Antwoordcache en samenvoegen: een treffer kost niets; gelijke verzoeken gaan één keer verder.
      spoor('cache', cache),
      // 5. Grenzen: de bundelgrens, dan in Apollo Server (net als alles hierna) tokens, diepte, kosten, aliassen; dan budget en zwaar werk (thuis.budget).
      spoor('grenzen', grens),
      // 6. Rollen: een partner introspecteert niet en krijgt geen "Bedoelde je …"; een analist wel.
      rollen,
      // 7. Plannen: een nieuw document in een werkthread, zodat de lus van de gateway doorgaat (thuis.plannen).
      plannen,
      // 8. Uitvoering: @apollo/gateway vraagt de subgraphs, ontdubbeld, met termijn en onderbreker.
      uitvoering,
      // 9. Foutvorm: elke melding in het Nederlands met een vaste code; een fout van de client is een 400.
      foutvorm(supergraphSdl, grens.vertaalregels),
      // 10. Metingen: elke geweigerde operatie geteld per code (GET /metrics).
      { plugins: [metingen.weigeringen] },
    ],
  });

  await pad.server.start();
  // De eerste telling vóór het eerste verzoek: zonder rekent de gateway met de vaste, grootste
  // lengtes, en daarmee kost een vastgelegd overzicht als cijfers meer dan de grens. Hooguit 2 s
  // per subgraph; wie niet antwoordt, houdt de vaste lengtes tot de volgende telling.
  await lengtes.vernieuw();
  await eersteLijst;
  // Opwarmen: elke versie die nog antwoordt.
  const lijst = overzichten.lijst();
  const actief = lijst.versies.filter((o) => !lijst.uitfasering.has(o.id) || lijst.uitfasering.get(o.id)!.per.getTime() > klok().getTime());
  const opwarming = opties.opwarmen ? warmOp(actief, enumsUit(supergraphSdl), (verzoek) => pad.verwerkAls(OPWARMER, verzoek)) : undefined;
  // Na het opwarmen heeft ook de analyse haar lijsten geteld.
  void opwarming?.klaar.then(() => lengtes.vernieuw());
  void opwarming?.klaar.then(({ overzichten: n, gelukt, mislukt, duurMs }) =>
    mislukt.length === 0
      ? opties.logboek?.info({ duurMs }, `opgewarmd: ${gelukt} van ${n} overzichten in ${duurMs} ms`)
      : opties.logboek?.warn({ duurMs, mislukt }, `opgewarmd: ${gelukt} van ${n} overzichten in ${duurMs} ms; zonder volledig antwoord: ${mislukt.map((m) => `${m.id} (${m.reden})`).join('; ')}`),
  );
  // Het API-schema voor de controle van een nieuw overzicht en voor /overzichten/openapi.json: pas bij het eerste gebruik gebouwd.
  let apiSchema: GraphQLSchema | undefined;
  const publiek = () => (apiSchema ??= publiekSchema(supergraphSdl));
  const beheer = overzichtpublicatie({
    identificeer,
    register,
    stand: overzichten,
    schema: publiek,
    supergraphSdl,
    kostentabel: () => lengtes.tabel(),
    proefdraai: (overzicht, variabelen, wie) => {
      const verzoek = proefverzoek(variabelen);
      proeven.set(verzoek, overzicht);
      return pad.verwerkAls({ onderwerp: `proef van ${wie.onderwerp}`, rollen: ['partner'], bron: 'intern' }, verzoek);
    },
    klok,
  });
  return {
    server: pad.server,
    identificeer,
    context: async () => ({ identiteit: toegang.anoniem ?? ANONIEME_ANALIST }),
    http: {
      verwerk: pad.verwerk,
      gezondheid: () => ({
        responscache: geldigheid?.generatie != null,
        datageneratie: geldigheid?.generatie ?? null,
        // Geen reden om niet gereed te zijn: de gateway antwoordt, alleen zonder die subgraphs.
        gepauzeerdeSubgraphs: client.gepauzeerd(),
      }),
      statistiek: () => {
        const z = zwaar?.stand();
        return {
          gedeeldeSubgraafverzoeken: client.gedeeld,
          plannenInWerkthread: plannen.geplandInThread,
          gemetenLijsten: Object.keys(lengtes.gemeten()).length,
          zwaarBezig: z?.bezig ?? 0,
          zwaarWachtend: z?.wachtend ?? 0,
          zwaarGeweigerd: z?.geweigerd ?? 0,
          ...cache.statistiek(),
        };
      },
      metrieken,
      logboek: opties.logboek,
      sporen,
      gereed: () => [...(uitvoering.geladen() ? [] : ['De gateway heeft de supergraph nog niet geladen.']), ...(opwarming?.redenen() ?? [])],
      beheertoegang: beheertoegang(toegang, identificeer),
      // Naast /graphql: de overzichten als URL's (door hetzelfde pad), het dashboard, het aanmelden en de publicaties.
      routes: [
        // Een overzicht als URL is een GET zonder bijwerkingen: met het sessiecookie werkt ook een downloadlink, zonder x-csrf-token.
        // Met een ETag uit de generatie van de gegevens; een 304 identificeert wel, maar voert niets uit.
        ...overzichtroutes(overzichten, (verzoek) => pad.verwerk(verzoek, { lezing: true }), {
          klok,
          beheer,
          generatie: () => geldigheid?.generatie ?? null,
          schema: publiek,
          toegang: async (verzoek) => {
            try {
              await identificeer(verzoek, { lezing: true });
              return undefined;
            } catch (fout) {
              if (fout instanceof Weigering) return weigering(fout);
              throw fout;
            }
          },
        }),
        // Beheer registreert het manifest van een partnerapp; de gateway controleert, het register bewaart (partners/routes.ts).
        ...partnerbeheer({ identificeer, register, stand: overzichten, schema: publiek, supergraphSdl, kostentabel: () => lengtes.tabel(), logboek: opties.logboek }),
        ...dashboardroutes(),
        // Aanmelden in de browser: GET /aanmelden, GET /aanmelden/terug, POST /afmelden, GET /sessie.
        ...aanmelden.routes,
        ...publicatieroutes({
          identificeer,
          subgraafUrls: opties.subgraafUrls,
          geheim: opties.subgraafgeheim,
          // De feed wacht op elk ministerie zo lang als een query (SUBGRAAF_TERMIJN_MS); wie dan niet antwoordde, ontbreekt.
          feedtermijnMs: opties.subgraaftermijnMs ?? STANDAARD_SUBGRAAFTERMIJN_MS,
          naPublicatie: () => {
            geldigheid?.vervallen();
            void lengtes.vernieuw();
          },
        }),
      ],
    },
    cacheActief: () => geldigheid?.generatie != null,
    async stop() {
      sleutelwacht?.stop();
      overzichten.stop();
      lengtes.stop();
      aanmelden.stop();
      budgetredis?.disconnect();
      await pad.server.stop();
      await plannen.sluit();
      await client.sluit();
      await geldigheid?.stop();
    },
  };
}
