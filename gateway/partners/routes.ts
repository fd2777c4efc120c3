// Beheer registreert het manifest van een partnerapp, zoals het programmateam een overzicht
// publiceert (overzichten/publiceren.ts): de gateway controleert, het register legt vast en meldt,
// elke replica leest de nieuwe stand (overzichten/stand.ts). Alleen de rol beheer.
//
//   GET    /partners                    elke app met een manifest: versie, aantal operaties, wie en wanneer
//   PUT    /partners/<app>/manifest     het manifest van de clientbuild (manifest.ts) → 201, 200 als het al zo was, 422 met elke reden
//   GET    /partners/<app>/manifest     het geldende manifest, in Apollo's vorm
//   DELETE /partners/<app>/manifest     intrekken: de partner stuurt vanaf nu alleen de overzichten
//   GET    /partners/<app>/verslag      elke registratie en intrekking met wie, wanneer en wat veranderde
import type { GraphQLSchema } from 'graphql';
import { foutAntwoord, jsonAntwoord } from '../../kern/antwoord.js';
import type { HttpAntwoord, HttpVerzoek, Route } from '../../kern/http.js';
import { magPartnersBeheren, type Identiteit } from '../../kern/identiteit.js';
import type { Logboek } from '../../kern/logboek.js';
import { APPNAAMREGEL, isAppnaam, type Partnermanifest } from '../../kern/partners.js';
import { Weigering } from '../fouten/weigering.js';
import type { Kostentabel } from '../limieten/kosten.js';
import { leesJson, registerOnbereikbaar, verzoekIdVan, zonderRegister } from '../overzichten/publiceren.js';
import { Registerfout, type Registerantwoord, type Registerclient } from '../overzichten/registerclient.js';
import type { Overzichtenstand } from '../overzichten/stand.js';
import { voorIdentiteit } from '../toegang/identificatie.js';
import { alsApollomanifest, controleerManifest } from './manifest.js';

export interface Partnerbeheeropties {
  identificeer: (verzoek: HttpVerzoek) => Promise<Identiteit>;
  register?: Registerclient;
  stand: Pick<Overzichtenstand, 'lijst' | 'ververs'>;
  schema: () => GraphQLSchema;
  supergraphSdl: string;
  kostentabel: () => Kostentabel;
  logboek?: Logboek;
}

const ONGELDIG = 'MANIFEST_ONGELDIG';

const doorgegeven = (a: Registerantwoord): HttpAntwoord => jsonAntwoord(a.status, a.inhoud);

/** Een id uit de URL; kapotte %-codering blijft zoals ze is en is dan geen geldige naam. */
function ontcijfer(tekst: string): string {
  try {
    return decodeURIComponent(tekst);
  } catch {
    return tekst;
  }
}

export function partnerbeheer({ identificeer, register, stand, schema, supergraphSdl, kostentabel, logboek }: Partnerbeheeropties): Route[] {
  /** Wie, met de rol beheer, voor een geldige appnaam; anders de weigering. */
  const alsBeheer = (verzoek: HttpVerzoek, app: string | undefined, doe: (wie: Identiteit) => Promise<HttpAntwoord>) =>
    voorIdentiteit(identificeer, verzoek, async (wie) => {
      if (!magPartnersBeheren(wie)) {
        throw new Weigering(403, 'ALLEEN_BEHEER', `${wie.onderwerp} (${wie.rollen.join(', ')}) mag de manifesten van partnerapps niet beheren; daarvoor is de rol beheer nodig.`);
      }
      if (app !== undefined && !isAppnaam(app)) return foutAntwoord(400, 'ONGELDIGE_APP', `${JSON.stringify(app.slice(0, 80))} is geen naam van een app; een naam is ${APPNAAMREGEL}.`);
      return doe(wie);
    });
  const geldend = (app: string): Partnermanifest | undefined => stand.lijst().partners.get(app);
  const geenManifest = (app: string) => foutAntwoord(404, 'ONBEKENDE_APP', `${app} heeft geen manifest; GET /partners noemt de apps die er een hebben, PUT /partners/${app}/manifest registreert er een.`);

  async function registreer(verzoek: HttpVerzoek, app: string, wie: Identiteit): Promise<HttpAntwoord> {
    if (!register) return zonderRegister();
    const { body, fout } = leesJson(verzoek);
    if (fout) return fout;
    const controle = await controleerManifest(body, { schema: schema(), sdl: supergraphSdl, kostentabel: kostentabel() });
    if (controle.redenen.length > 0) {
      logboek?.info({ app, wie: wie.onderwerp, redenen: controle.redenen.length }, `manifest van ${app} geweigerd`);
      return foutAntwoord(
        422,
        ONGELDIG,
        `Het manifest van ${app} is niet geregistreerd; er is niets vastgelegd. ${controle.redenen.length} reden(en) in extensions.redenen: ${controle.redenen[0]}${controle.redenen.length > 1 ? ' …' : ''}`,
        { redenen: controle.redenen },
      );
    }
    let antwoord: Registerantwoord;
    try {
      antwoord = await register.registreerManifest(app, { operaties: controle.operaties }, wie, verzoekIdVan(verzoek));
    } catch (e) {
      if (e instanceof Registerfout) return registerOnbereikbaar(e, 'vastgelegd');
      throw e;
    }
    const inhoud = antwoord.inhoud as { vastgelegd?: boolean; manifest?: Partnermanifest; toegevoegd?: string[]; verwijderd?: string[] };
    if ((antwoord.status !== 201 && antwoord.status !== 200) || !inhoud.manifest) return doorgegeven(antwoord);
    const m = inhoud.manifest;
    if (antwoord.status === 200) {
      return jsonAntwoord(200, { vastgelegd: false, app, versie: m.versie, operaties: m.operaties.length, melding: `${app}@${m.versie} heeft precies deze operaties; er is niets vastgelegd en niets veranderd.` });
    }
    // Deze replica kent het manifest vóór het antwoord; de andere horen het via Redis of bij hun controle.
    await stand.ververs();
    logboek?.info({ app, versie: m.versie, wie: wie.onderwerp, operaties: m.operaties.length, toegevoegd: inhoud.toegevoegd?.length, verwijderd: inhoud.verwijderd?.length }, `manifest van ${app} geregistreerd`);
    return jsonAntwoord(
      201,
      {
        vastgelegd: true,
        app,
        versie: m.versie,
        operaties: m.operaties.length,
        toegevoegd: inhoud.toegevoegd ?? [],
        verwijderd: inhoud.verwijderd ?? [],
        wie: m.wie,
        wanneer: m.wanneer,
        melding: `${app}@${m.versie} is geregistreerd: een partner van ${app} stuurt nu deze ${m.operaties.length} operatie(s) op hun sha256 (persistedQuery of documentId), naast de vastgelegde overzichten.`,
      },
      [['location', `/partners/${app}/manifest`]],
    );
  }

  async function trekIn(verzoek: HttpVerzoek, app: string, wie: Identiteit): Promise<HttpAntwoord> {
    if (!register) return zonderRegister();
    let antwoord: Registerantwoord;
    try {
      antwoord = await register.trekManifestIn(app, wie, verzoekIdVan(verzoek));
    } catch (e) {
      if (e instanceof Registerfout) return registerOnbereikbaar(e, 'ingetrokken');
      throw e;
    }
    if (antwoord.status === 404) return geenManifest(app);
    const inhoud = antwoord.inhoud as { ingetrokken?: boolean; versie?: number };
    if (antwoord.status !== 200) return doorgegeven(antwoord);
    await stand.ververs();
    if (inhoud.ingetrokken) logboek?.warn({ app, versie: inhoud.versie, wie: wie.onderwerp }, `manifest van ${app} ingetrokken`);
    return jsonAntwoord(200, {
      ...(inhoud as object),
      melding: inhoud.ingetrokken ? `Het manifest van ${app} is ingetrokken; een partner van ${app} stuurt vanaf nu alleen de vastgelegde overzichten.` : `Het manifest van ${app} was al ingetrokken.`,
    });
  }

  async function verslag(verzoek: HttpVerzoek, app: string, wie: Identiteit): Promise<HttpAntwoord> {
    if (!register) return zonderRegister();
    try {
      const antwoord = await register.partnerverslag(app, wie, verzoekIdVan(verzoek));
      return antwoord.status === 404 ? geenManifest(app) : doorgegeven(antwoord);
    } catch (e) {
      if (e instanceof Registerfout) return foutAntwoord(503, 'REGISTER_ONBEREIKBAAR', `${e.message} Probeer het later opnieuw.`);
      throw e;
    }
  }

  return [
    {
      methoden: ['GET'],
      pad: /^\/partners\/?$/,
      label: '/partners',
      behandel: (verzoek) =>
        alsBeheer(verzoek, undefined, async () =>
          jsonAntwoord(200, {
            apps: [...stand.lijst().partners.values()].map((m) => ({ app: m.app, versie: m.versie, operaties: m.operaties.length, wie: m.wie, bron: m.bron, wanneer: m.wanneer, manifest: `/partners/${m.app}/manifest` })),
          }),
        ),
    },
    {
      methoden: ['GET', 'PUT', 'DELETE'],
      pad: /^\/partners\/([^/]+)\/manifest$/,
      label: '/partners/:app/manifest',
      behandel: (verzoek, [ruw]) => {
        const app = ontcijfer(ruw);
        return alsBeheer(verzoek, app, async (wie) => {
          if (verzoek.method === 'PUT') return registreer(verzoek, app, wie);
          if (verzoek.method === 'DELETE') return trekIn(verzoek, app, wie);
          const m = geldend(app);
          return m ? jsonAntwoord(200, alsApollomanifest(m.operaties), [['x-manifest-versie', String(m.versie)]]) : geenManifest(app);
        });
      },
    },
    {
      methoden: ['GET'],
      pad: /^\/partners\/([^/]+)\/verslag$/,
      label: '/partners/:app/verslag',
      behandel: (verzoek, [ruw]) => {
        const app = ontcijfer(ruw);
        return alsBeheer(verzoek, app, (wie) => verslag(verzoek, app, wie));
      },
    },
  ];
}
