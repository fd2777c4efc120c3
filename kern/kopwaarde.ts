// Wat in een HTTP-kop mag: alleen zichtbare ASCII, spatie en tab (RFC 9110, field-value).
// Node gooit bij elk ander teken (een €, een regeleinde) ERR_INVALID_CHAR uit setHeader;
// een waarde waarin iets van een client kan staan, gaat daarom altijd hierdoor.

/** JSON met alleen ASCII: elk teken buiten 0x20–0x7e wordt een \uXXXX-escape, dus nooit een ongeldige kop. */
export function alsAsciiJson(waarde: unknown): string {
  return JSON.stringify(waarde).replace(/[^\x20-\x7e]/g, (teken) => `\\u${teken.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
