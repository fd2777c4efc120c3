// De importopdracht voor één ministerie: lezen, valideren, samenvoegen, schrijven.
import type { EntityManager } from '@mikro-orm/core';
import { Editie, type Toestand } from '../entiteiten.js';
import { gewensteToestand, inSchrijftransactie } from './bronnen.js';
import { synchroniseerIn, type Wijzigingen } from './synchroniseren.js';

export interface Importresultaat {
  edities: string[];
  wijzigingen: Wijzigingen;
  toestand: Toestand;
  /** Opgeslagen publicaties die niet meer aan de regels voldeden en daarom zijn ingetrokken. */
  ingetrokken: string[];
}

/**
 * Importeert alle edities: de bestanden in `map` en wat het ministerie via de API
 * publiceerde. Bij een fout wordt een Importfout gegooid en is er niets geschreven.
 */
export async function importeer(em: EntityManager, map: string, departement: string): Promise<Importresultaat> {
  return inSchrijftransactie(em, async (tx) => {
    const { toestand, bronnen, ingetrokken } = await gewensteToestand(tx, map, departement);
    const wijzigingen = await synchroniseerIn(tx, toestand);
    return { edities: bronnen.map((b) => b.editie.bestand), wijzigingen, toestand, ingetrokken };
  });
}

/** Vingerafdruk van de geïmporteerde edities: bestanden en hun inhoud. */
export const editiestempel = (edities: { bestand: string; controlegetal: string }[]) =>
  edities.map((e) => `${e.bestand}:${e.controlegetal}`).sort().join('|');

/** Of de database al de edities bevat die nu in `map` en in de publicaties staan (zelfde bestanden en inhoud). */
export async function isActueel(em: EntityManager, map: string, departement: string): Promise<boolean> {
  const lezer = em.fork();
  const { toestand } = await gewensteToestand(lezer, map, departement);
  return editiestempel(await lezer.find(Editie, {})) === editiestempel(toestand.edities);
}
