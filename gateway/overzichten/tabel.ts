// Een overzicht als tabel (CSV): welke lijst de rijen zijn, zegt het overzicht zelf in een
// kopregel `# rijen: aandachtsgroepen.*.cijfers`. Elke rij krijgt de eenvoudige velden van
// de objecten op weg ernaartoe (de groep, het ministerie), zodat een cijfer in de tabel
// nooit los staat van zijn groep, bron en peildatum.
import { stringify } from 'csv-stringify/sync';

type Waarde = unknown;
type Rij = Record<string, string | number | boolean | null>;

const isObject = (w: Waarde): w is Record<string, Waarde> => typeof w === 'object' && w !== null && !Array.isArray(w);
const isEenvoudig = (w: Waarde): w is string | number | boolean | null => w === null || ['string', 'number', 'boolean'].includes(typeof w);

/** Een waarde in één cel: objecten worden kolommen, lijsten één cel met "; " ertussen. */
function vlak(object: Record<string, Waarde>, voorvoegsel: string, rij: Rij, alleenEenvoudig: boolean): void {
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

/** De rijen onder `pad` ("a.*.b": * is elk veld van een object; lijsten worden doorlopen). */
export function rijenVan(data: Waarde, pad: string): Rij[] {
  const stappen = pad.split('.');
  const rijen: Rij[] = [];
  const loop = (knoop: Waarde, i: number, context: Rij, naam: string) => {
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

/**
 * Tekens waarmee een spreadsheet een cel als formule leest (OWASP, "CSV Injection"): =, +, -,
 * @, tab en regelterugloop, ook in hun brede vorm (＝＋－＠), die sommige programma's
 * gelijkstellen. Zo'n cel krijgt een ' ervoor: de spreadsheet toont de tekst, de ' niet.
 */
const FORMULEBEGIN = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Een tekstcel die geen formule kan worden; getallen blijven getallen (-2 is een score, geen formule). */
export const veiligeCel = (tekst: string): string => (FORMULEBEGIN.test(tekst) ? `'${tekst}` : tekst);

export function alsCsv(rijen: Rij[]): string {
  const alle = [...new Set(rijen.flatMap((r) => Object.keys(r)))];
  // Een veld dat soms null en soms een object is (bandbreedte), is alleen zijn deelkolommen.
  const kolommen = alle.filter((k) => !alle.some((a) => a.startsWith(`${k}.`)));
  // Kolomnamen komen uit het overzicht, celteksten uit de gegevens van een redacteur: allebei veilig maken.
  return stringify(rijen, {
    header: true,
    columns: kolommen.map((k) => ({ key: k, header: veiligeCel(k) })),
    cast: { boolean: (b) => (b ? 'waar' : 'onwaar'), string: veiligeCel },
  });
}
