// Hoe lang de lijsten van de analyse zijn, voor de kostenschatting van de gateway: de
// analyse heeft geen eigen gegevens, dus telt zij wat zij zonder filter het laatst gaf (een
// gefilterde lijst is korter en zou de schatting van een vraag zonder filter drukken).
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, type GraphQLSchema } from 'graphql';
import { Lijsttelling, samengevoegd, typenaamVan, type Lijstlengtes } from '../../kern/lijstlengtes.js';

/** Zo vaak telt de analyse één veld hoogstens opnieuw: de gegevens veranderen alleen met een publicatie. */
const INTERVAL_MS = 10_000;

export function analysetelling(schema: GraphQLSchema): { plugin: ApolloServerPlugin<BaseContext>; tabel: () => Lijstlengtes } {
  const perVeld = new Map<string, { tijdstip: number; tabel: Lijstlengtes }>();
  // Zonder isObjectType: het schema komt van @apollo/subgraph (een andere kopie van graphql-js onder vitest).
  const analysetype = schema.getType('Analyse');
  const analyse = analysetype && 'getFields' in analysetype ? (analysetype.getFields() as Record<string, { type: unknown }>) : undefined;
  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          if (response.body.kind !== 'single' || !operation || !analyse) return;
          const entiteiten = (response.body.singleResult.data as { _entities?: unknown[] } | null | undefined)?._entities;
          if (!Array.isArray(entiteiten)) return;
          const selectie = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
          if (selectie?.kind !== Kind.FIELD) return;
          const nu = Date.now();
          for (const veld of selectie.selectionSet?.selections ?? []) {
            // Alleen velden op Analyse (... on Analyse { tegenwerkendePrikkels { … } }), zonder argumenten.
            if (veld.kind !== Kind.INLINE_FRAGMENT || veld.typeCondition?.name.value !== 'Analyse') continue;
            for (const s of veld.selectionSet.selections) {
              if (s.kind !== Kind.FIELD || (s.arguments?.length ?? 0) > 0) continue;
              const naam = s.name.value;
              const definitie = analyse[naam];
              if (!definitie || (perVeld.get(naam)?.tijdstip ?? 0) > nu - INTERVAL_MS) continue;
              const sleutel = s.alias?.value ?? naam;
              const waarden = entiteiten.map((e) => (e && typeof e === 'object' ? (e as Record<string, unknown>)[sleutel] : undefined)).filter(Array.isArray);
              if (waarden.length === 0) continue;
              const telling = new Lijsttelling(schema);
              for (const lijst of waarden) {
                telling.lijst(`Analyse.${naam}`, lijst.length);
                for (const element of lijst) telling.neem(typenaamVan(definitie.type), element);
              }
              perVeld.set(naam, { tijdstip: nu, tabel: telling.tabel() });
            }
          }
        },
      };
    },
  };
  return { plugin, tabel: () => samengevoegd([...perVeld.values()].map((v) => v.tabel)) };
}
