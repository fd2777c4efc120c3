// De eindpunten van het register voor de manifesten van partnerapps. Alleen de gateway spreekt
// ze aan (met het geheim); zij controleert elke operatie tegen het schema en de grenzen. Het
// register kijkt de vorm en de hashes nog één keer na en eist zelf de rol beheer: een fout in
// de gateway mag niemand anders een manifest laten vastleggen.
//
//   PUT    /partners/<app>           { operaties: [{id, name, body}] } → 201 (of 200 als het al zo was)
//   DELETE /partners/<app>           → 200, of 404 als de app geen manifest heeft
//   GET    /partners/<app>/verslag   elke registratie en intrekking met wie, wanneer en wat veranderde
//
// Het geldende manifest van elke app staat in GET /overzichten (Registerstand.partners).
import { sha256 } from '../kern/hash.js';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/core';
import { foutAntwoord, jsonAntwoord } from '../kern/antwoord.js';
import type { HttpAntwoord, HttpVerzoek, Route } from '../kern/http.js';
import { identiteitUitKop, KOPPEN, magPartnersBeheren, type Identiteit } from '../kern/identiteit.js';
import { isAppnaam } from '../kern/partners.js';
import { partnerverslag, registreerManifest, trekManifestIn } from './partners.js';
import type { Schrijfrij } from './schrijfrij.js';

const REGISTRATIE = z.strictObject({
  operaties: z
    .array(z.strictObject({ id: z.string().regex(/^[0-9a-f]{64}$/), name: z.string().min(1), body: z.string().min(1) }))
    .min(1)
    .refine((ops) => new Set(ops.map((o) => o.id)).size === ops.length, 'elk id één keer'),
});


export interface Partnerrouteopties {
  naWijziging: (inhoud: { naam: string }) => Promise<void>;
  klok: () => Date;
  naElkaar: Schrijfrij;
}

export function partnerroutes(em: EntityManager, { naWijziging, klok, naElkaar }: Partnerrouteopties): Route[] {
  const beheer = (verzoek: HttpVerzoek, app: string): Identiteit | HttpAntwoord => {
    const wie = identiteitUitKop(verzoek.headers.get(KOPPEN.identiteit));
    if (!wie) return foutAntwoord(401, 'IDENTITEIT_ONTBREEKT', `Het verzoek noemt geen geldige identiteit (kop ${KOPPEN.identiteit}); registreer via de gateway, met een token.`);
    if (!magPartnersBeheren(wie)) return foutAntwoord(403, 'ALLEEN_BEHEER', `${wie.onderwerp} mag geen manifest van een partnerapp vastleggen: daarvoor is de rol beheer nodig (deze identiteit heeft: ${wie.rollen.join(', ')}).`);
    if (!isAppnaam(app)) return foutAntwoord(400, 'ONGELDIGE_APP', `"${app}" is geen naam van een app.`);
    return wie;
  };
  const melding = (app: string) => naWijziging({ naam: `partners/${app}` });

  async function registreer(verzoek: HttpVerzoek, app: string): Promise<HttpAntwoord> {
    const wie = beheer(verzoek, app);
    if ('status' in wie) return wie;
    let ruw: unknown;
    try {
      ruw = JSON.parse(verzoek.tekst);
    } catch {
      ruw = undefined;
    }
    const gelezen = REGISTRATIE.safeParse(ruw);
    if (!gelezen.success) return foutAntwoord(400, 'ONGELDIGE_REGISTRATIE', `De registratie heeft niet de vorm die het register verwacht: ${gelezen.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}.`);
    const fout = gelezen.data.operaties.find((o) => sha256(o.body) !== o.id);
    if (fout) return foutAntwoord(422, 'MANIFEST_ONGELDIG', `Het id ${fout.id} is niet de sha256 van zijn body; het register legde niets vast.`);
    const uitkomst = await naElkaar(() => registreerManifest(em, app, gelezen.data.operaties, wie, klok()));
    if (uitkomst.soort === 'ongewijzigd') return jsonAntwoord(200, { vastgelegd: false, manifest: uitkomst.manifest });
    await melding(app);
    return jsonAntwoord(201, { vastgelegd: true, manifest: uitkomst.manifest, toegevoegd: uitkomst.toegevoegd, verwijderd: uitkomst.verwijderd });
  }

  async function trekIn(verzoek: HttpVerzoek, app: string): Promise<HttpAntwoord> {
    const wie = beheer(verzoek, app);
    if ('status' in wie) return wie;
    const uitkomst = await naElkaar(() => trekManifestIn(em, app, wie, klok()));
    if (uitkomst.soort === 'onbekend') return foutAntwoord(404, 'ONBEKENDE_APP', `Het register kent geen manifest van ${app}.`);
    if (uitkomst.soort === 'ingetrokken') await melding(app);
    return jsonAntwoord(200, { ingetrokken: uitkomst.soort === 'ingetrokken', app, versie: uitkomst.versie, wanneer: uitkomst.wanneer });
  }

  return [
    {
      methoden: ['PUT', 'DELETE'],
      pad: /^\/partners\/([^/]+)$/,
      label: '/partners/:app',
      behandel: (verzoek, [app]) => (verzoek.method === 'PUT' ? registreer(verzoek, app) : trekIn(verzoek, app)),
    },
    {
      methoden: ['GET'],
      pad: /^\/partners\/([^/]+)\/verslag$/,
      label: '/partners/:app/verslag',
      behandel: async (_, [app]) => {
        const verslag = isAppnaam(app) ? await partnerverslag(em, app) : undefined;
        return verslag ? jsonAntwoord(200, verslag) : foutAntwoord(404, 'ONBEKENDE_APP', `Het register kent geen manifest van ${app}.`);
      },
    },
  ];
}
