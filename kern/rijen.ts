// De rijen van een overzicht: de elementen van de lijst die het overzicht noemt
// ("aandachtsgroepen.*.cijfers": * is elk veld van een object, lijsten worden doorlopen).
// Elke rij krijgt de eenvoudige velden van de objecten op weg ernaartoe (de groep, het
// ministerie), zodat een cijfer nooit los staat van zijn groep, bron en peildatum. De CSV
// van de gateway (gateway/overzichten/tabel.ts) en de tabel in het dashboard
// (dashboard/src/overzicht/rijen.ts) gebruiken deze ene regel, zodat bestand en pagina
// dezelfde rijen en kolommen hebben. Zonder imports van Node: het dashboard bundelt hem.

export type Cel = string | number | boolean | null;
export type Rij = Record<string, Cel>;

const isObject = (w: unknown): w is Record<string, unknown> => typeof w === 'object' && w !== null && !Array.isArray(w);
const isEenvoudig = (w: unknown): w is Cel => w === null || ['string', 'number', 'boolean'].includes(typeof w);

/** Een waarde in één cel: objecten worden kolommen, lijsten één cel met "; " ertussen. */
function vlak(object: Record<string, unknown>, voorvoegsel: string, rij: Rij, alleenEenvoudig: boolean): void {
  for (const [veld, waarde] of Object.entries(object)) {
    const kolom = voorvoegsel ? `${voorvoegsel}.${veld}` : veld;
    if (isEenvoudig(waarde)) rij[kolom] = waarde;
    else if (alleenEenvoudig) continue;
    else if (isObject(waarde)) vlak(waarde, kolom, rij, false);
    else if (Array.isArray(waarde)) {
      rij[kolom] = waarde.map((e) => (isObject(e) ? Object.values(e).filter(isEenvoudig).join(' — ') : String(e))).join('; ');
    }
  }
}

/** De rijen onder `pad`. */
export function rijenVan(data: unknown, pad: string): Rij[] {
  const stappen = pad.split('.');
  const rijen: Rij[] = [];
  const loop = (knoop: unknown, i: number, context: Rij, naam: string) => {
    if (Array.isArray(knoop)) {
      for (const element of knoop) loop(element, i, context, naam);
      return;
    }
    if (!isObject(knoop)) return;
    if (i === stappen.length) {
      const rij: Rij = { ...context };
      vlak(knoop, '', rij, false);
      rijen.push(rij);
      return;
    }
    // Eenvoudige velden van een object onderweg horen bij elke rij eronder.
    const verder: Rij = { ...context };
    if (naam !== '') vlak(knoop, naam === '*' ? '' : naam, verder, true);
    const stap = stappen[i];
    for (const [veld, kind] of Object.entries(knoop)) {
      if (stap === '*' ? !isEenvoudig(kind) : veld === stap) loop(kind, i + 1, verder, stap);
    }
  };
  loop(data, 0, {}, '');
  return rijen;
}

/** Alle kolommen van de rijen: een veld dat soms null en soms een object is (bandbreedte), is alleen zijn deelkolommen. */
export function kolommenVan(rijen: Rij[]): string[] {
  const alle = [...new Set(rijen.flatMap((r) => Object.keys(r)))];
  return alle.filter((k) => !alle.some((a) => a.startsWith(`${k}.`)));
}
