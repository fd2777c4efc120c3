// Het manifest dat de clientbuild van een partner maakt, gelezen en nagekeken voordat beheer het
// registreert. Twee vormen, zoals de gereedschappen ze schrijven:
// - Apollo's persisted query manifest (@apollo/generate-persisted-query-manifest):
//   {"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{id, name, type, body}]};
// - de persisted documents van graphql-codegen (client preset): {"<hash>": "<document>"}.
// Elke operatie: het id is de sha256 van de body precies zoals gestuurd (zo rekenen beide
// gereedschappen; codegen zet er sha256: voor, de gateway bewaart de hex), en de body doorstaat dezelfde controle als een overzicht dat het
// programmateam publiceert (overzichten/controle.ts): leesbaar, precies één query met een naam,
// geldig tegen het publieke schema, binnen diepte, aliassen, directieven, hoofdvelden en kosten.
// Proefdraaien kan niet: een partner stuurt zijn eigen variabelen mee.
import { sha256 } from '../../kern/hash.js';
import type { GraphQLSchema } from 'graphql';
import { hexVanId, type Manifestoperatie } from '../../kern/partners.js';
import type { Kostentabel } from '../limieten/kosten.js';
import { controleerDocument } from '../overzichten/controle.js';

export const APOLLO_FORMAAT = 'apollo-persisted-query-manifest';

/** Meer operaties controleert de gateway niet in één keer: een clientbuild heeft er tientallen, geen duizenden. */
export const MAXIMAAL_OPERATIES = 1000;
/** Zoveel redenen noemt een weigering hoogstens; de rest telt ze. */
const MAXIMAAL_REDENEN = 50;
/** Na zoveel ms rekenen krijgt de lus van de gateway even de beurt: verzoeken gaan door tijdens een grote controle. */
const BEURT_MS = 4;

const HASH = /^[0-9a-f]{64}$/;
const isObject = (w: unknown): w is Record<string, unknown> => typeof w === 'object' && w !== null && !Array.isArray(w);
const kort = (w: unknown) => {
  const tekst = JSON.stringify(w) ?? String(w);
  return tekst.length > 40 ? `${tekst.slice(0, 40)}…` : tekst;
};

/** Een operatie zoals ze in het manifest stond, met haar plaats (voor de meldingen). */
interface Gelezen {
  waar: string;
  id: unknown;
  name?: unknown;
  type?: unknown;
  body: unknown;
}

const VOORBEELD =
  'Stuur het manifest van de clientbuild: {"format": "apollo-persisted-query-manifest", "version": 1, "operations": [{"id": "<sha256 van body>", "name": "…", "type": "query", "body": "query … { … }"}]}, of de persisted-documents.json van graphql-codegen: {"<sha256>": "query … { … }"}.';

/** De operaties uit één van beide vormen, of de redenen waarom de vorm niet klopt. */
function leesVorm(body: unknown): { gelezen: Gelezen[]; redenen: string[] } {
  if (!isObject(body)) return { gelezen: [], redenen: [`Het manifest is ${Array.isArray(body) ? 'een lijst' : kort(body)}, geen JSON-object. ${VOORBEELD}`] };
  if ('operations' in body || 'format' in body) {
    const redenen: string[] = [];
    for (const veld of Object.keys(body)) if (!['format', 'version', 'operations'].includes(veld)) redenen.push(`Onbekend veld "${veld}"; een Apollo-manifest heeft format, version en operations.`);
    if (body.format !== APOLLO_FORMAAT) redenen.push(`format is ${kort(body.format)}; verwacht "${APOLLO_FORMAAT}".`);
    if (body.version !== 1) redenen.push(`version is ${kort(body.version)}; de gateway kent versie 1 van het manifestformaat.`);
    if (!Array.isArray(body.operations)) return { gelezen: [], redenen: [...redenen, `operations is ${kort(body.operations)}; verwacht een lijst van {id, name, type, body}.`] };
    const gelezen: Gelezen[] = [];
    body.operations.forEach((o: unknown, i) => {
      if (!isObject(o) || Object.keys(o).some((k) => !['id', 'name', 'type', 'body', 'clientName'].includes(k))) {
        redenen.push(`operations[${i}] is ${kort(o)}; een operatie is {"id", "name", "type", "body"}.`);
        return;
      }
      gelezen.push({ waar: `operations[${i}]${typeof o.name === 'string' ? ` (${o.name})` : ''}`, id: o.id, name: o.name, type: o.type, body: o.body });
    });
    return { gelezen, redenen };
  }
  // graphql-codegen: elke sleutel een hash, elke waarde het document.
  return { gelezen: Object.entries(body).map(([id, document]) => ({ waar: `"${id.length > 16 ? `${id.slice(0, 16)}…` : id}"`, id, body: document })), redenen: [] };
}

/** Wat de controle oplevert: de operaties om te registreren, of elke reden om te weigeren. */
export interface Manifestcontrole {
  operaties: Manifestoperatie[];
  redenen: string[];
  /** Het aantal operaties dat het manifest noemde. */
  aantal: number;
}

export interface Controlemiddelen {
  schema: GraphQLSchema;
  sdl: string;
  kostentabel: Kostentabel;
}

/** Kijkt elk operatie na en noemt elke reden tegelijk, met de plaats in het manifest; geeft alleen operaties als alles klopt. */
export async function controleerManifest(body: unknown, { schema, sdl, kostentabel }: Controlemiddelen): Promise<Manifestcontrole> {
  const { gelezen, redenen } = leesVorm(body);
  if (gelezen.length === 0 && redenen.length === 0) redenen.push(`Het manifest heeft geen operaties. ${VOORBEELD}`);
  if (gelezen.length > MAXIMAAL_OPERATIES) {
    return { operaties: [], aantal: gelezen.length, redenen: [`Het manifest heeft ${gelezen.length} operaties; de gateway neemt er hoogstens ${MAXIMAAL_OPERATIES} per app. Registreer alleen wat de client echt stuurt.`] };
  }
  const operaties: Manifestoperatie[] = [];
  const ids = new Map<string, string>();
  const namen = new Map<string, string>();
  let beurt = performance.now();
  for (const o of gelezen) {
    if (performance.now() - beurt > BEURT_MS) {
      await new Promise((klaar) => setImmediate(klaar));
      beurt = performance.now();
    }
    const eigen: string[] = [];
    if (typeof o.body !== 'string' || o.body.trim() === '') {
      redenen.push(`${o.waar}: body is ${kort(o.body)}; geef het document als tekst.`);
      continue;
    }
    const id = typeof o.id === 'string' ? hexVanId(o.id) : undefined;
    if (id === undefined || !HASH.test(id)) eigen.push(`id is ${kort(o.id)}; verwacht de sha256 van body in 64 kleine hexadecimale tekens (met of zonder sha256: ervoor): ${sha256(o.body)}.`);
    else if (sha256(o.body) !== id) eigen.push(`id ${id} is niet de sha256 van body zoals gestuurd (die is ${sha256(o.body)}); genereer het manifest opnieuw, zonder de body na te bewerken.`);
    else if (ids.has(id)) eigen.push(`id ${id} staat ook bij ${ids.get(id)}; elke operatie één keer.`);
    if (o.type !== undefined && o.type !== 'query') eigen.push(`type is ${kort(o.type)}; partners sturen alleen queries.`);
    const controle = controleerDocument({ document: o.body, standaardwaarden: {} }, schema, sdl, kostentabel, { proefdraaien: false, wat: 'een operatie van een partner' });
    eigen.push(...controle.redenen);
    const naam = controle.operatie?.name?.value;
    if (naam && o.name !== undefined && o.name !== naam) eigen.push(`name is ${kort(o.name)}, maar de operatie in body heet ${naam}; ze moeten gelijk zijn.`);
    else if (naam && namen.has(naam)) eigen.push(`de operatienaam ${naam} staat ook bij ${namen.get(naam)}; Apollo Client zoekt een id op naam, dus elke naam één keer.`);
    if (eigen.length > 0) {
      redenen.push(...eigen.map((r) => `${o.waar}: ${r}`));
      continue;
    }
    ids.set(id!, o.waar);
    namen.set(naam!, o.waar);
    operaties.push({ id: id!, name: naam!, body: o.body });
  }
  if (redenen.length > MAXIMAAL_REDENEN) {
    const meer = redenen.length - MAXIMAAL_REDENEN;
    redenen.splice(MAXIMAAL_REDENEN, meer, `… en nog ${meer} reden(en); los eerst deze op.`);
  }
  return { operaties: redenen.length === 0 ? operaties : [], redenen, aantal: gelezen.length };
}

/** Het manifest van een app terug in Apollo's vorm, zodat beheer ziet wat de gateway aanvaardt. */
export const alsApollomanifest = (operaties: readonly Manifestoperatie[]) => ({
  format: APOLLO_FORMAAT,
  version: 1,
  operations: operaties.map((o) => ({ id: o.id, name: o.name, type: 'query' as const, body: o.body })),
});
