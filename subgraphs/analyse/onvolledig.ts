// Een analyse zonder het beleid van één ministerie mag zich niet als volledig voordoen.
//
// Antwoordt een ministerie niet, dan stuurt de gateway zijn @requires-veld als null mee
// (gateway/verbinding/storingsantwoord.ts). De analyse rekent dan met de ministeries die wel
// antwoordden, want die prikkels en grenzen kloppen; maar de lezer moet weten dat wat
// het ontbrekende ministerie raakt er niet in staat. Daarom komt er bij het gedeeltelijke
// resultaat een fout op het pad van het veld. graphql-js kent geen veld dat zowel een
// waarde als een fout heeft, dus de fout wordt per verzoek verzameld en door de plugin
// aan het antwoord toegevoegd.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { responsePathAsArray, type GraphQLFormattedError, type GraphQLResolveInfo } from 'graphql';
import { MINISTERIEVELDEN } from './model.js';
import { opsomming } from './prikkels.js';

/** Het beleid per ministerie in welke vorm ook (Beleid of Registerbeleid): alleen null of niet telt hier. */
type Ministeriebeleid = Partial<Record<(typeof MINISTERIEVELDEN)[number], unknown>>;

/** Per verzoek (de context van Apollo) de meldingen over ontbrekende ministeries. */
const meldingen = new WeakMap<object, GraphQLFormattedError[]>();

/** De ministeries waarvan het beleid null is: zij antwoordden de gateway niet. */
export function ontbrekendeDepartementen(beleid: Ministeriebeleid): Uppercase<(typeof MINISTERIEVELDEN)[number]>[] {
  return MINISTERIEVELDEN.filter((veld) => beleid[veld] === null).map((veld) => veld.toUpperCase() as Uppercase<typeof veld>);
}

/** De fout die bij een gedeeltelijk resultaat hoort, op het pad van het veld. */
export function onvolledigeAnalyse(departementen: string[], veld: string, pad: readonly (string | number)[]): GraphQLFormattedError {
  const wie = opsomming(departementen);
  const wel = opsomming(MINISTERIEVELDEN.map((v) => v.toUpperCase()).filter((d) => !departementen.includes(d)));
  return {
    message:
      `${veld} is onvolledig: ${wie} ${departementen.length === 1 ? 'antwoordde' : 'antwoordden'} niet, dus dit resultaat mist ` +
      `de instrumenten en doelen van ${wie}. Het komt alleen uit het beleid van ${wel || 'geen enkel ministerie'}.`,
    path: [...pad],
    extensions: { code: 'ONVOLLEDIGE_ANALYSE', departementen },
  };
}

/**
 * Rekent uit wat `bereken` geeft en meldt, als er beleid ontbrak, bij dit veld welke
 * ministeries. Een ongeldig argument gooit vóór de melding: dan is er geen resultaat.
 */
export function metMeldingVanOntbrekend<T>(beleid: Ministeriebeleid, context: BaseContext, info: GraphQLResolveInfo, bereken: () => T): T {
  const uitkomst = bereken();
  const ontbrekend = ontbrekendeDepartementen(beleid);
  if (ontbrekend.length > 0) {
    const lijst = meldingen.get(context) ?? [];
    lijst.push(onvolledigeAnalyse(ontbrekend, info.fieldName, responsePathAsArray(info.path)));
    meldingen.set(context, lijst);
  }
  return uitkomst;
}

/** Zet de meldingen naast de gegevens in het antwoord, zodat het gedeeltelijke resultaat blijft staan. */
export const onvolledigheidsplugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const lijst = meldingen.get(contextValue);
        if (!lijst || response.body.kind !== 'single') return;
        const resultaat = response.body.singleResult;
        resultaat.errors = [...(resultaat.errors ?? []), ...lijst];
      },
    };
  },
};
