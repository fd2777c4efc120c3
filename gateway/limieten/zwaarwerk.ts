// Hoeveel zware operaties één gateway tegelijk uitvoert. Een analyseveld laat de gateway het
// beleid van vijf ministeries ophalen, samenvoegen en doorsturen; vijftig daarvan tegelijk
// vulden de lus en het geheugen (266 → 440 MB), terwijl twee cores er maar twee tegelijk
// echt verder helpen. De rest wacht in een rij, kort; wie te lang zou wachten, krijgt 503
// met Retry-After, zodat een load balancer of client het elders of straks probeert.
// Lichte operaties (één groep, de lijst van groepen) gaan er altijd langs.
import { GraphQLError } from 'graphql';
import pLimit from 'p-limit';

export interface Zwaarwerkopties {
  /** Vanaf deze geschatte kosten is een operatie zwaar (een analyseveld kost er ±2.300). */
  drempel: number;
  /** Zoveel zware operaties tegelijk per gateway. */
  tegelijk: number;
  /** Zoveel zware operaties mogen wachten; daarboven meteen 503. */
  wachtrij: number;
  /** Zo lang wacht een zware operatie hoogstens op haar beurt. */
  maximaalWachtenMs: number;
}

export const STANDAARD_ZWAARWERK: Zwaarwerkopties = { drempel: 2000, tegelijk: 2, wachtrij: 64, maximaalWachtenMs: 5000 };

/** Een plek in de rij: `klaar` als de operatie aan de beurt is; `vrij()` geeft de plek terug, ook als die nog niet gekregen is. */
export interface Plek {
  klaar: Promise<void>;
  vrij(): void;
}

export interface Zwaarwerk {
  plek(kosten: number): Plek;
  /** Hoeveel zware operaties nu lopen en wachten, en hoeveel er geweigerd zijn (/statistiek). */
  stand(): { bezig: number; wachtend: number; geweigerd: number };
}

const teDruk = (reden: string) =>
  new GraphQLError(`De gateway voert nu al het maximum aan zware operaties uit (${reden}); probeer het over een seconde opnieuw, of stel een lichtere vraag.`, {
    extensions: { code: 'TE_DRUK', http: { status: 503, headers: new Map([['retry-after', '1']]) } },
  });

const GEEN_PLEK: Plek = { klaar: Promise.resolve(), vrij: () => undefined };

export function zwaarwerk(opties: Zwaarwerkopties): Zwaarwerk {
  const rij = pLimit(opties.tegelijk);
  let geweigerd = 0;
  return {
    stand: () => ({ bezig: rij.activeCount, wachtend: rij.pendingCount, geweigerd }),
    plek(kosten) {
      if (kosten < opties.drempel) return GEEN_PLEK;
      if (rij.pendingCount >= opties.wachtrij) {
        geweigerd += 1;
        return { klaar: Promise.reject(teDruk(`${rij.activeCount} bezig, ${rij.pendingCount} wachtend`)), vrij: () => undefined };
      }
      // Wie de plek teruggeeft voordat hij haar kreeg (een fout elders, een verlopen wachttijd),
      // geeft haar meteen terug zodra ze komt: zo lekt er nooit een plek weg.
      let teruggegeven = false;
      let geefTerug: (() => void) | undefined;
      const beurt = new Promise<void>((gekregen) => {
        void rij(
          () =>
            new Promise<void>((terug) => {
              geefTerug = terug;
              if (teruggegeven) terug();
              else gekregen();
            }),
        );
      });
      const vrij = () => {
        teruggegeven = true;
        geefTerug?.();
      };
      let klok: NodeJS.Timeout | undefined;
      const verloopt = new Promise<never>((_, weiger) => {
        klok = setTimeout(() => {
          vrij();
          geweigerd += 1;
          weiger(teDruk(`langer dan ${opties.maximaalWachtenMs / 1000} s gewacht`));
        }, opties.maximaalWachtenMs);
      });
      const klaar = Promise.race([beurt, verloopt]).finally(() => clearTimeout(klok));
      return { klaar, vrij };
    },
  };
}
