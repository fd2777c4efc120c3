// Een HTTP/1.1-verzoek byte voor byte, zoals een vijandige client het stuurt: fetch en undici
// weigeren zelf al tekens in koppen en paden die een aanvaller gewoon over de lijn zet.
import { connect } from 'node:net';

export interface RauwVerzoek {
  methode: string;
  /** Het pad met querystring, onbewerkt (mag tekens bevatten die een nette client codeert). */
  pad: string;
  koppen: [string, string][];
  body?: Buffer | string;
}

export interface RauwAntwoord {
  status: number;
  koppen: Map<string, string>;
  body: Buffer;
}

/** Stuurt het verzoek (met Connection: close) en leest het hele antwoord; null als de server de verbinding sloot zonder antwoord. */
export function rauw(poort: number, verzoek: RauwVerzoek, termijnMs = 15_000): Promise<RauwAntwoord | null> {
  return new Promise((klaar, mislukt) => {
    const socket = connect(poort, '127.0.0.1');
    const stukken: Buffer[] = [];
    const klok = setTimeout(() => {
      socket.destroy();
      mislukt(new Error(`geen antwoord binnen ${termijnMs} ms op ${verzoek.methode} ${verzoek.pad.slice(0, 80)}`));
    }, termijnMs);
    socket.on('data', (d: Buffer) => stukken.push(d));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(klok);
      const alles = Buffer.concat(stukken);
      const scheiding = alles.indexOf('\r\n\r\n');
      if (scheiding < 0) return klaar(null);
      const kop = alles.subarray(0, scheiding).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(kop[0])?.[1] ?? 0);
      const koppen = new Map(kop.slice(1).map((r) => [r.slice(0, r.indexOf(':')).toLowerCase(), r.slice(r.indexOf(':') + 1).trim()] as [string, string]));
      let body = alles.subarray(scheiding + 4);
      // Een antwoord in stukken (chunked): de stukken aan elkaar.
      if (koppen.get('transfer-encoding') === 'chunked') {
        const delen: Buffer[] = [];
        let rest = body;
        for (;;) {
          const eind = rest.indexOf('\r\n');
          const lengte = Number.parseInt(rest.subarray(0, eind).toString('latin1'), 16);
          if (!(lengte > 0)) break;
          delen.push(rest.subarray(eind + 2, eind + 2 + lengte));
          rest = rest.subarray(eind + 2 + lengte + 2);
        }
        body = Buffer.concat(delen);
      }
      klaar({ status, koppen, body });
    });
    const body = verzoek.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(verzoek.body) ? verzoek.body : Buffer.from(verzoek.body, 'utf8');
    const koppen = [...verzoek.koppen, ['connection', 'close'], ...(body.length > 0 ? [['content-length', String(body.length)]] : [])];
    socket.write(Buffer.concat([Buffer.from(`${verzoek.methode} ${verzoek.pad} HTTP/1.1\r\nhost: 127.0.0.1\r\n${koppen.map(([n, w]) => `${n}: ${w}`).join('\r\n')}\r\n\r\n`, 'utf8'), body]));
  });
}
