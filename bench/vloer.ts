// De ondergrens: alle subgraphs in één proces, zonder HTTP tussen gateway en
// subgraphs. De gateway voert de subgraph-fetches rechtstreeks uit op de
// ApolloServer van elke subgraph, met diens eigen context per verzoek.
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type BaseContext } from '@apollo/server';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { ingecheckteSupergraph } from '../gateway/compositie.js';
import { bouwAnalyse } from '../subgraphs/analyse/server.js';
import { ANALYSE, SUBGRAFEN } from '../kern/config.js';
import { luister } from '../kern/http.js';
import { databasekeuze, laadBijEersteStart } from '../kern/start.js';
import { bouwSubgraaf } from '../kern/subgraaf.js';
import { ministeries } from '../subgraphs/ministeries.js';

class LokaleBron<C extends BaseContext> implements GraphQLDataSource {
  constructor(
    private readonly server: ApolloServer<C>,
    private readonly context: () => C,
  ) {}

  async process({ request }: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const antwoord = await this.server.executeOperation(
      { query: request.query, variables: request.variables, operationName: request.operationName },
      { contextValue: this.context() },
    );
    if (antwoord.body.kind !== 'single') throw new Error('onverwacht incrementeel antwoord');
    return antwoord.body.singleResult as GatewayGraphQLResponse;
  }
}

const subgrafen = await Promise.all(SUBGRAFEN.map((s) => bouwSubgraaf(ministeries[s.departement], databasekeuze(s.departement))));
await Promise.all(subgrafen.map((s) => laadBijEersteStart(s, (tekst) => console.log(`[vloer ${s.ministerie.departement}] ${tekst}`))));
let eigenUrl = '';
const analyse = await bouwAnalyse({ gatewayUrl: () => eigenUrl });
const bronnen: Record<string, GraphQLDataSource> = {
  ...Object.fromEntries(SUBGRAFEN.map((s, i) => [s.naam, new LokaleBron(subgrafen[i].server, subgrafen[i].context)])),
  [ANALYSE.naam]: new LokaleBron(analyse.server, analyse.context),
};
const gateway = new ApolloGateway({ supergraphSdl: ingecheckteSupergraph(), buildService: ({ name }) => bronnen[name] });
const server = new ApolloServer({ gateway });
await server.start();
const http = await luister(server, async () => ({}), Number(process.env.PORT), '127.0.0.1', () => ({
  sqlStatements: subgrafen.reduce((n, s) => n + s.db.teller.aantal, 0),
}));
eigenUrl = http.url;
console.log(`[vloer] luistert op ${http.url}`);
