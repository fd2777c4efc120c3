// De editie-eindpunten van een ministerie-subgraph (/edities); de gateway zet ze door
// (gateway/publiceren.ts). Alleen de gateway spreekt ze aan (luister() controleert het
// gedeelde geheim al); de identiteit in de kop komt dus van de gateway. Toch controleert
// de subgraph de rol nog zelf: een fout in de gateway mag geen ministerie de gegevens
// van een ander laten schrijven.
//
//   POST /edities       de YAML van een nieuwe editie (?bestand=JJJJ-MM-DD.yaml optioneel)
//   GET  /edities       de edities die nu gelden en het publicatieverslag
//   GET  /edities/<id>  de YAML van publicatie <id>, precies zoals ontvangen
//   POST /edities/<id>/intrekken  {"reden": "…"}: de publicatie telt niet meer mee (redacteur of beheer)
import { fileURLToPath } from 'node:url';
import { Editie } from './entiteiten.js';
import type { HttpAntwoord, HttpVerzoek, Route } from '../../kern/http.js';
import { foutAntwoord, jsonAntwoord } from '../../kern/antwoord.js';
import { identiteitUitKop, KOPPEN, leestAlsAnalist, magPubliceren, type Identiteit } from '../../kern/identiteit.js';
import { publicatie, publicaties, publiceerEditie, trekIn } from './publicatie.js';
import type { Subgraaf } from './subgraaf.js';
import { meldPublicatie, type Redisinstelling } from '../../kern/wijzigingsbericht.js';

/** Wat een editie als body mag hebben: application/yaml (RFC 9512) is jong, dus ook wat oudere clients en curl sturen. */
export const YAML_MEDIATYPEN = ['application/yaml', 'text/yaml', 'text/plain', 'application/x-yaml', 'text/x-yaml'];

const welkeRollen = (i: Identiteit) => i.rollen.join(', ');

export interface Editierouteopties {
  /** Met Redis hoort ook een andere replica van dit ministerie de publicatie direct. */
  redis?: Redisinstelling | null;
  log?: (tekst: string) => void;
}

export function editieroutes(subgraaf: Subgraaf, { redis = null, log = console.log }: Editierouteopties = {}): Route[] {
  const { departement } = subgraaf.ministerie;
  const map = fileURLToPath(subgraaf.ministerie.data);
  const em = subgraaf.db.orm.em;
  // Publicaties van dit proces na elkaar: elk antwoord beschrijft de stand na precies die publicatie.
  let rij: Promise<unknown> = Promise.resolve();

  const identiteit = (verzoek: HttpVerzoek): Identiteit | HttpAntwoord =>
    identiteitUitKop(verzoek.headers.get(KOPPEN.identiteit)) ??
    foutAntwoord(401, 'IDENTITEIT_ONTBREEKT', `Het verzoek noemt geen geldige identiteit (kop ${KOPPEN.identiteit}); publiceer via de gateway, met een token.`);

  /** Na een publicatie of intrekking: de nieuwe stand laden en melden; geeft een zin voor het antwoord als dat niet lukte. */
  async function nadatGewijzigd(gebeurtenis: string, id: number): Promise<string> {
    log(gebeurtenis);
    try {
      // herlaad() meldt de nieuwe momentopname ook aan de gateways, die dan hun cache legen.
      await subgraaf.herlaad();
    } catch (fout) {
      // De editie staat veilig in de database; de controle van de database laadt haar alsnog.
      log(`herladen na ${gebeurtenis} mislukt: ${fout instanceof Error ? fout.message : fout}`);
      return ` De subgraph kon de nieuwe stand (publicatie #${id}) nog niet laden; hij probeert het bij zijn volgende controle van de database opnieuw.`;
    }
    await meldPublicatie(departement, redis).catch((fout: unknown) => log(fout instanceof Error ? fout.message : String(fout)));
    return '';
  }

  async function publiceer(verzoek: HttpVerzoek): Promise<HttpAntwoord> {
    const wie = identiteit(verzoek);
    if ('status' in wie) return wie;
    if (!magPubliceren(wie, departement)) {
      return foutAntwoord(
        403,
        'GEEN_REDACTEUR',
        `${wie.onderwerp} mag geen edities van ${departement} publiceren: daarvoor is de rol redacteur:${departement} nodig (deze identiteit heeft: ${welkeRollen(wie)}).`,
      );
    }
    const mediatype = (verzoek.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!YAML_MEDIATYPEN.includes(mediatype)) {
      return foutAntwoord(415, 'GEEN_YAML', `Stuur de editie als YAML, met Content-Type ${YAML_MEDIATYPEN.slice(0, 3).join(', ')} (ontvangen: ${mediatype || 'geen'}).`);
    }
    if (verzoek.tekst.trim() === '') {
      return foutAntwoord(400, 'LEGE_EDITIE', 'De body is leeg; stuur de YAML van de editie (het formaat staat in docs/dataformaat.md).');
    }
    const bestand = new URLSearchParams(verzoek.search).get('bestand') ?? undefined;
    const stap = rij.then(() => publiceerEditie(em, map, departement, { tekst: verzoek.tekst, bestand, identiteit: wie }, { lees: subgraaf.lezer.lees }));
    rij = stap.catch(() => undefined);
    const uitkomst = await stap;
    switch (uitkomst.soort) {
      case 'ongeldig':
        return foutAntwoord(
          422,
          'EDITIE_ONGELDIG',
          `De editie is in haar geheel geweigerd; er is niets geschreven. ${uitkomst.meldingen.length} melding(en) in extensions.meldingen.`,
          { meldingen: uitkomst.meldingen },
        );
      case 'bestaat':
        return foutAntwoord(409, 'EDITIE_BESTAAT_AL', uitkomst.melding);
      case 'ongewijzigd':
        return jsonAntwoord(200, { gepubliceerd: false, melding: uitkomst.melding, publicatie: uitkomst.publicatie });
      case 'gepubliceerd': {
        const nog = await nadatGewijzigd(`editie ${uitkomst.publicatie.editie} gepubliceerd door ${uitkomst.publicatie.wie} (#${uitkomst.publicatie.id})`, uitkomst.publicatie.id);
        return jsonAntwoord(201, { gepubliceerd: true, melding: uitkomst.melding + nog, publicatie: uitkomst.publicatie }, [['location', `/edities/${uitkomst.publicatie.id}`]]);
      }
    }
  }

  /** Een reden die een beheerder later nog begrijpt: tekst, niet leeg, niet eindeloos. */
  const MAXIMALE_REDEN = 2000;

  async function trekEenIn(verzoek: HttpVerzoek, id: string): Promise<HttpAntwoord> {
    const wie = identiteit(verzoek);
    if ('status' in wie) return wie;
    if (!magPubliceren(wie, departement) && !wie.rollen.includes('beheer')) {
      return foutAntwoord(403, 'GEEN_REDACTEUR', `${wie.onderwerp} mag geen edities van ${departement} intrekken: daarvoor is de rol redacteur:${departement} of beheer nodig (deze identiteit heeft: ${welkeRollen(wie)}).`);
    }
    let reden: unknown;
    try {
      reden = (JSON.parse(verzoek.tekst) as { reden?: unknown } | null)?.reden;
    } catch {
      reden = undefined;
    }
    if (typeof reden !== 'string' || reden.trim() === '' || reden.length > MAXIMALE_REDEN) {
      return foutAntwoord(400, 'REDEN_ONTBREEKT', `Stuur als JSON de reden van de intrekking: {"reden": "…"} (tekst, 1 tot ${MAXIMALE_REDEN} tekens); die blijft in het verslag.`);
    }
    if (!/^[1-9]\d{0,9}$/.test(id)) return foutAntwoord(404, 'PUBLICATIE_ONBEKEND', `${departement} heeft geen publicatie ${JSON.stringify(id)}; GET /edities geeft de lijst met de ids.`);
    const stap = rij.then(() => trekIn(em, map, departement, { id: Number(id), reden: reden.trim(), identiteit: wie }, new Date(), subgraaf.lezer.lees));
    rij = stap.catch(() => undefined);
    const uitkomst = await stap;
    switch (uitkomst.soort) {
      case 'onbekend':
        return foutAntwoord(404, 'PUBLICATIE_ONBEKEND', uitkomst.melding);
      case 'al-ingetrokken':
        return jsonAntwoord(200, { ingetrokken: false, melding: uitkomst.melding, publicatie: uitkomst.publicatie });
      case 'geweigerd':
        return foutAntwoord(409, 'INTREKKING_GEWEIGERD', `De publicatie is niet ingetrokken; er is niets veranderd. ${uitkomst.meldingen.length} melding(en) in extensions.meldingen.`, { meldingen: uitkomst.meldingen });
      case 'ingetrokken': {
        const nog = await nadatGewijzigd(`publicatie #${uitkomst.publicatie.id} (${uitkomst.publicatie.editie}) ingetrokken door ${wie.onderwerp}`, uitkomst.publicatie.id);
        return jsonAntwoord(200, { ingetrokken: true, melding: uitkomst.melding + nog, publicatie: uitkomst.publicatie });
      }
    }
  }

  const magLezen = (verzoek: HttpVerzoek): HttpAntwoord | undefined => {
    const wie = identiteit(verzoek);
    if ('status' in wie) return wie;
    if (!leestAlsAnalist(wie)) {
      return foutAntwoord(403, 'GEEN_LEESRECHT', `${wie.onderwerp} (${welkeRollen(wie)}) mag het publicatieverslag niet zien; dat mag elke rol behalve partner.`);
    }
    return undefined;
  };

  async function overzicht(verzoek: HttpVerzoek): Promise<HttpAntwoord> {
    const geweigerd = magLezen(verzoek);
    if (geweigerd) return geweigerd;
    const verslag = await publicaties(em);
    const edities = (await em.fork().find(Editie, {}, { orderBy: { editie: 'asc', bestand: 'asc' } })).map((e) => ({
      bestand: e.bestand,
      editie: e.editie,
      sha256: e.controlegetal,
      // Welke publicatie deze editie bracht; null: alleen uit de map.
      publicatie: verslag.find((p) => p.bestand === e.bestand && p.ingetrokken === null)?.id ?? null,
    }));
    return jsonAntwoord(200, { departement, edities, publicaties: verslag });
  }

  async function een(verzoek: HttpVerzoek, id: string): Promise<HttpAntwoord> {
    const geweigerd = magLezen(verzoek);
    if (geweigerd) return geweigerd;
    const gevonden = /^[1-9]\d{0,9}$/.test(id) ? await publicatie(em, Number(id)) : undefined;
    if (!gevonden) {
      return foutAntwoord(404, 'PUBLICATIE_ONBEKEND', `${departement} heeft geen publicatie ${id}; GET /edities geeft de lijst met de ids.`);
    }
    return {
      status: 200,
      headers: [
        ['content-type', 'application/yaml; charset=utf-8'],
        ['etag', `"${gevonden.sha256}"`],
        ['content-disposition', `inline; filename="${gevonden.bestand}"`],
      ],
      body: gevonden.yaml,
    };
  }

  return [
    { methoden: ['GET', 'POST'], pad: /^\/edities\/?$/, label: '/edities', behandel: (verzoek) => (verzoek.method === 'POST' ? publiceer(verzoek) : overzicht(verzoek)) },
    { methoden: ['GET'], pad: /^\/edities\/([^/]+)$/, label: '/edities/:id', behandel: (verzoek, [id]) => een(verzoek, id) },
    { methoden: ['POST'], pad: /^\/edities\/([^/]+)\/intrekken$/, label: '/edities/:id/intrekken', behandel: (verzoek, [id]) => trekEenIn(verzoek, id) },
  ];
}
