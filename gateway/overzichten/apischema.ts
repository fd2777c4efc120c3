// Het schema dat clients zien: de API van een supergraph, zonder join-richtlijnen en
// federatie-interne typen, in de graphql-js van dit proces. De gateway controleert er een
// overzicht mee dat het programmateam publiceert (valideren, contract afleiden); de
// breukcontrole en de test van de beschrijvingen gebruiken het ook.
//
// Waarom @apollo/federation-internals, een intern pakket zonder stabiliteitsbelofte:
// Supergraph.apiSchema() is de enige weg van een supergraph-SDL naar het API-schema zonder
// een gateway te starten (ApolloGateway.load() geeft het ook, maar start dan een gateway
// met telemetrie en timers). Via tekst, omdat federation-internals graphql als CommonJS
// laadt en twee exemplaren van graphql in één proces elkaars schema's weigeren. De gateway
// laadt federation-internals toch al (via @apollo/gateway en de plannende werkthread).
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { buildSchema, type GraphQLSchema } from 'graphql';

export function publiekSchema(supergraphSdl: string): GraphQLSchema {
  return buildSchema(printSchema(Supergraph.build(supergraphSdl).apiSchema()));
}
