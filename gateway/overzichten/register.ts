// De vastgelegde operaties ("overzichten"): named queries als bestanden in overzichten/.
// Partners mogen alleen deze uitvoeren, op id; dezelfde bestanden worden de vaste
// overzichten van het programmateam. Het id is de bestandsnaam; daarnaast kent elk
// overzicht een inhoudelijk id (sha256:<hash van het document>), zoals trusted
// documents in GraphQL over HTTP.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, print, type OperationDefinitionNode } from 'graphql';

export const OVERZICHTENMAP = fileURLToPath(new URL('../../overzichten/', import.meta.url));

export interface Overzicht {
  /** De bestandsnaam zonder .graphql: het stabiele id. */
  id: string;
  /** sha256:<hex> van het document. */
  hash: string;
  operatienaam: string;
  /** De commentaarregels boven de operatie. */
  omschrijving: string;
  document: string;
  /** De variabelen met hun GraphQL-type, bijvoorbeeld code: "AandachtsgroepCode!". */
  variabelen: { naam: string; type: string; standaard?: string }[];
  /** Welke lijst de rijen van de CSV zijn (kopregel `# rijen: …`); zonder: geen CSV. */
  rijen?: string;
}

export function leesOverzichten(map = OVERZICHTENMAP): Overzicht[] {
  return readdirSync(map)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((bestand) => {
      const document = readFileSync(`${map}/${bestand}`, 'utf8');
      const operaties = parse(document).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      if (operaties.length !== 1 || !operaties[0].name || operaties[0].operation !== 'query') {
        throw new Error(`overzichten/${bestand}: een overzicht is precies één query met een naam`);
      }
      const commentaar = document
        .split('\n')
        .filter((r) => r.startsWith('#'))
        .map((r) => r.replace(/^#\s?/, ''));
      const rijen = commentaar.find((r) => r.startsWith('rijen:'))?.slice('rijen:'.length).trim();
      const omschrijving = commentaar
        .filter((r) => !r.startsWith('rijen:'))
        .join(' ')
        .trim();
      return {
        id: bestand.replace(/\.graphql$/, ''),
        hash: `sha256:${createHash('sha256').update(document).digest('hex')}`,
        operatienaam: operaties[0].name.value,
        omschrijving,
        document,
        variabelen: (operaties[0].variableDefinitions ?? []).map((v) => ({
          naam: v.variable.name.value,
          type: print(v.type),
          ...(v.defaultValue ? { standaard: print(v.defaultValue) } : {}),
        })),
        ...(rijen ? { rijen } : {}),
      };
    });
}

/** Zoekt op id of hash. */
export function overzichtenregister(overzichten: Overzicht[]): ReadonlyMap<string, Overzicht> {
  return new Map(overzichten.flatMap((o) => [[o.id, o] as const, [o.hash, o] as const]));
}
