// De schakelaar "alleen letterlijk": een prikkel telt dan alleen als zijn effect en zijn
// doel in de geciteerde woorden van de bron staan (alleenLetterlijk in de API). De keuze
// staat in de URL (?alleenLetterlijk=waar), zodat een gedeelde link hetzelfde toont, en
// gaat mee naar de prikkels die de pagina noemt.
import { useId, type ChangeEvent } from 'react';
import { navigeer } from './navigatie.js';

export const LETTERLIJK = 'alleenLetterlijk';

export const isAlleenLetterlijk = (zoek: URLSearchParams) => zoek.get(LETTERLIJK) === 'waar';

/** De variabele voor een overzicht: alleen als de schakelaar aan staat (anders de standaard van het overzicht). */
export const letterlijkeVariabelen = (aan: boolean): { alleenLetterlijk?: string } => (aan ? { alleenLetterlijk: 'true' } : {});

/** Hetzelfde, getypeerd, voor een overzicht dat per bladzijde via /graphql komt (overzichten.ts, haalBladzijde). */
export const letterlijkFilter = (aan: boolean): { alleenLetterlijk?: boolean } => (aan ? { alleenLetterlijk: true } : {});

/** Een pad met of zonder de keuze, de andere parameters ongemoeid. */
export function metLetterlijk(pad: string, aan: boolean): string {
  const url = new URL(pad, window.location.origin);
  if (aan) url.searchParams.set(LETTERLIJK, 'waar');
  else url.searchParams.delete(LETTERLIJK);
  return `${url.pathname}${url.search}`;
}

export function Letterlijkschakelaar({ aan }: { aan: boolean }) {
  const id = useId();
  const wissel = (e: ChangeEvent<HTMLInputElement>) =>
    navigeer(metLetterlijk(`${window.location.pathname}${window.location.search}`, e.currentTarget.checked), { bovenaan: false });
  return (
    <p className="thuis-schakelaar">
      <input type="checkbox" id={id} checked={aan} onChange={wissel} aria-describedby={`${id}-uitleg`} />
      <label htmlFor={id}>Alleen letterlijk uit de bronnen</label>
      <span id={`${id}-uitleg`} className="thuis-schakelaar-uitleg">
        Tel een prikkel alleen als zijn effect en zijn doel in de geciteerde woorden van de bron staan, zonder afgeleide waarden. Een gegeven zonder citaat telt dan niet mee.
      </span>
    </p>
  );
}
