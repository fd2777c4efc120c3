// Toelating naar wat een operatie kost, na de kostenschatting en vóór de uitvoering: eerst
// het budget van wie vraagt (kostenbudget.ts), dan een plek voor zwaar werk (zwaarwerk.ts).
// Antwoorden uit de cache komen hier nooit: die kosten niets.
import type { Identiteit } from '../../kern/identiteit.js';
import type { Kostenbudget } from './kostenbudget.js';
import type { Plek, Zwaarwerk } from './zwaarwerk.js';

/** Een toegelaten operatie: `klaar` geeft de koppen voor het antwoord; `vrij()` geeft wat ze bezet terug, ook als ze nog wacht. */
export interface Toegelaten {
  klaar: Promise<[string, string][]>;
  vrij(): void;
}

export type Kostentoelating = (kosten: number, wie: Identiteit) => Toegelaten;

export function kostentoelating(budget: Kostenbudget | undefined, zwaar: Zwaarwerk | undefined): Kostentoelating {
  return (kosten, wie) => {
    let plek: Plek | undefined;
    let vrijgegeven = false;
    const klaar = (async (): Promise<[string, string][]> => {
      const koppen = budget ? await budget.neem(wie, kosten) : [];
      // Het antwoord ging al (een andere plugin weigerde): dan geen plek meer vragen.
      if (!vrijgegeven) {
        plek = zwaar?.plek(kosten);
        await plek?.klaar;
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
