// De eindpunten van het overzichtenregister. Alleen de gateway spreekt ze aan: luister()
// weigert elk verzoek zonder het gedeelde geheim (SUBGRAAF_GEHEIM), behalve /health en
// /metrics. De gateway controleert een overzicht (schema, grenzen, proefdraaien, contract);
// het register nummert, bewaart en meldt. De rol controleert het toch zelf nog: een fout in de
// gateway mag niemand zonder die rol laten publiceren.
//
//   GET  /overzichten/stand            { stand }: verandert bij elke versie en intrekking
//   GET  /overzichten                  alle versies en intrekkingen (Registerstand)
//   POST /overzichten                  een versie vastleggen (Registerpublicatie) → 201, 409 of 422
//   POST /overzichten/<naam>/intrekken { reden, per } → 201 (of 200 als het al ingetrokken was)
//   GET  /overzichten/<naam>/verslag   elke versie met wie, wanneer, sha256, document, wijziging
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/core';
import { foutAntwoord, jsonAntwoord } from '../kern/antwoord.js';
import type { HttpAntwoord, HttpVerzoek, Route } from '../kern/http.js';
import { identiteitUitKop, KOPPEN, magOverzichtIntrekken, magSamenstellen, type Identiteit } from '../kern/identiteit.js';
import { NAAMPATROON, versieId, type Registerpublicatie } from '../kern/overzichten.js';
import { leesStand, publiceer, standVan, trekIn, verslagVan } from './opslag.js';
import type { Schrijfrij } from './schrijfrij.js';

const tekst = z.string();
const PUBLICATIE = z.strictObject({
  naam: z.string().regex(NAAMPATROON),
  titel: tekst,
  omschrijving: tekst,
  document: tekst,
  rijen: tekst.nullable(),
  standaardwaarden: z.record(z.string(), z.unknown()),
  variabelen: z.array(z.strictObject({ naam: tekst, type: tekst, standaard: tekst.optional() })),
  weergave: z.strictObject({ soort: z.enum(['tabel', 'grafiek']), kolommen: z.array(tekst).optional() }).nullable(),
  breekt: z.strictObject({ reden: tekst, uitfaseerdatum: tekst }).nullable(),
  contract: z.strictObject({ hash: tekst, variabelen: z.record(z.string(), tekst), velden: z.record(z.string(), tekst) }),
  wijziging: z.strictObject({ brekend: z.array(tekst), toegevoegd: z.array(tekst) }),
  vorigeVersie: z.number().int(),
});
const INTREKKING = z.strictObject({ reden: z.string().min(1), per: z.iso.datetime() });

export interface Registerrouteopties {
  /** Na elke nieuwe versie of intrekking: melden (Redis). Een fout daarin laat de publicatie staan. */
  naWijziging: (inhoud: { naam: string; versie?: number }) => Promise<void>;
  klok: () => Date;
  /** Elke schrijver van dit proces na elkaar (schrijfrij.ts), gedeeld met de manifesten van partners. */
  naElkaar: Schrijfrij;
}

function identiteit(verzoek: HttpVerzoek): Identiteit | HttpAntwoord {
  return (
    identiteitUitKop(verzoek.headers.get(KOPPEN.identiteit)) ??
    foutAntwoord(401, 'IDENTITEIT_ONTBREEKT', `Het verzoek noemt geen geldige identiteit (kop ${KOPPEN.identiteit}); publiceer via de gateway, met een token.`)
  );
}

function leesJson(tekst: string): unknown {
  try {
    return JSON.parse(tekst);
  } catch {
    return undefined;
  }
}

export function registerroutes(em: EntityManager, { naWijziging, klok, naElkaar }: Registerrouteopties): Route[] {

  async function vastleggen(verzoek: HttpVerzoek): Promise<HttpAntwoord> {
    const wie = identiteit(verzoek);
    if ('status' in wie) return wie;
    if (!magSamenstellen(wie)) return foutAntwoord(403, 'GEEN_SAMENSTELLER', `${wie.onderwerp} mag geen overzichten publiceren: daarvoor is de rol samensteller nodig (deze identiteit heeft: ${wie.rollen.join(', ')}).`);
    const gelezen = PUBLICATIE.safeParse(leesJson(verzoek.tekst));
    if (!gelezen.success) return foutAntwoord(400, 'ONGELDIGE_PUBLICATIE', `De publicatie heeft niet de vorm die het register verwacht: ${gelezen.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}.`);
    const publicatie: Registerpublicatie = gelezen.data;
    const uitkomst = await naElkaar(() => publiceer(em, publicatie, wie, klok()));
    switch (uitkomst.soort) {
      case 'ongeldig':
        return foutAntwoord(422, 'OVERZICHT_ONGELDIG', `Het register legde ${publicatie.naam} niet vast: ${uitkomst.redenen.join(' ')}`, { redenen: uitkomst.redenen });
      case 'ingetrokken':
        return foutAntwoord(409, 'OVERZICHT_INGETROKKEN', uitkomst.melding);
      case 'verouderd':
        return foutAntwoord(409, 'OVERZICHT_VEROUDERD', uitkomst.melding, { nieuwste: uitkomst.nieuwste });
      case 'gepubliceerd': {
        const { naam, versie } = uitkomst.versie;
        await naWijziging({ naam, versie });
        return jsonAntwoord(201, { versie: uitkomst.versie }, [['location', `/overzichten/${versieId(naam, versie)}`]]);
      }
    }
  }

  async function intrekken(verzoek: HttpVerzoek, naam: string): Promise<HttpAntwoord> {
    const wie = identiteit(verzoek);
    if ('status' in wie) return wie;
    if (!magOverzichtIntrekken(wie)) return foutAntwoord(403, 'GEEN_SAMENSTELLER', `${wie.onderwerp} mag geen overzichten intrekken: daarvoor is de rol samensteller of beheer nodig (deze identiteit heeft: ${wie.rollen.join(', ')}).`);
    const gelezen = INTREKKING.safeParse(leesJson(verzoek.tekst));
    if (!gelezen.success) return foutAntwoord(400, 'ONGELDIGE_INTREKKING', 'Stuur {"reden": "…", "per": "<ISO 8601>"}.');
    const uitkomst = await naElkaar(() => trekIn(em, { naam, reden: gelezen.data.reden, per: new Date(gelezen.data.per) }, wie, klok()));
    switch (uitkomst.soort) {
      case 'onbekend':
        return foutAntwoord(404, 'ONBEKEND_OVERZICHT', `Het register kent geen overzicht ${naam}.`);
      case 'al-ingetrokken':
        return jsonAntwoord(200, { ingetrokken: false, intrekking: uitkomst.intrekking });
      case 'ingetrokken':
        await naWijziging({ naam });
        return jsonAntwoord(201, { ingetrokken: true, intrekking: uitkomst.intrekking });
    }
  }

  return [
    { methoden: ['GET'], pad: /^\/overzichten\/stand$/, label: '/overzichten/stand', peiling: true, behandel: async () => jsonAntwoord(200, { stand: await standVan(em) }) },
    {
      methoden: ['GET', 'POST'],
      pad: /^\/overzichten\/?$/,
      label: '/overzichten',
      behandel: async (verzoek) => (verzoek.method === 'POST' ? vastleggen(verzoek) : jsonAntwoord(200, await leesStand(em))),
    },
    { methoden: ['POST'], pad: /^\/overzichten\/([^/]+)\/intrekken$/, label: '/overzichten/:naam/intrekken', behandel: (verzoek, [naam]) => intrekken(verzoek, naam) },
    {
      methoden: ['GET'],
      pad: /^\/overzichten\/([^/]+)\/verslag$/,
      label: '/overzichten/:naam/verslag',
      behandel: async (_, [naam]) => {
        const verslag = await verslagVan(em, naam);
        return verslag ? jsonAntwoord(200, verslag) : foutAntwoord(404, 'ONBEKEND_OVERZICHT', `Het register kent geen overzicht ${naam}.`);
      },
    },
  ];
}
