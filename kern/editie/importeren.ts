// De importopdracht voor één ministerie: lezen, valideren, samenvoegen, schrijven.
import type { EntityManager } from '@mikro-orm/core';
import {
  Cijferreeks,
  Doel,
  Editie,
  Effect,
  Groepindex,
  Instrument,
  Leeftijdsgrens,
  Maatregel,
  Verantwoordelijkheid,
  Waarneming,
} from '../entiteiten.js';
import { leesEdities } from './lezen.js';
import { synchroniseer, type Tabel, type Wijzigingen } from './synchroniseren.js';
import { bepaalToestand, type Toestand } from './toestand.js';

export interface Importresultaat {
  edities: string[];
  wijzigingen: Wijzigingen;
  toestand: Toestand;
}

export function beleidstabellen(t: Toestand): Tabel[] {
  return [
    { naam: 'verantwoordelijkheden', entiteit: Verantwoordelijkheid, sleutel: 'code', rijen: t.verantwoordelijkheid },
    { naam: 'doelen', entiteit: Doel, sleutel: 'code', rijen: t.doel },
    { naam: 'instrumenten', entiteit: Instrument, sleutel: 'code', rijen: t.instrument },
    { naam: 'effecten', entiteit: Effect, sleutel: 'sleutel', rijen: t.effect },
    { naam: 'leeftijdsgrenzen', entiteit: Leeftijdsgrens, sleutel: 'sleutel', rijen: t.leeftijdsgrens },
    { naam: 'maatregelen', entiteit: Maatregel, sleutel: 'code', rijen: t.maatregel },
    { naam: 'cijferreeksen', entiteit: Cijferreeks, sleutel: 'code', rijen: t.cijferreeks },
    { naam: 'waarnemingen', entiteit: Waarneming, sleutel: 'sleutel', rijen: t.waarneming },
    { naam: 'groepindex', entiteit: Groepindex, sleutel: 'id', rijen: t.groepindex },
    { naam: 'edities', entiteit: Editie, sleutel: 'bestand', rijen: t.editie },
  ];
}

/**
 * Importeert alle edities uit `map`. Bij een fout in een bestand wordt een
 * Importfout gegooid voordat er iets geschreven is.
 */
export async function importeer(
  em: EntityManager,
  map: string,
  departement: string,
  extraTabellen: (t: Toestand) => Tabel[] = () => [],
): Promise<Importresultaat> {
  const edities = leesEdities(map, departement);
  const toestand = bepaalToestand(edities);
  const wijzigingen = await synchroniseer(em.fork(), [...extraTabellen(toestand), ...beleidstabellen(toestand)]);
  return { edities: edities.map((e) => e.bestand), wijzigingen, toestand };
}

/** Of de database al de edities bevat die nu in `map` staan (zelfde bestanden en inhoud). */
export async function isActueel(em: EntityManager, toestand: Toestand): Promise<boolean> {
  const aanwezig = await em.fork().find(Editie, {});
  const sleutel = (e: { bestand: string; controlegetal: string }) => `${e.bestand}:${e.controlegetal}`;
  return normaleSet(aanwezig.map(sleutel)) === normaleSet(toestand.editie.map(sleutel));
}

const normaleSet = (l: string[]) => [...l].sort().join('|');
