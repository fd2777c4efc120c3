// De ministeries als subgraph-declaratie, uit de lijst in kern/config.ts: elk heeft zijn
// edities in subgraphs/<naam>/data/ en het gedeelde schema (ministerie/sdl.ts). Alleen wie
// meer doet, staat hier met een eigen declaratie: BZK, dat als coördinerend ministerie de
// lijst van aandachtsgroepen en de ingangen van de graaf beheert.
import { bzk } from './bzk/ministerie.js';
import { SUBGRAFEN, type DepartementCode } from '../kern/config.js';
import type { Ministerie } from './ministerie/subgraaf.js';

type Eigen = Pick<Ministerie, 'schema' | 'resolvers'>;
const EIGEN: Partial<Record<DepartementCode, Eigen>> = { BZK: bzk };

export const ministeries = Object.fromEntries(
  SUBGRAFEN.map((s): [DepartementCode, Ministerie] => [
    s.departement,
    { departement: s.departement, data: new URL(`${s.naam}/data/`, import.meta.url), ...EIGEN[s.departement] },
  ]),
) as Record<DepartementCode, Ministerie>;
