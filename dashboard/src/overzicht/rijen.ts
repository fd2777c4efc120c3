// Een overzicht als tabel, zoals de CSV van de gateway (gateway/overzichten/tabel.ts): de
// rijen zijn de elementen van de lijst die het overzicht noemt ("aandachtsgroepen.*.cijfers";
// * is elk veld van een object, lijsten worden doorlopen), en elke rij krijgt de eenvoudige
// velden van de objecten op weg ernaartoe, zodat een cijfer nooit los staat van zijn groep.
// Dezelfde regels als de CSV, zodat de tabel op de pagina en het bestand dezelfde kolommen
// hebben; test/dashboard/rijen.test.ts houdt die twee gelijk.

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
    const verder: Rij = { ...context };
    if (naam !== '') vlak(knoop, naam === '*' ? '' : naam, verder, true);
    const stap = stappen[i];
    for (const [veld, kind] of Object.entries(knoop)) {
      if (stap === '*' ? !isEenvoudig(kind) : veld === stap) loop(kind, i + 1, verder, stap!);
    }
  };
  loop(data, 0, {}, '');
  return rijen;
}

/** Alle kolommen van de rijen, zoals de CSV: een veld dat soms null en soms een object is, is alleen zijn deelkolommen. */
export function kolommenVan(rijen: Rij[]): string[] {
  const alle = [...new Set(rijen.flatMap((r) => Object.keys(r)))];
  return alle.filter((k) => !alle.some((a) => a.startsWith(`${k}.`)));
}

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
