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

function verschilt(bestaand: Record<string, unknown>, gewenst: Record<string, unknown>): boolean {
  return Object.keys(gewenst).some((veld) => normaal(bestaand[veld]) !== normaal(gewenst[veld]));
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
        if (!bestaand) {
          tx.persist(tx.create(entiteit, gewenst));
          telling.toegevoegd += 1;
        } else if (verschilt(bestaand, gewenst)) {
          tx.assign(bestaand, gewenst);
          telling.gewijzigd += 1;
        }
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

export function aantalWijzigingen(w: Wijzigingen): number {
  return Object.values(w).reduce((n, t) => n + t.toegevoegd + t.gewijzigd + t.verwijderd, 0);
}
