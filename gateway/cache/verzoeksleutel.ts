// Wanneer twee GraphQL-verzoeken hetzelfde antwoord hebben: hetzelfde document na het
// weglaten van commentaar en opmaak, dezelfde operatie, en dezelfde waarden voor de
// variabelen die die operatie declareert. Een willekeurig commentaar of een ongebruikte
// variabele met een willekeurige waarde omzeilde zo de antwoordcache (70–290 ms in plaats
// van 1–3 ms per verzoek); met deze sleutel niet meer.
//
// Alleen de sleutel is genormaliseerd: Apollo Server krijgt het document zoals de client
// het stuurde, zodat regel en kolom in een foutmelding kloppen met wat de client schreef.
import { Kind, parse, print, type DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { HttpVerzoek } from '../../kern/http.js';

interface Gelezen {
  /** Het document zonder commentaar en opmaak (graphql-js print). */
  genormaliseerd: string;
  /** Per operatienaam ('' voor de enige naamloze) de namen van haar variabelen. */
  variabelen: Map<string, string[]>;
}

interface Verzoekdelen {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
  documentId?: unknown;
}

function leesDocument(query: string): Gelezen | null {
  let document: DocumentNode;
  try {
    // De tokengrens van de gateway geldt ook hier: een sleutel mag niet duurder zijn dan het verzoek.
    document = parse(query, { noLocation: true, maxTokens: 2000 });
  } catch {
    return null;
  }
  const variabelen = new Map<string, string[]>();
  const operaties = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  for (const o of operaties) variabelen.set(o.name?.value ?? '', (o.variableDefinitions ?? []).map((v) => v.variable.name.value));
  return { genormaliseerd: print(document), variabelen };
}

function gekozenOperatie(gelezen: Gelezen, naam: unknown): string[] | undefined {
  if (typeof naam === 'string' && naam !== '') return gelezen.variabelen.get(naam);
  return gelezen.variabelen.size === 1 ? [...gelezen.variabelen.values()][0] : undefined;
}

function delenVan(verzoek: HttpVerzoek): Verzoekdelen | undefined {
  if (verzoek.method === 'GET') {
    const zoek = new URLSearchParams(verzoek.search);
    const json = (naam: string) => {
      const tekst = zoek.get(naam);
      if (tekst === null) return undefined;
      try {
        return JSON.parse(tekst) as unknown;
      } catch {
        return tekst;
      }
    };
    return { query: zoek.get('query') ?? undefined, operationName: zoek.get('operationName') ?? undefined, variables: json('variables'), extensions: json('extensions') };
  }
  try {
    const body: unknown = JSON.parse(verzoek.tekst);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Verzoekdelen) : undefined;
  } catch {
    return undefined;
  }
}

export interface Verzoeksleutel {
  /** De sleutel van het antwoord op dit verzoek; `undefined` als het geen gewoon GraphQL-verzoek is (bundel, onleesbaar). */
  van(verzoek: HttpVerzoek): string | undefined;
}

/** Onthoudt de gelezen documenten (hooguit `maximum`): het antwoord uit de cache hoeft zo niet opnieuw te parsen. */
export function verzoeksleutel(maximum = 2000): Verzoeksleutel {
  const documenten = new LRUCache<string, Gelezen | false>({ max: maximum });
  return {
    van(verzoek) {
      const delen = delenVan(verzoek);
      if (!delen || typeof delen.query !== 'string') return undefined;
      let gelezen = documenten.get(delen.query);
      if (gelezen === undefined) {
        gelezen = leesDocument(delen.query) ?? false;
        documenten.set(delen.query, gelezen);
      }
      if (gelezen === false) return undefined;
      const gedeclareerd = gekozenOperatie(gelezen, delen.operationName);
      const waarden = delen.variables && typeof delen.variables === 'object' && !Array.isArray(delen.variables) ? (delen.variables as Record<string, unknown>) : {};
      // Zonder bekende operatie (naam onbekend, of meer dan één zonder naam) meldt Apollo Server de fout; alle variabelen tellen dan.
      const variabelen = gedeclareerd ? Object.fromEntries(gedeclareerd.filter((n) => n in waarden).map((n) => [n, waarden[n]])) : waarden;
      return JSON.stringify([gelezen.genormaliseerd, delen.operationName ?? null, variabelen, delen.extensions ?? null]);
    },
  };
}
