// Een editie lezen en valideren buiten de lus van de subgraph: een vijandige editie (een
// megabyte haken, een alias bomb) hield SZW 19 s bezig, en elke vraag aan SZW wachtte mee.
// In een werkthread met een termijn kost zo'n editie hooguit die thread; de subgraph
// blijft antwoorden.
import { werkthreads, Termijnfout } from '../../../kern/werkthreads.js';
import type { Leesopdracht } from './lezen.taak.js';
import type { GelezenEditie, Leesopties } from './lezen.js';

export type Lees = (tekst: string, opties: Leesopties) => Promise<GelezenEditie | string[]>;

export interface Editielezer {
  lees: Lees;
  sluit(): Promise<void>;
}

/** Standaard: een editie van 1 MB leest en valideert in ruim minder dan een seconde. */
export const LEESTERMIJN_MS = 5000;

export function editielezer(termijnMs = LEESTERMIJN_MS): Editielezer {
  const threads = werkthreads<Leesopdracht, GelezenEditie | string[]>(new URL('./lezen.taak' + (import.meta.url.endsWith('.ts') ? '.ts' : '.js'), import.meta.url), { termijnMs });
  return {
    async lees(tekst, opties) {
      try {
        return await threads.voer({ tekst, opties });
      } catch (fout) {
        if (fout instanceof Termijnfout) return [`${opties.naam}: de editie was niet binnen ${termijnMs / 1000} s te lezen en is geweigerd; een editie van 1 MB leest in minder dan een seconde.`];
        throw fout;
      }
    },
    sluit: () => threads.sluit(),
  };
}
