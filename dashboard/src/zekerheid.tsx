// Wat de bron letterlijk zegt en wat de redactie afleidde. Een afgeleide waarde krijgt een
// zichtbaar merk, met de reden bij aanwijzen en bij focus (ook met het toetsenbord en voor
// een schermlezer, via aria-describedby), zodat een analist nooit iets voor een citaat
// aanziet dat niemand in de bron natrok. Letterlijk krijgt geen merk: dat is de norm.
import { useId, useState, type KeyboardEvent } from 'react';
import type { Zekerheid } from './generated/overzichten.js';

export interface Afleiding {
  velden: string[];
  reden: string;
}

/** Zoals de API het op elk record met een bron geeft (interface Bewering); de overzichten vragen het als zekerheid afgeleid { velden reden }. */
export interface Zekerheidsvelden {
  zekerheid: Zekerheid;
  afgeleid: Afleiding | null;
}

/**
 * Is (dit veld van) de bewering afgeleid? Noemt de afleiding geen velden, dan heeft het
 * record nog geen citaat en is het helemaal afgeleid.
 */
export function isAfgeleid(b: Zekerheidsvelden, veld?: string): boolean {
  if (b.zekerheid !== 'AFGELEID') return false;
  return !veld || !b.afgeleid || b.afgeleid.velden.length === 0 || b.afgeleid.velden.includes(veld);
}

/** De reden in één zin, met de afgeleide velden als de redactie die noemt. */
export const uitlegVan = (a: Afleiding | null) =>
  a ? `${a.velden.length > 0 ? `Afgeleid (${a.velden.join(', ')}): ` : 'Afgeleid: '}${a.reden}` : 'Afgeleid: niet letterlijk uit de bron.';

/** Het merk "afgeleid" met de uitleg; Escape verbergt de uitleg zonder de focus te verplaatsen. */
export function Afgeleid({ uitleg }: { uitleg: string }) {
  const id = useId();
  const [verborgen, zetVerborgen] = useState(false);
  const toets = (e: KeyboardEvent) => {
    if (e.key === 'Escape') zetVerborgen(true);
  };
  return (
    <span className={`thuis-merk${verborgen ? ' thuis-merk-stil' : ''}`} onMouseLeave={() => zetVerborgen(false)}>
      <button type="button" className="thuis-afgeleid" aria-describedby={id} onKeyDown={toets} onBlur={() => zetVerborgen(false)}>
        afgeleid
      </button>
      <span role="tooltip" id={id} className="thuis-uitleg">
        {uitleg}
      </span>
    </span>
  );
}

/** Een merk als (het veld van) de bewering afgeleid is; niets als de bron het letterlijk zegt. */
export function Zekerheidsmerk({ bewering, veld }: { bewering: Zekerheidsvelden; veld?: string }) {
  return isAfgeleid(bewering, veld) ? <Afgeleid uitleg={uitlegVan(bewering.afgeleid)} /> : null;
}

/** Een prikkel is afgeleid als zijn effect of zijn doel het is; de prikkelpagina zegt welke en waarom. */
export function Prikkelmerk({ zekerheid }: { zekerheid: Zekerheidsvelden['zekerheid'] }) {
  return zekerheid === 'AFGELEID' ? (
    <Afgeleid uitleg="Afgeleid: het effect of het doel van deze prikkel staat niet letterlijk in de bron, of heeft nog geen citaat. De prikkel zelf zegt welke en waarom." />
  ) : null;
}
