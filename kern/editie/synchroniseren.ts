// Brengt de database in één transactie naar de gewenste toestand en telt wat er
// veranderde. Een tweede import met dezelfde bestanden schrijft niets.
import type { EntityManager, EntitySchema } from '@mikro-orm/core';

export interface Tabel {
  naam: string;
  entiteit: EntitySchema<any>;
  sleutel: string;
  rijen: object[];
}

export interface Telling {
  toegevoegd: number;
  gewijzigd: number;
  verwijderd: number;
}

export type Wijzigingen = Record<string, Telling>;

const normaal = (w: unknown) => JSON.stringify(w ?? null);

function verschilt(bestaand: Record<string, unknown>, gewenst: Record<string, unknown>): boolean {
  return Object.keys(gewenst).some((veld) => normaal(bestaand[veld]) !== normaal(gewenst[veld]));
}

export async function synchroniseer(em: EntityManager, tabellen: Tabel[]): Promise<Wijzigingen> {
  return em.transactional(async (tx) => {
    const wijzigingen: Wijzigingen = {};
    for (const tabel of tabellen) {
      const telling: Telling = { toegevoegd: 0, gewijzigd: 0, verwijderd: 0 };
      const bestaande = new Map<unknown, Record<string, unknown>>();
      for (const rij of await tx.find(tabel.entiteit, {})) {
        bestaande.set((rij as Record<string, unknown>)[tabel.sleutel], rij as Record<string, unknown>);
      }
      for (const gewenst of tabel.rijen as Record<string, unknown>[]) {
        const sleutel = gewenst[tabel.sleutel];
        const bestaand = bestaande.get(sleutel);
        bestaande.delete(sleutel);
        if (!bestaand) {
          tx.persist(tx.create(tabel.entiteit, gewenst));
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
      wijzigingen[tabel.naam] = telling;
    }
    await tx.flush();
    return wijzigingen;
  });
}

export function aantalWijzigingen(w: Wijzigingen): number {
  return Object.values(w).reduce((n, t) => n + t.toegevoegd + t.gewijzigd + t.verwijderd, 0);
}
