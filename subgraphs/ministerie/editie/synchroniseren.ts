// Brengt de database in één transactie naar de gewenste toestand en telt wat er
// veranderde. Een tweede import met dezelfde bestanden schrijft niets.
import type { EntityManager } from '@mikro-orm/core';
import { tabel, TABELLEN, type Tabelnaam, type Toestand } from '../entiteiten.js';
import { fase, faseAsync } from './fasen.js';

export interface Telling {
  toegevoegd: number;
  gewijzigd: number;
  verwijderd: number;
}

export type Wijzigingen = Partial<Record<Tabelnaam, Telling>>;

/** Vergelijkbare tekst van een waarde: sleutels gesorteerd, ontbrekend gelijk aan null. */
function normaal(waarde: unknown): string {
  return JSON.stringify(waarde ?? null, (_, w: unknown) =>
    w && typeof w === 'object' && !Array.isArray(w)
      ? Object.fromEntries(Object.entries(w).sort(([a], [b]) => a.localeCompare(b)))
      : w,
  );
}

/** Waarden die JSON weglaat (in een object) of als null schrijft (in een lijst). */
const weggelaten = (w: unknown) => w === undefined || typeof w === 'function' || typeof w === 'symbol';
const heeftToJSON = (w: object) => typeof (w as { toJSON?: unknown }).toJSON === 'function';

/**
 * Of normaal(a) === normaal(b), zonder beide als tekst op te bouwen: bij k=20 kostte dat
 * vergelijken 0,2-0,4 s per publicatie (JSON.stringify met localeCompare per object).
 * Wat niet gewoon is (een Date of ander object met toJSON, NaN), gaat langs normaal zelf.
 */
export function gelijk(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || heeftToJSON(a) || heeftToJSON(b)) return normaal(a) === normaal(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!gelijk(weggelaten(a[i]) ? null : a[i], weggelaten(b[i]) ? null : b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const sleutelsX = Object.keys(x).filter((k) => !weggelaten(x[k]));
  const sleutelsY = Object.keys(y).filter((k) => !weggelaten(y[k]));
  if (sleutelsX.length !== sleutelsY.length) return false;
  return sleutelsX.every((k) => Object.prototype.propertyIsEnumerable.call(y, k) && !weggelaten(y[k]) && gelijk(x[k], y[k]));
}

function verschilt(bestaand: Record<string, unknown>, gewenst: Record<string, unknown>): boolean {
  return Object.keys(gewenst).some((veld) => !gelijk(bestaand[veld], gewenst[veld]));
}

/** Zet één gewenste rij in de database: nieuw als zij er niet is, bijgewerkt als zij verschilt, anders niets. */
function zetRij(tx: EntityManager, entiteit: ReturnType<typeof tabel>, bestaand: Record<string, unknown> | undefined, gewenst: Record<string, unknown>, telling: Telling): void {
  if (!bestaand) {
    tx.persist(tx.create(entiteit, gewenst));
    telling.toegevoegd += 1;
  } else if (verschilt(bestaand, gewenst)) {
    tx.assign(bestaand, gewenst);
    telling.gewijzigd += 1;
  }
}

export async function synchroniseer(em: EntityManager, toestand: Toestand): Promise<Wijzigingen> {
  return em.transactional((tx) => synchroniseerIn(tx, toestand));
}

/** Als synchroniseer, binnen een transactie die de aanroeper al opende (een publicatie schrijft er haar verslag bij). */
export async function synchroniseerIn(tx: EntityManager, toestand: Toestand): Promise<Wijzigingen> {
  const wijzigingen: Wijzigingen = {};
  for (const naam of Object.keys(TABELLEN) as Tabelnaam[]) {
    const entiteit = tabel(naam);
    // De metadata van de ORM, niet die van het schema: pas na het ontdekken staat de sleutel erin.
    const sleutel = tx.getMetadata().get(entiteit.meta.className).primaryKeys[0];
    const telling: Telling = { toegevoegd: 0, gewijzigd: 0, verwijderd: 0 };
    const bestaande = new Map<unknown, Record<string, unknown>>();
    for (const rij of await faseAsync('sync: rijen uit de database', () => tx.find(entiteit, {}))) bestaande.set(rij[sleutel], rij);
    fase('sync: vergelijken', () => {
      for (const gewenst of toestand[naam] as Record<string, unknown>[]) {
        const bestaand = bestaande.get(gewenst[sleutel]);
        bestaande.delete(gewenst[sleutel]);
        zetRij(tx, entiteit, bestaand, gewenst, telling);
      }
      for (const overbodig of bestaande.values()) {
        tx.remove(overbodig);
        telling.verwijderd += 1;
      }
    });
    wijzigingen[naam] = telling;
  }
  await faseAsync('sync: schrijven', () => tx.flush());
  return wijzigingen;
}

/** Zoveel sleutels per statement bij het lezen van de rijen die een publicatie verandert. */
const PER_STATEMENT = 500;

/**
 * Als synchroniseerIn, als de database precies `vorige` bevat (de aanroeper weet dat uit de
 * edities die erin staan): alleen de rijen die tussen `vorige` en `toestand` verschillen,
 * worden gelezen en geschreven. synchroniseerIn leest elke rij van elke tabel als entiteit en
 * vergelijkt ze alle; bij k=20 was dat 0,6-1,2 s van een publicatie die één doel verandert.
 * De telling is dezelfde als die van synchroniseerIn met die database.
 */
export async function synchroniseerVerschil(tx: EntityManager, vorige: Toestand, toestand: Toestand): Promise<Wijzigingen> {
  const wijzigingen: Wijzigingen = {};
  for (const naam of Object.keys(TABELLEN) as Tabelnaam[]) {
    const entiteit = tabel(naam);
    const sleutel = tx.getMetadata().get(entiteit.meta.className).primaryKeys[0];
    const telling: Telling = { toegevoegd: 0, gewijzigd: 0, verwijderd: 0 };
    const { nieuw, anders, weg } = fase('sync: vergelijken', () => {
      const oud = new Map<unknown, Record<string, unknown>>();
      for (const rij of vorige[naam] as Record<string, unknown>[]) oud.set(rij[sleutel], rij);
      const nieuw: Record<string, unknown>[] = [];
      const anders: Record<string, unknown>[] = [];
      for (const gewenst of toestand[naam] as Record<string, unknown>[]) {
        const was = oud.get(gewenst[sleutel]);
        oud.delete(gewenst[sleutel]);
        if (!was) nieuw.push(gewenst);
        else if (verschilt(was, gewenst)) anders.push(gewenst);
      }
      return { nieuw, anders, weg: [...oud.keys()] };
    });
    const teLezen = [...anders.map((r) => r[sleutel]), ...weg];
    const bestaande = new Map<unknown, Record<string, unknown>>();
    for (let i = 0; i < teLezen.length; i += PER_STATEMENT) {
      const deel = teLezen.slice(i, i + PER_STATEMENT);
      for (const rij of await faseAsync('sync: rijen uit de database', () => tx.find(entiteit, { [sleutel]: { $in: deel } }))) bestaande.set(rij[sleutel], rij);
    }
    for (const gewenst of nieuw) {
      tx.persist(tx.create(entiteit, gewenst));
      telling.toegevoegd += 1;
    }
    // Staat een rij er toch niet (of al niet meer), dan doet dit wat synchroniseerIn zou doen: toevoegen, of niets.
    for (const gewenst of anders) zetRij(tx, entiteit, bestaande.get(gewenst[sleutel]), gewenst, telling);
    for (const sleutelwaarde of weg) {
      const bestaand = bestaande.get(sleutelwaarde);
      if (!bestaand) continue;
      tx.remove(bestaand);
      telling.verwijderd += 1;
    }
    wijzigingen[naam] = telling;
  }
  await faseAsync('sync: schrijven', () => tx.flush());
  return wijzigingen;
}

export function aantalWijzigingen(w: Wijzigingen): number {
  return Object.values(w).reduce((n, t) => n + t.toegevoegd + t.gewijzigd + t.verwijderd, 0);
}
