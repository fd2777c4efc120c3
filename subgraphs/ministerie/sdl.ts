// Het schema van een ministerie-subgraph: zijn eigen beleid op Aandachtsgroep en Analyse,
// naast de gedeelde woordenschat. Elk ministerie uit de lijst in kern/config.ts krijgt
// hetzelfde schema met zijn eigen code en veld; alleen een ministerie met een eigen
// schema (BZK: de lijst van groepen en de ingangen) geeft dat mee in zijn declaratie.
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { DepartementCode } from '../../kern/config.js';
import { gedeeldeSdl } from '../../kern/vocabulaire.js';

/** Wat een ministerie over zijn schema zegt; subgraaf.ts geeft het volledige type. */
export interface Schemadeclaratie {
  departement: DepartementCode;
  /** Een eigen schema in plaats van beleidsschema(): BZK, dat de lijst van aandachtsgroepen beheert. */
  schema?: URL;
}

/** Het schema van een ministerie zonder eigen schema: het veld `<code in kleine letters>` op Aandachtsgroep en Analyse. */
export function beleidsschema(departement: DepartementCode): string {
  const veld = departement.toLowerCase();
  return `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

"Een aandachtsgroep op de woningmarkt. BZK beheert de lijst; ${departement} voegt zijn eigen beleid toe."
type Aandachtsgroep @key(fields: "code") {
  "De code van de groep (enum AandachtsgroepCode); de sleutel waarmee elke subgraph de groep aanvult."
  code: AandachtsgroepCode!
  """
  Verantwoordelijkheden, doelen, instrumenten en cijfers van ${departement} voor deze groep; lege
  lijsten als ${departement} geen rol heeft. Null als ${departement} niet antwoordde; een fout met
  extensions.departement ${departement} zegt dan waarom.
  """
  ${veld}: Departementsbeleid
}

"De analyse over alle aandachtsgroepen; ${departement} levert zijn beleid voor alle groepen samen."
type Analyse @key(fields: "id") {
  id: ID!
  """
  Het hele beleid van ${departement}, over alle aandachtsgroepen: elk doel en instrument één keer.
  Null als ${departement} niet antwoordde; een fout met extensions.departement ${departement} zegt dan waarom.
  """
  ${veld}: Departementsbeleid
}
`;
}

/** Het eigen deel van het schema: het eigen bestand, of beleidsschema(). */
export function eigenSdl(ministerie: Schemadeclaratie): string {
  return ministerie.schema ? readFileSync(ministerie.schema, 'utf8') : beleidsschema(ministerie.departement);
}

/** Het eigen schema van het ministerie plus de gedeelde woordenschat. */
export function subgraafSdl(ministerie: Schemadeclaratie) {
  return parse(`${eigenSdl(ministerie)}\n${gedeeldeSdl}`);
}
