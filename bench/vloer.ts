// De ondergrens: een kale node:http-server die per operatie de bytes teruggeeft die
// onze gateway eerder gaf, uit het geheugen, zonder GraphQL. Sneller kan geen gateway
// op deze machine met deze client antwoorden; de bench vergelijkt de cache hiermee.
// VLOER_ANTWOORDEN wijst naar een JSON-bestand: verzoekbody → antwoordtekst.
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';

const pad = process.env.VLOER_ANTWOORDEN;
if (!pad) throw new Error('VLOER_ANTWOORDEN ontbreekt: het pad van het JSON-bestand met verzoekbody → antwoord');
const antwoorden = new Map(
  Object.entries(JSON.parse(readFileSync(pad, 'utf8')) as Record<string, string>).map(([body, tekst]) => [body, Buffer.from(tekst)]),
);

function stuur(res: ServerResponse, status: number, inhoud: Buffer | string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(inhoud) });
  res.end(inhoud);
}

const fout = (melding: string) => JSON.stringify({ errors: [{ message: melding }] });

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') return stuur(res, 200, '{"status":"ok"}');
  if (req.method !== 'POST' || req.url !== '/graphql') return stuur(res, 404, fout(`geen route ${req.method} ${req.url}`));
  if (!req.headers['content-type']?.startsWith('application/json')) {
    return stuur(res, 400, fout('de ondergrens verwacht content-type application/json'));
  }
  const delen: Buffer[] = [];
  req.on('data', (deel: Buffer) => delen.push(deel));
  req.on('end', () => {
    const antwoord = antwoorden.get(Buffer.concat(delen).toString('utf8'));
    if (antwoord) stuur(res, 200, antwoord);
    else stuur(res, 404, fout(`de ondergrens kent alleen de ${antwoorden.size} opgeslagen verzoeken van de bench`));
  });
});
// Zoals kern/http.ts: dezelfde keep-alive als de gateway, anders is de vergelijking scheef.
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`[vloer] ${antwoorden.size} antwoorden op poort ${process.env.PORT}`));
