// Een pino-bestemming die elke regel bewaart, zoals een logverzamelaar hem krijgt.
import { Writable } from 'node:stream';

export function logopvanger() {
  const regels: string[] = [];
  const stroom = new Writable({
    write(stuk: Buffer, _codering, klaar) {
      regels.push(...stuk.toString('utf8').split('\n').filter(Boolean));
      klaar();
    },
  });
  return { regels, stroom, gelezen: () => regels.map((r) => JSON.parse(r) as Record<string, unknown>) };
}
