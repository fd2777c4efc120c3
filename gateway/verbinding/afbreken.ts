// Afbreken wat niemand meer wil. Gaat een client weg (of geeft de gateway een vraag op),
// dan gaat het signaal van dat verzoek af (kern/http.ts; bij samengevoegde operaties pas als
// iedereen weg is, cache/samenvoegen.ts), en breekt de gateway de deelverzoeken af die er nog
// voor lopen. De subgraph ziet de verbinding dichtgaan en krijgt dat zelf als signaal in
// zijn context (Verzoekcontext in kern/http.ts): zo stopt ook een lange berekening daar.
//
// @apollo/gateway geeft de fetcher alleen methode, koppen en body mee, niet de context. Het
// signaal gaat daarom via AsyncLocalStorage van de uitvoering van een deelverzoek
// (Subgraafbron.process) naar de fetcher (subgraafclient.ts), die in dezelfde asynchrone keten loopt.
import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Gatewaycontext } from '../stap.js';

const signalen = new AsyncLocalStorage<AbortSignal>();

/** Het signaal van het clientverzoek waarvoor dit deelverzoek loopt; undefined buiten een uitvoering (opwarmen, controles van Apollo). */
export const signaalVanDitVerzoek = (): AbortSignal | undefined => signalen.getStore();

/** Doet `werk` met `signaal` als signaal van het clientverzoek: elk deelverzoek dat het start, volgt dat signaal. */
export const metSignaal = <T>(signaal: AbortSignal, werk: () => T): T => signalen.run(signaal, werk);

/** Code van een deelverzoek dat de gateway afbrak omdat niemand het antwoord nog wilde; geen storing van de subgraph. */
export const AFGEBROKEN = 'VERZOEK_AFGEBROKEN';

/** De fout van een deelverzoek dat de gateway afbrak omdat de client weg is. */
export function afgebroken(naam: string, wie: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(`Het verzoek aan ${wie} is afgebroken: de client wacht niet meer op het antwoord.`, {
    extensions: { code: AFGEBROKEN, subgraaf: naam, ...extensions },
  });
}

/**
 * De fout van een verzoek dat in een rij van de toelating wachtte (budget, zwaar werk) toen
 * het signaal afging: het verlaat de rij, zonder iets uit te voeren of van het budget te
 * gebruiken. Meestal is er niemand meer die hem leest; 499 is de status die logboeken voor
 * "de client sloot het verzoek" gebruiken, zodat het niet als storing van de gateway telt.
 */
export function afgebrokenInDeRij(waarop: string): GraphQLError {
  return new GraphQLError(`Het verzoek is afgebroken terwijl het wachtte op ${waarop}: de client wacht niet meer op het antwoord. Er is niets uitgevoerd en niets van het budget gebruikt.`, {
    extensions: { code: AFGEBROKEN, http: { status: 499 } },
  });
}

/** RemoteGraphQLDataSource die het signaal uit de context meegeeft aan de fetcher. */
export class Subgraafbron extends RemoteGraphQLDataSource<Gatewaycontext> {
  override process(options: GraphQLDataSourceProcessOptions<Gatewaycontext>) {
    const signaal = (options.context as Partial<Gatewaycontext> | undefined)?.signaal;
    return signaal ? metSignaal(signaal, () => super.process(options)) : super.process(options);
  }
}
