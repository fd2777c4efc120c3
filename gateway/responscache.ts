// Responscache van de gateway. De gegevens veranderen alleen bij een import; een
// import meldt dat via Redis (kern/wijzigingsbericht.ts). Cache-sleutels
// bevatten de generatie van de gegevens, dus na een melding is elk eerder antwoord
// onbereikbaar. Zonder werkende abonnering cachet de gateway niets: liever trager
// dan een oud cijfer.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { Redis } from 'ioredis';
import { generatiesleutel, kanaal, leesBericht, type Redisinstelling } from '../kern/wijzigingsbericht.js';

export interface Gatewaycontext extends BaseContext {
  /** De generatie van de gegevens bij aankomst van het verzoek; null als de cache uit staat. */
  generatie: string | null;
}

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

  async stop(): Promise<void> {
    this.zetUit();
    this.abonnee.disconnect();
    this.lezer.disconnect();
  }
}

export function responscachePlugins(geldigheid: Cachegeldigheid, maxSize = 64 * 1024 * 1024): ApolloServerPlugin<Gatewaycontext>[] {
  return [
    // Geen Cache-Control-kop naar clients: alleen deze gateway weet wanneer iets veroudert.
    ApolloServerPluginCacheControl({ defaultMaxAge: 0, calculateHttpHeaders: false }),
    {
      async requestDidStart() {
        return {
          async executionDidStart({ contextValue, operation, overallCachePolicy }) {
            if (contextValue.generatie !== null && operation.operation === 'query') {
              overallCachePolicy.replace({ maxAge: MAXIMALE_LEEFTIJD_S, scope: 'PUBLIC' });
            }
          },
        };
      },
    },
    responseCachePlugin<Gatewaycontext>({
      cache: new InMemoryLRUCache({ maxSize }),
      extraCacheKeyData: async ({ contextValue }) => contextValue.generatie,
      shouldReadFromCache: async ({ contextValue }) => contextValue.generatie !== null && contextValue.generatie === geldigheid.generatie,
      // Een antwoord dat over een import heen liep, hoort bij geen enkele generatie.
      shouldWriteToCache: async ({ contextValue }) => contextValue.generatie !== null && contextValue.generatie === geldigheid.generatie,
    }),
  ];
}
