// De taak van de editielezer (lezer.ts) in een werkthread: één editietekst lezen en valideren.
import { leesEditietekst, type GelezenEditie, type Leesopties } from './lezen.js';

export interface Leesopdracht {
  tekst: string;
  opties: Leesopties;
}

export default function lees({ tekst, opties }: Leesopdracht): GelezenEditie | string[] {
  return leesEditietekst(tekst, opties);
}
