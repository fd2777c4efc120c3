// Tests die een dienst nodig hebben (PostgreSQL, Redis, Chromium) slaan zonder die dienst
// over; in CI (CI=true) is een ontbrekende dienst een fout, zodat ze daar altijd draaien.
// Wat de tests nodig hebben en hoe je het start: docs/testen.md.
//
// Elk testbestand draait in een eigen proces en stelt zelf vast of de dienst er is. Zes
// bestanden zonder Redis zouden zo zes keer dezelfde melding geven; daarom gaat de melding
// als één gemarkeerde consoleregel naar de reporter (test/hulp/samenvatting.ts), die hem
// niet per bestand toont maar aan het eind één keer per soort tests, met de reden, wat het
// oplost en hoeveel tests het scheelt. Zonder die reporter staat de regel gewoon in de uitvoer.

export const OVERSLAAN_KENMERK = '[overgeslagen] ';

export interface Overslaanmelding {
  /** Welke tests, bijvoorbeeld "Redis-tests". */
  tests: string;
  /** Wat er ontbreekt, met de foutmelding. */
  reden: string;
  /** Wat het oplost: een commando om te draaien. */
  oplossing: string;
}

const SCHEIDING = '\n  oplossing: ';

export function overslaanBuitenCI(tests: string, reden: string, oplossing: string): false {
  if (process.env.CI) throw new Error(`In CI moeten de ${tests} draaien. ${reden}. Oplossing: ${oplossing} (docs/testen.md)`);
  console.warn(`${OVERSLAAN_KENMERK}${tests}: ${reden}${SCHEIDING}${oplossing}`);
  return false;
}

/** De melding uit een consoleregel van overslaanBuitenCI, of null voor elke andere regel. */
export function leesOverslaanmelding(regel: string): Overslaanmelding | null {
  if (!regel.startsWith(OVERSLAAN_KENMERK)) return null;
  const tekst = regel.slice(OVERSLAAN_KENMERK.length).trimEnd();
  const dubbelepunt = tekst.indexOf(': ');
  const scheiding = tekst.lastIndexOf(SCHEIDING);
  if (dubbelepunt < 0 || scheiding < dubbelepunt) return null;
  return { tests: tekst.slice(0, dubbelepunt), reden: tekst.slice(dubbelepunt + 2, scheiding), oplossing: tekst.slice(scheiding + SCHEIDING.length) };
}
