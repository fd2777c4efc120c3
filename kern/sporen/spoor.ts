// Spans maken met de sporen van een proces (aanbieder.ts), voor gateway en subgraphs: het
// verzoek dat binnenkomt (kern/http.ts), een stuk werk binnen dat verzoek, en het spoor
// meegeven aan een volgend verzoek. Alleen de API: zonder sporen roept niemand dit aan.
import { context, isSpanContextValid, SpanKind, SpanStatusCode, trace, type Attributes, type Context, type Span, type TextMapGetter } from '@opentelemetry/api';
import type { IncomingHttpHeaders } from 'node:http';
import type { Sporen } from './aanbieder.js';

/** De kenmerken die dit project zelf op spans zet; de rest volgt de semantische conventies van OpenTelemetry. */
export const KENMERK = {
  /** De subgraph van een fetch: bzk, vws, jenv, szw, ocw of analyse. */
  subgraaf: 'thuis.subgraaf',
  departement: 'thuis.departement',
  /** Het verzoek-id (x-request-id), zoals het logboek het noemt. */
  verzoekId: 'thuis.verzoek_id',
  /** Een deelverzoek dat aansloot bij een gelijk verzoek dat al liep (verbinding/subgraafclient.ts). */
  gedeeld: 'thuis.gedeeld',
  /** De code van een weigering of fout (extensions.code). */
  code: 'thuis.code',
} as const;

const kopLezer: TextMapGetter<IncomingHttpHeaders> = {
  get: (koppen, naam) => koppen[naam],
  keys: (koppen) => Object.keys(koppen),
};

/**
 * Het spoor van een binnenkomend verzoek: een span van soort SERVER, als kind van de
 * traceparent van de client (of de gateway) als die geldig is, anders het begin van een
 * nieuw spoor. Een ongeldige traceparent wordt genegeerd, nooit een fout.
 */
export function serverspan(sporen: Sporen, koppen: IncomingHttpHeaders, naam: string, kenmerken: Attributes): { span: Span; context: Context } {
  const ouder = sporen.propagator.extract(context.active(), koppen, kopLezer);
  const span = sporen.tracer.startSpan(naam, { kind: SpanKind.SERVER, attributes: kenmerken }, ouder);
  return { span, context: trace.setSpan(ouder, span) };
}

/** Het spoor van nu als traceparent (en tracestate) in `koppen`, voor een verzoek aan een volgende dienst. */
export function geefSpoorMee(sporen: Sporen, koppen: Record<string, string>): Record<string, string> {
  sporen.propagator.inject(context.active(), koppen, { set: (drager, naam, waarde) => (drager[naam] = waarde) });
  return koppen;
}

/** Een fout op een span: status ERROR met de melding, en de code als die er is. */
export function markeerFout(span: Span, fout: unknown): void {
  const code = fout && typeof fout === 'object' && 'code' in fout && typeof fout.code === 'string' ? fout.code : undefined;
  const extensies = fout && typeof fout === 'object' && 'extensions' in fout && fout.extensions && typeof fout.extensions === 'object' ? (fout.extensions as Record<string, unknown>) : undefined;
  const gevondenCode = typeof extensies?.code === 'string' ? extensies.code : code;
  if (gevondenCode) span.setAttribute(KENMERK.code, gevondenCode);
  span.setStatus({ code: SpanStatusCode.ERROR, message: fout instanceof Error ? fout.message : String(fout) });
}

/**
 * `werk` in een eigen span onder het span dat nu loopt; het span eindigt als het werk klaar is
 * of faalt. `werk` krijgt het span om er kenmerken op te zetten.
 */
export function inSpan<T>(sporen: Sporen, naam: string, werk: (span: Span) => Promise<T>, kenmerken?: Attributes, soort: SpanKind = SpanKind.INTERNAL): Promise<T> {
  return sporen.tracer.startActiveSpan(naam, { kind: soort, attributes: kenmerken }, async (span) => {
    try {
      return await werk(span);
    } catch (fout) {
      markeerFout(span, fout);
      throw fout;
    } finally {
      span.end();
    }
  });
}

/** Het spoor-id van het verzoek dat nu loopt, of undefined (geen sporen, of buiten een verzoek). */
export function actiefSpoor(): { traceId: string; spanId: string } | undefined {
  const span = trace.getSpan(context.active());
  const spoor = span?.spanContext();
  return spoor && isSpanContextValid(spoor) ? { traceId: spoor.traceId, spanId: spoor.spanId } : undefined;
}
