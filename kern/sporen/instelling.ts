// Of een proces sporen (OpenTelemetry-traces) uitstuurt, en waarheen: uit de standaard
// OTEL_*-variabelen, hier en één keer, voor de gateway (gateway/configuratie.ts) en voor elke
// subgraph (subgraphs/ministerie/proces.ts, subgraphs/analyse/index.ts). Zonder eindpunt staat
// het uit: dan laadt geen proces de SDK, en kost een verzoek niets meer dan de no-op-API.
//
// Dezelfde namen en betekenis als de OpenTelemetry-SDK ze leest, zodat een collector of een
// platform (Kubernetes-operator, docker-compose) ze kan zetten zonder iets over dit project te
// weten. Een onzinnige waarde stopt de start met een melding die zegt wat wel mag.
//
//   variabele                              standaard                       waarvoor
//   OTEL_EXPORTER_OTLP_TRACES_ENDPOINT     (geen)                          volledige URL voor de sporen, bijv.
//                                                                          http://collector:4318/v1/traces; zet sporen aan
//   OTEL_EXPORTER_OTLP_ENDPOINT            (geen: sporen uit)              basis-URL van de collector; /v1/traces komt
//                                                                          erachter; zet sporen aan
//   OTEL_SDK_DISABLED                      false                           true zet sporen uit, ook met een eindpunt
//   OTEL_TRACES_EXPORTER                   otlp                            otlp of none (none: uit)
//   OTEL_SERVICE_NAME                      de naam van het proces          service.name op elk span (gateway, bzk …, analyse)
//   OTEL_RESOURCE_ATTRIBUTES               (geen)                          extra kenmerken van het proces, bijv.
//                                                                          deployment.environment.name=productie
//   OTEL_TRACES_SAMPLER                    parentbased_always_on           always_on, always_off, traceidratio of
//                                                                          parentbased_… van die drie
//   OTEL_TRACES_SAMPLER_ARG                1                               de verhouding bij traceidratio (0 … 1)
//   OTEL_EXPORTER_OTLP_TRACES_HEADERS,     (geen)                          koppen naar de collector, bijv.
//     OTEL_EXPORTER_OTLP_HEADERS                                           authorization=Bearer%20…
//   OTEL_EXPORTER_OTLP_TRACES_TIMEOUT,     10000                           hoe lang één export mag duren (ms)
//     OTEL_EXPORTER_OTLP_TIMEOUT
//
// Altijd OTLP/HTTP met JSON (poort 4318 van een collector); OTEL_BSP_* (de wachtrij van de
// batches) leest de SDK zelf, met zijn eigen standaard.

/** Hoe de SDK kiest welke sporen hij bewaart (OTEL_TRACES_SAMPLER). */
export const SAMPLERS = ['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'] as const;
export type Samplersoort = (typeof SAMPLERS)[number];

/** Wat een proces nodig heeft om sporen uit te sturen (kern/sporen/aanbieder.ts). */
export interface Sporeninstelling {
  /** service.name: het proces (gateway, bzk, …, analyse), of OTEL_SERVICE_NAME. */
  dienst: string;
  /** De volledige URL waarheen de sporen gaan (…/v1/traces). */
  eindpunt: string;
  koppen: Record<string, string>;
  sampler: { soort: Samplersoort; verhouding: number };
  /** Hoe lang één export mag duren. */
  termijnMs: number;
  /** Extra kenmerken van het proces (OTEL_RESOURCE_ATTRIBUTES). */
  kenmerken: Record<string, string>;
}

/** De variabelen die sporeninstelling leest; docker-compose en Kubernetes geven ze door. */
export const SPOORVARIABELEN = [
  'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_SDK_DISABLED',
  'OTEL_TRACES_EXPORTER',
  'OTEL_SERVICE_NAME',
  'OTEL_RESOURCE_ATTRIBUTES',
  'OTEL_TRACES_SAMPLER',
  'OTEL_TRACES_SAMPLER_ARG',
  'OTEL_EXPORTER_OTLP_TRACES_HEADERS',
  'OTEL_EXPORTER_OTLP_HEADERS',
  'OTEL_EXPORTER_OTLP_TRACES_TIMEOUT',
  'OTEL_EXPORTER_OTLP_TIMEOUT',
] as const;

const STANDAARD_TERMIJN_MS = 10_000;

/** Een lijst sleutel=waarde met komma's, zoals de specificatie hem voor koppen en kenmerken voorschrijft (waarden URL-gecodeerd). */
function paren(naam: string, tekst: string | undefined): Record<string, string> {
  if (!tekst) return {};
  const uit: Record<string, string> = {};
  for (const deel of tekst.split(',')) {
    if (deel.trim() === '') continue;
    const is = deel.indexOf('=');
    const sleutel = is > 0 ? deel.slice(0, is).trim() : '';
    if (!sleutel) throw new Error(`${naam} is "${tekst}"; geef sleutel=waarde-paren met komma's, bijvoorbeeld sleutel1=waarde1,sleutel2=waarde2`);
    try {
      uit[sleutel] = decodeURIComponent(deel.slice(is + 1).trim());
    } catch {
      throw new Error(`${naam}: de waarde van ${sleutel} is niet goed URL-gecodeerd (een % moet %25 zijn)`);
    }
  }
  return uit;
}

function url(naam: string, tekst: string): URL {
  try {
    const u = new URL(tekst);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u;
  } catch {
    // hieronder de melding
  }
  throw new Error(`${naam} is "${tekst}"; geef een http- of https-URL, bijvoorbeeld http://collector:4318`);
}

/**
 * De instelling uit de omgeving, of null als sporen uit staan (geen eindpunt, of uitgezet).
 * `proces` is de standaard voor service.name. Een onzinnige waarde is een Error die zegt wat wel mag.
 */
export function sporeninstelling(omgeving: NodeJS.ProcessEnv, proces: string): Sporeninstelling | null {
  const gezet = (naam: (typeof SPOORVARIABELEN)[number]) => omgeving[naam]?.trim() || undefined;
  const uitgezet = gezet('OTEL_SDK_DISABLED');
  if (uitgezet !== undefined && !['true', 'false'].includes(uitgezet.toLowerCase())) throw new Error(`OTEL_SDK_DISABLED is "${uitgezet}"; geef true of false`);
  const exporteur = gezet('OTEL_TRACES_EXPORTER')?.toLowerCase();
  if (exporteur !== undefined && exporteur !== 'otlp' && exporteur !== 'none') {
    throw new Error(`OTEL_TRACES_EXPORTER is "${exporteur}"; deze dienst stuurt sporen alleen met otlp (OTLP/HTTP), of none voor uit`);
  }
  const signaal = gezet('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const basis = gezet('OTEL_EXPORTER_OTLP_ENDPOINT');
  // Het eigen eindpunt van de sporen geldt zoals het is; achter de basis-URL komt het pad van het signaal (specificatie van OTLP).
  const eindpunt = signaal
    ? url('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', signaal).href
    : basis
      ? new URL('v1/traces', url('OTEL_EXPORTER_OTLP_ENDPOINT', basis.endsWith('/') ? basis : `${basis}/`)).href
      : undefined;
  const soort = (gezet('OTEL_TRACES_SAMPLER') ?? 'parentbased_always_on').toLowerCase();
  if (!SAMPLERS.includes(soort as Samplersoort)) throw new Error(`OTEL_TRACES_SAMPLER is "${soort}"; kies uit ${SAMPLERS.join(', ')}`);
  const arg = gezet('OTEL_TRACES_SAMPLER_ARG');
  const verhouding = arg === undefined ? 1 : Number(arg);
  if (!(verhouding >= 0 && verhouding <= 1)) throw new Error(`OTEL_TRACES_SAMPLER_ARG is "${arg}"; geef een verhouding van 0 tot en met 1, bijvoorbeeld 0.1`);
  const termijn = gezet('OTEL_EXPORTER_OTLP_TRACES_TIMEOUT') ?? gezet('OTEL_EXPORTER_OTLP_TIMEOUT');
  const termijnMs = termijn === undefined ? STANDAARD_TERMIJN_MS : Number(termijn);
  if (!Number.isInteger(termijnMs) || termijnMs < 1) throw new Error(`OTEL_EXPORTER_OTLP_TIMEOUT is "${termijn}"; geef een geheel aantal milliseconden van minstens 1, bijvoorbeeld ${STANDAARD_TERMIJN_MS}`);
  // Ook als sporen uit staan gecontroleerd: een tikfout moet bij de start blijken, niet pas als iemand ze aanzet.
  const koppen = { ...paren('OTEL_EXPORTER_OTLP_HEADERS', gezet('OTEL_EXPORTER_OTLP_HEADERS')), ...paren('OTEL_EXPORTER_OTLP_TRACES_HEADERS', gezet('OTEL_EXPORTER_OTLP_TRACES_HEADERS')) };
  const kenmerken = paren('OTEL_RESOURCE_ATTRIBUTES', gezet('OTEL_RESOURCE_ATTRIBUTES'));
  if (!eindpunt || uitgezet?.toLowerCase() === 'true' || exporteur === 'none') return null;
  return {
    dienst: gezet('OTEL_SERVICE_NAME') ?? proces,
    eindpunt,
    koppen,
    sampler: { soort: soort as Samplersoort, verhouding },
    termijnMs,
    kenmerken,
  };
}
