// Zonder OTEL_*-variabelen staan sporen uit: geen provider, geen spoor-id in het logboek, ook
// niet als een client een traceparent stuurt. En een collector die weg is, merkt geen client.
import { context, trace } from '@opentelemetry/api';
import { globalErrorHandler } from '@opentelemetry/core';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakLogboek } from '../../kern/logboek.js';
import { EXPORTFOUT_MELDING_MS, startSporen } from '../../kern/sporen/aanbieder.js';
import { logopvanger } from '../hulp/logopvanger.js';
import { startStapel, type Stapel } from '../hulp/stapel.js';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('zonder sporen', () => {
  const log = logopvanger();
  let stapel: Stapel;
  beforeAll(async () => {
    stapel = await startStapel('sqlite', { register: false, logbestemming: log.stroom });
  });
  afterAll(() => stapel?.stop());

  it('registreert geen provider en zet geen spoor-id op de logregels, ook niet met een traceparent', async () => {
    // De API zonder provider: elk span is een no-op zonder geldig spoor.
    const span = trace.getTracer('test').startSpan('proef');
    expect(span.isRecording()).toBe(false);
    expect(trace.getSpan(context.active())).toBeUndefined();
    const antwoord = await stapel.query('{ aandachtsgroepen { code } }', undefined, { traceparent: TRACEPARENT });
    expect(antwoord.status).toBe(200);
    const regels = log.gelezen().filter((r) => r.msg === 'verzoek');
    expect(regels.some((r) => r.proces === 'gateway')).toBe(true);
    expect(regels.filter((r) => 'traceId' in r || 'spanId' in r)).toEqual([]);
  });
});

describe('een collector die weg is', () => {
  it('vertraagt geen verzoek, en het logboek meldt het hoogstens eens per minuut', async () => {
    // Een poort waar niemand luistert.
    const vrij = createServer();
    await new Promise<void>((r) => vrij.listen(0, '127.0.0.1', r));
    const poort = (vrij.address() as AddressInfo).port;
    await new Promise((r) => vrij.close(r));

    const log = logopvanger();
    const logboek = maakLogboek({ proces: 'gateway', bestemming: log.stroom, niveau: 'info' });
    const sporen = await startSporen({ dienst: 'gateway', eindpunt: `http://127.0.0.1:${poort}/v1/traces`, termijnMs: 500, logboek });
    const stapel = await startStapel('sqlite', { register: false, sporen });
    try {
      await stapel.query('{ aandachtsgroepen { code } }');
      const begin = performance.now();
      for (let i = 0; i < 20; i++) expect((await stapel.query('{ aandachtsgroepen { code } }', undefined, { traceparent: TRACEPARENT })).status).toBe(200);
      // Ruim: twintig kleine vragen uit de momentopname, ook op een drukke machine.
      expect(performance.now() - begin).toBeLessThan(10_000);
      // De export mislukt; de fout gaat naar de foutafhandeling van de SDK, die meldt één keer.
      await sporen.leeg().catch((fout: unknown) => globalErrorHandler(fout as Error));
      for (let i = 0; i < 5; i++) globalErrorHandler(new Error('nog eens'));
      const meldingen = log.gelezen().filter((r) => typeof r.msg === 'string' && r.msg.startsWith('sporen: export mislukt'));
      expect(meldingen).toHaveLength(1);
      expect(meldingen[0].level).toBe('warn');
      expect(EXPORTFOUT_MELDING_MS).toBeGreaterThanOrEqual(60_000);
    } finally {
      await stapel.stop();
      await sporen.stop();
    }
  });

  it('laat een tweede registratie in hetzelfde proces niet stil verdwijnen', async () => {
    const eerste = await startSporen({ dienst: 'a', exporteur: new InMemorySpanExporter(), meteen: true });
    try {
      await expect(startSporen({ dienst: 'b', exporteur: new InMemorySpanExporter(), meteen: true })).rejects.toThrow(/al sporen geregistreerd/);
    } finally {
      await eerste.stop();
    }
    // Na stop kan het opnieuw.
    const derde = await startSporen({ dienst: 'c', exporteur: new InMemorySpanExporter(), meteen: true });
    await derde.stop();
  });
});
