// De importopdracht voor één ministerie: lezen, valideren, samenvoegen, schrijven.
import type { EntityManager } from '@mikro-orm/core';
import { Editie, type Toestand } from '../entiteiten.js';
import { leesEdities } from './lezen.js';
import { synchroniseer, type Wijzigingen } from './synchroniseren.js';
import { bepaalToestand } from './toestand.js';

export interface Importresultaat {
  edities: string[];
  wijzigingen: Wijzigingen;
  toestand: Toestand;
}

/**
 * Importeert alle edities uit `map`. Bij een fout in een bestand wordt een
 * Importfout gegooid voordat er iets geschreven is.
 */
export async function importeer(em: EntityManager, map: string, departement: string): Promise<Importresultaat> {
  const edities = leesEdities(map, departement);
  const toestand = bepaalToestand(edities);
  const wijzigingen = await synchroniseer(em.fork(), toestand);
  return { edities: edities.map((e) => e.bestand), wijzigingen, toestand };
}

/** Vingerafdruk van de geïmporteerde edities: bestanden en hun inhoud. */
export const editiestempel = (edities: { bestand: string; controlegetal: string }[]) =>
  edities.map((e) => `${e.bestand}:${e.controlegetal}`).sort().join('|');

/** Of de database al de edities bevat die nu in `map` staan (zelfde bestanden en inhoud). */
export async function isActueel(em: EntityManager, toestand: Toestand): Promise<boolean> {
  return editiestempel(await em.fork().find(Editie, {})) === editiestempel(toestand.edities);
}
