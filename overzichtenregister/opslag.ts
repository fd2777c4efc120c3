// Versies vastleggen en lezen. Een publicatie krijgt haar nummer in een transactie: het
// register kijkt welke versie de nieuwste is, weigert als de gateway tegen een oudere
// vergeleek (409: hij herlaadt en controleert opnieuw), en schrijft anders nieuwste + 1. De
// unieke sleutel (naam, versie) vangt wat er dan nog tussendoor zou glippen. Niets wordt
// ooit bijgewerkt of verwijderd: wie, wanneer, sha256, document en wijziging blijven staan.
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Identiteit } from '../kern/identiteit.js';
import {
  versieId,
  type Registerintrekking,
  type Registerpublicatie,
  type Registerstand,
  type Registerversie,
  type Verslagregel,
} from '../kern/overzichten.js';
import { hashVan } from '../gateway/overzichten/register.js';
import { Overzichtintrekking, Overzichtversie, Partnermanifestversie, type Intrekkingrij, type Versierij } from './entiteiten.js';
import { schrijftransactie } from '../kern/schrijftransactie.js';
import { leesPartners } from './partners.js';

export const alsVersie = (rij: Versierij, metContract = false): Registerversie => ({
  naam: rij.naam,
  versie: rij.versie,
  titel: rij.titel,
  omschrijving: rij.omschrijving,
  document: rij.document,
  hash: rij.sha256,
  rijen: rij.rijen ?? null,
  standaardwaarden: rij.standaardwaarden,
  weergave: rij.weergave ?? null,
  breekt: rij.breekt ?? null,
  gepubliceerd: rij.wanneer,
  herkomst: rij.herkomst,
  variabelen: rij.variabelen,
  ...(metContract ? { contract: rij.contract } : {}),
});

const alsIntrekking = (rij: Intrekkingrij): Registerintrekking => ({ naam: rij.naam, reden: rij.reden, per: rij.per, wie: rij.wie, bron: rij.bron, wanneer: rij.wanneer });

/** Eén schrijftransactie die de versies vergrendelt: een andere replica van het register ziet de versie van de eerste (kern/schrijftransactie.ts). */
export const inSchrijftransactie = schrijftransactie(Overzichtversie);

/**
 * De stand: verandert bij elke versie, intrekking en elk manifest van een partner (de tabellen
 * groeien alleen). Eén statement. Zo horen de gateways een nieuw manifest op dezelfde weg als
 * een nieuw overzicht: het bericht via Redis en de periodieke controle.
 */
export async function standVan(em: EntityManager): Promise<string> {
  const tabel = (entiteit: { meta: { className: string } }) => em.getMetadata().get(entiteit.meta.className).tableName;
  const [rij] = await em
    .fork()
    .getConnection()
    .execute<{ v: number | string; i: number | string; p: number | string }[]>(
      `select (select count(*) from "${tabel(Overzichtversie)}") as v, (select count(*) from "${tabel(Overzichtintrekking)}") as i, (select count(*) from "${tabel(Partnermanifestversie)}") as p`,
    );
  return `${Number(rij.v)}.${Number(rij.i)}.${Number(rij.p)}`;
}

/** Alles wat een gateway leest, met een vast aantal statements (vier; vijf als er manifesten van partners zijn), hoeveel overzichten er ook zijn. */
export async function leesStand(em: EntityManager): Promise<Registerstand> {
  const fork = em.fork();
  const stand = await standVan(fork);
  const rijen = await fork.find(Overzichtversie, {}, { orderBy: { naam: 'asc', versie: 'asc' } });
  const intrekkingen = await fork.find(Overzichtintrekking, {}, { orderBy: { naam: 'asc' } });
  const partners = await leesPartners(fork);
  const nieuwste = new Map<string, number>();
  for (const r of rijen) nieuwste.set(r.naam, Math.max(nieuwste.get(r.naam) ?? 0, r.versie));
  return {
    stand,
    versies: rijen.map((r) => alsVersie(r, nieuwste.get(r.naam) === r.versie)),
    intrekkingen: intrekkingen.map(alsIntrekking),
    partners,
  };
}

export type Publicatieuitkomst =
  | { soort: 'gepubliceerd'; versie: Registerversie }
  /** Er is intussen een nieuwere versie dan waartegen de gateway vergeleek. */
  | { soort: 'verouderd'; nieuwste: number; melding: string }
  | { soort: 'ingetrokken'; melding: string }
  | { soort: 'ongeldig'; redenen: string[] };

/** Wat het register zelf nog nakijkt: de gateway controleerde het overzicht al, dit is de laatste grens. */
function nakijken(p: Registerpublicatie): string[] {
  const redenen: string[] = [];
  if (p.contract.hash !== hashVan(p.document)) redenen.push(`het contract hoort bij een ander document (${p.contract.hash}, het document is ${hashVan(p.document)}).`);
  if (!Number.isInteger(p.vorigeVersie) || p.vorigeVersie < 0) redenen.push(`vorigeVersie is ${p.vorigeVersie}; verwacht 0 (nieuw) of het nummer van de nieuwste versie.`);
  if (p.vorigeVersie === 0 && p.breekt) redenen.push('een eerste versie kan niets breken; laat breekt weg.');
  return redenen;
}

export async function publiceer(em: EntityManager, p: Registerpublicatie, wie: Identiteit, nu: Date): Promise<Publicatieuitkomst> {
  const redenen = nakijken(p);
  if (redenen.length > 0) return { soort: 'ongeldig', redenen };
  try {
    return await inSchrijftransactie(em, async (tx): Promise<Publicatieuitkomst> => {
      const intrekking = await tx.findOne(Overzichtintrekking, { naam: p.naam });
      if (intrekking) {
        return { soort: 'ingetrokken', melding: `${p.naam} is ingetrokken (per ${intrekking.per}: ${intrekking.reden}); publiceer onder een nieuwe naam.` };
      }
      const vorige = await tx.findOne(Overzichtversie, { naam: p.naam }, { orderBy: { versie: 'desc' } });
      const nieuwste = vorige?.versie ?? 0;
      if (nieuwste !== p.vorigeVersie) {
        return {
          soort: 'verouderd',
          nieuwste,
          melding: `${p.naam} heeft intussen versie ${nieuwste} (vergeleken met ${p.vorigeVersie}); vergelijk opnieuw met de nieuwste.`,
        };
      }
      const rij = tx.create(Overzichtversie, {
        naam: p.naam,
        versie: nieuwste + 1,
        titel: p.titel,
        omschrijving: p.omschrijving,
        document: p.document,
        sha256: hashVan(p.document),
        rijen: p.rijen,
        standaardwaarden: p.standaardwaarden,
        weergave: p.weergave,
        variabelen: p.variabelen,
        contract: p.contract,
        wijziging: p.wijziging,
        breekt: p.breekt,
        herkomst: 'api',
        wie: wie.onderwerp,
        bron: wie.bron,
        wanneer: nu.toISOString(),
      });
      await tx.flush();
      return { soort: 'gepubliceerd', versie: alsVersie(rij, true) };
    });
  } catch (fout) {
    // Een andere replica van het register schreef dezelfde versie net eerder (zonder tabelslot: SQLite met twee processen).
    if (fout instanceof UniqueConstraintViolationException) {
      const nieuwste = (await em.fork().findOne(Overzichtversie, { naam: p.naam }, { orderBy: { versie: 'desc' } }))?.versie ?? 0;
      return { soort: 'verouderd', nieuwste, melding: `${p.naam} kreeg tegelijk een andere versie ${nieuwste}; vergelijk opnieuw met de nieuwste.` };
    }
    throw fout;
  }
}

export type Intrekuitkomst =
  | { soort: 'ingetrokken'; intrekking: Registerintrekking }
  | { soort: 'al-ingetrokken'; intrekking: Registerintrekking }
  | { soort: 'onbekend' };

/** Trekt een heel overzicht in (elke versie), per `per`. Een intrekking blijft staan. */
export async function trekIn(em: EntityManager, verzoek: { naam: string; reden: string; per: Date }, wie: Identiteit, nu: Date): Promise<Intrekuitkomst> {
  try {
    return await inSchrijftransactie(em, async (tx): Promise<Intrekuitkomst> => {
      const bestaand = await tx.findOne(Overzichtintrekking, { naam: verzoek.naam });
      if (bestaand) return { soort: 'al-ingetrokken', intrekking: alsIntrekking(bestaand) };
      if ((await tx.count(Overzichtversie, { naam: verzoek.naam })) === 0) return { soort: 'onbekend' };
      const rij = tx.create(Overzichtintrekking, {
        naam: verzoek.naam,
        reden: verzoek.reden,
        per: verzoek.per.toISOString(),
        wie: wie.onderwerp,
        bron: wie.bron,
        wanneer: nu.toISOString(),
      });
      await tx.flush();
      return { soort: 'ingetrokken', intrekking: alsIntrekking(rij) };
    });
  } catch (fout) {
    if (fout instanceof UniqueConstraintViolationException) {
      const bestaand = await em.fork().findOneOrFail(Overzichtintrekking, { naam: verzoek.naam });
      return { soort: 'al-ingetrokken', intrekking: alsIntrekking(bestaand) };
    }
    throw fout;
  }
}

/** Het verslag van één overzicht: elke versie met wie, wanneer, sha256, document en wijziging; undefined als de naam onbekend is. */
export async function verslagVan(em: EntityManager, naam: string): Promise<{ naam: string; versies: Verslagregel[]; intrekking: Registerintrekking | null } | undefined> {
  const fork = em.fork();
  const rijen = await fork.find(Overzichtversie, { naam }, { orderBy: { versie: 'desc' } });
  if (rijen.length === 0) return undefined;
  const intrekking = await fork.findOne(Overzichtintrekking, { naam });
  return {
    naam,
    versies: rijen.map((r) => ({
      id: versieId(r.naam, r.versie),
      versie: r.versie,
      titel: r.titel,
      wie: r.wie,
      bron: r.bron,
      wanneer: r.wanneer,
      sha256: r.sha256,
      document: r.document,
      rijen: r.rijen ?? null,
      wijziging: r.wijziging,
      breekt: r.breekt ?? null,
      herkomst: r.herkomst,
    })),
    intrekking: intrekking ? alsIntrekking(intrekking) : null,
  };
}
