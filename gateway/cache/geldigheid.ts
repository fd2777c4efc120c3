// Of de antwoordcache nu te vertrouwen is, en onder welke generatie. De gegevens
// veranderen alleen bij een publicatie; de subgraphs melden een nieuwe momentopname via
// Redis (kern/wijzigingsbericht.ts). Zonder werkende abonnering cachet de gateway niets:
// liever trager dan een oud cijfer.
import { Redis } from 'ioredis';
import { generatiesleutel, kanaal, leesBericht, type Redisinstelling } from '../../kern/wijzigingsbericht.js';

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
