// Leest en valideert de editiebestanden van één ministerie. Alle fouten van alle
// bestanden worden verzameld, zodat een redacteur ze in één keer kan herstellen.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { Lexer, parseDocument } from 'yaml';
import type { z } from 'zod';
import { vocabulaire } from '../../../kern/vocabulaire.js';
import { editieSchema, type Editiebestand } from './schema.js';
import { fase } from './fasen.js';

export class Importfout extends Error {
  constructor(readonly meldingen: string[]) {
    super(`Import geweigerd, er is niets geschreven:\n${meldingen.map((m) => `  - ${m}`).join('\n')}`);
    this.name = 'Importfout';
  }
}

export interface GelezenEditie {
  bestand: string;
  controlegetal: string;
  inhoud: Editiebestand;
}

export function editiebestanden(map: string): string[] {
  return readdirSync(map)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(map, f));
}

/** "instrumenten[2] (KOSTENDELERSNORM) > effecten[0] > score" */
function beschrijfPad(pad: readonly PropertyKey[], ruw: unknown): string {
  const delen: string[] = [];
  let knoop: unknown = ruw;
  for (const stap of pad) {
    knoop = knoop && typeof knoop === 'object' ? (knoop as Record<PropertyKey, unknown>)[stap] : undefined;
    if (typeof stap === 'number') {
      const code = knoop && typeof knoop === 'object' ? (knoop as { code?: unknown }).code : undefined;
      delen[delen.length - 1] += `[${stap}]${typeof code === 'string' ? ` (${code})` : ''}`;
    } else {
      delen.push(String(stap));
    }
  }
  return delen.join(' > ') || '(bestand)';
}

function waardeOp(pad: readonly PropertyKey[], ruw: unknown): unknown {
  return pad.reduce<unknown>(
    (k, s) => (k && typeof k === 'object' ? (k as Record<PropertyKey, unknown>)[s] : undefined),
    ruw,
  );
}

function beschrijfProbleem(probleem: z.core.$ZodIssue, ruw: unknown): string {
  const waar = beschrijfPad(probleem.path, ruw);
  if (probleem.code === 'invalid_value') {
    const gekregen = JSON.stringify(waardeOp(probleem.path, ruw));
    return `${waar}: ongeldige waarde ${gekregen}; geldig: ${probleem.values.map(String).join(', ')}`;
  }
  if (probleem.code === 'unrecognized_keys') {
    return `${waar}: onbekend veld ${probleem.keys.join(', ')} (zie docs/dataformaat.md)`;
  }
  if (probleem.code === 'invalid_type' && waardeOp(probleem.path, ruw) === undefined) {
    return `${waar}: ontbreekt`;
  }
  return `${waar}: ${probleem.message}`;
}

function dubbeleCodes(inhoud: Editiebestand): string[] {
  const meldingen: string[] = [];
  const secties = ['aandachtsgroepen', 'verantwoordelijkheden', 'doelen', 'instrumenten', 'maatregelen', 'partijen', 'monitoring', 'verbanden', 'cijfers'] as const;
  for (const sectie of secties) {
    const gezien = new Set<string>();
    (inhoud[sectie] ?? []).forEach((record, i) => {
      if (gezien.has(record.code)) meldingen.push(`${sectie}[${i}] (${record.code}) > code: komt vaker voor in dit bestand`);
      gezien.add(record.code);
    });
  }
  inhoud.cijfers.forEach((reeks, i) => {
    const peildata = new Set<string>();
    reeks.waarnemingen.forEach((w, j) => {
      if (peildata.has(w.peildatum)) {
        meldingen.push(`cijfers[${i}] (${reeks.code}) > waarnemingen[${j}] > peildatum: ${w.peildatum} komt vaker voor in deze reeks`);
      }
      peildata.add(w.peildatum);
    });
  });
  return meldingen;
}

/**
 * Een ministerie schrijft alleen zijn eigen records: de lijsten die BZK als coördinerend
 * ministerie beheert (aandachtsgroepen, partijen) alleen in BZK-edities, en een eigenaar
 * is het eigen departement of een partij, nooit een ander ministerie. Een verwijzing naar
 * een reeks van een ander ministerie mag, naar een eigen reeks niet (dat is geen verwijzing).
 */
function eigendom(inhoud: Editiebestand, departement: string): string[] {
  const meldingen: string[] = [];
  if (departement !== 'BZK') {
    if (inhoud.aandachtsgroepen) meldingen.push('aandachtsgroepen: alleen BZK beheert de lijst van aandachtsgroepen');
    if (inhoud.partijen) meldingen.push('partijen: alleen BZK legt de partijen vast (als coördinerend ministerie); noem een partij hier als eigenaar of in gedragenDoor');
  }
  const anderMinisterie = (e: string | undefined) => e !== undefined && e !== departement && vocabulaire.departementen.includes(e);
  const eigenaarMelding = (sectie: string, i: number, code: string, e: string) =>
    `${sectie}[${i}] (${code}) > eigenaar: ${e} is een ander ministerie; ${departement} legt alleen eigen records vast (eigenaar ${departement} of een partij: ${vocabulaire.partijen.join(', ')}). Laat ${e} dit in zijn eigen editie vastleggen.`;
  inhoud.maatregelen.forEach((m, i) => anderMinisterie(m.eigenaar) && meldingen.push(eigenaarMelding('maatregelen', i, m.code, m.eigenaar)));
  inhoud.monitoring.forEach((m, i) => m.eigenaar && anderMinisterie(m.eigenaar) && meldingen.push(eigenaarMelding('monitoring', i, m.code, m.eigenaar)));
  inhoud.cijferverwijzingen.forEach((v, i) => {
    if (v.departement === departement) meldingen.push(`cijferverwijzingen[${i}] (${v.code}) > departement: ${departement} is het eigen ministerie; een eigen reeks staat in cijfers`);
  });
  return meldingen;
}

/**
 * Grenzen aan een editie vóór het lezen. De grootste editie (BZK) is ±200 kB met
 * haakjes hoogstens 3 diep; een vijandige editie van 1 MB haken hield SZW 19 s bezig.
 */
export const EDITIEGRENZEN = { bytes: 1024 * 1024, nesting: 24 } as const;

/** De grootte- en nestinggrens; de lexer van yaml stopt bij de eerste haak te veel, dus dit kost nooit de hele tekst. */
function buitenGrenzen(tekst: string, naam: string): string[] {
  const bytes = Buffer.byteLength(tekst);
  if (bytes > EDITIEGRENZEN.bytes) {
    return [`${naam}: de editie is ${bytes} bytes; de grens is ${EDITIEGRENZEN.bytes} (1 MB). Splits haar in edities met verschillende datums.`];
  }
  let diepte = 0;
  for (const teken of new Lexer().lex(tekst)) {
    if (teken === '[' || teken === '{') diepte++;
    else if (teken === ']' || teken === '}') diepte--;
    if (diepte > EDITIEGRENZEN.nesting) {
      return [`${naam}: de editie nest lijsten of objecten tussen haken meer dan ${EDITIEGRENZEN.nesting} niveaus diep; een editie heeft er hoogstens een paar nodig (zie docs/dataformaat.md).`];
    }
  }
  return [];
}

/** Waar een editie vandaan komt; bepaalt hoe een melding over het departement luidt. */
export type Herkomst = 'map' | 'api';

/**
 * Valideert de tekst van één editie. `naam` staat voor elke melding (het pad of de naam
 * van de publicatie), `bestand` is de naam waaronder de editie bewaard wordt: de
 * editiedatum in het bestand moet daarmee overeenkomen. Zonder `bestand` (een
 * publicatie zonder ?bestand=) heet de editie naar haar eigen datum.
 */
export interface Leesopties {
  naam: string;
  bestand?: string;
  departement: string;
  herkomst?: Herkomst;
}

/** De YAML van een editie als JavaScript-waarde, of de meldingen als ze niet te lezen is. */
function leesYaml(tekst: string, naam: string): { ruw: unknown } | string[] {
  const grens = buitenGrenzen(tekst, naam);
  if (grens.length > 0) return grens;
  const document = parseDocument(tekst, { prettyErrors: true });
  if (document.errors.length > 0) {
    return document.errors.slice(0, 20).map((e) => `${naam}: YAML-fout: ${e.message.split('\n')[0]}`);
  }
  try {
    // yaml weigert een 'alias bomb' (aliassen die elkaar verveelvoudigen) met een ReferenceError.
    return { ruw: document.toJS({ maxAliasCount: 100 }) };
  } catch (fout) {
    return [`${naam}: YAML-fout: ${fout instanceof ReferenceError ? 'te veel aliassen (*naam) die naar elkaar verwijzen; schrijf de waarden uit' : fout instanceof Error ? fout.message : String(fout)}`];
  }
}

export function leesEditietekst(tekst: string, opties: Leesopties): GelezenEditie | string[] {
  const gelezen = fase('yaml lezen', () => leesYaml(tekst, opties.naam));
  if (Array.isArray(gelezen)) return gelezen;
  return fase('valideren', () => valideer(tekst, gelezen.ruw, opties));
}

function valideer(tekst: string, ruw: unknown, { naam, bestand, departement, herkomst = 'map' }: Leesopties): GelezenEditie | string[] {
  const uitkomst = editieSchema.safeParse(ruw);
  if (!uitkomst.success) {
    return uitkomst.error.issues.map((p) => `${naam}: ${beschrijfProbleem(p, ruw)}`);
  }
  const inhoud = uitkomst.data;
  const meldingen = dubbeleCodes(inhoud).map((m) => `${naam}: ${m}`);
  if (inhoud.departement !== departement) {
    meldingen.push(
      herkomst === 'map'
        ? `${naam}: departement: ${inhoud.departement} hoort niet in de map van ${departement}`
        : `${naam}: departement: ${inhoud.departement} hoort niet bij deze publicatie; hier publiceert alleen ${departement}`,
    );
  }
  const verwacht = bestand?.replace(/\.ya?ml$/, '') ?? inhoud.editie;
  if (inhoud.editie !== verwacht) {
    meldingen.push(`${naam}: editie: ${inhoud.editie} moet gelijk zijn aan de bestandsnaam (${verwacht})`);
  }
  meldingen.push(...eigendom(inhoud, departement).map((m) => `${naam}: ${m}`));
  if (meldingen.length > 0) return meldingen;
  return { bestand: bestand ?? `${inhoud.editie}.yaml`, controlegetal: controlegetal(tekst), inhoud };
}

/** SHA-256 van de tekst zoals hij binnenkwam: de vingerafdruk van een editie. */
export const controlegetal = (tekst: string) => createHash('sha256').update(tekst).digest('hex');

/** Leest de tekst van een editiebestand; standaard leesEditietekst, de import zet er haar cache voor (editiecache.ts). */
export type Tekstlezer = (tekst: string, opties: Leesopties & { bestand: string }) => GelezenEditie | string[];

export function leesEditie(pad: string, departement: string, basis = process.cwd(), lees: Tekstlezer = leesEditietekst): GelezenEditie | string[] {
  return lees(fase('bestanden lezen', () => readFileSync(pad, 'utf8')), { naam: relative(basis, pad), bestand: basename(pad), departement });
}

/** De edities in `map` en de meldingen over de bestanden die niet deugen. */
export function leesMap(map: string, departement: string, lees: Tekstlezer = leesEditietekst): { edities: GelezenEditie[]; meldingen: string[] } {
  const edities: GelezenEditie[] = [];
  const meldingen: string[] = [];
  for (const pad of editiebestanden(map)) {
    const uitkomst = leesEditie(pad, departement, undefined, lees);
    if (Array.isArray(uitkomst)) meldingen.push(...uitkomst);
    else edities.push(uitkomst);
  }
  return { edities, meldingen };
}

/** Op volgorde van editiedatum: zo worden edities samengevoegd. */
export const opEditiedatum = (a: GelezenEditie, b: GelezenEditie) => a.inhoud.editie.localeCompare(b.inhoud.editie) || a.bestand.localeCompare(b.bestand);

export function leesEdities(map: string, departement: string): GelezenEditie[] {
  const { edities, meldingen } = leesMap(map, departement);
  if (edities.length === 0 && meldingen.length === 0) throw new Importfout([`${map}: geen editiebestanden (*.yaml) gevonden`]);
  if (meldingen.length > 0) throw new Importfout(meldingen);
  return edities.sort(opEditiedatum);
}
