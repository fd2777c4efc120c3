// Toelating naar wat een operatie kost, na de kostenschatting en vóór de uitvoering: eerst
// het budget van wie vraagt (kostenbudget.ts), dan een plek voor zwaar werk (zwaarwerk.ts).
// Antwoorden uit de cache komen hier nooit: die kosten niets.
//
// Gaat het signaal van het verzoek af terwijl het wacht (de client ging weg), dan verlaat het
// beide rijen en faalt `klaar` met VERZOEK_AFGEBROKEN. Had het zijn budget al, maar nog geen
// plek, dan krijgt de identiteit dat budget terug: er is niets voor uitgevoerd.
import type { Identiteit } from '../../kern/identiteit.js';
import { afgebrokenInDeRij } from '../verbinding/afbreken.js';
import type { Kostenbudget } from './kostenbudget.js';
import type { Plek, Zwaarwerk } from './zwaarwerk.js';

/** Een toegelaten operatie: `klaar` geeft de koppen voor het antwoord; `vrij()` geeft wat ze bezet terug, ook als ze nog wacht. */
export interface Toegelaten {
  klaar: Promise<[string, string][]>;
  vrij(): void;
}

export type Kostentoelating = (kosten: number, wie: Identiteit, signaal?: AbortSignal) => Toegelaten;

export function kostentoelating(budget: Kostenbudget | undefined, zwaar: Zwaarwerk | undefined): Kostentoelating {
  return (kosten, wie, signaal) => {
    let plek: Plek | undefined;
    let vrijgegeven = false;
    const klaar = (async (): Promise<[string, string][]> => {
      const koppen = budget ? await budget.neem(wie, kosten, signaal) : [];
      try {
        // Afgebroken terwijl het budget genomen werd (Redis antwoordt niet meteen): niet eerst nog een plek vragen.
        if (signaal?.aborted) throw afgebrokenInDeRij('budget');
        // Het antwoord ging al (een andere plugin weigerde): dan geen plek meer vragen.
        if (!vrijgegeven) {
          plek = zwaar?.plek(kosten, signaal);
          await plek?.klaar;
        }
      } catch (fout) {
        if (budget && signaal?.aborted) await budget.geefTerug(wie, kosten);
        throw fout;
      }
      return [['x-kosten', String(kosten)], ...koppen];
    })();
    return {
      klaar,
      vrij() {
        vrijgegeven = true;
        plek?.vrij();
      },
    };
  };
}
