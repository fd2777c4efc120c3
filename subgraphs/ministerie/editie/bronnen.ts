// Welke edities meetellen: de bestanden in de kamer van het ministerie én de edities die
// het via de API publiceerde (tabel Publicatie). Beide zijn bron; de beleidstabellen zijn
// daaruit afgeleid. Zo brengt elke import, herstart of herbouw van het schema een
// gepubliceerde editie terug in plaats van haar te laten vallen omdat ze niet in de map staat.
import type { EntityManager, InferEntity } from '@mikro-orm/core';
import { Publicatie, type Toestand } from '../entiteiten.js';
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { editiebestanden, Importfout, leesEditietekst, leesMap, opEditiedatum, type GelezenEditie } from './lezen.js';
import type { Lees } from './lezer.js';
import { bepaalToestand } from './toestand.js';
import { schrijftransactie } from '../../../kern/schrijftransactie.js';
import { fase, faseAsync } from './fasen.js';
import { Leesronde } from './editiecache.js';

export type Publicatierij = InferEntity<typeof Publicatie>;

export interface Bronneditie {
  editie: GelezenEditie;
  /** Staat de editie als bestand in de map? */
  inMap: boolean;
  /** De publicatie waarmee de editie via de API binnenkwam, als dat zo is. */
  publicatie?: Publicatierij;
}

/** Zelfde editie als de gelezen inhoud gelijk is; opmaak en commentaar in de YAML tellen niet. */
export const zelfdeInhoud = (a: GelezenEditie, b: GelezenEditie) => JSON.stringify(a.inhoud) === JSON.stringify(b.inhoud);

/** Hoe een melding een publicatie noemt. */
export const publicatienaam = (rij: Pick<Publicatierij, 'id' | 'bestand'>) => `publicatie #${rij.id} (${rij.bestand})`;

/** Een opgeslagen publicatie die niet meer aan de regels van nu voldoet (zie verzamelEdities). */
export interface Ongeldig {
  rij: Publicatierij;
  meldingen: string[];
}

/**
 * Alle edities uit map en database die meetellen, op volgorde van editiedatum, met de
 * meldingen over de bestanden die niet deugen. Een ingetrokken publicatie telt niet mee.
 * Een publicatie wordt opnieuw gevalideerd: na een nieuwe versie van deze code hoort ook
 * zij aan de regels van nu te voldoen. Doet ze dat niet (een editie 9999-99-99 van vóór de
 * datumcontrole), dan staat ze in `ongeldig` in plaats van de hele import te blokkeren:
 * de aanroeper trekt haar in, zichtbaar in het verslag. `lees` leest een publicatie
 * (standaard in deze thread; een publicatie via de API gebruikt de editielezer).
 */
export async function verzamelEdities(
  em: EntityManager,
  map: string,
  departement: string,
  lees: Lees = async (tekst, opties) => leesEditietekst(tekst, opties),
): Promise<{ bronnen: Bronneditie[]; meldingen: string[]; ongeldig: Ongeldig[] }> {
  // Een bestand of publicatie die sinds de vorige ronde niet veranderde, is al gelezen en gevalideerd (editiecache.ts).
  const ronde = new Leesronde(departement);
  const uitMap = leesMap(map, departement, (tekst, opties) => ronde.leesNu(tekst, opties.bestand, () => leesEditietekst(tekst, opties)));
  const meldingen = [...uitMap.meldingen];
  const ongeldig: Ongeldig[] = [];
  const bronnen: Bronneditie[] = uitMap.edities.map((editie) => ({ editie, inMap: true }));
  for (const rij of await faseAsync('publicaties uit de database', () => em.find(Publicatie, { ingetrokken: null }, { orderBy: { id: 'asc' } }))) {
    const gelezen = await faseAsync('publicaties lezen', () =>
      ronde.lees(rij.yaml, rij.bestand, () => lees(rij.yaml, { naam: publicatienaam(rij), bestand: rij.bestand, departement, herkomst: 'api' })),
    );
    if (Array.isArray(gelezen)) {
      ongeldig.push({ rij, meldingen: gelezen });
      continue;
    }
    const inMap = bronnen.find((b) => b.inMap && b.editie.inhoud.editie === gelezen.inhoud.editie);
    if (!inMap) bronnen.push({ editie: gelezen, inMap: false, publicatie: rij });
    // Iemand zette de gepubliceerde editie later ook in de map: één editie, twee herkomsten.
    else if (zelfdeInhoud(inMap.editie, gelezen)) inMap.publicatie = rij;
    else {
      meldingen.push(
        `${inMap.editie.bestand}: staat in de map met een andere inhoud dan ${publicatienaam(rij)} van ${rij.wie} op ${rij.wanneer}; ` +
          `een gepubliceerde editie verandert niet meer. Haal het bestand uit de map, of zet er de gepubliceerde tekst in (GET /edities/${rij.id}).`,
      );
    }
  }
  ronde.rondAf();
  return { bronnen: bronnen.sort((a, b) => opEditiedatum(a.editie, b.editie)), meldingen, ongeldig };
}

/**
 * Leest de edities in de map en de publicaties met `lees` (de werkthread van de editielezer)
 * in de cache van gelezen edities (editiecache.ts), zonder iets te melden of te schrijven:
 * na een start die de edities niet las, zodat de eerste publicatie niet alles opnieuw hoeft
 * te lezen (bij k=20 1,4 s YAML op de lus van de subgraph). Eén editie tegelijk, in de
 * werkthread: het afval van de YAML blijft in die thread, die na een halve minuut rust
 * stopt; de lus krijgt per editie alleen de gelezen inhoud, die de cache comprimeert.
 */
export async function vulCache(em: EntityManager, map: string, departement: string, lees: Lees): Promise<number> {
  const ronde = new Leesronde(departement);
  let gelezen = 0;
  for (const pad of editiebestanden(map)) {
    const tekst = readFileSync(pad, 'utf8');
    if (!Array.isArray(await ronde.lees(tekst, basename(pad), () => lees(tekst, { naam: relative(process.cwd(), pad), bestand: basename(pad), departement })))) gelezen++;
  }
  for (const rij of await em.fork().find(Publicatie, { ingetrokken: null }, { orderBy: { id: 'asc' } })) {
    if (!Array.isArray(await ronde.lees(rij.yaml, rij.bestand, () => lees(rij.yaml, { naam: publicatienaam(rij), bestand: rij.bestand, departement, herkomst: 'api' })))) gelezen++;
  }
  ronde.rondAf();
  return gelezen;
}

/** Wie een publicatie intrekt omdat ze niet meer aan de regels voldoet: de dienst zelf. */
export const DIENST = { wie: 'de dienst', bron: 'intern' } as const;

/**
 * Trekt opgeslagen publicaties die niet meer aan de regels voldoen in, binnen de
 * transactie van de aanroeper, met de meldingen als reden; niets wordt verwijderd.
 */
export function trekOngeldigeIn(tx: EntityManager, ongeldig: Ongeldig[], nu = new Date()): string[] {
  return ongeldig.map(({ rij, meldingen }) => {
    rij.ingetrokken = { ...DIENST, wanneer: nu.toISOString(), reden: `Voldoet niet aan de regels van het dataformaat: ${meldingen.join('; ')}` };
    tx.persist(rij);
    return `${publicatienaam(rij)} is ingetrokken: ze voldoet niet aan de regels van nu (${meldingen.join('; ')}).`;
  });
}

/**
 * De toestand die in de database hoort: map en publicaties samengevoegd. Gooit een
 * Importfout met alle meldingen; publicaties die niet meer deugen, trekt zij in (meldt `ingetrokken`).
 */
export async function gewensteToestand(em: EntityManager, map: string, departement: string): Promise<{ toestand: Toestand; bronnen: Bronneditie[]; ingetrokken: string[] }> {
  const { bronnen, meldingen, ongeldig } = await verzamelEdities(em, map, departement);
  if (meldingen.length > 0) throw new Importfout(meldingen);
  if (bronnen.length === 0) throw new Importfout([`${map}: geen editiebestanden (*.yaml) gevonden en geen publicaties in de database`]);
  return { toestand: fase('samenvoegen', () => bepaalToestand(bronnen.map((b) => b.editie))), bronnen, ingetrokken: trekOngeldigeIn(em, ongeldig) };
}

/** Eén schrijftransactie die de publicaties vergrendelt: een tweede schrijver ziet de publicatie van de eerste (kern/schrijftransactie.ts). */
export const inSchrijftransactie = schrijftransactie(Publicatie);
