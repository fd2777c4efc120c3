import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { Subgraafcontext } from '../../kern/context.js';
import type { Toestand } from '../../kern/editie/toestand.js';
import { beleidVan, bekendeGroep, bronVan, gedeeldeResolvers } from '../../kern/resolvers.js';
import { bouwSubgraaf, type Databasekeuze, type Ministerie } from '../../kern/subgraaf.js';
import { Aandachtsgroep, type AandachtsgroepRij } from './entiteiten.js';
import type { Resolvers } from '../../kern/generated/resolvers.js';

const aandachtsgroepen = new WeakMap<Subgraafcontext, DataLoader<string, AandachtsgroepRij | undefined>>();

/** Eén statement voor alle aandachtsgroepen van een verzoek. */
function aandachtsgroeplader(context: Subgraafcontext) {
  let lader = aandachtsgroepen.get(context);
  if (!lader) {
    const em: EntityManager = context.beleid.em;
    lader = new DataLoader(async (codes) => {
      const rijen = await em.find(Aandachtsgroep, { code: { $in: [...codes] } });
      return codes.map((c) => rijen.find((r) => r.code === c));
    });
    aandachtsgroepen.set(context, lader);
  }
  return lader;
}

async function rij(code: string, context: Subgraafcontext): Promise<AandachtsgroepRij> {
  const gevonden = await aandachtsgroeplader(context).load(code);
  if (!gevonden) throw new GraphQLError(`Aandachtsgroep ${code} is (nog) niet geïmporteerd in de BZK-database.`);
  return gevonden;
}

const resolvers: Resolvers = {
  ...gedeeldeResolvers('BZK'),
  Query: {
    aandachtsgroepen: async (_, __, { beleid }) =>
      (await beleid.em.find(Aandachtsgroep, {}, { orderBy: { volgorde: 'asc' } })).map((a) => {
        return { code: a.code };
      }),
    aandachtsgroep: (_, { code }) => bekendeGroep(code),
  },
  Aandachtsgroep: {
    __resolveReference: (ref) => bekendeGroep(ref.code),
    naam: async (g, _, context) => (await rij(g.code, context)).naam,
    omschrijving: async (g, _, context) => (await rij(g.code, context)).omschrijving,
    bron: async (g, _, context) => bronVan(await rij(g.code, context)),
    bzk: (g) => beleidVan('BZK', g),
  },
};

export const bzk: Ministerie = {
  departement: 'BZK',
  schema: new URL('schema.graphql', import.meta.url),
  data: new URL('data/', import.meta.url),
  resolvers,
  extraEntiteiten: [Aandachtsgroep],
  extraTabellen: (t: Toestand) => [
    {
      naam: 'aandachtsgroepen',
      entiteit: Aandachtsgroep,
      sleutel: 'code',
      rijen: t.aandachtsgroep.map((a, volgorde) => ({
        code: a.code,
        volgorde,
        naam: a.naam,
        omschrijving: a.omschrijving,
        bronDocument: a.bron.document,
        bronVindplaats: a.bron.vindplaats,
      })),
    },
  ],
};

export const bouwBzkSubgraaf = (keuze: Databasekeuze) => bouwSubgraaf(bzk, keuze);
