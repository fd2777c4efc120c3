// Eén spoor over de hele stapel: een tegenwerkendePrikkels-query met de traceparent van een
// client loopt door de gateway, elk ministerie en de analyselaag, en elk span hoort bij het
// spoor van de client. De stapel draait in één proces, dus één provider met één
// InMemorySpanExporter vangt de spans van alle diensten.
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAFEN } from '../../kern/config.js';
import { startSporen, type Sporen } from '../../kern/sporen/aanbieder.js';
import { KENMERK } from '../../kern/sporen/spoor.js';
import { logopvanger } from '../hulp/logopvanger.js';
import { startStapel, type Stapel } from '../hulp/stapel.js';

const PRIKKELS = '{ analyse { tegenwerkendePrikkels { instrument { code } doel { code } score } } }';
const SPOOR_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENTSPAN = '00f067aa0ba902b7';
const TRACEPARENT = `00-${SPOOR_ID}-${CLIENTSPAN}-01`;

const ouder = (span: ReadableSpan) => span.parentSpanContext?.spanId;
/** De keten van ouders van een span tot de wortel van het spoor (binnen de gevangen spans). */
function keten(span: ReadableSpan, spans: ReadableSpan[]): ReadableSpan[] {
  const perId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
  const uit: ReadableSpan[] = [];
  for (let s = perId.get(ouder(span) ?? ''); s; s = perId.get(ouder(s) ?? '')) uit.push(s);
  return uit;
}

describe('sporen over de stapel', () => {
  const exporteur = new InMemorySpanExporter();
  const log = logopvanger();
  let sporen: Sporen;
  let stapel: Stapel;

  beforeAll(async () => {
    sporen = await startSporen({ dienst: 'test', exporteur, meteen: true });
    stapel = await startStapel('sqlite', { sporen, register: false, logbestemming: log.stroom });
  });
  afterAll(async () => {
    await stapel?.stop();
    await sporen?.stop();
  });

  /** Wacht tot het span van het verzoek aan de gateway (kind van `ouderId`) klaar is, en geeft alle spans van `spoorId`. */
  async function spoorVan(spoorId: string, ouderId?: string): Promise<ReadableSpan[]> {
    for (let i = 0; i < 100; i++) {
      const spans = exporteur.getFinishedSpans().filter((s) => s.spanContext().traceId === spoorId);
      if (spans.some((s) => s.kind === SpanKind.SERVER && (ouderId === undefined ? !s.parentSpanContext : ouder(s) === ouderId))) return spans;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`geen verzoekspan in spoor ${spoorId}`);
  }

  it('houdt het spoor van de client vast, van de gateway via de ministeries tot de analyselaag', async () => {
    exporteur.reset();
    const antwoord = await stapel.query(PRIKKELS, undefined, { traceparent: TRACEPARENT, tracestate: 'leverancier=waarde' });
    expect(antwoord.status).toBe(200);
    expect(antwoord.errors).toBeUndefined();
    const spans = await spoorVan(SPOOR_ID, CLIENTSPAN);
    // Niets van deze query buiten het spoor van de client.
    expect(exporteur.getFinishedSpans().filter((s) => s.name.startsWith('thuis.subgraaf')).every((s) => s.spanContext().traceId === SPOOR_ID)).toBe(true);

    const wortel = spans.find((s) => s.kind === SpanKind.SERVER && ouder(s) === CLIENTSPAN)!;
    expect(wortel.name).toBe('POST /graphql');
    expect(wortel.attributes['http.response.status_code']).toBe(200);

    // De stappen van de gateway, elk onder het verzoek.
    for (const stap of ['thuis.identiteit', 'thuis.voorcontrole', 'thuis.toelating', 'thuis.cache', 'thuis.budget', 'thuis.plannen']) {
      const span = spans.find((s) => s.name === stap);
      expect(span, stap).toBeDefined();
      expect(keten(span!, spans), stap).toContain(wortel);
    }
    // De spans van @apollo/gateway horen bij hetzelfde spoor.
    expect(spans.map((s) => s.name)).toEqual(expect.arrayContaining(['gateway.request', 'gateway.execute', 'gateway.fetch']));

    // Eén fetch per ministerie en één naar de analyselaag, elk onder het verzoek aan de gateway, elk met een serverspan eronder.
    const fetches = spans.filter((s) => s.kind === SpanKind.CLIENT && s.name.startsWith('thuis.subgraaf'));
    expect(fetches.map((s) => s.attributes[KENMERK.subgraaf]).sort()).toEqual([...SUBGRAFEN.map((s) => s.naam), 'analyse'].sort());
    for (const fetch of fetches) {
      expect(keten(fetch, spans), fetch.name).toContain(wortel);
      const server = spans.filter((s) => s.kind === SpanKind.SERVER && ouder(s) === fetch.spanContext().spanId);
      expect(server, `serverspan onder ${fetch.name}`).toHaveLength(1);
      expect(server[0].attributes['http.response.status_code']).toBe(200);
    }
    const bzk = fetches.find((s) => s.attributes[KENMERK.subgraaf] === 'bzk')!;
    expect(bzk.attributes[KENMERK.departement]).toBe('BZK');

    // Het werk van de analyselaag, onder haar serverspan, met een keten tot de wortel.
    const analyse = spans.find((s) => s.name === 'thuis.analyse Analyse.tegenwerkendePrikkels');
    expect(analyse).toBeDefined();
    expect(analyse!.attributes['thuis.aantal']).toBeGreaterThan(0);
    const analysefetch = fetches.find((s) => s.attributes[KENMERK.subgraaf] === 'analyse')!;
    const analyseketen = keten(analyse!, spans);
    expect(analyseketen[0].kind).toBe(SpanKind.SERVER);
    expect(analyseketen[1]).toBe(analysefetch);
    expect(analyseketen.at(-1)).toBe(wortel);

    // De tracestate van de client gaat mee naar de subgraphs.
    expect(analyseketen[0].spanContext().traceState?.get('leverancier')).toBe('waarde');
  });

  it('zet het spoor-id van de client op de logregel van het verzoek', async () => {
    const voor = log.regels.length;
    await stapel.query('{ aandachtsgroepen { code } }', undefined, { traceparent: TRACEPARENT });
    await spoorVan(SPOOR_ID, CLIENTSPAN);
    const regels = log.gelezen().slice(voor).filter((r) => r.msg === 'verzoek');
    const gateway = regels.find((r) => r.proces === 'gateway');
    expect(gateway?.traceId).toBe(SPOOR_ID);
    expect(gateway?.spanId).toMatch(/^[0-9a-f]{16}$/);
    // De subgraphs zetten het spoor voort, dus ook hun regels dragen het.
    expect(regels.find((r) => r.proces === 'bzk')?.traceId).toBe(SPOOR_ID);
  });

  it('begint een nieuw spoor bij een ongeldige of te grote traceparent, zonder fout', async () => {
    const gevallen = [
      'onzin',
      `00-${'0'.repeat(32)}-${CLIENTSPAN}-01`,
      `ff-${SPOOR_ID}-${CLIENTSPAN}-01`,
      `00-${SPOOR_ID}-${CLIENTSPAN}-01-${'x'.repeat(6000)}`,
      `00-${SPOOR_ID.toUpperCase()}-${CLIENTSPAN}-01`,
    ];
    for (const traceparent of gevallen) {
      exporteur.reset();
      const antwoord = await stapel.query('{ aandachtsgroepen { code } }', undefined, { traceparent, tracestate: `a=${'b'.repeat(7000)}` });
      expect(antwoord.status, traceparent.slice(0, 60)).toBe(200);
      const wortel = await nieuwSpoor();
      expect(wortel.spanContext().traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(wortel.spanContext().traceId).not.toBe('0'.repeat(32));
    }
  });

  /** Het serverspan van de gateway zonder ouder: het begin van een nieuw spoor. */
  async function nieuwSpoor(): Promise<ReadableSpan> {
    for (let i = 0; i < 100; i++) {
      const wortel = exporteur.getFinishedSpans().find((s) => s.kind === SpanKind.SERVER && !s.parentSpanContext);
      if (wortel) return wortel;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('geen nieuw spoor');
  }
});
