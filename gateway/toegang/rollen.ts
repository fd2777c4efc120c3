// Stap van het verzoekpad, in Apollo Server: wat een rol van het schema ziet. Wie als
// analist leest (analist, beheer, redacteur, samensteller), mag introspecteren en krijgt "Bedoelde je …";
// een partner stuurt alleen vastgelegde overzichten en krijgt geen van beide, want beide
// verraden velden van het schema. Daarnaast: wie de metrieken en tellers mag lezen.
import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';
import type { HttpAntwoord, HttpVerzoek } from '../../kern/http.js';
import { leestAlsAnalist, type Identiteit } from '../../kern/identiteit.js';
import { Weigering } from '../fouten/weigering.js';
import type { Gatewaycontext, Stap } from '../stap.js';
import { voorIdentiteit, type Identificeer, type Toegang } from './identificatie.js';

const SUGGESTIE = / Did you mean (.*)\?$/;

/**
 * "Did you mean …" verraadt velden van het schema. Wie mag introspecteren, krijgt de
 * suggestie in het Nederlands; wie dat niet mag (een partner), krijgt hem niet.
 */
const suggestiesPerRol: ApolloServerPlugin<Gatewaycontext> = {
  async requestDidStart({ contextValue }) {
    const mag = leestAlsAnalist(contextValue.identiteit);
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((fout) => {
          const treffer = SUGGESTIE.exec(fout.message);
          const { oorspronkelijkeMelding, ...extensions } = fout.extensions ?? {};
          // Ook de Engelse oorspronkelijke melding kan een suggestie dragen.
          const verraadt = treffer !== null || (typeof oorspronkelijkeMelding === 'string' && oorspronkelijkeMelding.includes('Did you mean'));
          if (!verraadt) return fout;
          const message = treffer ? fout.message.replace(SUGGESTIE, mag ? ` Bedoelde je ${treffer[1].replaceAll(' or ', ' of ')}?` : '') : fout.message;
          return { ...fout, message, extensions: mag && !treffer ? fout.extensions : extensions };
        });
      },
    };
  },
};

/** Of het document het schema opvraagt (__schema of __type); __typename is gewoon een veld. */
const vraagtSchema = (document: DocumentNode | undefined): boolean => {
  let gevonden = false;
  if (document) {
    visit(document, {
      Field(veld) {
        if (veld.name.value === '__schema' || veld.name.value === '__type') {
          gevonden = true;
          return BREAK;
        }
        return undefined;
      },
    });
  }
  return gevonden;
};

/**
 * Introspectie per rol, in elke modus: Apollo Server zet haar anders uit zodra
 * NODE_ENV=production, en dan heeft de Query-pagina van een analist geen schema en geen
 * aanvulling.
 */
const introspectiePerRol: ApolloServerPlugin<Gatewaycontext> = {
  async requestDidStart({ contextValue }) {
    if (leestAlsAnalist(contextValue.identiteit)) return {};
    return {
      async didResolveOperation({ document }) {
        if (vraagtSchema(document)) {
          throw new GraphQLError('Introspectie (__schema, __type) is er voor analisten; als partner leest u de vastgelegde overzichten (GET /overzichten).', {
            extensions: { code: 'INTROSPECTIE_NIET_TOEGESTAAN', http: { status: 403 } },
          });
        }
      },
    };
  },
};

export const rollen: Stap = {
  plugins: [suggestiesPerRol, introspectiePerRol],
  // Altijd aan; wie mag, beslist introspectiePerRol (Apollo's standaard hangt af van NODE_ENV).
  apollo: { introspection: true },
};

/**
 * Wie /metrics en /statistiek mag lezen. De gateway is van buiten bereikbaar: in productie
 * alleen beheer (Prometheus met een beheersleutel); in de ontwikkelmodus iedereen.
 */
export function beheertoegang(toegang: Toegang, identificeer: Identificeer) {
  // luister() geeft het hele verzoek (GET /metrics): met het sessiecookie is dan geen CSRF-token nodig.
  return async (verzoek: Pick<HttpVerzoek, 'headers'>): Promise<HttpAntwoord | undefined> =>
    toegang.modus === 'ontwikkeling'
      ? undefined
      : voorIdentiteit(identificeer, verzoek, (wie) => {
          if (wie.rollen.includes('beheer')) return undefined;
          throw new Weigering(403, 'ALLEEN_BEHEER', 'De metrieken en tellers van de gateway (/metrics, /statistiek) zijn alleen voor de rol beheer (Prometheus met een API-sleutel of token van beheer).');
        });
}
