// Een overzicht als tabel op de pagina: de rijen en kolommen komen uit dezelfde regel als de
// CSV van de gateway (kern/rijen.ts); hier staat alleen wat de pagina eraan toevoegt: welke
// kolommen zij toont en hoe een cel eruitziet.
import { kolommenVan, type Cel, type Rij } from '../../../kern/rijen.js';

export { kolommenVan, rijenVan, type Cel, type Rij } from '../../../kern/rijen.js';

/**
 * De kolommen die de pagina toont: wat de weergave van het overzicht noemt (een naam die
 * geen kolom is, valt weg, en de pagina zegt welke), anders alle.
 */
export function gekozenKolommen(rijen: Rij[], gevraagd: string[] | undefined): { kolommen: string[]; onbekend: string[] } {
  const alle = kolommenVan(rijen);
  if (!gevraagd || gevraagd.length === 0) return { kolommen: alle, onbekend: [] };
  // Een kolom die in geen enkele rij een waarde heeft (een lege lijst), bestaat niet in de gegevens maar wel in het overzicht.
  const kolommen = gevraagd.filter((k) => alle.includes(k) || rijen.length === 0);
  return { kolommen, onbekend: gevraagd.filter((k) => !kolommen.includes(k)) };
}

/** Een cel als tekst op de pagina. */
export function celtekst(waarde: Cel | undefined): string {
  if (waarde === null || waarde === undefined || waarde === '') return '—';
  if (typeof waarde === 'boolean') return waarde ? 'waar' : 'onwaar';
  if (typeof waarde === 'number') return waarde.toLocaleString('nl-NL', { maximumFractionDigits: 6 });
  return waarde;
}
