// Wat een stap van het verzoekpad is (verzoekpad.ts): een deel vóór Apollo Server
// (`voor`: weigeren, uit de cache antwoorden, het verzoek aanpassen) en een deel erin
// (plugins, validatieregels, instellingen van Apollo Server), in één module, zoals
// een plugin van Envelop of Hive Gateway. Alleen typen; elke stap en het pad lezen ze hier.
import type { ApolloServerOptionsWithGateway, ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { HttpAntwoord, HttpVerzoek } from '../kern/http.js';
import type { Identiteit } from '../kern/identiteit.js';

/** Een verzoek op weg door de stappen: het HTTP-verzoek en wie het doet. */
export interface Verzoek {
  http: HttpVerzoek;
  /** Vastgesteld aan het begin van het pad (toegang/identificatie.ts), vóór elke stap. */
  wie: Identiteit;
}

/** Het antwoord op weg terug. */
export interface Gatewayantwoord extends HttpAntwoord {
  /** Wat Apollo Server uitvoerde (verzoekpad.ts): precies één query, zonder fouten. Een bundel of een weigering nooit. */
  queryZonderFouten?: boolean;
}

export type Verder = (verzoek: Verzoek) => Promise<Gatewayantwoord>;

/** De context van Apollo Server voor één uitvoering. */
export interface Gatewaycontext extends BaseContext {
  /** Wie vraagt: bepaalt de rechten (introspectie, suggesties) en het budget. */
  identiteit: Identiteit;
  /** Het verzoek-id dat de gateway aan elke subgraph meegeeft (x-request-id). */
  verzoekId?: string;
  /**
   * Gaat af als niemand het antwoord meer wil (de client ging weg; bij samengevoegde
   * verzoeken: iedereen ging weg). De deelverzoeken aan de subgraphs breken dan af
   * (verbinding/afbreken.ts).
   */
  signaal?: AbortSignal;
}

/** Een stap van het verzoekpad. */
export interface Stap {
  /**
   * Vóór Apollo Server: een eigen antwoord, of `verder` met het (zo nodig aangepaste)
   * verzoek. Een Weigering wordt een JSON-fout met haar status.
   */
  voor?(verzoek: Verzoek, verder: Verder): Promise<Gatewayantwoord>;
  /** In Apollo Server, in de volgorde van de stappen. */
  plugins?: ApolloServerPlugin<Gatewaycontext>[];
  /** Validatieregels, in de volgorde van de stappen (die bepaalt welke melding eerst staat). */
  validatieregels?: ValidationRule[];
  /** Instellingen van Apollo Server die bij deze stap horen; de uitvoering geeft de gateway. */
  apollo?: Partial<ApolloServerOptionsWithGateway<Gatewaycontext>>;
}
