// Een ministerie publiceert een editie zelf, via de API, in hetzelfde YAML-formaat als de
// bestanden in zijn kamer. Dezelfde validatie als `npm run import`: een foute editie wordt
// in haar geheel geweigerd met elke melding. Editie en verslag (wie, wanneer, SHA-256,
// wat er veranderde) gaan in één transactie de database in; een editie die er eenmaal
// staat, verandert niet meer, zodat elke eerdere publicatie op te vragen blijft.
import type { EntityManager } from '@mikro-orm/core';
import { Editie, Publicatie, type Intrekking, type Toestand } from './entiteiten.js';
import { inSchrijftransactie, publicatienaam, trekOngeldigeIn, verzamelEdities, zelfdeInhoud, type Publicatierij } from './editie/bronnen.js';
import { editiestempel } from './editie/importeren.js';
import { Importfout, leesEditietekst, opEditiedatum, type GelezenEditie } from './editie/lezen.js';
import type { Lees } from './editie/lezer.js';
import { aantalWijzigingen, synchroniseerIn, synchroniseerVerschil, type Wijzigingen } from './editie/synchroniseren.js';
import { bepaalToestand } from './editie/toestand.js';
import type { Identiteit } from '../../kern/identiteit.js';
import { fase, faseAsync } from './editie/fasen.js';
import { onthoud } from './editie/editiecache.js';

/** Eén regel van het publicatieverslag, zoals GET /edities hem toont. */
export interface Publicatieverslag {
  id: number;
  bestand: string;
  editie: string;
  wie: string;
  bron: string;
  wanneer: string;
  sha256: string;
  samenvatting: Wijzigingen;
  /** Wie de publicatie wanneer en waarom introk; null zolang ze meetelt. */
  ingetrokken: Intrekking | null;
}

export interface Inzending {
  /** De YAML zoals ontvangen. */
  tekst: string;
  /** ?bestand=; zonder heet de editie naar haar datum. */
  bestand?: string;
  identiteit: Identiteit;
}

export type Publicatieuitkomst =
  | { soort: 'gepubliceerd'; publicatie: Publicatieverslag; melding: string }
  /** Precies deze editie bestond al: aanvaard, maar er is niets geschreven. */
  | { soort: 'ongewijzigd'; melding: string; publicatie: Publicatieverslag | null }
  /** Een editie met deze datum bestaat al met een andere inhoud. */
  | { soort: 'bestaat'; melding: string }
  | { soort: 'ongeldig'; meldingen: string[] };

export const verslag = (rij: Publicatierij): Publicatieverslag => ({
  id: rij.id,
  bestand: rij.bestand,
  editie: rij.editie,
  wie: rij.wie,
  bron: rij.bron,
  wanneer: rij.wanneer,
  sha256: rij.sha256,
  samenvatting: rij.samenvatting,
  ingetrokken: rij.ingetrokken ?? null,
});

const BESTANDSNAAM = /^\d{4}-\d{2}-\d{2}\.yaml$/;

/**
 * De naam waaronder meldingen over een inzending verschijnen, al vóór de validatie. Met
 * een regel, niet met de YAML-parser: de inzending wordt pas in de werkthread gelezen.
 */
function voorlopigeNaam(tekst: string, bestand: string | undefined): string {
  if (bestand) return bestand;
  const editie = /^editie:[ \t]*["']?(\d{4}-\d{2}-\d{2})["']?[ \t]*(?:#.*)?$/m.exec(tekst.slice(0, 10_000));
  return editie ? `${editie[1]}.yaml` : 'editie';
}

const beschrijfTelling = (w: Wijzigingen) =>
  Object.entries(w)
    .filter(([, t]) => t.toegevoegd + t.gewijzigd + t.verwijderd > 0)
    .map(([naam, t]) => `${naam} +${t.toegevoegd} ~${t.gewijzigd} -${t.verwijderd}`)
    .join(', ');

/**
 * Wat de database nu bevat, als dat vaststaat: staan er precies de edities `huidige` in
 * (bestanden en controlegetallen), dan zijn de beleidstabellen daaruit samengevoegd, want
 * ze worden alleen samen met de edities geschreven (synchroniseren.ts, in één transactie).
 * Dan hoeft een publicatie alleen te schrijven wat zij verandert. Anders (de map veranderde
 * sinds de laatste import, een nieuw schema) undefined: dan vergelijkt de publicatie elke rij.
 */
async function vorigeToestand(tx: EntityManager, huidige: GelezenEditie[]): Promise<Toestand | undefined> {
  const inDatabase = await faseAsync('sync: edities uit de database', () => tx.find(Editie, {}));
  if (inDatabase.length === 0 || editiestempel(inDatabase) !== editiestempel(huidige.map((e) => ({ bestand: e.bestand, controlegetal: e.controlegetal })))) return undefined;
  try {
    return fase('samenvoegen', () => bepaalToestand(huidige));
  } catch (fout) {
    if (fout instanceof Importfout) return undefined;
    throw fout;
  }
}

/**
 * Valideert de inzending samen met alle edities die er al zijn (map en publicaties) en
 * schrijft haar, met haar verslag, in één transactie. `map` is de kamer van het ministerie.
 */
export async function publiceerEditie(
  em: EntityManager,
  map: string,
  departement: string,
  inzending: Inzending,
  { nu = new Date(), lees = async (tekst, opties) => leesEditietekst(tekst, opties) }: { nu?: Date; lees?: Lees } = {},
): Promise<Publicatieuitkomst> {
  const { tekst, bestand, identiteit } = inzending;
  const naam = voorlopigeNaam(tekst, bestand);
  const naamfout = bestand !== undefined && !BESTANDSNAAM.test(bestand) ? [`?bestand=${bestand}: de naam van een editie is haar datum, JJJJ-MM-DD.yaml, bijvoorbeeld 2026-01-01.yaml`] : [];
  // Buiten de transactie: het lezen kost tijd (in een werkthread), de schrijver hoeft er niet op te wachten.
  const nieuw = await faseAsync('nieuwe editie lezen', () => lees(tekst, { naam, bestand, departement, herkomst: 'api' }));
  try {
    const uitkomst = await inSchrijftransactie(em, async (tx): Promise<Publicatieuitkomst> => {
      const { bronnen, meldingen, ongeldig } = await verzamelEdities(tx, map, departement, lees);
      const alle = [...naamfout, ...(Array.isArray(nieuw) ? nieuw : []), ...meldingen];
      if (alle.length > 0 || Array.isArray(nieuw)) throw new Importfout(alle);
      trekOngeldigeIn(tx, ongeldig, nu);
      const bestaand = bronnen.find((b) => b.editie.inhoud.editie === nieuw.inhoud.editie);
      if (bestaand) {
        const waar = [bestaand.inMap ? `in de map van ${departement}` : '', bestaand.publicatie ? `als ${publicatienaam(bestaand.publicatie)}` : ''].filter(Boolean).join(' en ');
        return zelfdeInhoud(bestaand.editie, nieuw)
          ? {
              soort: 'ongewijzigd',
              melding: `Editie ${nieuw.inhoud.editie} staat al ${waar} met precies deze inhoud; er is niets geschreven en niets veranderd.`,
              publicatie: bestaand.publicatie ? verslag(bestaand.publicatie) : null,
            }
          : {
              soort: 'bestaat',
              melding:
                `Editie ${nieuw.inhoud.editie} staat al ${waar}, met een andere inhoud. Een gepubliceerde editie verandert niet meer; ` +
                `publiceer de wijziging als nieuwe editie met een latere datum (alleen wat verandert, zie docs/dataformaat.md).`,
            };
      }
      const huidige = bronnen.map((b) => b.editie);
      const toestand = fase('samenvoegen', () => bepaalToestand([...huidige, nieuw].sort(opEditiedatum)));
      const vorige = await vorigeToestand(tx, huidige);
      const samenvatting = vorige ? await synchroniseerVerschil(tx, vorige, toestand) : await synchroniseerIn(tx, toestand);
      const rij: Publicatierij = await faseAsync('publicatie opslaan', async () => {
        const rij = tx.create(Publicatie, {
          bestand: nieuw.bestand,
          editie: nieuw.inhoud.editie,
          wie: identiteit.onderwerp,
          bron: identiteit.bron,
          wanneer: nu.toISOString(),
          sha256: nieuw.controlegetal,
          samenvatting,
          yaml: tekst,
        });
        await tx.flush();
        return rij;
      });
      // Alleen de editie zelf erbij: eerlijk zeggen dat er aan het beleid niets veranderde.
      const beleid = aantalWijzigingen(samenvatting) - (samenvatting.edities?.toegevoegd ?? 0);
      return {
        soort: 'gepubliceerd',
        publicatie: verslag(rij),
        melding:
          beleid === 0
            ? `Editie ${rij.editie} is gepubliceerd als #${rij.id}, maar verandert geen beleidsgegevens: alles wat erin staat, gold al.`
            : `Editie ${rij.editie} is gepubliceerd als #${rij.id}: ${beschrijfTelling(samenvatting)}.`,
      };
    });
    // De volgende publicatie leest deze editie uit de database; ze is net gelezen en gevalideerd.
    if (uitkomst.soort === 'gepubliceerd' && !Array.isArray(nieuw)) onthoud(departement, nieuw);
    return uitkomst;
  } catch (fout) {
    if (fout instanceof Importfout) return { soort: 'ongeldig', meldingen: fout.meldingen };
    throw fout;
  }
}

export interface Intrekverzoek {
  id: number;
  reden: string;
  identiteit: Identiteit;
}

export type Intrekuitkomst =
  | { soort: 'ingetrokken'; publicatie: Publicatieverslag; melding: string }
  | { soort: 'onbekend'; melding: string }
  /** Al ingetrokken: er verandert niets; de eerste intrekking blijft staan. */
  | { soort: 'al-ingetrokken'; publicatie: Publicatieverslag; melding: string }
  /** Zonder deze publicatie deugen de andere edities niet (een latere editie bouwt erop voort). */
  | { soort: 'geweigerd'; meldingen: string[] };

/**
 * Trekt een publicatie in: ze blijft in het verslag (wie, wanneer, waarom) maar telt niet
 * meer mee, en het beleid wordt in dezelfde transactie opnieuw uit de overige edities
 * opgebouwd. Lukt dat niet, dan verandert er niets.
 */
export async function trekIn(em: EntityManager, map: string, departement: string, verzoek: Intrekverzoek, nu = new Date(), lees?: Lees): Promise<Intrekuitkomst> {
  try {
    return await inSchrijftransactie(em, async (tx): Promise<Intrekuitkomst> => {
      const rij = await tx.findOne(Publicatie, { id: verzoek.id });
      if (!rij) return { soort: 'onbekend', melding: `${departement} heeft geen publicatie ${verzoek.id}; GET /edities geeft de lijst met de ids.` };
      if (rij.ingetrokken) {
        const i = rij.ingetrokken;
        return { soort: 'al-ingetrokken', publicatie: verslag(rij), melding: `${publicatienaam(rij)} is al ingetrokken door ${i.wie} op ${i.wanneer} (${i.reden}); er is niets veranderd.` };
      }
      rij.ingetrokken = { wie: verzoek.identiteit.onderwerp, bron: verzoek.identiteit.bron, wanneer: nu.toISOString(), reden: verzoek.reden };
      await tx.flush();
      const { bronnen, meldingen, ongeldig } = await verzamelEdities(tx, map, departement, lees);
      if (meldingen.length > 0) throw new Importfout(meldingen);
      trekOngeldigeIn(tx, ongeldig, nu);
      const samenvatting = await synchroniseerIn(tx, bepaalToestand(bronnen.map((b) => b.editie)));
      return {
        soort: 'ingetrokken',
        publicatie: verslag(rij),
        melding: `Publicatie #${rij.id} (editie ${rij.editie}) is ingetrokken en telt niet meer mee${aantalWijzigingen(samenvatting) > 0 ? `: ${beschrijfTelling(samenvatting)}` : ''}. Ze blijft in het verslag.`,
      };
    });
  } catch (fout) {
    if (fout instanceof Importfout) {
      return { soort: 'geweigerd', meldingen: fout.meldingen.map((m) => `Zonder publicatie ${verzoek.id}: ${m}`) };
    }
    throw fout;
  }
}

/** Het publicatieverslag, nieuwste eerst. */
export async function publicaties(em: EntityManager): Promise<Publicatieverslag[]> {
  return (await em.fork().find(Publicatie, {}, { orderBy: { id: 'desc' } })).map(verslag);
}

/** Eén publicatie met haar YAML zoals die binnenkwam; undefined als het id niet bestaat. */
export async function publicatie(em: EntityManager, id: number): Promise<(Publicatieverslag & { yaml: string }) | undefined> {
  const rij = await em.fork().findOne(Publicatie, { id });
  return rij ? { ...verslag(rij), yaml: rij.yaml } : undefined;
}
