// HTTP voor gateway en subgraphs: GraphQL op /graphql en een gezondheidscontrole op
// /health voor docker-compose en het startscript.
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import type { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { expressMiddleware, type ExpressContextFunctionArgument } from '@as-integrations/express5';
import express from 'express';

export interface Luisteraar {
  url: string;
  poort: number;
  stop(): Promise<void>;
}

export interface Luisteropties {
  poort: number;
  host?: string;
  /** Tellers voor de benchmark (SQL-statements, gedeelde verzoeken), op GET /statistiek. */
  statistiek?: () => Record<string, number>;
  /** Extra velden in het antwoord van GET /health, naast status: "ok". */
  gezondheid?: () => Record<string, unknown>;
}

export async function luister<C extends BaseContext>(
  server: ApolloServer<C>,
  context: ContextFunction<[ExpressContextFunctionArgument], C>,
  { poort, host = '127.0.0.1', statistiek, gezondheid }: Luisteropties,
): Promise<Luisteraar> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', ...gezondheid?.() });
  });
  if (statistiek) {
    app.get('/statistiek', (_req, res) => {
      res.json(statistiek());
    });
  }
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(server, { context }));
  const http: Server = createServer(app);
  // Keep-alive langer dan die van de gateway-agent, zodat de subgraph nooit een
  // verbinding sluit die de gateway net wil hergebruiken.
  http.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(poort, host, resolve);
  });
  const echtePoort = (http.address() as AddressInfo).port;
  // Ctrl-C bereikt elk proces rechtstreeks én via het startscript: stoppen mag vaker.
  let gestopt: Promise<void> | undefined;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${echtePoort}/graphql`,
    poort: echtePoort,
    stop: () =>
      (gestopt ??= new Promise<void>((resolve, reject) => {
        http.close((fout) => (fout ? reject(fout) : resolve()));
        http.closeAllConnections();
      })),
  };
}

/**
 * Stopt het proces netjes bij Ctrl-C of SIGTERM. Ctrl-C bereikt elk proces rechtstreeks
 * én via het startscript; de stappen lopen één keer.
 */
export function stopBijSignaal(stappen: () => Promise<void>): void {
  let stoppend = false;
  const stop = async () => {
    if (stoppend) return;
    stoppend = true;
    await stappen();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
