// Een subgraph die traag is, en bijhoudt of wie hem aansprak de verbinding dichtdeed voordat
// hij antwoordde: zo ziet een test dat de gateway werk opgaf en niet alleen ophield met wachten.
// Met `doel` (de basis-URL van een echte subgraph) stuurt hij elk verzoek na het wachten door,
// zodat de gateway een echt antwoord krijgt; zonder antwoordt hij met een leeg GraphQL-antwoord.
// Alleen verzoeken op /graphql wachten en worden bijgehouden; de rest (/lijstlengtes, /health)
// gaat meteen door.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Waargenomen {
  body: string;
  /** ms sinds het begin van het verzoek waarop de verbinding dichtging zonder antwoord; undefined als dat (nog) niet gebeurde. */
  afgebrokenNaMs?: number;
  beantwoord: boolean;
  /** Belofte die vervult zodra de verbinding dicht is zonder antwoord. */
  afgebroken: Promise<number>;
}

export interface TrageSubgraaf {
  url: string;
  verzoeken: Waargenomen[];
  /** Vervult bij het n-de verzoek (vanaf 1). */
  binnen(n: number): Promise<Waargenomen>;
  /** Laat alle wachtende en volgende verzoeken door, of (`false`) weer wachten. */
  laatDoor(ja?: boolean): void;
  stop(): Promise<void>;
}

const leesBody = (req: IncomingMessage) =>
  new Promise<string>((klaar, mislukt) => {
    const stukken: Buffer[] = [];
    req.on('data', (s: Buffer) => stukken.push(s));
    req.once('end', () => klaar(Buffer.concat(stukken).toString('utf8')));
    req.once('error', mislukt);
  });

export async function trageSubgraaf(doel?: string): Promise<TrageSubgraaf> {
  const verzoeken: Waargenomen[] = [];
  const wachtenden: ((w: Waargenomen) => void)[][] = [];
  let door = false;
  let vrij: (() => void)[] = [];
  const server = createServer(async (req, res) => {
    const begin = performance.now();
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    let meldAf!: (ms: number) => void;
    const w: Waargenomen = { body: '', beantwoord: false, afgebroken: new Promise((r) => (meldAf = r)) };
    res.once('close', () => {
      if (res.writableFinished) return;
      w.afgebrokenNaMs = performance.now() - begin;
      meldAf(w.afgebrokenNaMs);
    });
    w.body = await leesBody(req).catch(() => '');
    const graphql = (req.url ?? '/').split('?')[0] === '/graphql';
    if (graphql) {
      verzoeken.push(w);
      for (const klaar of wachtenden[verzoeken.length] ?? []) klaar(w);
      if (!door) await new Promise<void>((r) => vrij.push(r));
    }
    if (res.destroyed) return;
    const koppen: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length' && k !== 'connection') koppen[k] = v;
    const methode = req.method ?? 'GET';
    const antwoord = doel
      ? await fetch(`${doel}${req.url ?? '/'}`, { method: methode, headers: koppen, body: methode === 'GET' || methode === 'HEAD' ? undefined : w.body }).then(async (a) => ({
          status: a.status,
          tekst: await a.text(),
        }))
      : { status: 200, tekst: '{"data":{}}' };
    res.statusCode = antwoord.status;
    res.setHeader('content-type', 'application/json');
    res.end(antwoord.tekst);
    w.beantwoord = true;
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    verzoeken,
    binnen: (n) => (verzoeken.length >= n ? Promise.resolve(verzoeken[n - 1]) : new Promise((r) => (wachtenden[n] ??= []).push(r))),
    laatDoor(ja = true) {
      door = ja;
      if (ja) {
        for (const r of vrij) r();
        vrij = [];
      }
    },
    stop: async () => {
      door = true;
      for (const r of vrij) r();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
