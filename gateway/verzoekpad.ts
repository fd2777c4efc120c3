// Het pad van een GraphQL-verzoek door de gateway: een rij stappen (stap.ts), elk in één
// module. server.ts zet de stappen in de volgorde van een verzoek; hier staat alleen hoe ze
// samen één pad worden: de delen vóór Apollo Server aaneengeregen, en Apollo Server zelf
// gebouwd uit hun plugins, validatieregels en instellingen.
import { ApolloServer, type ApolloServerOptionsWithGateway, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { getOperationAST } from 'graphql';
import { voerGraphQLUit, type HttpAntwoord, type HttpVerzoek } from '../kern/http.js';
import type { Identiteit } from '../kern/identiteit.js';
import { weigering, Weigering } from './fouten/weigering.js';
import type { Identificatiewijze } from './toegang/identificatie.js';
import type { Gatewayantwoord, Gatewaycontext, Stap, Verder } from './stap.js';

/** Wat Apollo Server over een uitvoering zegt, voor de weg terug; alleen deze module leest en schrijft het. */
interface Uitkomst {
  /** Hoeveel operaties Apollo uitvoerde: meer dan één in een bundel. */
  operaties: number;
  queryZonderFouten: boolean;
  operatie?: string;
}
/** Onder deze sleutel in de context; een symbool, want Apollo kopieert de context per operatie ondiep. */
const UITKOMST = Symbol('uitkomst');
type MetUitkomst = Gatewaycontext & { [UITKOMST]?: Uitkomst };

export interface Verzoekpad {
  server: ApolloServer<Gatewaycontext>;
  /** Een verzoek van buiten: eerst wie, dan de stappen. `wijze`: een lezing zonder bijwerkingen (GET /overzichten/<id>) hoeft met het sessiecookie geen CSRF-token. */
  verwerk(http: HttpVerzoek, wijze?: Identificatiewijze): Promise<HttpAntwoord>;
  /** Een verzoek van de gateway zelf (opwarmen), met een vaste identiteit. */
  verwerkAls(wie: Identiteit, http: HttpVerzoek): Promise<HttpAntwoord>;
}

/**
 * Bouwt Apollo Server uit de stappen en rijgt hun delen vóór Apollo Server aaneen.
 * `identificeer` is de ingang: wie het verzoek doet, of een Weigering (401, 403, 400, 503).
 */
export function verzoekpad({
  identificeer,
  stappen,
}: {
  identificeer: (http: HttpVerzoek, wijze?: Identificatiewijze) => Promise<Identiteit>;
  stappen: Stap[];
}): Verzoekpad {
  // Per uitvoering: wat Apollo Server vond, voor het antwoord op de weg terug.
  const uitkomst: ApolloServerPlugin<Gatewaycontext> = {
    async requestDidStart({ contextValue }) {
      const vastgelegd = (contextValue as MetUitkomst)[UITKOMST];
      return {
        async willSendResponse({ document, operation, operationName, request, response }) {
          if (!vastgelegd) return;
          vastgelegd.operaties += 1;
          vastgelegd.queryZonderFouten =
            vastgelegd.operaties === 1 && operation?.operation === 'query' && response.body.kind === 'single' && !response.body.singleResult.errors;
          // Bij een geweigerde operatie (een grens, een onbekend veld) heeft Apollo de naam nog
          // niet opgezocht; het document is dan wel al gelezen.
          vastgelegd.operatie = operationName ?? request.operationName ?? (operation === undefined && document ? getOperationAST(document)?.name?.value : undefined);
        },
      };
    },
  };
  const apollo = Object.assign({}, ...stappen.map((s) => s.apollo)) as Partial<ApolloServerOptionsWithGateway<Gatewaycontext>>;
  if (!apollo.gateway) throw new Error('Geen stap geeft de gateway die uitvoert (apollo.gateway).');
  const server = new ApolloServer<Gatewaycontext>({
    ...apollo,
    gateway: apollo.gateway,
    validationRules: stappen.flatMap((s) => s.validatieregels ?? []),
    // Geen Cache-Control-kop naar clients: alleen deze gateway weet (via Redis) wanneer iets veroudert.
    plugins: [...stappen.flatMap((s) => s.plugins ?? []), uitkomst, ApolloServerPluginCacheControlDisabled()],
  });

  /** Het einde van het pad: Apollo Server voert uit. */
  const voerUit: Verder = async ({ http, wie }) => {
    const gevonden: Uitkomst = { operaties: 0, queryZonderFouten: false };
    const context: MetUitkomst = { identiteit: wie, verzoekId: http.verzoekId, signaal: http.signaal, [UITKOMST]: gevonden };
    const antwoord = await voerGraphQLUit(server, http, context);
    // De naam zoals Apollo hem vond; het antwoord draagt hem naar metrieken en logboek.
    return { ...antwoord, ...(gevonden.operatie && { operatie: gevonden.operatie }), queryZonderFouten: gevonden.queryZonderFouten };
  };
  const pad = stappen.reduceRight<Verder>((verder, stap) => (stap.voor ? (verzoek) => stap.voor!(verzoek, verder) : verder), voerUit);

  const metWeigering = async (doe: () => Promise<Gatewayantwoord>): Promise<HttpAntwoord> => {
    try {
      const { queryZonderFouten: _, ...antwoord } = await doe();
      return antwoord;
    } catch (fout) {
      if (fout instanceof Weigering) return weigering(fout);
      throw fout;
    }
  };
  return {
    server,
    verwerk: (http, wijze) => metWeigering(async () => pad({ http, wie: await identificeer(http, wijze) })),
    verwerkAls: (wie, http) => metWeigering(() => pad({ http, wie })),
  };
}
