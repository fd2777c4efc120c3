// JSON-antwoorden van elk eindpunt buiten GraphQL (publicaties, overzichten, het dashboard,
// weigeringen): een fout in de vorm die clients van GraphQL kennen (errors[].message, extensions.code).

export interface HttpAntwoord {
  status: number;
  headers: [string, string][];
  /** Tekst, of bytes die al gecodeerd zijn (uit de antwoordcache). */
  body: string | Uint8Array;
  /** De naam van de GraphQL-operatie, voor metrieken en logboek; gaat niet mee naar de client. */
  operatie?: string;
}

const JSON_KOP: [string, string] = ['content-type', 'application/json; charset=utf-8'];

export const jsonAntwoord = (status: number, inhoud: unknown, extra: [string, string][] = []): HttpAntwoord => ({
  status,
  headers: [JSON_KOP, ...extra],
  body: JSON.stringify(inhoud),
});

export const foutAntwoord = (status: number, code: string, melding: string, extensies: Record<string, unknown> = {}, extra: [string, string][] = []): HttpAntwoord =>
  jsonAntwoord(status, { errors: [{ message: melding, extensions: { code, ...extensies } }] }, extra);
