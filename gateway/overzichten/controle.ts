// Wat de gateway nakijkt voordat hij een overzicht van het programmateam aanneemt, zonder het
// uit te voeren (dat doet publiceren.ts daarna, als partner): de vorm van de inzending, het
// document (leesbaar, precies één query met een naam, geldig tegen de supergraph), de grenzen
// van de gateway in het duurste geval, de standaardwaarden, de lijst die de CSV-rijen worden
// en de kolommen van de weergave. Elke reden is één Nederlandse zin die zegt wat wel mag;
// de gateway noemt ze allemaal tegelijk.
import {
  getVariableValues,
  GraphQLError,
  isEnumType,
  Kind,
  parse,
  print,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { MAXIMALE_NAAMLENGTE, NAAMPATROON, type Breuk, type Contract, type Overzichtvariabele, type Weergave } from '../../kern/overzichten.js';
import { VALIDATIEREGELS, verrijkEnumfout, vertaal } from '../fouten/meldingen.js';
import { grensredenen, LIMIETEN, LIMIETREGELS } from '../limieten/grenzen.js';
import type { Kostentabel } from '../limieten/kosten.js';

/** Wat het programmateam instuurt (POST /overzichten), na de controle van de vorm. */
export interface Inzending {
  naam: string;
  titel: string;
  omschrijving: string;
  document: string;
  rijen?: string;
  standaardwaarden: Record<string, unknown>;
  weergave?: Weergave;
  breekt?: Breuk;
}

const VELDEN = ['naam', 'titel', 'omschrijving', 'document', 'rijen', 'standaardwaarden', 'weergave', 'breekt'] as const;
const MAXIMALE_TITEL = 120;
const MAXIMALE_TEKST = 2000;
const MAXIMAAL_DOCUMENT = 100_000;
const MAXIMALE_KOLOMMEN = 50;
/** Een pad in het antwoord: velden met punten ertussen, * voor elk veld van een object (aandachtsgroepen.*.cijfers). */
const PAD = /^[A-Za-z_]\w*(?:\.(?:[A-Za-z_]\w*|\*))*$/;
const DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

const isObject = (w: unknown): w is Record<string, unknown> => typeof w === 'object' && w !== null && !Array.isArray(w);
const tekstVan = (w: unknown) => (typeof w === 'string' ? w.trim() : undefined);
const kort = (w: unknown) => {
  const tekst = JSON.stringify(w) ?? String(w);
  return tekst.length > 60 ? `${tekst.slice(0, 60)}…` : tekst;
};

/** Een echte datum JJJJ-MM-DD (geen 2027-02-30). */
export function isDatum(tekst: string): boolean {
  const m = DATUM.exec(tekst);
  if (!m) return false;
  const d = new Date(`${tekst}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === tekst;
}

/** Controleert de vorm van de body; geeft de inzending, of elke reden waarom niet. */
export function leesInzending(body: unknown, nu: Date): { inzending?: Inzending; redenen: string[] } {
  if (!isObject(body)) return { redenen: ['De body moet een JSON-object zijn: {"naam", "titel", "omschrijving", "document", …} (docs/integratie.md).'] };
  const redenen: string[] = [];
  for (const veld of Object.keys(body)) {
    if (!(VELDEN as readonly string[]).includes(veld)) redenen.push(`Onbekend veld "${veld}"; een overzicht heeft: ${VELDEN.join(', ')}.`);
  }
  const naam = tekstVan(body.naam);
  if (naam === undefined || !NAAMPATROON.test(naam) || naam.length > MAXIMALE_NAAMLENGTE) {
    redenen.push(
      `naam is ${body.naam === undefined ? 'er niet' : kort(body.naam)}; een naam is kleine letters en cijfers met streepjes ertussen, begint met een letter en is hoogstens ${MAXIMALE_NAAMLENGTE} tekens, bijvoorbeeld "woningdelen-studenten".`,
    );
  }
  const titel = tekstVan(body.titel);
  if (!titel || titel.length > MAXIMALE_TITEL) redenen.push(`titel is ${titel ? `${titel.length} tekens` : 'er niet of leeg'}; geef een titel van 1 tot ${MAXIMALE_TITEL} tekens.`);
  const omschrijving = tekstVan(body.omschrijving);
  if (!omschrijving || omschrijving.length > MAXIMALE_TEKST) redenen.push(`omschrijving is ${omschrijving ? `${omschrijving.length} tekens` : 'er niet of leeg'}; zeg in 1 tot ${MAXIMALE_TEKST} tekens wat het overzicht geeft.`);
  const document = typeof body.document === 'string' ? body.document : undefined;
  if (!document?.trim()) redenen.push('document ontbreekt; geef het GraphQL-document als tekst: precies één query met een naam, bijvoorbeeld "query Studenten { aandachtsgroep(code: STUDENTEN) { naam } }".');
  else if (document.length > MAXIMAAL_DOCUMENT) redenen.push(`document is ${document.length} tekens; hoogstens ${MAXIMAAL_DOCUMENT}.`);
  const rijen = body.rijen === undefined || body.rijen === null ? undefined : tekstVan(body.rijen);
  if (body.rijen !== undefined && body.rijen !== null && (rijen === undefined || !PAD.test(rijen))) {
    redenen.push(`rijen is ${kort(body.rijen)}; geef het pad van de lijst die de rijen van de CSV worden, met punten, bijvoorbeeld "aandachtsgroepen.*.cijfers" (* is elk veld van een object).`);
  }
  const standaardwaarden = body.standaardwaarden === undefined || body.standaardwaarden === null ? {} : body.standaardwaarden;
  if (!isObject(standaardwaarden)) redenen.push(`standaardwaarden is ${kort(body.standaardwaarden)}; geef een object met een waarde per variabele, bijvoorbeeld {"code": "STUDENTEN"}.`);
  let weergave: Weergave | undefined;
  if (body.weergave !== undefined && body.weergave !== null) {
    const w = body.weergave;
    const soort = isObject(w) ? w.soort : undefined;
    const kolommen = isObject(w) ? w.kolommen : undefined;
    const fout = !isObject(w) || Object.keys(w).some((k) => k !== 'soort' && k !== 'kolommen');
    if (fout || (soort !== 'tabel' && soort !== 'grafiek')) {
      redenen.push(`weergave is ${kort(w)}; geef {"soort": "tabel" of "grafiek", "kolommen": ["pad", …]} (kolommen mag weg).`);
    } else if (kolommen !== undefined && (!Array.isArray(kolommen) || kolommen.length === 0 || kolommen.length > MAXIMALE_KOLOMMEN || !kolommen.every((k) => typeof k === 'string' && PAD.test(k)))) {
      redenen.push(`weergave.kolommen is ${kort(kolommen)}; geef 1 tot ${MAXIMALE_KOLOMMEN} kolommen als paden, bijvoorbeeld ["aandachtsgroepen.code", "waarde"].`);
    } else {
      weergave = { soort, ...(kolommen ? { kolommen: kolommen as string[] } : {}) };
    }
  }
  let breekt: Breuk | undefined;
  if (body.breekt !== undefined && body.breekt !== null) {
    const b = body.breekt;
    const reden = isObject(b) ? tekstVan(b.reden) : undefined;
    const datum = isObject(b) ? tekstVan(b.uitfaseerdatum) : undefined;
    const vandaag = nu.toISOString().slice(0, 10);
    if (!isObject(b) || Object.keys(b).some((k) => k !== 'reden' && k !== 'uitfaseerdatum')) {
      redenen.push(`breekt is ${kort(b)}; geef {"reden": "…", "uitfaseerdatum": "JJJJ-MM-DD"}.`);
    } else {
      if (!reden || reden.length > MAXIMALE_TEKST) redenen.push(`breekt.reden ontbreekt; zeg in 1 tot ${MAXIMALE_TEKST} tekens waarom deze versie breekt: partners lezen het.`);
      if (!datum || !isDatum(datum)) redenen.push(`breekt.uitfaseerdatum is ${kort(b.uitfaseerdatum)}; geef een datum JJJJ-MM-DD na vandaag (${vandaag}): tot die dag antwoorden de vorige versies nog.`);
      else if (datum <= vandaag) redenen.push(`breekt.uitfaseerdatum ${datum} ligt niet na vandaag (${vandaag}); partners hebben tijd nodig om over te stappen: kies een latere datum.`);
      if (reden && reden.length <= MAXIMALE_TEKST && datum && isDatum(datum) && datum > vandaag) breekt = { reden, uitfaseerdatum: datum };
    }
  }
  if (redenen.length > 0 || !naam || !titel || !omschrijving || !document) return { redenen };
  return {
    inzending: { naam, titel, omschrijving, document, ...(rijen ? { rijen } : {}), standaardwaarden: standaardwaarden as Record<string, unknown>, ...(weergave ? { weergave } : {}), ...(breekt ? { breekt } : {}) },
    redenen,
  };
}

/** Een GraphQL-fout als zin, met de plek in het document. */
function alsZin(fout: GraphQLError, sdl: string): string {
  const vertaald = vertaal([...LIMIETREGELS, ...VALIDATIEREGELS], verrijkEnumfout({ message: fout.message }, sdl)).message;
  const plek = fout.locations?.[0];
  return plek ? `${vertaald} (regel ${plek.line}, kolom ${plek.column})` : vertaald;
}

/** Wat de controle van het document oplevert: het gelezen document, en de variabelen voor het proefdraaien. */
export interface Documentcontrole {
  redenen: string[];
  document?: DocumentNode;
  operatie?: OperationDefinitionNode;
  /** De standaardwaarden, aangevuld voor elke verplichte enumvariabele zonder standaard: de eerste waarde van haar enum. */
  proefvariabelen: Record<string, unknown>;
}

/**
 * Leest en valideert het document tegen het schema en de grenzen; controleert de standaardwaarden.
 * `proefdraaien: false` (een operatie uit het manifest van een partner, die zijn eigen variabelen
 * meestuurt): een verplichte variabele zonder standaard is dan geen reden om te weigeren. `wat`
 * noemt in de redenen wat het document is.
 */
export function controleerDocument(
  inzending: Pick<Inzending, 'document' | 'standaardwaarden'>,
  schema: GraphQLSchema,
  sdl: string,
  kostentabel: Kostentabel,
  { proefdraaien = true, wat = 'een overzicht' }: { proefdraaien?: boolean; wat?: string } = {},
): Documentcontrole {
  let document: DocumentNode;
  try {
    document = parse(inzending.document, { maxTokens: LIMIETEN.tokens });
  } catch (fout) {
    return { redenen: [`document: ${fout instanceof GraphQLError ? alsZin(fout, sdl) : String(fout)}`], proefvariabelen: {} };
  }
  const operaties = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const vorm: string[] = [];
  if (operaties.length !== 1) vorm.push(`document heeft ${operaties.length} operaties; ${wat} is precies één query met een naam.`);
  const operatie = operaties.length === 1 ? operaties[0] : undefined;
  if (operatie && operatie.operation !== 'query') vorm.push(`document is een ${operatie.operation}; ${wat} is een query.`);
  if (operatie && !operatie.name) vorm.push('de query heeft geen naam; geef haar er een: query MijnOverzicht { … }. Partners zien die naam in hun logboek en in fouten.');
  const fouten = validate(schema, document);
  const redenen = [...vorm, ...fouten.map((f) => `document: ${alsZin(f, sdl)}`)];
  if (!operatie) return { redenen, proefvariabelen: {} };
  const geldig = redenen.length === 0;

  // Standaardwaarden: alleen voor variabelen die er zijn, en van het goede type.
  const definities = new Map((operatie.variableDefinitions ?? []).map((v) => [v.variable.name.value, v]));
  const namen = () => (definities.size > 0 ? [...definities.keys()].map((n) => `$${n}`).join(', ') : 'geen');
  for (const naam of Object.keys(inzending.standaardwaarden)) {
    if (!definities.has(naam)) redenen.push(`standaardwaarden.${naam}: de query heeft geen variabele $${naam} (variabelen: ${namen()}).`);
  }
  const bekend = Object.fromEntries(Object.entries(inzending.standaardwaarden).filter(([naam]) => definities.has(naam)));
  const proefvariabelen: Record<string, unknown> = { ...bekend };
  for (const [naam, v] of definities) {
    if (v.type.kind !== Kind.NON_NULL_TYPE || v.defaultValue || naam in proefvariabelen) continue;
    // Uit het schema, niet uit de SDL: die opnieuw lezen kostte per document ±20 ms, en een manifest heeft er honderden.
    const type = v.type.type.kind === Kind.NAMED_TYPE ? schema.getType(v.type.type.name.value) : undefined;
    const eerste = isEnumType(type) ? type.getValues()[0]?.name : undefined;
    if (eerste !== undefined) proefvariabelen[naam] = eerste;
    else if (proefdraaien) redenen.push(`$${naam} (${print(v.type)}) is verplicht en heeft geen standaard; geef standaardwaarden.${naam}, zodat de gateway het overzicht kan proefdraaien.`);
  }
  // Alleen de variabelen met een standaardwaarde: een ontbrekende verplichte is hierboven al gemeld.
  const metWaarde = [...definities.values()].filter((v) => v.variable.name.value in bekend) as VariableDefinitionNode[];
  const waarden = getVariableValues(schema, metWaarde, bekend, { maxErrors: 50 });
  if (waarden.errors) for (const f of waarden.errors) redenen.push(`standaardwaarden: ${alsZin(f, sdl)}`);
  // De grenzen rekenen alleen aan een document dat past; anders zijn de meldingen hierboven genoeg.
  if (geldig) redenen.push(...grensredenen(schema, document, proefvariabelen, kostentabel));
  return { redenen, document, operatie, proefvariabelen };
}

/** De variabelen zoals partners ze zien: met de standaardwaarden als standaard (GraphQL-tekst uit het contract). */
export function variabelenUitContract(operatie: OperationDefinitionNode, contract: Contract): Overzichtvariabele[] {
  return (operatie.variableDefinitions ?? []).map((v) => {
    const naam = v.variable.name.value;
    const [type, ...rest] = contract.variabelen[naam].split(' = ');
    return { naam, type, ...(rest.length > 0 ? { standaard: rest.join(' = ') } : {}) };
  });
}

/** De velden onder `pad` in het contract: direct eronder. */
function kinderen(velden: Readonly<Record<string, string>>, pad: string): string[] {
  const voor = pad === '' ? '' : `${pad}.`;
  return Object.keys(velden).filter((v) => v.startsWith(voor) && !v.slice(voor.length).includes('.'));
}

const heeftKinderen = (velden: Readonly<Record<string, string>>, pad: string) => kinderen(velden, pad).length > 0;
const isLijst = (type: string | undefined) => type?.startsWith('[') ?? false;

/**
 * De elementen van een verbinding (…Verbinding.edges.node): een object in de lijst edges. Als
 * rijen geeft dat dezelfde kolommen als het verouderde lijstveld; de gateway bladert ze door.
 */
const isVerbindingselement = (velden: Readonly<Record<string, string>>, pad: string) =>
  pad.endsWith('.edges.node') && isLijst(velden[pad.slice(0, -'.node'.length)]) && heeftKinderen(velden, pad);

/** Welke lijsten in het antwoord rijen kunnen zijn: lijsten van objecten, en de elementen van een verbinding (edges.node). */
export function lijstenIn(contract: Contract): string[] {
  return Object.entries(contract.velden)
    .filter(([pad, type]) => (isLijst(type) && heeftKinderen(contract.velden, pad)) || isVerbindingselement(contract.velden, pad))
    .map(([pad]) => pad);
}

/**
 * Waar `rijen` uitkomt in het contract, zoals overzichten/tabel.ts de rijen zoekt (een * is
 * elk veld dat een object is), met de kolommen die de CSV dan heeft.
 */
export function rijenIn(contract: Contract, rijen: string): { paden: string[]; kolommen: Set<string> } {
  const velden = contract.velden;
  const stappen = rijen.split('.');
  const paden: string[] = [];
  const kolommen = new Set<string>();
  // De kolommen van een rij: eenvoudige velden bij hun naam, objecten uitgevouwen, lijsten één cel.
  const vlak = (pad: string, voorvoegsel: string, alleenEenvoudig: boolean) => {
    for (const kind of kinderen(velden, pad)) {
      const naam = kind.slice(pad.length + 1);
      const kolom = voorvoegsel ? `${voorvoegsel}.${naam}` : naam;
      const samengesteld = heeftKinderen(velden, kind);
      if (!samengesteld) kolommen.add(kolom);
      else if (alleenEenvoudig) continue;
      else if (isLijst(velden[kind])) kolommen.add(kolom);
      else vlak(kind, kolom, false);
    }
  };
  const loop = (pad: string, i: number, stapnaam: string) => {
    if (i === stappen.length) {
      paden.push(pad);
      vlak(pad, '', false);
      return;
    }
    if (pad !== '') vlak(pad, stapnaam === '*' ? '' : stapnaam, true);
    const stap = stappen[i];
    for (const kind of kinderen(velden, pad)) {
      const naam = kind.slice(pad === '' ? 0 : pad.length + 1);
      if (stap === '*' ? heeftKinderen(velden, kind) : naam === stap) loop(kind, i + 1, stap);
    }
  };
  loop('', 0, '');
  return { paden, kolommen };
}

/** Controleert rijen en kolommen tegen het contract. */
export function controleerVorm(inzending: Inzending, contract: Contract): string[] {
  const redenen: string[] = [];
  const lijsten = () => {
    const alle = lijstenIn(contract);
    return alle.length === 0 ? 'dit overzicht heeft geen lijst van objecten' : `lijsten in dit overzicht: ${alle.slice(0, 12).join(', ')}${alle.length > 12 ? ', …' : ''}`;
  };
  let kolommen: Set<string> | undefined;
  if (inzending.rijen) {
    const { paden, kolommen: gevonden } = rijenIn(contract, inzending.rijen);
    const geenLijst = paden.filter((p) => !(isLijst(contract.velden[p]) && heeftKinderen(contract.velden, p)) && !isVerbindingselement(contract.velden, p));
    if (paden.length === 0) redenen.push(`rijen: ${inzending.rijen} komt in het antwoord van dit overzicht niet voor; ${lijsten()}.`);
    else if (geenLijst.length > 0) redenen.push(`rijen: ${geenLijst.join(', ')} is geen lijst van objecten; de rijen van de CSV moeten een lijst zijn (${lijsten()}).`);
    else kolommen = gevonden;
  }
  for (const kolom of inzending.weergave?.kolommen ?? []) {
    if (kolommen && !kolommen.has(kolom)) {
      const geldig = [...kolommen];
      redenen.push(`weergave.kolommen: ${kolom} is geen kolom van de rijen; kolommen: ${geldig.slice(0, 20).join(', ')}${geldig.length > 20 ? ', …' : ''}.`);
    } else if (!inzending.rijen && !(kolom in contract.velden)) {
      redenen.push(`weergave.kolommen: ${kolom} is geen veld in het antwoord van dit overzicht (velden zoals ${Object.keys(contract.velden).slice(0, 8).join(', ')}).`);
    }
  }
  return redenen;
}
