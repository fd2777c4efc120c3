// De ingebouwde set: de bestanden in overzichten/ worden bij de start van het register
// versies, zoals de edities van een ministerie bij zijn eerste start in zijn database komen.
// Hun contract staat al in overzichten/contract.json (npm run overzichten, getest in
// test/overzichten.test.ts); het register hoeft het schema dus niet te kennen.
//
// - een naam die het register nog niet kent: versie 1;
// - een bestand dat veranderde (een nieuwe hash) terwijl de nieuwste versie uit het bestand
//   kwam: een nieuwe versie, als de wijziging niets breekt (npm run overzichten weigert dat al);
// - heeft het programmateam intussen zelf een nieuwere versie gepubliceerd, of is het
//   overzicht ingetrokken, dan wint het register: het bestand wordt gemeld, niet opgenomen;
// - een verbinding die de gateway niet tot het eind kan doorbladeren (gateway/overzichten/bladeren.ts),
//   zoals bij een publicatie: gemeld, niet opgenomen.
import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/core';
import { versieId, type Contract } from '../kern/overzichten.js';
import { parse } from 'graphql';
import { verbindingsredenen } from '../gateway/overzichten/bladeren.js';
import { vergelijk } from '../gateway/overzichten/contract.js';
import { leesOverzichten, OVERZICHTENMAP, type Overzicht } from '../gateway/overzichten/register.js';
import { Overzichtintrekking, Overzichtversie } from './entiteiten.js';
import { inSchrijftransactie } from './opslag.js';

export const INGEBOUWD = { wie: 'overzichten/ (ingebouwd)', bron: 'bestand' } as const;

export interface Importuitkomst {
  /** naam@versie van elke nieuw opgenomen versie. */
  opgenomen: string[];
  /** Wat niet opgenomen is, en waarom. */
  meldingen: string[];
}

export function leesIngebouwd(map = OVERZICHTENMAP): { overzichten: Overzicht[]; contracten: Record<string, Contract> } {
  return {
    overzichten: leesOverzichten(map),
    contracten: JSON.parse(readFileSync(`${map}/contract.json`, 'utf8')) as Record<string, Contract>,
  };
}

/** Neemt de ingebouwde set op, in één transactie, met een vast aantal statements voor het lezen. */
export async function importeerIngebouwd(em: EntityManager, nu: Date, { overzichten, contracten } = leesIngebouwd()): Promise<Importuitkomst> {
  return inSchrijftransactie(em, async (tx) => {
    const namen = overzichten.map((o) => o.naam);
    const bestaand = await tx.find(Overzichtversie, { naam: { $in: namen } }, { orderBy: { naam: 'asc', versie: 'asc' } });
    const ingetrokken = new Set((await tx.find(Overzichtintrekking, { naam: { $in: namen } })).map((i) => i.naam));
    const opgenomen: string[] = [];
    const meldingen: string[] = [];
    for (const o of overzichten) {
      const contract = contracten[o.naam];
      if (!contract || contract.hash !== o.hash) {
        meldingen.push(`overzichten/${o.naam}.graphql staat niet (zo) in overzichten/contract.json; draai npm run overzichten. Niet opgenomen.`);
        continue;
      }
      // Zoals bij een publicatie: een verbinding moet de gateway tot het eind kunnen doorbladeren, anders is de CSV te kort.
      const bladeren = verbindingsredenen(parse(o.document), contract);
      if (bladeren.length > 0) {
        meldingen.push(`overzichten/${o.naam}.graphql: ${bladeren.join(' ')} Niet opgenomen.`);
        continue;
      }
      const versies = bestaand.filter((v) => v.naam === o.naam);
      if (versies.some((v) => v.sha256 === o.hash)) continue;
      const nieuwste = versies.at(-1);
      let wijziging = { brekend: [] as string[], toegevoegd: [] as string[] };
      if (nieuwste) {
        if (ingetrokken.has(o.naam)) {
          meldingen.push(`overzichten/${o.naam}.graphql is veranderd, maar ${o.naam} is ingetrokken; niet opgenomen.`);
          continue;
        }
        if (nieuwste.herkomst !== 'ingebouwd') {
          meldingen.push(`overzichten/${o.naam}.graphql is veranderd, maar het programmateam publiceerde al ${versieId(o.naam, nieuwste.versie)}; het register houdt die. Niet opgenomen.`);
          continue;
        }
        wijziging = vergelijk(nieuwste.contract, contract);
        if ((nieuwste.rijen ?? undefined) !== o.rijen) wijziging.brekend.push(`de rijen van de CSV waren ${nieuwste.rijen ?? 'er niet'}, nu ${o.rijen ?? 'er niet'}`);
        if (wijziging.brekend.length > 0) {
          meldingen.push(`overzichten/${o.naam}.graphql breekt met ${versieId(o.naam, nieuwste.versie)} (${wijziging.brekend.join('; ')}); niet opgenomen. Geef het een nieuwe naam.`);
          continue;
        }
      }
      const versie = (nieuwste?.versie ?? 0) + 1;
      tx.create(Overzichtversie, {
        naam: o.naam,
        versie,
        titel: o.titel,
        omschrijving: o.omschrijving,
        document: o.document,
        sha256: o.hash,
        rijen: o.rijen ?? null,
        standaardwaarden: {},
        weergave: null,
        variabelen: o.variabelen,
        contract,
        wijziging,
        breekt: null,
        herkomst: 'ingebouwd',
        ...INGEBOUWD,
        wanneer: nu.toISOString(),
      });
      opgenomen.push(versieId(o.naam, versie));
    }
    await tx.flush();
    return { opgenomen, meldingen };
  });
}
