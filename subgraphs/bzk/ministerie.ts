// BZK: als coördinerend ministerie beheert het de lijst van aandachtsgroepen (in zijn
// edities) en de ingang van de analyse over alle groepen heen.
import { GraphQLError } from 'graphql';
import type { Subgraafcontext } from '../ministerie/context.js';
import type { Aandachtsgroepgegevens } from '../ministerie/momentopname.js';
import { ALLE_AANDACHTSGROEPEN, bekendeAnalyse } from '../ministerie/resolvers.js';
import { bekendeGroep } from '../../kern/vocabulaire.js';
import type { Ministerie } from '../ministerie/subgraaf.js';

function gegevens(code: string, { momentopname }: Subgraafcontext): Aandachtsgroepgegevens {
  const groep = momentopname.aandachtsgroep(code);
  if (!groep) throw new GraphQLError(`Aandachtsgroep ${code} is (nog) niet geïmporteerd in de BZK-database.`);
  return groep;
}

const analyse = ({ momentopname }: Subgraafcontext) => ({
  id: ALLE_AANDACHTSGROEPEN,
  aandachtsgroepen: momentopname.aandachtsgroepen().map(({ code }) => ({ code })),
  partijen: [...momentopname.partijen()],
});

/** Wat BZK naast de andere ministeries heeft; subgraphs/ministeries.ts voegt departement en edities toe. */
export const bzk: Pick<Ministerie, 'schema' | 'resolvers'> = {
  schema: new URL('schema.graphql', import.meta.url),
  resolvers: {
    Query: {
      aandachtsgroepen: (_, __, context) => analyse(context).aandachtsgroepen,
      aandachtsgroep: (_, { code }) => bekendeGroep(code),
      analyse: (_, __, context) => analyse(context),
      partijen: (_, __, { momentopname }) => [...momentopname.partijen()],
    },
    Aandachtsgroep: {
      naam: (g, _, context) => gegevens(g.code, context).naam,
      omschrijving: (g, _, context) => gegevens(g.code, context).omschrijving,
      leeftijd: (g, _, context) => gegevens(g.code, context).leeftijd,
      bron: (g, _, context) => gegevens(g.code, context).bron,
      zekerheid: (g, _, context) => gegevens(g.code, context).zekerheid,
      afgeleid: (g, _, context) => gegevens(g.code, context).afgeleid,
      partijrollen: (g, _, { momentopname }) =>
        momentopname.partijen().flatMap((p) => p.rollen.filter((r) => r.aandachtsgroepen.some((a) => a.code === g.code))),
    },
    Analyse: {
      __resolveReference: (ref, context) => (bekendeAnalyse(ref), analyse(context)),
    },
  },
};
