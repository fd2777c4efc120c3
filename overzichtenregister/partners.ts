// De manifesten van partnerapps vastleggen en lezen. Elke registratie en elke intrekking is een
// nieuwe rij met het volgende nummer voor die app, in een transactie die de tabel vergrendelt
// (kern/schrijftransactie.ts); de unieke sleutel (app, versie) vangt wat tussen twee replica's
// van het register nog zou glippen. Niets wordt bijgewerkt of verwijderd: wie, wanneer en wat
// er veranderde, blijft staan. De gateway controleerde elke operatie al; het register legt vast.
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Identiteit } from '../kern/identiteit.js';
import type { Manifestoperatie, Partnermanifest, Partnerverslagregel } from '../kern/partners.js';
import { schrijftransactie } from '../kern/schrijftransactie.js';
import { Partnermanifestversie, type Partnermanifestrij } from './entiteiten.js';

const inSchrijftransactie = schrijftransactie(Partnermanifestversie);

const alsManifest = (rij: Partnermanifestrij): Partnermanifest => ({ app: rij.app, versie: rij.versie, operaties: rij.operaties, wie: rij.wie, bron: rij.bron, wanneer: rij.wanneer });

/** Het geldende manifest van elke app: de nieuwste rij, tenzij dat een intrekking is. Twee statements (één zonder manifesten). */
export async function leesPartners(em: EntityManager): Promise<Partnermanifest[]> {
  const tabel = em.getMetadata().get(Partnermanifestversie.meta.className).tableName;
  const nieuwste: { app: string; versie: number | string }[] = await em.getConnection().execute(`select app, max(versie) as versie from "${tabel}" group by app`);
  if (nieuwste.length === 0) return [];
  const rijen = await em.find(Partnermanifestversie, { $or: nieuwste.map((n) => ({ app: n.app, versie: Number(n.versie) })), ingetrokken: false }, { orderBy: { app: 'asc' } });
  return rijen.map(alsManifest);
}

export type Registratieuitkomst =
  | { soort: 'vastgelegd'; manifest: Partnermanifest; toegevoegd: string[]; verwijderd: string[] }
  /** Precies de operaties van het geldende manifest: niets vastgelegd. */
  | { soort: 'ongewijzigd'; manifest: Partnermanifest };

const sleutel = (o: Manifestoperatie) => `${o.id} ${o.name} ${o.body}`;

/** Eén poging opnieuw als een andere replica van het register tegelijk hetzelfde nummer schreef. */
async function metHerkansing<T>(werk: () => Promise<T>): Promise<T> {
  try {
    return await werk();
  } catch (fout) {
    if (fout instanceof UniqueConstraintViolationException) return werk();
    throw fout;
  }
}

export function registreerManifest(em: EntityManager, app: string, operaties: Manifestoperatie[], wie: Identiteit, nu: Date): Promise<Registratieuitkomst> {
  return metHerkansing(() =>
    inSchrijftransactie(em, async (tx): Promise<Registratieuitkomst> => {
      const vorige = await tx.findOne(Partnermanifestversie, { app }, { orderBy: { versie: 'desc' } });
      const was = vorige && !vorige.ingetrokken ? vorige.operaties : [];
      const gelijk = was.length === operaties.length && new Set(was.map(sleutel)).size === new Set([...was, ...operaties].map(sleutel)).size;
      if (vorige && !vorige.ingetrokken && gelijk) return { soort: 'ongewijzigd', manifest: alsManifest(vorige) };
      const oud = new Set(was.map((o) => o.id));
      const nieuw = new Set(operaties.map((o) => o.id));
      const toegevoegd = [...nieuw].filter((id) => !oud.has(id));
      const verwijderd = [...oud].filter((id) => !nieuw.has(id));
      const rij = tx.create(Partnermanifestversie, {
        app,
        versie: (vorige?.versie ?? 0) + 1,
        operaties,
        ingetrokken: false,
        toegevoegd,
        verwijderd,
        wie: wie.onderwerp,
        bron: wie.bron,
        wanneer: nu.toISOString(),
      });
      await tx.flush();
      return { soort: 'vastgelegd', manifest: alsManifest(rij), toegevoegd, verwijderd };
    }),
  );
}

export type Manifestintrekuitkomst = { soort: 'ingetrokken'; versie: number; wanneer: string } | { soort: 'onbekend' } | { soort: 'al-ingetrokken'; versie: number; wanneer: string };

/** Trekt het manifest van een app in: een rij zonder operaties. De app kan later een nieuw manifest registreren. */
export function trekManifestIn(em: EntityManager, app: string, wie: Identiteit, nu: Date): Promise<Manifestintrekuitkomst> {
  return metHerkansing(() =>
    inSchrijftransactie(em, async (tx): Promise<Manifestintrekuitkomst> => {
      const vorige = await tx.findOne(Partnermanifestversie, { app }, { orderBy: { versie: 'desc' } });
      if (!vorige) return { soort: 'onbekend' };
      if (vorige.ingetrokken) return { soort: 'al-ingetrokken', versie: vorige.versie, wanneer: vorige.wanneer };
      const rij = tx.create(Partnermanifestversie, {
        app,
        versie: vorige.versie + 1,
        operaties: [],
        ingetrokken: true,
        toegevoegd: [],
        verwijderd: vorige.operaties.map((o) => o.id),
        wie: wie.onderwerp,
        bron: wie.bron,
        wanneer: nu.toISOString(),
      });
      await tx.flush();
      return { soort: 'ingetrokken', versie: rij.versie, wanneer: rij.wanneer };
    }),
  );
}

/** Elke registratie en intrekking van een app, de nieuwste eerst; undefined als de app onbekend is. */
export async function partnerverslag(em: EntityManager, app: string): Promise<{ app: string; versies: Partnerverslagregel[] } | undefined> {
  const rijen = await em.fork().find(Partnermanifestversie, { app }, { orderBy: { versie: 'desc' } });
  if (rijen.length === 0) return undefined;
  return {
    app,
    versies: rijen.map((r) => ({
      versie: r.versie,
      ingetrokken: r.ingetrokken,
      aantal: r.operaties.length,
      toegevoegd: r.toegevoegd,
      verwijderd: r.verwijderd,
      wie: r.wie,
      bron: r.bron,
      wanneer: r.wanneer,
    })),
  };
}
