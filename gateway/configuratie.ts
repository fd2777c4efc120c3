// De configuratie van de gateway: alles wat hij uit de omgeving leest, hier en één keer,
// met de standaard ernaast. Een onzinnige waarde stopt de start met een melding die zegt
// wat wel mag. Verder leest geen code van de gateway de omgeving (alleen federatie.ts
// schrijft er één variabele in, voor @apollo/gateway).
//
//   variabele                     standaard                          waarvoor
//   PORT                          4000                               poort
//   HOST                          127.0.0.1                          luisteradres; alleen in productie een ander adres
//   NODE_ENV                      (ontwikkelmodus)                   production: sleutels verplicht, niemand anoniem
//   LOG_LEVEL                     info (onder vitest silent)         niveau van het logboek (kern/logboek.ts)
//   REDIS_URL                     redis://127.0.0.1:6379 als die      invalidatie van de antwoordcache en het gedeelde
//                                 antwoordt; uit = geen Redis         budget (kern/wijzigingsbericht.ts)
//   REDIS_VOORVOEGSEL             thuis                              voorvoegsel van kanaal en sleutels in Redis
//   BZK_URL … OCW_URL, ANALYSE_URL  uit de supergraph                URL van elke subgraph
//   OVERZICHTEN_URL               http://localhost:4100; uit = geen  het overzichtenregister (overzichtenregister/):
//                                                                    de overzichten van het programmateam
//   OVERZICHTEN_CONTROLE_MS       2000 (0 = uit)                     hoe vaak de gateway de stand van het register
//                                                                    nakijkt, naast de berichten via Redis
//   SUBGRAAF_GEHEIM               (geen; in productie verplicht)     het geheim dat de subgraphs van de gateway verwachten
//   SUBGRAAF_TERMIJN_MS           5000                               hoe lang de gateway op één subgraph wacht
//   SUBGRAAF_PAUZE_MS             5000 (0 = uit)                     pauze voor een falende subgraph (onderbreker)
//   KOSTENBUDGET_PER_S            60000 (0 = uit)                    kosteneenheden per seconde per identiteit
//   KOSTENBUDGET_PER_ROL          {"partner": 20000}                 JSON: een eigen budget per rol, bijv. {"partner": 10000, "analist": 90000};
//                                                                    vult de standaard aan; meer rollen: het ruimste; gedeeld over replica's via Redis
//   ZWAAR_TEGELIJK                2 (0 = uit)                        zware operaties tegelijk per gateway
//   API_SLEUTELBESTAND            (geen)                             API-sleutels: naam, rollen, sha256
//   API_SLEUTELS_CONTROLE_MS      1000 (0 = uit)                     hoe vaak de gateway het sleutelbestand nakijkt: een
//                                                                    ingetrokken of nieuwe sleutel geldt zonder herstart
//   JWT_JWKS_URL, JWT_SLEUTELBESTAND  (geen; in de ontwikkelmodus     sleutels waarmee tokens getekend zijn
//                                 de ontwikkelsleutel)
//   JWT_ALGORITME                 RS256                              algoritme van een PEM in JWT_SLEUTELBESTAND
//   JWT_UITGEVER                  (in productie verplicht met JWT)   issuer die een token moet noemen
//   JWT_PUBLIEK                   een-thuis-voor-iedereen            audience die een token moet noemen
//   ONTWIKKELSLEUTEL_PAD          var/ontwikkelsleutel.json          sleutel van de ontwikkelmodus (npm run token)
//   ONTWIKKELROLLEN               analist                            rollen van wie in de ontwikkelmodus zonder token vraagt,
//                                                                    met komma's (analist,samensteller: het dashboard toont
//                                                                    dan Opslaan als overzicht); in productie een fout
//   OIDC_ISSUER                   (geen: aanmelden uit)              issuer van de identiteitsprovider; zet aanmelden in de
//                                                                    browser aan (toegang/aanmelden.ts, docs/productie.md)
//   OIDC_CLIENT_ID                (met OIDC_ISSUER verplicht)        client-id van de gateway bij de provider
//   OIDC_CLIENT_SECRET,           (met OIDC_ISSUER één verplicht)    client-secret, of een bestand met alleen het secret
//     OIDC_CLIENT_SECRET_BESTAND
//   OIDC_REDIRECT_URL             (met OIDC_ISSUER verplicht)        publieke URL van /aanmelden/terug; https (http alleen
//                                                                    op 127.0.0.1/localhost); https maakt het cookie Secure
//   OIDC_SCOPE                    openid profile                     scopes bij het aanmelden
//   OIDC_ROLLENCLAIM              roles                              claim met de rollen; een punt gaat dieper (realm_access.roles)
//   OIDC_ROLLEN                   (met OIDC_ISSUER verplicht)        JSON: waarde in de claim → rol of rollen hier, bijv.
//                                                                    {"thuis-analist":"analist"}; onbekende waarden: geen rol
//   SESSIE_INACTIEF_S             1800                               sessie vervalt na zoveel seconden zonder verzoek
//   SESSIE_MAXIMAAL_S             28800                              sessie geldt hoogstens zoveel seconden
//   APOLLO_DISABLE_SECURITY_…     (aan)                              true zet een controle van de queryplanner uit,
//     RECURSIVE_SELECTIONS_CHECK,                                    zoals bij @apollo/gateway zelf
//     NON_LOCAL_SELECTIONS_CHECK
//   OTEL_EXPORTER_OTLP_ENDPOINT,  (geen: sporen uit)                 OpenTelemetry-sporen via OTLP/HTTP naar een collector;
//     OTEL_EXPORTER_OTLP_TRACES_ENDPOINT                             zonder laadt de gateway de SDK niet
//   OTEL_SERVICE_NAME             gateway                            service.name op elk span
//   OTEL_TRACES_SAMPLER, _ARG     parentbased_always_on, 1           welke sporen bewaard worden; parentbased volgt de client
//   OTEL_SDK_DISABLED, OTEL_TRACES_EXPORTER, OTEL_RESOURCE_ATTRIBUTES, OTEL_EXPORTER_OTLP_(TRACES_)HEADERS en _TIMEOUT:
//                                 zoals de OpenTelemetry-SDK ze leest; de hele tabel staat in kern/sporen/instelling.ts,
//                                 die ze ook voor de subgraphs leest
import { z } from 'zod';
import { ANALYSE, GATEWAY_STANDAARDPOORT, standaardRegisterUrl, SUBGRAFEN } from '../kern/config.js';
import { alleenLokaal, GELDIGE_ROLLEN, inProductie, leesRol, subgraafgeheim } from '../kern/identiteit.js';
import { logniveau } from '../kern/logboek.js';
import { sporeninstelling, type Sporeninstelling } from '../kern/sporen/instelling.js';
import { redisinstelling, type Redisinstelling } from '../kern/wijzigingsbericht.js';
import { STANDAARD_KOSTENBUDGET, type Kostenbudgetopties } from './limieten/kostenbudget.js';
import { STANDAARD_ZWAARWERK, type Zwaarwerkopties } from './limieten/zwaarwerk.js';
import type { Registerinstelling } from './overzichten/registerclient.js';
import { STANDAARD_OVERZICHTENCONTROLE_MS } from './overzichten/stand.js';
import type { Toegang } from './toegang/identificatie.js';
import { bouwAanmeldopties, STANDAARD_SESSIEDUUR, type Aanmeldopties } from './toegang/aanmelden.js';
import { STANDAARD_SLEUTELCONTROLE_MS } from './toegang/sleutelbestand.js';
import { bouwToegang } from './toegang/sleutels.js';
import { STANDAARD_ONDERBREKER, type Onderbrekeropties } from './verbinding/onderbreker.js';
import type { Plannercontroles } from './verbinding/plannen/plannen.taak.js';
import { STANDAARD_SUBGRAAFTERMIJN_MS } from './verbinding/subgraafclient.js';

/** Een configuratie waarmee de gateway niet start; de melding zegt waarom en wat wel mag. */
export class Configuratiefout extends Error {}

export interface Gatewayconfiguratie {
  poort: number;
  host?: string;
  modus: 'ontwikkeling' | 'productie';
  logniveau: ReturnType<typeof logniveau>;
  /** Regels om bij het starten te tonen: wat deze modus betekent. */
  meldingen: string[];
  redis: Redisinstelling | null;
  subgraafUrls: Record<string, string>;
  subgraafgeheim?: string;
  subgraaftermijnMs: number;
  onderbreker: Onderbrekeropties | false;
  kostenbudget: Kostenbudgetopties | false;
  zwaarwerk: Zwaarwerkopties | false;
  toegang: Toegang;
  plannercontroles: Plannercontroles;
  /** Het overzichtenregister; null met OVERZICHTEN_URL=uit (dan alleen de ingebouwde overzichten). */
  register: Registerinstelling | null;
  overzichtencontroleMs: number;
  /** Aanmelden in de browser met OpenID Connect (OIDC_*, SESSIE_*); undefined als OIDC_ISSUER ontbreekt. */
  aanmelden?: Aanmeldopties;
  /** Waarheen de sporen gaan (OTEL_*); null als ze uit staan. index.ts bouwt er de sporen van (kern/sporen/aanbieder.ts). */
  sporeninstelling: Sporeninstelling | null;
}

/** Een geheel getal van minstens `minimum`; niet gezet of leeg: de standaard. */
const geheel = (minimum: number, standaard: number, uitleg: string) =>
  z
    .string()
    .optional()
    .transform((tekst, ctx) => {
      if (tekst === undefined || tekst === '') return standaard;
      const waarde = Number(tekst);
      if (Number.isInteger(waarde) && waarde >= minimum) return waarde;
      ctx.addIssue({ code: 'custom', message: `is "${tekst}"; geef ${uitleg}` });
      return z.NEVER;
    });
/** Tekst; leeg telt als niet gezet. */
const tekst = () =>
  z
    .string()
    .optional()
    .transform((t) => t || undefined);
const waar = () =>
  z
    .string()
    .optional()
    .transform((t) => t === 'true');

const OMGEVING = z.object({
  PORT: geheel(0, GATEWAY_STANDAARDPOORT, `een poortnummer, bijvoorbeeld ${GATEWAY_STANDAARDPOORT}`),
  HOST: tekst(),
  SUBGRAAF_TERMIJN_MS: geheel(1, STANDAARD_SUBGRAAFTERMIJN_MS, `een geheel aantal milliseconden van minstens 1, bijvoorbeeld ${STANDAARD_SUBGRAAFTERMIJN_MS}`),
  SUBGRAAF_PAUZE_MS: geheel(0, STANDAARD_ONDERBREKER.pauzeMs, `een geheel aantal milliseconden van minstens 0 (0 zet de pauze uit), bijvoorbeeld ${STANDAARD_ONDERBREKER.pauzeMs}`),
  KOSTENBUDGET_PER_S: geheel(0, STANDAARD_KOSTENBUDGET.perSeconde, `een geheel getal van minstens 0 (0 zet het uit), bijvoorbeeld ${STANDAARD_KOSTENBUDGET.perSeconde}`),
  KOSTENBUDGET_PER_ROL: z
    .string()
    .optional()
    .transform((tekst, ctx) => {
      if (!tekst) return undefined;
      const fout = (waarom: string) => (ctx.addIssue({ code: 'custom', message: `${waarom}; verwacht JSON van rol naar een geheel getal ≥ 1, bijvoorbeeld {"partner": 20000, "analist": 60000} (rollen: ${GELDIGE_ROLLEN})` }), z.NEVER);
      let ruw: unknown;
      try {
        ruw = JSON.parse(tekst);
      } catch {
        return fout('geen JSON');
      }
      if (typeof ruw !== 'object' || ruw === null || Array.isArray(ruw)) return fout('geen object');
      for (const [rol, budget] of Object.entries(ruw)) {
        if (leesRol(rol) === undefined) return fout(`onbekende rol "${rol}"`);
        if (!Number.isInteger(budget) || (budget as number) < 1) return fout(`${rol}: ${JSON.stringify(budget)} is geen geheel getal ≥ 1`);
      }
      return ruw as Record<string, number>;
    }),
  ZWAAR_TEGELIJK: geheel(0, STANDAARD_ZWAARWERK.tegelijk, `een geheel getal van minstens 0 (0 zet het uit), bijvoorbeeld ${STANDAARD_ZWAARWERK.tegelijk}`),
  API_SLEUTELBESTAND: tekst(),
  JWT_JWKS_URL: tekst(),
  JWT_SLEUTELBESTAND: tekst(),
  JWT_ALGORITME: tekst(),
  JWT_UITGEVER: tekst(),
  JWT_PUBLIEK: tekst(),
  ONTWIKKELSLEUTEL_PAD: tekst(),
  ONTWIKKELROLLEN: tekst(),
  OVERZICHTEN_URL: z
    .string()
    .optional()
    .transform((t, ctx) => {
      if (t === undefined || t === '') return standaardRegisterUrl();
      if (t === 'uit') return null;
      if (/^https?:\/\/[^/\s]+\/?$/.test(t)) return t.replace(/\/$/, '');
      ctx.addIssue({ code: 'custom', message: `is "${t}"; geef de basis-URL van het overzichtenregister, bijvoorbeeld ${standaardRegisterUrl('overzichten')}, of uit` });
      return z.NEVER;
    }),
  API_SLEUTELS_CONTROLE_MS: geheel(0, STANDAARD_SLEUTELCONTROLE_MS, `een geheel aantal milliseconden van minstens 0 (0: het sleutelbestand alleen bij de start lezen), bijvoorbeeld ${STANDAARD_SLEUTELCONTROLE_MS}`),
  OVERZICHTEN_CONTROLE_MS: geheel(0, STANDAARD_OVERZICHTENCONTROLE_MS, `een geheel aantal milliseconden van minstens 0 (0 zet de controle uit), bijvoorbeeld ${STANDAARD_OVERZICHTENCONTROLE_MS}`),
  APOLLO_DISABLE_SECURITY_RECURSIVE_SELECTIONS_CHECK: waar(),
  APOLLO_DISABLE_SECURITY_NON_LOCAL_SELECTIONS_CHECK: waar(),
  OIDC_ISSUER: tekst(),
  OIDC_CLIENT_ID: tekst(),
  OIDC_CLIENT_SECRET: tekst(),
  OIDC_CLIENT_SECRET_BESTAND: tekst(),
  OIDC_REDIRECT_URL: tekst(),
  OIDC_SCOPE: tekst(),
  OIDC_ROLLENCLAIM: tekst(),
  OIDC_ROLLEN: tekst(),
  SESSIE_INACTIEF_S: geheel(60, STANDAARD_SESSIEDUUR.inactiefS, `een geheel aantal seconden van minstens 60, bijvoorbeeld ${STANDAARD_SESSIEDUUR.inactiefS}`),
  SESSIE_MAXIMAAL_S: geheel(60, STANDAARD_SESSIEDUUR.maximaalS, `een geheel aantal seconden van minstens 60, bijvoorbeeld ${STANDAARD_SESSIEDUUR.maximaalS}`),
});

/** De variabelen die leesConfiguratie hierboven leest (naast NODE_ENV, LOG_LEVEL, REDIS_*, de subgraph-URL's en OTEL_*, SPOORVARIABELEN); docker-compose en Kubernetes worden ertegen getest. */
export const GELEZEN_VARIABELEN: readonly string[] = Object.keys(OMGEVING.shape);

/** URL's uit de omgeving: BZK_URL, VWS_URL, …, ANALYSE_URL (docker-compose en Kubernetes zetten ze). */
export function subgraafUrlsUit(omgeving: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries([...SUBGRAFEN, ANALYSE].filter((s) => omgeving[s.urlVariabele]).map((s) => [s.naam, omgeving[s.urlVariabele] as string]));
}

/** Wat de omgeving zegt, of een Configuratiefout. */
export async function leesConfiguratie(omgeving: NodeJS.ProcessEnv = process.env): Promise<Gatewayconfiguratie> {
  const gelezen = OMGEVING.safeParse(omgeving);
  if (!gelezen.success) throw new Configuratiefout(gelezen.error.issues.map((p) => `${p.path.join('.')} ${p.message}`).join('; '));
  const o = gelezen.data;
  const fout = (e: unknown) => new Configuratiefout(e instanceof Error ? e.message : String(e));
  let niveau: Gatewayconfiguratie['logniveau'];
  let geheim: string | undefined;
  let sporen: Sporeninstelling | null;
  try {
    niveau = logniveau(omgeving);
    geheim = subgraafgeheim(omgeving);
    sporen = sporeninstelling(omgeving, 'gateway');
  } catch (e) {
    throw fout(e);
  }
  const productie = inProductie(omgeving);
  let aanmelden: Aanmeldopties | undefined;
  try {
    aanmelden = bouwAanmeldopties({
      uitgever: o.OIDC_ISSUER,
      clientId: o.OIDC_CLIENT_ID,
      clientGeheim: o.OIDC_CLIENT_SECRET,
      clientGeheimBestand: o.OIDC_CLIENT_SECRET_BESTAND,
      terugUrl: o.OIDC_REDIRECT_URL,
      scope: o.OIDC_SCOPE,
      rollenclaim: o.OIDC_ROLLENCLAIM,
      rollen: o.OIDC_ROLLEN,
      sessie: { inactiefS: o.SESSIE_INACTIEF_S, maximaalS: o.SESSIE_MAXIMAAL_S },
    });
  } catch (e) {
    throw fout(e);
  }
  const { toegang, meldingen } = await bouwToegang({
    productie,
    host: o.HOST,
    lokaal: alleenLokaal(omgeving),
    apiSleutelbestand: o.API_SLEUTELBESTAND,
    jwksUrl: o.JWT_JWKS_URL,
    jwtSleutelbestand: o.JWT_SLEUTELBESTAND,
    jwtAlgoritme: o.JWT_ALGORITME ?? 'RS256',
    uitgever: o.JWT_UITGEVER,
    publiek: o.JWT_PUBLIEK,
    ontwikkelsleutelPad: o.ONTWIKKELSLEUTEL_PAD,
    ontwikkelrollen: o.ONTWIKKELROLLEN,
    sleutelcontroleMs: o.API_SLEUTELS_CONTROLE_MS,
    aanmelden: aanmelden !== undefined,
  }).catch((e: unknown) => {
    throw fout(e);
  });
  const redis = await redisinstelling(omgeving);
  if (aanmelden && productie && !redis) {
    meldingen.push('aanmelden zonder Redis: de sessies staan in het geheugen van deze replica; bij meer replica\'s zet REDIS_URL (of houd een browser bij dezelfde replica).');
  }
  return {
    poort: o.PORT,
    host: o.HOST,
    modus: productie ? 'productie' : 'ontwikkeling',
    logniveau: niveau,
    meldingen,
    redis,
    subgraafUrls: subgraafUrlsUit(omgeving),
    subgraafgeheim: geheim,
    subgraaftermijnMs: o.SUBGRAAF_TERMIJN_MS,
    // 0 zet de onderbreker uit: dan wacht elke vraag op een hangende subgraph de hele termijn.
    onderbreker: o.SUBGRAAF_PAUZE_MS === 0 ? false : { ...STANDAARD_ONDERBREKER, pauzeMs: o.SUBGRAAF_PAUZE_MS },
    kostenbudget: o.KOSTENBUDGET_PER_S === 0 ? false : { ...STANDAARD_KOSTENBUDGET, perSeconde: o.KOSTENBUDGET_PER_S, perRol: { ...STANDAARD_KOSTENBUDGET.perRol, ...o.KOSTENBUDGET_PER_ROL } },
    zwaarwerk: o.ZWAAR_TEGELIJK === 0 ? false : { ...STANDAARD_ZWAARWERK, tegelijk: o.ZWAAR_TEGELIJK },
    toegang,
    plannercontroles: {
      recursieveSelectiesUit: o.APOLLO_DISABLE_SECURITY_RECURSIVE_SELECTIONS_CHECK,
      nietLokaleSelectiesUit: o.APOLLO_DISABLE_SECURITY_NON_LOCAL_SELECTIONS_CHECK,
    },
    register: o.OVERZICHTEN_URL === null ? null : { url: o.OVERZICHTEN_URL },
    overzichtencontroleMs: o.OVERZICHTEN_CONTROLE_MS,
    aanmelden,
    sporeninstelling: sporen,
  };
}
