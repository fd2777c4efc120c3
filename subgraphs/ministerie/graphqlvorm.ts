// Van een rij naar het object dat de GraphQL-resolvers teruggeven. Een rij heeft al de
// vorm van het GraphQL-type (dezelfde veldnamen, null waar niets is: rij.ts); alleen
// een handvol velden heeft in GraphQL een rijkere vorm, en die staan hier één keer,
// voor elk type dat zo'n veld heeft. Een nieuw veld in het editieschema en de tabel
// komt zo zonder extra regel in GraphQL.
import type { Departement, ResolversParentTypes } from './generated/resolvers.js';
import { termijnVan } from './termijn.js';
import { documenttitel, gebieden, vocabulaire } from '../../kern/vocabulaire.js';
import { zekerheidVan } from './zekerheid.js';

type Eigenaar = ResolversParentTypes['Eigenaar'];
type Gebied = ResolversParentTypes['Gebied'];
type Bronrij = { document: string; vindplaats: string; citaat: string | null };

export const bronVan = (b: Bronrij): ResolversParentTypes['Bron'] => ({ ...b, titel: documenttitel(b.document) });

/** SZW → { departement: SZW }, GEMEENTEN → { partij: GEMEENTEN }; de import liet alleen die twee soorten toe. */
export const eigenaarVan = (code: string): Eigenaar =>
  vocabulaire.departementen.includes(code)
    ? { code, departement: code as Eigenaar['departement'], partij: null }
    : { code, departement: null, partij: code as Eigenaar['partij'] };

const gebiedVan = (code: string): Gebied => {
  const g = gebieden[code];
  return { code, naam: g?.naam ?? code, soort: (g?.soort ?? 'GEMEENTE') as Gebied['soort'], leden: g?.leden ?? [] };
};

/** De velden die in GraphQL een andere vorm hebben dan in de rij, naar veldnaam. */
const OMZETTINGEN: Partial<Record<string, (waarde: never) => unknown>> = {
  bron: bronVan,
  statusbron: bronVan,
  aandachtsgroepen: (codes: string[]) => codes.map((code) => ({ code })),
  eigenaar: eigenaarVan,
  termijn: termijnVan,
  gebied: gebiedVan,
};

/**
 * De GraphQL-vorm van een rij van `departement`: elk veld van de rij, omgezet waar
 * OMZETTINGEN het zegt, met `departement` als de rij er zelf geen heeft (een
 * cijferverwijzing noemt een ander ministerie), en bij een rij met een bron de
 * zekerheid van die bewering (zekerheid.ts). Het type T is het GraphQL-type dat de
 * aanroeper maakt; of de velden kloppen, toetst test/subgraphs/velden.test.ts.
 */
export function graphqlVorm<T>(rij: object, departement: Departement): T {
  const uit: Record<string, unknown> = { departement };
  for (const [veld, waarde] of Object.entries(rij)) {
    const omzetting = OMZETTINGEN[veld];
    uit[veld] = omzetting && waarde !== null ? omzetting(waarde as never) : waarde;
  }
  const bewering = rij as { bron?: Bronrij; afgeleid?: { velden: string[]; reden: string } | null };
  if (bewering.bron) Object.assign(uit, zekerheidVan(bewering.bron, bewering.afgeleid));
  return uit as T;
}
