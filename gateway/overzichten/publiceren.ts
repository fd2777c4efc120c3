// Het programmateam publiceert zijn eigen overzichten (issue 23), met een token met de rol
// samensteller:
//
//   POST /overzichten                        {naam, titel, omschrijving, document, rijen?, standaardwaarden?, weergave?, breekt?}
//   POST /overzichten/<naam>/intrekken       {reden, per?}: geen versie antwoordt meer vanaf per (samensteller of beheer)
//   GET  /overzichten/<naam>/verslag         wie publiceerde wat en wanneer, met sha256, document en wijziging (niet voor partners)
//
// De gateway controleert (controle.ts), leidt het contract af (contract.ts), vergelijkt met de
// nieuwste versie die hij kent en voert het overzicht één keer uit als partner, met de
// standaardwaarden, langs de gewone weg. Pas als alles klopt, gaat het naar het register, met
// de versie waartegen hij vergeleek; is die intussen niet meer de nieuwste (een gelijktijdige
// publicatie), dan herlaadt hij en controleert hij één keer opnieuw. Een weigering is een 422
// die elke reden noemt; er is dan niets vastgelegd.
import { randomUUID } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { foutAntwoord, jsonAntwoord } from '../../kern/antwoord.js';
import { tekstVan, type HttpAntwoord, type HttpVerzoek } from '../../kern/http.js';
import { KOPPEN, leestAlsAnalist, magOverzichtIntrekken, magSamenstellen, type Identiteit } from '../../kern/identiteit.js';
import { versieId, type Registerpublicatie, type Registerversie, type Wijziging } from '../../kern/overzichten.js';
import { Weigering } from '../fouten/weigering.js';
import type { Kostentabel } from '../limieten/kosten.js';
import { voorIdentiteit } from '../toegang/identificatie.js';
import { contractVan, vergelijk, type Contract } from './contract.js';
import { controleerDocument, controleerVorm, isDatum, leesInzending, variabelenUitContract, type Inzending } from './controle.js';
import { verbindingsredenen } from './bladeren.js';
import { hashVan, type Overzicht } from './register.js';
import { Registerfout, type Registerclient } from './registerclient.js';
import type { Overzichtenstand } from './stand.js';

export interface Publicatieopties {
  identificeer: (verzoek: HttpVerzoek) => Promise<Identiteit>;
  /** Zonder register kan de gateway niets publiceren (503). */
  register?: Registerclient;
  stand: Overzichtenstand;
  /** Het API-schema van de supergraph (apischema.ts); pas bij de eerste publicatie gebouwd. */
  schema: () => GraphQLSchema;
  supergraphSdl: string;
  kostentabel: () => Kostentabel;
  /** Voert het overzicht uit als partner, langs het verzoekpad, met deze variabelen. */
  proefdraai: (overzicht: Overzicht, variabelen: Record<string, unknown>, wie: Identiteit) => Promise<HttpAntwoord>;
  klok: () => Date;
}

const ONGELDIG = 'OVERZICHT_ONGELDIG';

const weiger = (naam: string | undefined, redenen: string[]): HttpAntwoord =>
  foutAntwoord(
    422,
    ONGELDIG,
    `${naam ? `Overzicht ${naam} is` : 'Het overzicht is'} niet gepubliceerd; er is niets vastgelegd. ${redenen.length} reden(en) in extensions.redenen: ${redenen[0]}${redenen.length > 1 ? ' …' : ''}`,
    { redenen },
  );

/** De JSON-body van een schrijvend eindpunt (ook gateway/partners/), of het foutantwoord. */
export function leesJson(verzoek: HttpVerzoek): { body?: unknown; fout?: HttpAntwoord } {
  const soort = (verzoek.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  // Alleen JSON: een formulier van een andere site kan dat niet zonder preflight sturen (CSRF).
  if (soort !== 'application/json') return { fout: foutAntwoord(415, 'GEEN_JSON', `Stuur de body als JSON, met Content-Type: application/json (ontvangen: ${soort || 'geen'}).`) };
  try {
    return { body: JSON.parse(verzoek.tekst) as unknown };
  } catch (e) {
    return { fout: foutAntwoord(400, 'GEEN_JSON', `De body is geen geldige JSON (${e instanceof Error ? e.message : e}).`) };
  }
}

export const zonderRegister = () =>
  foutAntwoord(503, 'GEEN_REGISTER', 'Deze gateway heeft geen overzichtenregister (OVERZICHTEN_URL); publiceren en intrekken kan hier niet. De vastgelegde overzichten zelf antwoorden wel.');

export const registerOnbereikbaar = (fout: Registerfout, wat: string) =>
  foutAntwoord(
    503,
    'REGISTER_ONBEREIKBAAR',
    `${fout.message} ${fout.nooitAangekomen ? `Er is niets ${wat}; probeer het later opnieuw.` : `Of het is ${wat}, is onbekend: GET /overzichten laat het zien voordat u het opnieuw probeert.`}`,
  );

/** Gelijk aan de nieuwste versie (document én wat erbij hoort): dan verandert er niets. */
function zelfde(inzending: Inzending, nieuwste: Overzicht): boolean {
  const json = (w: unknown) => JSON.stringify(w ?? null);
  return (
    nieuwste.hash === hashVan(inzending.document) &&
    nieuwste.titel === inzending.titel &&
    nieuwste.omschrijving === inzending.omschrijving &&
    (nieuwste.rijen ?? null) === (inzending.rijen ?? null) &&
    json(nieuwste.standaardwaarden ?? {}) === json(inzending.standaardwaarden) &&
    json(nieuwste.weergave) === json(inzending.weergave)
  );
}

/** De wijziging tegenover de nieuwste versie, met wat er aan breken en breekt niet klopt. */
function vergelijkMet(inzending: Inzending, contract: Contract, nieuwste: Overzicht | undefined): { wijziging: Wijziging; redenen: string[] } {
  if (!nieuwste) {
    return { wijziging: { brekend: [], toegevoegd: [] }, redenen: inzending.breekt ? [`breekt: ${inzending.naam} is nieuw, er is geen vorige versie om mee te breken; laat breekt weg.`] : [] };
  }
  const vorige = versieId(nieuwste.naam, nieuwste.versie);
  if (!nieuwste.contract) return { wijziging: { brekend: [], toegevoegd: [] }, redenen: [`De gateway kent het contract van ${vorige} niet (het register gaf het niet); probeer het zo opnieuw.`] };
  const wijziging = vergelijk(nieuwste.contract, contract);
  if ((nieuwste.rijen ?? null) !== (inzending.rijen ?? null)) wijziging.brekend.push(`de rijen van de CSV waren ${nieuwste.rijen ?? '(geen CSV)'}, nu ${inzending.rijen ?? '(geen CSV)'}`);
  const redenen: string[] = [];
  if (wijziging.brekend.length > 0 && !inzending.breekt) {
    redenen.push(...wijziging.brekend.map((b) => `breekt met ${vorige}: ${b}.`));
    redenen.push(`Een brekende versie vraagt "breekt": {"reden": "…", "uitfaseerdatum": "JJJJ-MM-DD"}; ${vorige} antwoordt dan tot die datum, met de koppen Deprecation en Sunset. Of voeg alleen toe: dat breekt niets.`);
  }
  if (wijziging.brekend.length === 0 && inzending.breekt) {
    redenen.push(`breekt is gegeven, maar deze versie breekt niets tegenover ${vorige}${wijziging.toegevoegd.length > 0 ? ` (alleen toegevoegd: ${wijziging.toegevoegd.slice(0, 5).join(', ')})` : ''}; laat breekt weg, dan blijft ${vorige} gewoon werken.`);
  }
  return { wijziging, redenen };
}

/** De fouten van het proefdraaien als redenen; leeg als het overzicht zonder fouten antwoordde. */
function proefredenen(antwoord: HttpAntwoord): string[] {
  let inhoud: { data?: unknown; errors?: { message?: string; path?: unknown[] }[] } | undefined;
  try {
    inhoud = JSON.parse(tekstVan(antwoord.body)) as typeof inhoud;
  } catch {
    inhoud = undefined;
  }
  const fouten = inhoud?.errors ?? [];
  if (fouten.length > 0) {
    return fouten.slice(0, 20).map((f) => `proefdraaien als partner met de standaardwaarden: ${f.message ?? 'fout zonder melding'}${Array.isArray(f.path) ? ` (bij ${f.path.join('.')})` : ''}`);
  }
  if (antwoord.status !== 200) return [`proefdraaien als partner met de standaardwaarden gaf HTTP ${antwoord.status}.`];
  return [];
}

/** Het verzoek-id dat de gateway aan het register doorgeeft: dat van de client, of een nieuw. */
export const verzoekIdVan = (verzoek: HttpVerzoek) => verzoek.verzoekId ?? verzoek.headers.get(KOPPEN.verzoekId) ?? randomUUID();

export function overzichtpublicatie({ identificeer, register, stand, schema, supergraphSdl, kostentabel, proefdraai, klok }: Publicatieopties) {
  const weigerRol = (wie: Identiteit, wat: string, rollen: string) =>
    new Weigering(403, 'GEEN_SAMENSTELLER', `${wie.onderwerp} mag geen overzichten ${wat} (rollen: ${wie.rollen.join(', ')}); daarvoor is de rol ${rollen} nodig.`);

  /** Alles wat de gateway nakijkt; geeft de publicatie voor het register, of de redenen om te weigeren. */
  async function controleer(inzending: Inzending, wie: Identiteit): Promise<{ redenen: string[]; publicatie?: Registerpublicatie; ongewijzigd?: Overzicht }> {
    const nieuwste = stand.lijst().nieuwste.get(inzending.naam);
    const intrekking = stand.lijst().intrekkingen.get(inzending.naam);
    if (intrekking) return { redenen: [`${inzending.naam} is ingetrokken (per ${intrekking.per.slice(0, 10)}: ${intrekking.reden}); publiceer onder een nieuwe naam.`] };
    if (nieuwste && zelfde(inzending, nieuwste)) return { redenen: [], ongewijzigd: nieuwste };
    const api = schema();
    const doc = controleerDocument(inzending, api, supergraphSdl, kostentabel());
    if (doc.redenen.length > 0 || !doc.operatie) return { redenen: doc.redenen };
    const hash = hashVan(inzending.document);
    const contract = contractVan({ id: inzending.naam, hash, document: inzending.document, standaardwaarden: inzending.standaardwaarden }, api);
    const { wijziging, redenen } = vergelijkMet(inzending, contract, nieuwste);
    redenen.push(...controleerVorm(inzending, contract));
    // Een verbinding moet de gateway tot het eind kunnen doorbladeren (bladeren.ts): after als variabele, totaal en pageInfo.
    if (doc.document) redenen.push(...verbindingsredenen(doc.document, contract, inzending.standaardwaarden));
    const variabelen = variabelenUitContract(doc.operatie, contract);
    const kandidaat: Overzicht = {
      id: versieId(inzending.naam, (nieuwste?.versie ?? 0) + 1),
      naam: inzending.naam,
      versie: (nieuwste?.versie ?? 0) + 1,
      hash,
      operatienaam: doc.operatie.name!.value,
      titel: inzending.titel,
      omschrijving: inzending.omschrijving,
      document: inzending.document,
      variabelen,
      ...(inzending.rijen ? { rijen: inzending.rijen } : {}),
      standaardwaarden: inzending.standaardwaarden,
      herkomst: 'api',
    };
    // Ook als er al redenen zijn: wie één keer instuurt, hoort alles wat er mis is.
    redenen.push(...proefredenen(await proefdraai(kandidaat, doc.proefvariabelen, wie)));
    if (redenen.length > 0) return { redenen };
    return {
      redenen,
      publicatie: {
        naam: inzending.naam,
        titel: inzending.titel,
        omschrijving: inzending.omschrijving,
        document: inzending.document,
        rijen: inzending.rijen ?? null,
        standaardwaarden: inzending.standaardwaarden,
        variabelen,
        weergave: inzending.weergave ?? null,
        breekt: inzending.breekt ?? null,
        contract,
        wijziging,
        vorigeVersie: nieuwste?.versie ?? 0,
      },
    };
  }

  const ongewijzigdAntwoord = (o: Overzicht) =>
    jsonAntwoord(200, {
      gepubliceerd: false,
      id: versieId(o.naam, o.versie),
      versie: o.versie,
      hash: o.hash,
      melding: `${versieId(o.naam, o.versie)} is precies dit overzicht; er is niets vastgelegd en niets veranderd.`,
    });

  async function publiceer(verzoek: HttpVerzoek): Promise<HttpAntwoord> {
    return voorIdentiteit(identificeer, verzoek, async (wie) => {
      if (!magSamenstellen(wie)) throw weigerRol(wie, 'publiceren', 'samensteller');
      if (!register) return zonderRegister();
      const { body, fout } = leesJson(verzoek);
      if (fout) return fout;
      const { inzending, redenen } = leesInzending(body, klok());
      if (!inzending) return weiger(typeof (body as { naam?: unknown } | null)?.naam === 'string' ? String((body as { naam: string }).naam) : undefined, redenen);
      const verzoekId = verzoekIdVan(verzoek);
      // Twee pogingen: is de vergeleken versie intussen niet meer de nieuwste, dan opnieuw tegen de nieuwe.
      for (let poging = 1; poging <= 2; poging++) {
        const uitkomst = await controleer(inzending, wie);
        if (uitkomst.ongewijzigd) return ongewijzigdAntwoord(uitkomst.ongewijzigd);
        if (!uitkomst.publicatie) return weiger(inzending.naam, uitkomst.redenen);
        let antwoord;
        try {
          antwoord = await register.publiceer(uitkomst.publicatie, wie, verzoekId);
        } catch (e) {
          if (e instanceof Registerfout) return registerOnbereikbaar(e, 'vastgelegd');
          throw e;
        }
        const inhoud = antwoord.inhoud as { versie?: Registerversie; errors?: { message: string; extensions?: { code?: string } }[] };
        if (antwoord.status === 201 && inhoud.versie) {
          const v = inhoud.versie;
          // Deze replica kent de nieuwe versie vóór het antwoord; de andere horen het via Redis.
          await stand.ververs();
          const id = versieId(v.naam, v.versie);
          return jsonAntwoord(
            201,
            {
              gepubliceerd: true,
              id,
              naam: v.naam,
              versie: v.versie,
              hash: v.hash,
              wanneer: v.gepubliceerd,
              url: `/overzichten/${v.naam}`,
              wijziging: uitkomst.publicatie.wijziging,
              ...(v.breekt ? { breekt: v.breekt } : {}),
              melding:
                v.versie === 1
                  ? `${id} is gepubliceerd; partners vragen het als ${v.naam} (altijd de nieuwste versie) of ${id}.`
                  : `${id} is gepubliceerd en is nu de nieuwste versie van ${v.naam}.${v.breekt ? ` De vorige versies antwoorden tot ${v.breekt.uitfaseerdatum}, met Deprecation en Sunset.` : ''}`,
            },
            [['location', `/overzichten/${id}`]],
          );
        }
        const code = inhoud.errors?.[0]?.extensions?.code;
        if (antwoord.status === 409 && code === 'OVERZICHT_VEROUDERD' && poging === 1) {
          await stand.ververs();
          continue;
        }
        if (antwoord.status === 409 || antwoord.status === 422) {
          return { status: antwoord.status, headers: [['content-type', 'application/json; charset=utf-8']], body: JSON.stringify(inhoud) };
        }
        return foutAntwoord(502, 'REGISTER_FOUT', `Het overzichtenregister gaf HTTP ${antwoord.status}; ${inzending.naam} is niet gepubliceerd.`);
      }
      return foutAntwoord(409, 'OVERZICHT_VEROUDERD', `${inzending.naam} kreeg tijdens deze publicatie twee keer een nieuwere versie; vraag GET /overzichten en probeer het opnieuw.`);
    });
  }

  async function trekIn(verzoek: HttpVerzoek, naam: string): Promise<HttpAntwoord> {
    return voorIdentiteit(identificeer, verzoek, async (wie) => {
      if (!magOverzichtIntrekken(wie)) throw weigerRol(wie, 'intrekken', 'samensteller of beheer');
      if (!register) return zonderRegister();
      const { body, fout } = leesJson(verzoek);
      if (fout) return fout;
      const b = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as { reden?: unknown; per?: unknown };
      const nu = klok();
      const vandaag = nu.toISOString().slice(0, 10);
      const redenen: string[] = [];
      const reden = typeof b.reden === 'string' ? b.reden.trim() : '';
      if (reden === '' || reden.length > 2000) redenen.push('reden ontbreekt; zeg in 1 tot 2000 tekens waarom het overzicht verdwijnt: partners lezen het in de 410.');
      if (b.per !== undefined && (typeof b.per !== 'string' || !isDatum(b.per) || b.per < vandaag)) {
        redenen.push(`per is ${JSON.stringify(b.per)}; geef een datum JJJJ-MM-DD vanaf vandaag (${vandaag}), of laat per weg om het overzicht meteen in te trekken.`);
      }
      const bekend = stand.lijst().nieuwste.has(naam) || (await stand.zoekOokNieuw(naam)) !== undefined;
      if (!bekend) return foutAntwoord(404, 'ONBEKEND_OVERZICHT', `Er is geen overzicht ${naam}; GET /overzichten geeft de namen.`);
      if (redenen.length > 0) return foutAntwoord(422, ONGELDIG, `${naam} is niet ingetrokken. ${redenen.join(' ')}`, { redenen });
      const per = typeof b.per === 'string' && b.per > vandaag ? new Date(`${b.per}T00:00:00Z`) : nu;
      try {
        const antwoord = await register.trekIn(naam, { reden, per: per.toISOString() }, wie, verzoekIdVan(verzoek));
        if (antwoord.status === 201 || antwoord.status === 200) await stand.ververs();
        return { status: antwoord.status, headers: [['content-type', 'application/json; charset=utf-8']], body: JSON.stringify(antwoord.inhoud) };
      } catch (e) {
        if (e instanceof Registerfout) return registerOnbereikbaar(e, 'ingetrokken');
        throw e;
      }
    });
  }

  async function verslag(verzoek: HttpVerzoek, naam: string): Promise<HttpAntwoord> {
    return voorIdentiteit(identificeer, verzoek, async (wie) => {
      if (!leestAlsAnalist(wie)) throw new Weigering(403, 'GEEN_LEESRECHT', `${wie.onderwerp} (${wie.rollen.join(', ')}) mag het verslag van de overzichten niet zien; dat mag elke rol behalve partner.`);
      if (!register) return zonderRegister();
      try {
        const antwoord = await register.verslag(naam, wie, verzoekIdVan(verzoek));
        return { status: antwoord.status, headers: [['content-type', 'application/json; charset=utf-8']], body: JSON.stringify(antwoord.inhoud) };
      } catch (e) {
        if (e instanceof Registerfout) return foutAntwoord(503, 'REGISTER_ONBEREIKBAAR', `${e.message} Probeer het later opnieuw.`);
        throw e;
      }
    });
  }

  return { publiceer, trekIn, verslag };
}

/** Een verzoek van de gateway aan zichzelf: het overzicht proefdraaien als partner, op zijn (tijdelijke) id. */
export function proefverzoek(variabelen: Record<string, unknown>): HttpVerzoek {
  const headers = new HeaderMap([
    ['content-type', 'application/json'],
    ['accept', 'application/json'],
  ]);
  return { method: 'POST', pad: '/graphql', search: '', headers, tekst: JSON.stringify({ documentId: 'proef', variables: variabelen }), verzoekId: `proef-${randomUUID()}` };
}
