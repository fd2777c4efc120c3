// Eén GraphQL-verzoek met een termijn. Bij k=50 liepen vragen af; de bench moet dat
// noteren en doorgaan, dus elk verzoek heeft een deadline, en een fout is een uitkomst
// met haar code in plaats van een uitzondering.
import { performance } from 'node:perf_hooks';
import { request } from 'undici';

export type Uitkomst =
  | { soort: 'antwoord'; ms: number; data: unknown; tekst: string }
  | { soort: 'fout'; ms: number; code: string; /** Een 4xx: de gateway weigerde vóór de uitvoering (TE_DUUR …). */ geweigerd: boolean }
  | { soort: 'time-out'; ms: number; code: string };

/** Codes waarmee de gateway zegt dat hij te lang wachtte: ook dat is een time-out, alleen aan de andere kant. */
const TERMIJNCODES = new Set(['SUBGRAAF_TERMIJN_VERLOPEN']);

const isAfgebroken = (fout: unknown) => fout instanceof Error && (fout.name === 'TimeoutError' || fout.name === 'AbortError');

function foutcode(tekst: string, status: number): string | null {
  try {
    const inhoud = JSON.parse(tekst) as { data?: unknown; errors?: { extensions?: { code?: unknown }; message?: unknown }[] };
    const eerste = inhoud.errors?.[0];
    if (eerste) return typeof eerste.extensions?.code === 'string' ? eerste.extensions.code : String(eerste.message ?? 'fout zonder code');
    if (status !== 200 || inhoud.data == null) return `HTTP ${status}`;
    return null;
  } catch {
    return `HTTP ${status}, geen JSON`;
  }
}

export async function vraag(url: string, koppen: Record<string, string>, body: string, termijnMs: number): Promise<Uitkomst> {
  const begin = performance.now();
  try {
    const antwoord = await request(url, { method: 'POST', headers: koppen, body, signal: AbortSignal.timeout(termijnMs) });
    const tekst = await antwoord.body.text();
    const ms = performance.now() - begin;
    const code = foutcode(tekst, antwoord.statusCode);
    if (code === null) return { soort: 'antwoord', ms, data: (JSON.parse(tekst) as { data: unknown }).data, tekst };
    return TERMIJNCODES.has(code) ? { soort: 'time-out', ms, code } : { soort: 'fout', ms, code, geweigerd: antwoord.statusCode >= 400 && antwoord.statusCode < 500 };
  } catch (fout) {
    const ms = performance.now() - begin;
    if (isAfgebroken(fout)) return { soort: 'time-out', ms, code: `geen antwoord binnen ${termijnMs / 1000} s` };
    return { soort: 'fout', ms, code: fout instanceof Error ? fout.message : String(fout), geweigerd: false };
  }
}
