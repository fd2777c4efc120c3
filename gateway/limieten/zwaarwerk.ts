// Hoeveel zware operaties één gateway tegelijk uitvoert. Een analyseveld laat de gateway het
// beleid van vijf ministeries ophalen, samenvoegen en doorsturen; vijftig daarvan tegelijk
// vulden de lus en het geheugen (266 → 440 MB), terwijl twee cores er maar twee tegelijk
// echt verder helpen. De rest wacht in een rij, kort; wie te lang zou wachten, krijgt 503
// met Retry-After, zodat een load balancer of client het elders of straks probeert.
// Lichte operaties (één groep, de lijst van groepen) gaan er altijd langs.
//
// Wie de rij verlaat (zijn client ging weg, zijn wachttijd verliep, of een andere stap
// antwoordde al), is er meteen uit: hij telt niet meer mee voor de lengte van de rij en
// staat niemand meer voor. Met p-limit bleef zo'n wachtende tot zijn beurt in de rij staan,
// en kreeg een nieuwe zware operatie 503 omdat de rij vol leek met verzoeken van niemand.
import { GraphQLError } from 'graphql';
import { afgebrokenInDeRij } from '../verbinding/afbreken.js';

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
  /** Een plek voor een operatie met deze kosten; gaat `signaal` af terwijl ze wacht, dan verlaat ze de rij en faalt `klaar`. */
  plek(kosten: number, signaal?: AbortSignal): Plek;
  /** Hoeveel zware operaties nu lopen en wachten, en hoeveel er geweigerd zijn (/statistiek). */
  stand(): { bezig: number; wachtend: number; geweigerd: number };
}

const teDruk = (reden: string) =>
  new GraphQLError(`De gateway voert nu al het maximum aan zware operaties uit (${reden}); probeer het over een seconde opnieuw, of stel een lichtere vraag.`, {
    extensions: { code: 'TE_DRUK', http: { status: 503, headers: new Map([['retry-after', '1']]) } },
  });

const GEEN_PLEK: Plek = { klaar: Promise.resolve(), vrij: () => undefined };

/** Een fout voor `klaar` die niemand hoeft te lezen (wie vrij() aanriep, wacht niet meer): geen onafgehandelde weigering. */
function mislukt(fout: unknown): Promise<never> {
  const p = Promise.reject(fout);
  p.catch(() => undefined);
  return p;
}

export function zwaarwerk(opties: Zwaarwerkopties): Zwaarwerk {
  let bezig = 0;
  let geweigerd = 0;
  // In volgorde van binnenkomst (een Set houdt die), en wie weggaat, is er in één stap uit.
  const rij = new Set<() => void>();
  const volgende = () => {
    for (const beurt of rij) {
      if (bezig >= opties.tegelijk) return;
      rij.delete(beurt);
      bezig += 1;
      beurt();
    }
  };
  /** Een plek die bezet is tot vrij(), één keer. */
  const bezet = (): (() => void) => {
    let vrij = false;
    return () => {
      if (vrij) return;
      vrij = true;
      bezig -= 1;
      volgende();
    };
  };
  return {
    stand: () => ({ bezig, wachtend: rij.size, geweigerd }),
    plek(kosten, signaal) {
      if (kosten < opties.drempel) return GEEN_PLEK;
      if (signaal?.aborted) return { klaar: mislukt(afgebrokenInDeRij('een plek voor zwaar werk')), vrij: () => undefined };
      if (bezig < opties.tegelijk && rij.size === 0) {
        bezig += 1;
        return { klaar: Promise.resolve(), vrij: bezet() };
      }
      if (rij.size >= opties.wachtrij) {
        geweigerd += 1;
        return { klaar: mislukt(teDruk(`${bezig} bezig, ${rij.size} wachtend`)), vrij: () => undefined };
      }
      let geefTerug: (() => void) | undefined;
      let verlaat: (fout: unknown) => void = () => undefined;
      const klaar = new Promise<void>((gekregen, weiger) => {
        let klok: NodeJS.Timeout | undefined;
        const stop = () => {
          clearTimeout(klok);
          signaal?.removeEventListener('abort', afgebroken);
        };
        const beurt = () => {
          stop();
          geefTerug = bezet();
          gekregen();
        };
        verlaat = (fout) => {
          if (!rij.delete(beurt)) return;
          stop();
          weiger(fout);
        };
        const afgebroken = () => verlaat(afgebrokenInDeRij('een plek voor zwaar werk'));
        rij.add(beurt);
        klok = setTimeout(() => {
          geweigerd += 1;
          verlaat(teDruk(`langer dan ${opties.maximaalWachtenMs / 1000} s gewacht`));
        }, opties.maximaalWachtenMs);
        signaal?.addEventListener('abort', afgebroken, { once: true });
      });
      // Wie vrij() aanroept terwijl hij nog wacht (een andere stap antwoordde al), leest klaar niet meer.
      klaar.catch(() => undefined);
      return {
        klaar,
        vrij: () => {
          if (geefTerug) geefTerug();
          else verlaat(teDruk('de plek is teruggegeven voordat ze vrijkwam'));
        },
      };
    },
  };
}
