// Responscache van de gateway. De gegevens veranderen alleen bij een publicatie; de
// subgraphs melden een nieuwe momentopname via Redis (kern/wijzigingsbericht.ts).
// Cache-sleutels bevatten de generatie van de gegevens, dus na een melding is elk
// eerder antwoord onbereikbaar. Zonder werkende abonnering cachet de gateway niets:
// liever trager dan een oud cijfer.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getOperationAST } from 'graphql';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { tekstVan, type HttpAntwoord, type HttpVerzoek } from '../../kern/http.js';
import type { Identiteit } from '../../kern/identiteit.js';
import type { Gatewaymetingen } from '../metingen.js';
import { samenvoeger } from './samenvoegen.js';
import { verzoeksleutel } from './verzoeksleutel.js';
import { generatiesleutel, kanaal, leesBericht, type Redisinstelling } from '../../kern/wijzigingsbericht.js';

/** Koppen die alleen voor het verzoek gelden dat het antwoord uitvoerde (gateway/limieten/kostentoelating.ts). */
const PER_VERZOEK = /^(x-kosten|ratelimit-.*)$/i;

/** Veiligheidsnet naast de meldingen: geen antwoord blijft langer dan dit in de cache. */
const MAXIMALE_LEEFTIJD_S = 3600;

function generatieUit(bericht: string): number | null {
  const generatie = leesBericht(bericht)?.generatie;
  return typeof generatie === 'number' && Number.isSafeInteger(generatie) ? generatie : null;
}

export class Cachegeldigheid {
  private abonnee: Redis;
  private lezer: Redis;
  private actief = false;
  /**
   * Nieuw tijdperk bij elke (her)activering: alles van daarvoor is onbereikbaar. Zo
   * maakt ook een Redis die herstart zonder opslag (teller weer op 0) niets oud geldig.
   */
  private tijdperk = 0;
  private generatieNr = 0;
  private berichten = 0;
  private volgnummer = 0;

  constructor(private readonly redis: Redisinstelling) {
    const opties = { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 1 };
    this.abonnee = new Redis(redis.url, opties);
    this.lezer = new Redis(redis.url, opties);
    for (const client of [this.abonnee, this.lezer]) {
      client.on('error', () => this.zetUit());
      client.on('close', () => this.zetUit());
      client.on('reconnecting', () => this.zetUit());
    }
    this.abonnee.on('message', (_kanaal: string, bericht: string) => {
      // Elk bericht op het kanaal maakt eerdere antwoorden onbereikbaar, ook een
      // onleesbaar bericht: liever een keer te veel opnieuw vragen dan een oud cijfer.
      this.generatieNr = generatieUit(bericht) ?? this.generatieNr;
      this.berichten += 1;
    });
    // Na een herverbinding abonneert ioredis opnieuw; pas daarna weer cachen.
    this.abonnee.on('ready', () => void this.zetAan());
  }

  /** De sleutel van de geldige gegevens, of null als de cache nu niet te vertrouwen is. */
  get generatie(): string | null {
    return this.actief ? `t${this.tijdperk}g${this.generatieNr}:${this.berichten}` : null;
  }

  /** Verbindt; lukt dat niet, dan draait de gateway zonder cache tot Redis er is. */
  async start(): Promise<void> {
    try {
      await Promise.all([this.abonnee.connect(), this.lezer.connect()]);
      await this.zetAan();
    } catch {
      this.zetUit();
    }
  }

  private zetUit(): void {
    this.actief = false;
  }

  private async zetAan(): Promise<void> {
    const poging = ++this.volgnummer;
    try {
      await this.abonnee.subscribe(kanaal(this.redis));
      const berichtenVoor = this.berichten;
      const opgeslagen = Number((await this.lezer.get(generatiesleutel(this.redis))) ?? 0);
      if (poging !== this.volgnummer || this.abonnee.status !== 'ready') return;
      // Kwam er intussen een melding, dan is die nieuwer dan wat GET las.
      if (this.berichten === berichtenVoor) this.generatieNr = opgeslagen;
      this.tijdperk += 1;
      this.actief = true;
    } catch {
      this.zetUit();
    }
  }

  /** Maakt alles van nu onbereikbaar (na een publicatie via deze gateway). */
  vervallen(): void {
    this.berichten += 1;
  }

  async stop(): Promise<void> {
    this.zetUit();
    this.abonnee.disconnect();
    this.lezer.disconnect();
  }
}

/**
 * `uitkomst` zet `bewaarbaarPlugin`: of het antwoord een query zonder fouten is, en de
 * naam van de operatie (ook uit het document, als de client geen operationName stuurde).
 * Een genest object, omdat Apollo Server de context per operatie ondiep kopieert.
 */
export interface Gatewaycontext extends BaseContext {
  uitkomst: { bewaarbaar: boolean; operatie?: string; kosten?: number };
  /** Het verzoek-id dat de gateway aan elke subgraph meegeeft (x-request-id). */
  verzoekId?: string;
  /** Wie vraagt (gateway/toegang/identificatie.ts); bepaalt onder meer of foutmeldingen suggesties geven. */
  identiteit: Identiteit;
}

/** Zegt de antwoordlaag welke antwoorden bewaard mogen worden: alleen queries zonder fouten. */
export const bewaarbaarPlugin: ApolloServerPlugin<Gatewaycontext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, document, operation, operationName, request, response }) {
        contextValue.uitkomst.bewaarbaar = operation?.operation === 'query' && response.body.kind === 'single' && !response.body.singleResult.errors;
        // Bij een geweigerde operatie (een grens, een onbekend veld) heeft Apollo de naam nog
        // niet opgezocht; het document is dan wel al gelezen.
        contextValue.uitkomst.operatie =
          operationName ?? request.operationName ?? (operation === undefined && document ? getOperationAST(document)?.name?.value : undefined);
      },
    };
  },
};

interface Bewaard {
  antwoord: HttpAntwoord;
  tijdstip: number;
}

export interface Antwoordlaag {
  /** Voert een verzoek uit voor een identiteit die de gateway al heeft vastgesteld. */
  verwerk(verzoek: HttpVerzoek, identiteit: Identiteit): Promise<HttpAntwoord>;
  /** Hoeveel verzoeken uit de cache kwamen en hoeveel zich bij een gelijk lopend verzoek voegden. */
  statistiek(): { uitCache: number; samengevoegd: number };
}

/**
 * De laag vóór Apollo Server (samenvoegen: samenvoegen.ts):
 * - een cache van de bytes van antwoorden, per generatie van de gegevens: een treffer
 *   kost geen parse, geen uitvoering en geen serialisatie (de responscache-plugin van
 *   Apollo bewaarde het resultaatobject en serialiseerde het bij elke treffer opnieuw);
 * - gelijke verzoeken die tegelijk binnenkomen, worden één keer uitgevoerd en krijgen
 *   hetzelfde antwoord (ook zonder cache: dat is geen bewaren, alleen niet dubbel doen).
 * Gelijk betekent: dezelfde methode, querystring, body, de kopregels die het antwoord
 * kunnen veranderen (content-type, accept), dezelfde rollen (niet hetzelfde token: elke
 * analist krijgt hetzelfde antwoord) en dezelfde generatie bij aankomst, zodat een
 * verzoek na een publicatie nooit een antwoord van ervoor krijgt.
 * De graaf heeft alleen queries; een mutatie zou hier nooit samengevoegd mogen worden.
 */
export function antwoordlaag(
  geldigheid: Cachegeldigheid | null,
  uitvoeren: (verzoek: HttpVerzoek, context: Gatewaycontext) => Promise<HttpAntwoord>,
  metingen?: Pick<Gatewaymetingen, 'cache'>,
  maxBytes = 64 * 1024 * 1024,
): Antwoordlaag {
  const cache = new LRUCache<string, Bewaard>({
    maxSize: maxBytes,
    sizeCalculation: (b) => Math.max(1, b.antwoord.body.length + b.antwoord.headers.length * 64),
    ttl: MAXIMALE_LEEFTIJD_S * 1000,
  });
  const gelijktijdig = samenvoeger<{ antwoord: HttpAntwoord; rauw: string }>();
  const sleutels = verzoeksleutel();
  let uitCache = 0;
  return {
    async verwerk(verzoek, identiteit) {
      const generatie = geldigheid?.generatie ?? null;
      const h = (naam: string) => verzoek.headers.get(naam) ?? '';
      const rauw = `${verzoek.search}\n${verzoek.tekst}`;
      // Zonder commentaar, opmaak en ongebruikte variabelen (verzoeksleutel.ts); een bundel of onleesbaar verzoek zoals het kwam.
      const inhoud = sleutels.van(verzoek) ?? rauw;
      const sleutel = `${generatie ?? '-'}\n${verzoek.method}\n${h('content-type')}\n${h('accept')}\n${identiteit.rollen.join(',')}\n${inhoud}`;
      const bewaard = generatie === null ? undefined : cache.get(sleutel);
      if (bewaard) {
        uitCache += 1;
        metingen?.cache('treffer');
        const leeftijd = Math.floor((Date.now() - bewaard.tijdstip) / 1000);
        return { ...bewaard.antwoord, headers: [...bewaard.antwoord.headers, ['age', String(leeftijd)]] };
      }
      let zelf = false;
      const voer = async () => {
        zelf = true;
        const context: Gatewaycontext = { uitkomst: { bewaarbaar: false }, identiteit, verzoekId: verzoek.verzoekId };
        const uitgevoerd = await uitvoeren(verzoek, context);
        // De naam zoals Apollo hem vond; bewaard met het antwoord, zodat een treffer hem zonder parse kent.
        const antwoord = context.uitkomst.operatie ? { ...uitgevoerd, operatie: context.uitkomst.operatie } : uitgevoerd;
        // Een antwoord dat over een publicatie heen liep, hoort bij geen enkele generatie.
        if (generatie !== null && context.uitkomst.bewaarbaar && antwoord.status === 200 && geldigheid?.generatie === generatie) {
          // Als bytes bewaard: een treffer hoeft de tekst dan niet elke keer te coderen. Zonder de
          // koppen over kosten en budget: die horen bij dit verzoek, een treffer kost niets.
          const headers = antwoord.headers.filter(([naam]) => !PER_VERZOEK.test(naam));
          cache.set(sleutel, { antwoord: { ...antwoord, headers, body: Buffer.from(antwoord.body) }, tijdstip: Date.now() });
        }
        return { antwoord, rauw };
      };
      const voor = gelijktijdig.samengevoegd;
      const lopend = gelijktijdig.doe(sleutel, voer);
      metingen?.cache(gelijktijdig.samengevoegd !== voor ? 'samengevoegd' : generatie === null ? 'uit' : 'mis');
      const gedeeld = await lopend;
      // Een fout met regel en kolom hoort bij het document zoals díe client het schreef: wie
      // met ander commentaar of andere opmaak aansloot, krijgt een eigen uitvoering.
      if (gedeeld.rauw !== rauw && tekstVan(gedeeld.antwoord.body).includes('"locations"')) return (await voer()).antwoord;
      // Wie aansloot, kostte niets: geen koppen over het budget van een ander.
      return zelf ? gedeeld.antwoord : { ...gedeeld.antwoord, headers: gedeeld.antwoord.headers.filter(([naam]) => !PER_VERZOEK.test(naam)) };
    },
    statistiek: () => ({ uitCache, samengevoegd: gelijktijdig.samengevoegd }),
  };
}
