// Start de subgraph van één ministerie als eigen proces; MINISTERIE zegt welk (bzk, vws, …,
// zoals SUBGRAFEN in kern/config.ts ze noemt). Eén bestand voor alle ministeries:
//   MINISTERIE=vws node dist/subgraphs/ministerie/index.js
import { MINISTERIE_VARIABELE, SUBGRAFEN } from '../../kern/config.js';
import { maakLogboek } from '../../kern/logboek.js';
import { ministeries } from '../ministeries.js';
import { startMinisterie } from './proces.js';

const gevraagd = process.env[MINISTERIE_VARIABELE]?.toLowerCase();
const instelling = SUBGRAFEN.find((s) => s.naam === gevraagd);
if (!instelling) {
  maakLogboek({ proces: 'ministerie' }).fatal(
    `start niet: ${MINISTERIE_VARIABELE}=${gevraagd ?? ''} is geen ministerie; kies uit: ${SUBGRAFEN.map((s) => s.naam).join(', ')}.`,
  );
  process.exit(2);
}
await startMinisterie(ministeries[instelling.departement]);
