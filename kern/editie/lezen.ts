// Leest en valideert de editiebestanden van één ministerie. Alle fouten van alle
// bestanden worden verzameld, zodat een redacteur ze in één keer kan herstellen.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { editieSchema, type Editiebestand } from './schema.js';

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
  const secties = ['aandachtsgroepen', 'verantwoordelijkheden', 'doelen', 'instrumenten', 'maatregelen', 'cijfers'] as const;
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

export function leesEditie(pad: string, departement: string, basis = process.cwd()): GelezenEditie | string[] {
  const naam = relative(basis, pad);
  const tekst = readFileSync(pad, 'utf8');
  const document = parseDocument(tekst, { prettyErrors: true });
  if (document.errors.length > 0) {
    return document.errors.map((e) => `${naam}: YAML-fout: ${e.message.split('\n')[0]}`);
  }
  const ruw = document.toJS();
  const uitkomst = editieSchema.safeParse(ruw);
  if (!uitkomst.success) {
    return uitkomst.error.issues.map((p) => `${naam}: ${beschrijfProbleem(p, ruw)}`);
  }
  const inhoud = uitkomst.data;
  const meldingen = dubbeleCodes(inhoud).map((m) => `${naam}: ${m}`);
  if (inhoud.departement !== departement) {
    meldingen.push(`${naam}: departement: ${inhoud.departement} hoort niet in de map van ${departement}`);
  }
  const verwacht = basename(pad).replace(/\.ya?ml$/, '');
  if (inhoud.editie !== verwacht) {
    meldingen.push(`${naam}: editie: ${inhoud.editie} moet gelijk zijn aan de bestandsnaam (${verwacht})`);
  }
  if (inhoud.aandachtsgroepen && departement !== 'BZK') {
    meldingen.push(`${naam}: aandachtsgroepen: alleen BZK beheert de lijst van aandachtsgroepen`);
  }
  if (meldingen.length > 0) return meldingen;
  return {
    bestand: basename(pad),
    controlegetal: createHash('sha256').update(tekst).digest('hex'),
    inhoud,
  };
}

export function leesEdities(map: string, departement: string): GelezenEditie[] {
  const bestanden = editiebestanden(map);
  if (bestanden.length === 0) throw new Importfout([`${map}: geen editiebestanden (*.yaml) gevonden`]);
  const edities: GelezenEditie[] = [];
  const meldingen: string[] = [];
  for (const pad of bestanden) {
    const uitkomst = leesEditie(pad, departement);
    if (Array.isArray(uitkomst)) meldingen.push(...uitkomst);
    else edities.push(uitkomst);
  }
  if (meldingen.length > 0) throw new Importfout(meldingen);
  return edities.sort((a, b) => a.inhoud.editie.localeCompare(b.inhoud.editie));
}
