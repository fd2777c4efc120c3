// Sporen aan of uit, en waarheen, uit de standaard OTEL_*-variabelen; een tikfout stopt de start.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Configuratiefout, leesConfiguratie } from '../../gateway/configuratie.js';
import { sporeninstelling } from '../../kern/sporen/instelling.js';

describe('sporeninstelling', () => {
  it('staat uit zonder eindpunt, met OTEL_SDK_DISABLED=true of OTEL_TRACES_EXPORTER=none', () => {
    expect(sporeninstelling({}, 'gateway')).toBeNull();
    expect(sporeninstelling({ OTEL_EXPORTER_OTLP_ENDPOINT: '' }, 'gateway')).toBeNull();
    expect(sporeninstelling({ OTEL_SERVICE_NAME: 'x', OTEL_TRACES_SAMPLER: 'always_on' }, 'gateway')).toBeNull();
    expect(sporeninstelling({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' }, 'gateway')).toBeNull();
    expect(sporeninstelling({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_TRACES_EXPORTER: 'none' }, 'gateway')).toBeNull();
  });

  it('zet /v1/traces achter de basis-URL, en neemt het eindpunt van de sporen zoals het is', () => {
    expect(sporeninstelling({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, 'bzk')?.eindpunt).toBe('http://collector:4318/v1/traces');
    expect(sporeninstelling({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/otlp/' }, 'bzk')?.eindpunt).toBe('http://collector:4318/otlp/v1/traces');
    expect(
      sporeninstelling({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://b/eigen/pad' }, 'bzk')?.eindpunt,
    ).toBe('https://b/eigen/pad');
  });

  it('leest dienst, sampler, koppen, kenmerken en termijn zoals de SDK', () => {
    expect(
      sporeninstelling(
        {
          OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
          OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
          OTEL_TRACES_SAMPLER_ARG: '0.25',
          OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer%20geheim,x-a=1',
          OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'x-a=2',
          OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=productie',
          OTEL_EXPORTER_OTLP_TIMEOUT: '2000',
        },
        'analyse',
      ),
    ).toEqual({
      dienst: 'analyse',
      eindpunt: 'http://c:4318/v1/traces',
      koppen: { authorization: 'Bearer geheim', 'x-a': '2' },
      sampler: { soort: 'parentbased_traceidratio', verhouding: 0.25 },
      termijnMs: 2000,
      kenmerken: { 'deployment.environment.name': 'productie' },
    });
    expect(sporeninstelling({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SERVICE_NAME: 'thuis-gateway' }, 'gateway')?.dienst).toBe('thuis-gateway');
  });

  it('weigert een onzinnige waarde met een melding die zegt wat wel mag, ook als sporen uit staan', () => {
    expect(() => sporeninstelling({ OTEL_TRACES_SAMPLER: 'soms' }, 'gateway')).toThrow(/OTEL_TRACES_SAMPLER is "soms"; kies uit always_on/);
    expect(() => sporeninstelling({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, 'gateway')).toThrow(/http- of https-URL/);
    expect(() => sporeninstelling({ OTEL_TRACES_SAMPLER_ARG: '2' }, 'gateway')).toThrow(/van 0 tot en met 1/);
    expect(() => sporeninstelling({ OTEL_TRACES_EXPORTER: 'jaeger' }, 'gateway')).toThrow(/alleen met otlp/);
    expect(() => sporeninstelling({ OTEL_EXPORTER_OTLP_HEADERS: 'zonder-is-teken' }, 'gateway')).toThrow(/sleutel=waarde/);
  });

  it('geeft de gateway zijn instelling via leesConfiguratie, en een Configuratiefout bij onzin', async () => {
    const basis = { REDIS_URL: 'uit', ONTWIKKELSLEUTEL_PAD: join(mkdtempSync(join(tmpdir(), 'sporen-')), 'o.json') };
    expect((await leesConfiguratie(basis)).sporeninstelling).toBeNull();
    expect((await leesConfiguratie({ ...basis, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).sporeninstelling).toMatchObject({ dienst: 'gateway', eindpunt: 'http://c:4318/v1/traces' });
    await expect(leesConfiguratie({ ...basis, OTEL_TRACES_SAMPLER: 'soms' })).rejects.toBeInstanceOf(Configuratiefout);
  });
});
