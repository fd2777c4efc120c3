// De mogelijke waarden van de variabelen van een overzicht: bij een enum (AandachtsgroepCode,
// Departement) uit de introspectie van het publieke schema, zodat het filter een keuzelijst
// is. Introspectie is er voor wie als analist leest; wie dat niet mag (een partner), krijgt
// tekstvelden, en de gateway zegt bij een ongeldige waarde welke er wel zijn.
import { useEffect, useState } from 'react';
import { api } from '../api.js';
import { basistype, type Variabele } from './register.js';

export interface Enumwaarde {
  naam: string;
  beschrijving: string | null;
}

/** Typen die GraphQL zelf kent: daar is niets over te vragen. */
const INGEBOUWD = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const NAAM = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** Per type de waarden van een enum; een type dat geen enum is of niet te vragen was, ontbreekt. */
export async function haalEnums(typen: string[]): Promise<Map<string, Enumwaarde[]>> {
  const namen = [...new Set(typen)].filter((t) => NAAM.test(t) && !INGEBOUWD.has(t));
  if (namen.length === 0) return new Map();
  const query = `query EnumwaardenVanOverzicht { ${namen.map((t, i) => `t${i}: __type(name: "${t}") { kind enumValues(includeDeprecated: false) { name description } }`).join(' ')} }`;
  const antwoord = await api('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query }) });
  if (!antwoord.ok) return new Map();
  const inhoud = (await antwoord.json().catch(() => null)) as { data?: Record<string, { kind: string; enumValues: { name: string; description: string | null }[] | null } | null> } | null;
  const uit = new Map<string, Enumwaarde[]>();
  namen.forEach((t, i) => {
    const type = inhoud?.data?.[`t${i}`];
    if (type?.kind === 'ENUM' && type.enumValues) uit.set(t, type.enumValues.map((w) => ({ naam: w.name, beschrijving: w.description })));
  });
  return uit;
}

/** De enums van deze variabelen; null zolang ze geladen worden. */
export function useEnums(variabelen: Variabele[]): Map<string, Enumwaarde[]> | null {
  const sleutel = variabelen.map((v) => basistype(v.type)).sort().join(',');
  const [enums, zet] = useState<{ sleutel: string; enums: Map<string, Enumwaarde[]> } | null>(null);
  useEffect(() => {
    let actueel = true;
    haalEnums(sleutel ? sleutel.split(',') : []).then(
      (e) => actueel && zet({ sleutel, enums: e }),
      () => actueel && zet({ sleutel, enums: new Map() }),
    );
    return () => {
      actueel = false;
    };
  }, [sleutel]);
  return enums?.sleutel === sleutel ? enums.enums : null;
}
