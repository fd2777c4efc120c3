// Grenzen aan wat één operatie mag vragen, gecontroleerd vóór de uitvoering (GraphQL
// Armor). Gekozen door meting: de diepste, duurste en langste operatie uit
// bench/operaties/ en de README-voorbeelden (gemeten met Armor's eigen regels) met
// ruimte erboven; zie README, "Grenzen aan een operatie".
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Vertaalregel } from './foutmeldingen.js';

export const LIMIETEN = {
  /** Gemeten: hoogstens 6 (README, cijferreeks). Diepte 7 in het ergste geval (groepen in doelen in groepen): 968 kB in 0,3 s; diepte 9: 10,7 MB in 2,3 s. */
  diepte: 7,
  /** Gemeten: 0; de tests gebruiken er 3. Elke alias van een analyseveld is een eigen berekening. */
  aliassen: 15,
  /** Gemeten: 0. @include en @skip zijn er voor clients; meer dan een handvol is misbruik. */
  directieven: 20,
  /** Gemeten: hoogstens ±112 (de acceptatiequery "Alle silo's"). */
  tokens: 1000,
  /**
   * Gemeten: hoogstens 824 (een-groep) in Armor's maat (objecten 2, scalars 1, × 1,5 per
   * niveau); de grens is drie keer dat. Deze maat telt velden, niet de lengte van lijsten:
   * dat de analysevelden het duurst zijn, kent hij niet (zie de notitie bij issue 8).
   */
  kosten: 2500,
} as const;

export function limietbescherming() {
  return new ApolloArmor({
    maxDepth: { n: LIMIETEN.diepte, flattenFragments: true },
    maxAliases: { n: LIMIETEN.aliassen },
    maxDirectives: { n: LIMIETEN.directieven },
    // De tokengrens legt graphql-js zelf op bij het lezen (parseOptions.maxTokens in
    // server.ts): Armor gooit hem vanuit een plugin, en Apollo Server maakt daar een 500 van.
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMIETEN.kosten, flattenFragments: true },
    // Suggesties ("Did you mean …") horen bij wie mag introspecteren; rollen komen met
    // issue 8. Tot dan is iedereen analist, dus blijven ze aan.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/** Armor meldt in het Engels en zonder code; een client leest hier wat er mis is en de grens. */
export const LIMIETREGELS: Vertaalregel[] = [
  [/Query depth limit of (\d+) exceeded, found (\d+)/, 'DIEPTE_TE_GROOT', (m) => `De operatie is ${m[2]} niveaus diep; de grens is ${m[1]}. Vraag minder ver door, of splits de vraag.`],
  [/Aliases limit of (\d+) exceeded, found (\d+)/, 'TE_VEEL_ALIASSEN', (m) => `De operatie heeft ${m[2]} aliassen; de grens is ${m[1]}.`],
  [/Directives limit of (\d+) exceeded, found (\d+)/, 'TE_VEEL_DIRECTIEVEN', (m) => `De operatie heeft ${m[2]} directieven; de grens is ${m[1]}.`],
  [/Document contains more that (\d+) tokens/, 'TE_VEEL_TOKENS', (m) => `De operatie is langer dan ${m[1]} tokens; stuur een kortere operatie.`],
  [/Query Cost limit of (\d+) exceeded, found ([\d.]+)/, 'TE_DUUR', (m) => `De operatie kost ${Math.round(Number(m[2]))}; de grens is ${m[1]}. Vraag minder velden of splits de vraag.`],
];
