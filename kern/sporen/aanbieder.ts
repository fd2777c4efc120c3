// De sporen van één proces: een tracer provider met een exporteur, gebouwd door wie het proces
// start (gateway/index.ts, de index van elke subgraph) of door een test, en meegegeven aan
// wie spans maakt. Niets hier bestaat voordat startSporen is aangeroepen.
//
// De SDK wordt pas hier geladen (dynamisch): staan sporen uit, dan laadt het proces alleen
// @opentelemetry/api, en zijn alle spans no-ops.
//
// Wel globaal: de tracer provider en de contextmanager van de API. @apollo/gateway maakt zijn
// spans (gateway.request, gateway.execute, gateway.fetch, …) met de globale API; alleen zo
// horen ze bij hetzelfde spoor, en alleen zo vindt het logboek (kern/logboek.ts) het spoor
// van het verzoek dat loopt. stop() maakt dat weer ongedaan, zodat een test na de andere kan.
import { context, diag, DiagLogLevel, trace, type TextMapPropagator, type Tracer } from '@opentelemetry/api';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Logboek } from '../logboek.js';
import { sporeninstelling, type Sporeninstelling } from './instelling.js';

export type { Sporeninstelling } from './instelling.js';

/** De naam van de tracer van dit project (instrumentation scope). */
export const TRACERNAAM = 'een-thuis-voor-iedereen';

/** Hoogstens één melding per soort per zoveel ms over een export die mislukt of verworpen spans: een collector die weg is, mag het logboek niet vullen. */
export const EXPORTFOUT_MELDING_MS = 60_000;

export interface Sporenopties extends Partial<Omit<Sporeninstelling, 'dienst'>> {
  /** service.name van dit proces. */
  dienst: string;
  /** Waarheen de spans gaan; standaard OTLP/HTTP naar `eindpunt`. Tests geven een InMemorySpanExporter. */
  exporteur?: SpanExporter;
  /** Elk span meteen naar de exporteur, in plaats van in batches op de achtergrond: alleen voor tests. */
  meteen?: boolean;
  /** Waar een mislukte export gemeld wordt (hoogstens eens per EXPORTFOUT_MELDING_MS). */
  logboek?: Pick<Logboek, 'warn'>;
}

export interface Sporen {
  readonly tracer: Tracer;
  /** W3C Trace Context: traceparent en tracestate lezen en meegeven. */
  readonly propagator: TextMapPropagator;
  /** Stuurt wat nog in de wachtrij staat. */
  leeg(): Promise<void>;
  /** Stuurt de rest en haalt de globale registratie weg. */
  stop(): Promise<void>;
}

export async function startSporen(opties: Sporenopties): Promise<Sporen> {
  const [{ AsyncLocalStorageContextManager }, core, sdk, { resourceFromAttributes }] = await Promise.all([
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/core'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/resources'),
  ]);
  const exporteur =
    opties.exporteur ??
    new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter({
      url: opties.eindpunt,
      headers: opties.koppen,
      timeoutMillis: opties.termijnMs,
    });
  const { soort, verhouding } = opties.sampler ?? { soort: 'parentbased_always_on', verhouding: 1 };
  const basis =
    soort.endsWith('always_off') ? new sdk.AlwaysOffSampler() : soort.endsWith('traceidratio') ? new sdk.TraceIdRatioBasedSampler(verhouding) : new sdk.AlwaysOnSampler();
  const sampler = soort.startsWith('parentbased_') ? new sdk.ParentBasedSampler({ root: basis }) : basis;
  const provider = new sdk.BasicTracerProvider({
    resource: resourceFromAttributes({ ...opties.kenmerken, 'service.name': opties.dienst }),
    sampler,
    spanProcessors: [opties.meteen ? new sdk.SimpleSpanProcessor(exporteur) : new sdk.BatchSpanProcessor(exporteur)],
  });

  // Een collector die weg is, geeft bij elke batch een fout, en een volle wachtrij bij elke
  // batch een melding over verworpen spans; één regel per soort per minuut zegt genoeg.
  const gemeld = new Map<string, { tijd: number; verzwegen: number }>();
  const meld = (soort: string, melding: string) => {
    const nu = Date.now();
    const vorige = gemeld.get(soort);
    if (vorige && nu - vorige.tijd < EXPORTFOUT_MELDING_MS) {
      vorige.verzwegen += 1;
      return;
    }
    const verzwegen = vorige?.verzwegen ?? 0;
    gemeld.set(soort, { tijd: nu, verzwegen: 0 });
    opties.logboek?.warn({ eindpunt: opties.eindpunt, verzwegen }, `sporen: ${melding}${verzwegen ? ` (en ${verzwegen} keer sinds de vorige melding)` : ''}`);
  };
  core.setGlobalErrorHandler((fout) =>
    meld('export', `export mislukt (${fout instanceof Error ? fout.message : String(fout)}); verzoeken gaan gewoon door, de spans van deze batch zijn weg`),
  );
  // Wat de SDK zelf meldt, zoals spans die niet meer in de wachtrij pasten (OTEL_BSP_MAX_QUEUE_SIZE).
  diag.setLogger(
    {
      error: (tekst) => meld('sdk', tekst),
      warn: (tekst) => meld('sdk', tekst),
      info: () => undefined,
      debug: () => undefined,
      verbose: () => undefined,
    },
    { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true },
  );

  const contextmanager = new AsyncLocalStorageContextManager().enable();
  // Faalt als een ander al registreerde (twee stapels in één test): dan zouden spans stil verdwijnen.
  if (!context.setGlobalContextManager(contextmanager) || !trace.setGlobalTracerProvider(provider)) {
    contextmanager.disable();
    context.disable();
    trace.disable();
    diag.disable();
    await provider.shutdown();
    throw new Error('Er zijn in dit proces al sporen geregistreerd; stop die eerst (Sporen.stop()).');
  }
  let gestopt: Promise<void> | undefined;
  return {
    tracer: provider.getTracer(TRACERNAAM),
    propagator: new core.W3CTraceContextPropagator(),
    leeg: () => provider.forceFlush(),
    stop: () =>
      (gestopt ??= (async () => {
        trace.disable();
        context.disable();
        await provider.shutdown().catch(() => undefined);
        diag.disable();
        core.setGlobalErrorHandler(core.loggingErrorHandler());
      })()),
  };
}

/**
 * Voor de index van een subgraph: de sporen uit de omgeving (instelling.ts), of undefined als
 * ze uit staan. Een onzinnige waarde stopt het proces, zoals een ontbrekend geheim.
 */
export async function sporenOfStop(logboek: Logboek, proces: string, omgeving: NodeJS.ProcessEnv = process.env): Promise<Sporen | undefined> {
  let instelling: Sporeninstelling | null;
  try {
    instelling = sporeninstelling(omgeving, proces);
  } catch (e) {
    logboek.fatal(`start niet: ${(e as Error).message}`);
    process.exit(2);
  }
  if (!instelling) return undefined;
  logboek.info({ eindpunt: instelling.eindpunt }, `sporen naar ${instelling.eindpunt} (sampler ${instelling.sampler.soort})`);
  return startSporen({ ...instelling, logboek });
}
