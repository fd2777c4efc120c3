// De vastgelegde operaties ("overzichten"): elk een named query. Partners mogen alleen deze
// uitvoeren, op id. Ze komen uit het overzichtenregister (overzichtenregister/, een eigen
// dienst met een eigen database): de ingebouwde set uit overzichten/ en wat het programmateam
// publiceert, elk als onveranderlijke versie naam@1, naam@2, …; `naam` alleen is de nieuwste.
// Daarnaast kent elk overzicht een inhoudelijk id (sha256:<hash van het document>), zoals
// trusted documents in GraphQL over HTTP. Hier: de vorm van een overzicht in de gateway, en
// de bestanden in overzichten/ (de ingebouwde set; zonder register serveert de gateway die).
import { sha256 } from '../../kern/hash.js';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import type { Breuk, Contract, Overzichtvariabele, Weergave } from '../../kern/overzichten.js';

export type { Overzichtvariabele } from '../../kern/overzichten.js';

export const OVERZICHTENMAP = fileURLToPath(new URL('../../overzichten/', import.meta.url));

export interface Overzicht {
  /** Het id van deze versie: naam@versie uit het register, of de bestandsnaam zonder .graphql. */
  id: string;
  /** De naam zonder versie: die wijst altijd de nieuwste versie aan. */
  naam: string;
  versie: number;
  /** sha256:<hex> van het document. */
  hash: string;
  operatienaam: string;
  titel: string;
  /** De commentaarregels boven de operatie, of wat het programmateam meegaf. */
  omschrijving: string;
  document: string;
  variabelen: Overzichtvariabele[];
  /** Welke lijst de rijen van de CSV zijn (kopregel `# rijen: …`); zonder: geen CSV. */
  rijen?: string;
  /** Waarden voor variabelen die de vraag niet meegeeft. */
  standaardwaarden?: Readonly<Record<string, unknown>>;
  weergave?: Weergave;
  /** ISO 8601; ontbreekt voor een bestand dat niet uit het register kwam. */
  gepubliceerd?: string;
  /** Gezet als deze versie brak met de vorige. */
  breekt?: Breuk;
  herkomst: 'ingebouwd' | 'api';
  /** Het contract, alleen bij de nieuwste versie van een naam (om een nieuwe mee te vergelijken). */
  contract?: Contract;
}

/** De ene operatie van een overzicht; gooit als het document er niet precies één query met naam heeft. */
export function operatieVan(document: string, waar: string): OperationDefinitionNode {
  const operaties = parse(document).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (operaties.length !== 1 || !operaties[0].name || operaties[0].operation !== 'query') {
    throw new Error(`${waar}: een overzicht is precies één query met een naam`);
  }
  return operaties[0];
}

/** De variabelen van een operatie, met de standaard uit het document. */
export const variabelenVan = (operatie: OperationDefinitionNode): Overzichtvariabele[] =>
  (operatie.variableDefinitions ?? []).map((v) => ({
    naam: v.variable.name.value,
    type: print(v.type),
    ...(v.defaultValue ? { standaard: print(v.defaultValue) } : {}),
  }));

/** Een titel uit de naam van de operatie: TegenwerkendePrikkels → Tegenwerkende prikkels. */
export const titelUit = (operatienaam: string) => operatienaam.replace(/(?<=[a-z0-9])([A-Z])/g, (l: string) => ` ${l.toLowerCase()}`);

export const hashVan = (document: string) => `sha256:${sha256(document)}`;

/**
 * Het id zoals Apollo (persisted queries, het manifest) en andere trusted-document-gereedschap het
 * berekent: sha256 in hex over het geprinte document (graphql `print(parse(…))`), zonder commentaar
 * en zonder voorvoegsel. Zo geeft een manifest dat een partner zelf maakt hetzelfde id.
 */
export const documenthashVan = (document: string) => sha256(geprint(document));

/** Het document zoals graphql het print: zonder commentaar, in vaste opmaak. */
export const geprint = (document: string) => print(parse(document));

/** Een bestand uit overzichten/ als overzicht: kopregel `# rijen: …`, de rest van het commentaar is de omschrijving. */
export function overzichtUitBestand(bestand: string, document: string): Overzicht {
  const operatie = operatieVan(document, `overzichten/${bestand}`);
  const operatienaam = operatie.name!.value;
  const commentaar = document
    .split('\n')
    .filter((r) => r.startsWith('#'))
    .map((r) => r.replace(/^#\s?/, ''));
  const rijen = commentaar.find((r) => r.startsWith('rijen:'))?.slice('rijen:'.length).trim();
  const omschrijving = commentaar
    .filter((r) => !r.startsWith('rijen:'))
    .join(' ')
    .trim();
  const naam = bestand.replace(/\.graphql$/, '');
  return {
    id: naam,
    naam,
    versie: 1,
    hash: hashVan(document),
    operatienaam,
    titel: titelUit(operatienaam),
    omschrijving,
    document,
    variabelen: variabelenVan(operatie),
    ...(rijen ? { rijen } : {}),
    herkomst: 'ingebouwd',
  };
}

/** De ingebouwde set: elk bestand in overzichten/ (het register neemt ze op bij zijn start). */
export function leesOverzichten(map = OVERZICHTENMAP): Overzicht[] {
  return readdirSync(map)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((bestand) => overzichtUitBestand(bestand, readFileSync(`${map}/${bestand}`, 'utf8')));
}
