// De overzichten die deze gateway nu kent: de lijst uit het overzichtenregister, bijgehouden
// zonder herstart. Drie wegen houden hem bij:
// - een bericht via Redis (kern/wijzigingsbericht.ts) bij elke nieuwe versie of intrekking;
// - een periodieke controle van de stand van het register (OVERZICHTEN_CONTROLE_MS), voor
//   als Redis weg is of een bericht gemist werd;
// - een id dat de gateway niet kent (een overzicht van zojuist, gepubliceerd via een andere
//   replica), laat hem eerst bij het register kijken voordat hij 404 zegt.
// De controle vraagt eerst alleen de stand (een kort antwoord); de hele lijst pas als die
// veranderde. Zonder register (of zolang het niet antwoordt) kent de gateway de ingebouwde set.
import type { Logboek } from '../../kern/logboek.js';
import { leesVersieId, versieId, type Registerintrekking, type Registerstand, type Registerversie } from '../../kern/overzichten.js';
import type { Manifestoperatie, Partnermanifest } from '../../kern/partners.js';
import { volgOverzichten, type Redisinstelling } from '../../kern/wijzigingsbericht.js';
import { documenthashVan, operatieVan, type Overzicht } from './register.js';
import type { Registerclient } from './registerclient.js';

/** Een versie die niet meer de nieuwste vorm is: ze antwoordt met Deprecation en Sunset, en na `per` niet meer. */
export interface Uitfasering {
  /** Sinds wanneer (de brekende versie, of de intrekking): de kop Deprecation. */
  sinds: Date;
  /** Vanaf wanneer ze niet meer antwoordt (410 Gone): de kop Sunset. */
  per: Date;
  /** naam@versie van de nieuwste versie; ontbreekt als het hele overzicht is ingetrokken. */
  opvolger?: string;
  reden: string;
}

export interface Gevonden {
  overzicht: Overzicht;
  uitfasering?: Uitfasering;
}

/** Het geldende manifest van een partnerapp, met zijn operaties op id (de sha256 van de body). */
export interface Partnerapp extends Partnermanifest {
  perId: ReadonlyMap<string, Manifestoperatie>;
}

/** Wat de gateway op één moment kent; verandert alleen in zijn geheel. */
export interface Overzichtenlijst {
  /** Elke versie, per naam oplopend. */
  versies: readonly Overzicht[];
  /** Per naam: de nieuwste versie. */
  nieuwste: ReadonlyMap<string, Overzicht>;
  intrekkingen: ReadonlyMap<string, Registerintrekking>;
  uitfasering: ReadonlyMap<string, Uitfasering>;
  /** naam@versie, naam (de nieuwste), sha256:<hash> en de hex-hash van het geprinte document (de nieuwste versie met dat document). */
  perId: ReadonlyMap<string, Overzicht>;
  /** Per app het geldende manifest (registreren: gateway/partners/); leeg zonder register. */
  partners: ReadonlyMap<string, Partnerapp>;
  /** De stand van het register; leeg voor de ingebouwde set zonder register. */
  stand: string;
}

/** Een versie uit het register als overzicht van de gateway. */
export function uitRegister(v: Registerversie): Overzicht {
  const id = versieId(v.naam, v.versie);
  return {
    id,
    naam: v.naam,
    versie: v.versie,
    hash: v.hash,
    operatienaam: operatieVan(v.document, id).name!.value,
    titel: v.titel,
    omschrijving: v.omschrijving,
    document: v.document,
    variabelen: v.variabelen,
    ...(v.rijen !== null ? { rijen: v.rijen } : {}),
    ...(Object.keys(v.standaardwaarden).length > 0 ? { standaardwaarden: v.standaardwaarden } : {}),
    ...(v.weergave ? { weergave: v.weergave } : {}),
    gepubliceerd: v.gepubliceerd,
    ...(v.breekt ? { breekt: v.breekt } : {}),
    herkomst: v.herkomst,
    ...(v.contract ? { contract: v.contract } : {}),
  };
}

/** 2027-03-01 → het begin van die dag in UTC. */
export const begin = (datum: string) => new Date(`${datum}T00:00:00Z`);

/** Maakt de lijst: welke versie de nieuwste is, en welke uitgefaseerd worden (door een breuk of een intrekking). */
export function maakLijst(versies: readonly Overzicht[], intrekkingen: readonly Registerintrekking[], stand = '', manifesten: readonly Partnermanifest[] = []): Overzichtenlijst {
  const gesorteerd = [...versies].sort((a, b) => a.naam.localeCompare(b.naam) || a.versie - b.versie);
  const nieuwste = new Map<string, Overzicht>();
  for (const o of gesorteerd) nieuwste.set(o.naam, o);
  const ingetrokken = new Map(intrekkingen.map((i) => [i.naam, i]));
  const uitfasering = new Map<string, Uitfasering>();
  for (const o of gesorteerd) {
    // De eerste brekende versie erna beloofde deze versie tot haar uitfaseerdatum.
    const breuk = gesorteerd.find((w) => w.naam === o.naam && w.versie > o.versie && w.breekt);
    const intrekking = ingetrokken.get(o.naam);
    const kandidaten: Uitfasering[] = [
      ...(breuk?.breekt
        ? [{ sinds: new Date(breuk.gepubliceerd ?? 0), per: begin(breuk.breekt.uitfaseerdatum), opvolger: nieuwste.get(o.naam)!.id, reden: breuk.breekt.reden }]
        : []),
      ...(intrekking ? [{ sinds: new Date(intrekking.wanneer), per: new Date(intrekking.per), reden: `ingetrokken: ${intrekking.reden}` }] : []),
    ];
    const eerste = kandidaten.sort((a, b) => a.per.getTime() - b.per.getTime())[0];
    if (eerste) uitfasering.set(o.id, eerste);
  }
  const perId = new Map<string, Overzicht>();
  for (const o of gesorteerd) {
    perId.set(o.id, o);
    perId.set(versieId(o.naam, o.versie), o);
    // Een latere versie met hetzelfde document (alleen titel of weergave anders) wint.
    perId.set(o.hash, o);
    // Het id van Apollo's persisted queries en van het manifest (register.ts, documenthashVan).
    perId.set(documenthashVan(o.document), o);
  }
  for (const [naam, o] of nieuwste) perId.set(naam, o);
  const partners = new Map(manifesten.map((m) => [m.app, { ...m, perId: new Map(m.operaties.map((o) => [o.id, o])) }]));
  return { versies: gesorteerd, nieuwste, intrekkingen: ingetrokken, uitfasering, perId, partners, stand };
}

// Een register van vóór de manifesten (tijdens een uitrol) stuurt geen partners.
export const lijstUitRegister = (r: Registerstand): Overzichtenlijst => maakLijst(r.versies.map(uitRegister), r.intrekkingen, r.stand, r.partners ?? []);

/** Welke apps een ander manifest kregen (app@versie) of het hunne kwijt zijn (app: ingetrokken). */
function manifestwijzigingen(was: ReadonlyMap<string, Partnerapp>, wordt: ReadonlyMap<string, Partnerapp>): string[] {
  return [
    ...[...wordt.values()].filter((m) => was.get(m.app)?.versie !== m.versie).map((m) => `${m.app}@${m.versie}`),
    ...[...was.keys()].filter((app) => !wordt.has(app)).map((app) => `${app}: ingetrokken`),
  ];
}

export interface Overzichtenstandopties {
  /** Zonder register, en tot het eerst antwoordt: deze overzichten (de ingebouwde set). */
  ingebouwd: readonly Overzicht[];
  register?: Registerclient;
  redis?: Redisinstelling | null;
  /** Elke zoveel ms de stand van het register controleren; 0 zet de controle uit. */
  controleMs?: number;
  logboek?: Logboek;
}

export interface Overzichtenstand {
  /** Wat de gateway nu kent. */
  lijst(): Overzichtenlijst;
  /** Zoekt op naam (de nieuwste), naam@versie, sha256:<hash> of de hex-hash van het geprinte document. */
  zoek(id: string): Gevonden | undefined;
  /** Als zoek, maar een onbekend id laat eerst het register nakijken (een overzicht van zojuist, via een andere replica). */
  zoekOokNieuw(id: string): Promise<Gevonden | undefined>;
  /** Leest het register opnieuw (alleen de hele lijst als de stand veranderde), in een controle die na deze aanroep begint. */
  ververs(minAfstandMs?: number): Promise<void>;
  /** Of de lijst uit het register komt (en niet alleen de ingebouwde set is). */
  uitRegister(): boolean;
  stop(): void;
}

/**
 * Hoe vaak een gateway de stand van het register nakijkt (OVERZICHTEN_CONTROLE_MS), naast de
 * berichten via Redis: een korte vraag (de stand), de hele lijst alleen als die veranderde.
 */
export const STANDAARD_OVERZICHTENCONTROLE_MS = 2000;

/** Hoe lang een verzoek met een onbekend id hoogstens op het register wacht. */
const MAXIMAAL_WACHTEN_OP_REGISTER_MS = 1000;
/** Zoveel ms tussen twee controles die een onbekend id uitlokte: een vloed van onzin-ids belast het register niet. */
const AFSTAND_NA_ONBEKEND_MS = 50;

const wacht = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

export function overzichtenstand({ ingebouwd, register, redis, controleMs = 0, logboek }: Overzichtenstandopties): Overzichtenstand {
  let huidig = maakLijst(
    ingebouwd.map((o) => ({ ...o, id: versieId(o.naam, o.versie) })),
    [],
  );
  let uitRegisterGeladen = false;
  let laatsteFout: string | undefined;
  let lopend: Promise<void> | undefined;
  let volgende: Promise<void> | undefined;
  let laatsteStart = 0;

  const eenControle = async (): Promise<void> => {
    if (!register) return;
    laatsteStart = Date.now();
    try {
      const stand = await register.stand();
      if (uitRegisterGeladen && stand === huidig.stand) return;
      const gelezen = await register.lees();
      const nieuw = lijstUitRegister(gelezen);
      if (!uitRegisterGeladen || nieuw.stand !== huidig.stand) {
        const nieuwe = nieuw.versies.filter((o) => !huidig.perId.has(o.id)).map((o) => o.id);
        const manifesten = manifestwijzigingen(huidig.partners, nieuw.partners);
        huidig = nieuw;
        if (uitRegisterGeladen && nieuwe.length > 0) logboek?.info({ nieuwe }, `overzichten bijgewerkt: ${nieuwe.join(', ')}`);
        if (uitRegisterGeladen && manifesten.length > 0) logboek?.info({ manifesten }, `manifesten van partners bijgewerkt: ${manifesten.join(', ')}`);
        uitRegisterGeladen = true;
      }
      if (laatsteFout) logboek?.info('het overzichtenregister antwoordt weer');
      laatsteFout = undefined;
    } catch (fout) {
      const melding = fout instanceof Error ? fout.message : String(fout);
      // Eén regel per storing, niet één per controle.
      if (melding !== laatsteFout) logboek?.warn(`${melding} De gateway houdt de overzichten die hij kent${uitRegisterGeladen ? '' : ' (de ingebouwde set)'}.`);
      laatsteFout = melding;
    }
  };

  /** Een controle die na deze aanroep begint: hoogstens één loopt, hoogstens één wacht. */
  const ververs = (minAfstandMs = 0): Promise<void> => {
    if (volgende) return volgende;
    const eerst = lopend ?? Promise.resolve();
    volgende = eerst
      .then(() => wacht(Math.max(0, laatsteStart + minAfstandMs - Date.now())))
      .then(() => {
        volgende = undefined;
        lopend = eenControle().finally(() => {
          lopend = undefined;
        });
        return lopend;
      });
    return volgende;
  };

  const zoek = (id: string): Gevonden | undefined => {
    const overzicht = huidig.perId.get(id);
    if (!overzicht) return undefined;
    const uitfasering = huidig.uitfasering.get(overzicht.id);
    return uitfasering ? { overzicht, uitfasering } : { overzicht };
  };

  const abonnement = register && redis ? volgOverzichten(redis, () => void ververs()) : undefined;
  const klok = register && controleMs > 0 ? setInterval(() => void ververs(), controleMs) : undefined;
  klok?.unref();

  return {
    lijst: () => huidig,
    zoek,
    async zoekOokNieuw(id) {
      const gevonden = zoek(id);
      // Alleen een id dat een overzicht kán zijn: geen register-verkeer voor onzin.
      if (gevonden || !register || !(leesVersieId(id) || /^[a-z][a-z0-9-]{0,59}$/.test(id) || /^(sha256:)?[0-9a-f]{64}$/.test(id))) return gevonden;
      await Promise.race([ververs(AFSTAND_NA_ONBEKEND_MS), wacht(MAXIMAAL_WACHTEN_OP_REGISTER_MS)]);
      return zoek(id);
    },
    ververs,
    uitRegister: () => uitRegisterGeladen,
    stop() {
      if (klok) clearInterval(klok);
      abonnement?.stop();
    },
  };
}
