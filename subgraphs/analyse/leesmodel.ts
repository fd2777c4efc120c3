// Het leesmodel van de analyse. Het beleid van een ministerie verandert alleen bij een
// publicatie, en elke publicatie geeft een nieuwe vingerafdruk (Departementsbeleid.vingerafdruk).
// De gateway stuurt per verzoek alleen die vingerafdrukken mee (@requires ...Stand); het
// beleid zelf leest de analyselaag één keer per vingerafdruk rechtstreeks bij het ministerie,
// met het geheim van de subgraphs en nooit via de gateway. Wat zij daaruit afleidt (alle
// prikkels, hun indexen, de antwoorden per filter), onthoudt zij per generatie: de
// vingerafdrukken van alle ministeries samen. Een verzoek rekent zo met precies de
// generatie die de gateway in hetzelfde verzoek bij de ministeries zag, en zegt welke dat was.
import { LRUCache } from 'lru-cache';
import { geheimkop } from '../../kern/identiteit.js';
import { vulSelectieIn } from './sdl.js';
import { MINISTERIEVELDEN, type Beleidsveld, type Leesbeleid, type PerMinisterie, type Stand } from './model.js';

/** Waar en hoe de analyselaag de ministeries zelf leest. */
export interface Leesbron {
  /** De GraphQL-URL van elk ministerie (dezelfde als die van de gateway). */
  urls: Readonly<Record<Beleidsveld, string>>;
  /** SUBGRAAF_GEHEIM: de ministeries beantwoorden zonder geen verzoek. */
  geheim?: string;
  /** Hoe lang één lezing mag duren; standaard 15 s (het hele beleid, ook bij veel edities). */
  termijnMs?: number;
  /**
   * Lees elk ministerie al bij de start (standaard), zodat het eerste verzoek (het opwarmen
   * van de gateway) niet op de lezingen wacht. Een ministerie dat nog niet antwoordt, probeert
   * het model elke seconde opnieuw, hooguit `voorlezenPogingen` keer (standaard 60).
   */
  voorlezen?: boolean;
  voorlezenPogingen?: number;
  /** Hoeveel generaties het model onthoudt; standaard 3 (de huidige, de vorige en één die net binnenkomt). */
  generaties?: number;
  /** Waarschuwt bij een mislukte lezing (het logboek). */
  waarschuw?: (tekst: string) => void;
}

/** Een onthouden uitkomst; in een object, zodat ook undefined of null onthouden wordt. */
type Onthouden = LRUCache<string, { waarde: unknown }>;

/** Wat `bereken` geeft, één keer per sleutel zolang `cache` hem bewaart. */
function onthoudIn<T>(cache: Onthouden, sleutel: string, bereken: () => T): T {
  const bewaard = cache.get(sleutel);
  if (bewaard) return bewaard.waarde as T;
  const waarde = bereken();
  cache.set(sleutel, { waarde });
  return waarde;
}

/** Alles wat een verzoek uit één generatie afleidt, met wat het eerder afleidde. */
export class Generatie {
  private readonly uitkomsten: Onthouden = new LRUCache({ max: 512 });

  constructor(
    /** "BZK:3f2a… VWS:… JENV:- …": per ministerie de vingerafdruk, - voor wie niet antwoordde. */
    readonly naam: string,
    /** Het hele beleid per ministerie; null voor een ministerie dat de gateway of het leesmodel niet antwoordde. */
    readonly beleid: PerMinisterie<Leesbeleid>,
  ) {}

  /**
   * Wat `bereken` geeft, één keer per sleutel in deze generatie. De uitkomst wordt gedeeld
   * door alle verzoeken: wie haar krijgt, verandert haar niet (de regels maken altijd nieuwe lijsten).
   */
  onthoud<T>(sleutel: string, bereken: () => T): T {
    return onthoudIn(this.uitkomsten, sleutel, bereken);
  }
}

export class Leesfout extends Error {}

const ALLE_GROEPEN = { __typename: 'Analyse', id: 'ALLE_AANDACHTSGROEPEN' };

export class Leesmodel {
  /** Per ministerie en vingerafdruk het gelezen beleid (of de lezing die nog loopt). */
  private readonly gelezen: LRUCache<string, Promise<Leesbeleid>>;
  /**
   * Per ministerie een lezing zonder verzoek (bij de start of na een publicatie) die nog loopt:
   * haar vingerafdruk is pas bekend als zij klaar is. Een verzoek dat intussen die vingerafdruk
   * meebrengt, wacht op haar in plaats van hetzelfde beleid nog eens te lezen.
   */
  private readonly lopend = new Map<Beleidsveld, Promise<Leesbeleid>>();
  /** De stand van het laatste verzoek: daarmee rekent het model na een publicatie vooruit. */
  private laatsteStand: Partial<Record<Beleidsveld, Stand | null>> | null = null;
  private readonly generaties: LRUCache<string, Generatie>;
  private readonly selectie = vulSelectieIn('...Leesbeleid');
  /** Wat niet van alle ministeries afhangt (een cel van de prikkels), over generaties heen. */
  private readonly gedeeld: Onthouden;
  private gestopt = false;
  /** Hoe vaak het model een ministerie las: de tests tellen zo dat het één keer per generatie gebeurt. */
  lezingen = 0;
  /** Hoe vaak `overGeneraties` moest rekenen: de tests tellen zo dat een publicatie alleen haar eigen cellen laat herberekenen. */
  berekeningen = 0;

  constructor(private readonly bron: Leesbron) {
    const generaties = bron.generaties ?? 3;
    this.gelezen = new LRUCache({ max: generaties * MINISTERIEVELDEN.length });
    this.generaties = new LRUCache({ max: generaties });
    // Per generatie hooguit een cel per paar ministeries, per alleenLetterlijk.
    this.gedeeld = new LRUCache({ max: generaties * 2 * MINISTERIEVELDEN.length ** 2 });
    if (bron.voorlezen ?? true) for (const veld of MINISTERIEVELDEN) void this.leesVooraf(veld, bron.voorlezenPogingen ?? 60);
  }

  /** Stopt het voorlezen (bij het stoppen van de analyselaag). */
  stop(): void {
    this.gestopt = true;
  }

  /** Leest `veld` zonder dat een verzoek erom vroeg: bij de start, en na een publicatie. */
  private async leesVooraf(veld: Beleidsveld, pogingen = 1): Promise<Leesbeleid | null> {
    for (let poging = 1; poging <= pogingen && !this.gestopt; poging++) {
      const lezing = this.haal(veld);
      this.lopend.set(veld, lezing);
      try {
        const beleid = await lezing;
        this.gelezen.set(`${veld}@${beleid.vingerafdruk}`, Promise.resolve(beleid));
        return beleid;
      } catch (fout) {
        if (poging === pogingen) this.bron.waarschuw?.(fout instanceof Error ? fout.message : String(fout));
        else await new Promise((r) => setTimeout(r, 1000).unref());
      } finally {
        if (this.lopend.get(veld) === lezing) this.lopend.delete(veld);
      }
    }
    return null;
  }

  /**
   * Wat `bereken` geeft, één keer per sleutel over alle generaties: voor wat alleen van een
   * deel van de ministeries afhangt, met hun vingerafdrukken in de sleutel. Zo rekent een
   * nieuwe generatie alleen opnieuw wat het publicerende ministerie raakt.
   */
  overGeneraties<T>(sleutel: string, bereken: () => T): T {
    return onthoudIn(this.gedeeld, sleutel, () => {
      this.berekeningen += 1;
      return bereken();
    });
  }

  /**
   * De generatie die hoort bij de stand die de gateway meestuurde: `undefined` per veld is
   * een verkeerd geplande query (de aanroeper meldt dat), null een ministerie dat niet antwoordde.
   */
  async generatie(stand: Partial<Record<Beleidsveld, Stand | null>>): Promise<Generatie> {
    this.laatsteStand = stand;
    const beleid = Object.fromEntries(
      await Promise.all(MINISTERIEVELDEN.map(async (veld) => [veld, await this.beleidOfNull(veld, stand[veld] ?? null)] as const)),
    ) as PerMinisterie<Leesbeleid>;
    const naam = MINISTERIEVELDEN.map((veld) => `${veld.toUpperCase()}:${beleid[veld]?.vingerafdruk ?? '-'}`).join(' ');
    const bestaand = this.generaties.get(naam);
    if (bestaand) return bestaand;
    const nieuw = new Generatie(naam, beleid);
    this.generaties.set(naam, nieuw);
    return nieuw;
  }

  /**
   * Na een publicatie van `departement` (Redis, kern/wijzigingsbericht.ts): leest zijn nieuwe
   * beleid meteen en geeft de generatie die het volgende verzoek zal meebrengen, met de
   * vingerafdrukken van de andere ministeries uit het laatste verzoek. Null zolang er nog
   * geen verzoek was (dan weet het model niet welke stand de gateway ziet) of bij een
   * onbekend departement; een mislukte lezing gooit niet: dan rekent het eerste verzoek.
   */
  async naPublicatie(departement: string): Promise<Generatie | null> {
    const veld = MINISTERIEVELDEN.find((v) => v.toUpperCase() === departement);
    const stand = this.laatsteStand;
    if (!veld || !stand) return null;
    const beleid = await this.leesVooraf(veld);
    if (!beleid) return null;
    return this.generatie({ ...stand, [veld]: { departement: beleid.departement, vingerafdruk: beleid.vingerafdruk } });
  }

  private async beleidOfNull(veld: Beleidsveld, stand: Stand | null): Promise<Leesbeleid | null> {
    if (!stand) return null;
    try {
      return await this.lees(veld, stand.vingerafdruk);
    } catch (fout) {
      this.bron.waarschuw?.(fout instanceof Error ? fout.message : String(fout));
      return null;
    }
  }

  /** Het beleid van `veld` bij `vingerafdruk`; één lezing per vingerafdruk, ook als er veel verzoeken tegelijk komen. */
  private async lees(veld: Beleidsveld, vingerafdruk: string): Promise<Leesbeleid> {
    const sleutel = `${veld}@${vingerafdruk}`;
    const bezig = this.gelezen.get(sleutel);
    if (bezig) return bezig;
    const lopend = this.lopend.get(veld);
    if (lopend) {
      const beleid = await lopend.catch(() => null);
      if (beleid?.vingerafdruk === vingerafdruk) return beleid;
      // Een andere stand (of een mislukte lezing): dan zelf lezen, tenzij een ander dat al deed.
      const intussen = this.gelezen.get(sleutel);
      if (intussen) return intussen;
    }
    const lezing = this.haal(veld).then((beleid) => {
      // Publiceerde het ministerie intussen opnieuw, dan geldt wat het gaf onder diens eigen vingerafdruk.
      if (beleid.vingerafdruk !== vingerafdruk) this.gelezen.set(`${veld}@${beleid.vingerafdruk}`, Promise.resolve(beleid));
      return beleid;
    });
    // Een mislukte lezing wordt niet onthouden: het volgende verzoek probeert het opnieuw.
    lezing.catch(() => this.gelezen.get(sleutel) === lezing && this.gelezen.delete(sleutel));
    this.gelezen.set(sleutel, lezing);
    return lezing;
  }

  private async haal(veld: Beleidsveld): Promise<Leesbeleid> {
    this.lezingen += 1;
    const wie = veld.toUpperCase();
    const query = `query Leesmodel($r: [_Any!]!) { _entities(representations: $r) { ... on Analyse { ${veld} { ${this.selectie} } } } }`;
    let antwoord: Response;
    try {
      antwoord = await fetch(this.bron.urls[veld], {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...geheimkop(this.bron.geheim) },
        body: JSON.stringify({ query, variables: { r: [ALLE_GROEPEN] } }),
        signal: AbortSignal.timeout(this.bron.termijnMs ?? 15_000),
      });
    } catch (fout) {
      throw new Leesfout(`het leesmodel kon het beleid van ${wie} niet lezen: ${fout instanceof Error ? fout.message : fout}`);
    }
    if (!antwoord.ok) throw new Leesfout(`het leesmodel kon het beleid van ${wie} niet lezen: HTTP ${antwoord.status}`);
    const inhoud = (await antwoord.json()) as { data?: { _entities?: ({ [v: string]: Leesbeleid | null } | null)[] }; errors?: { message: string }[] };
    const beleid = inhoud.data?._entities?.[0]?.[veld];
    if (!beleid) {
      throw new Leesfout(`het leesmodel kon het beleid van ${wie} niet lezen: ${inhoud.errors?.map((e) => e.message).join('; ') || 'leeg antwoord'}`);
    }
    return beleid;
  }
}
