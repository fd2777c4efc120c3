// api() van het dashboard: zegt de gateway 429 of 503 met een korte Retry-After (het budget van
// deze analist was even op, of te veel zwaar werk tegelijk), dan wacht de pagina zo lang en
// vraagt het opnieuw, in plaats van een fout te tonen; een lange Retry-After of een derde
// weigering geeft zij wel door.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../dashboard/src/api.js';

const antwoord = (status: number, koppen: Record<string, string> = {}) => new Response(status === 200 ? '{"data":{}}' : '{"errors":[]}', { status, headers: koppen });

/** Een gateway die eerst `eerst` geeft en daarna 200; /sessie zonder aanmelden. */
function gateway(...eerst: Response[]) {
  const verzoeken: string[] = [];
  vi.stubGlobal('fetch', async (invoer: string) => {
    if (invoer === '/sessie') return antwoord(404);
    verzoeken.push(invoer);
    return eerst.shift() ?? antwoord(200);
  });
  return verzoeken;
}

describe('api() na drukte bij de gateway', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('wacht Retry-After en vraagt opnieuw na een 429 of 503', async () => {
    const verzoeken = gateway(antwoord(429, { 'retry-after': '1' }), antwoord(503, { 'retry-after': '1' }));
    const begin = Date.now();
    const a = await api('/graphql', { method: 'POST', body: '{"query":"{ __typename }"}' });
    expect(a.status).toBe(200);
    expect(verzoeken).toHaveLength(3);
    expect(Date.now() - begin).toBeGreaterThanOrEqual(1900);
  });

  it('geeft een lange Retry-After, een ontbrekende, of een derde weigering door', async () => {
    gateway(antwoord(429, { 'retry-after': '60' }));
    expect((await api('/graphql')).status).toBe(429);
    gateway(antwoord(503));
    expect((await api('/graphql')).status).toBe(503);
    const verzoeken = gateway(antwoord(429, { 'retry-after': '1' }), antwoord(429, { 'retry-after': '1' }), antwoord(429, { 'retry-after': '1' }));
    expect((await api('/graphql')).status).toBe(429);
    expect(verzoeken).toHaveLength(3);
  });
});
