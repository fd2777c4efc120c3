// Een budget per identiteit, in de eenheid van de kostenschatting (gateway/limieten/grenzen.ts), per
// seconde. Eén analist met een vloed van de duurste toegelaten vraag hield de lus van de
// gateway 8 s vast en liet een ander 8 s wachten op een antwoord uit de cache. Nu: wat
// binnen het budget past, gaat door; wat net niet past, wacht kort tot het budget weer
// aangevuld is; de rest krijgt 429 met Retry-After. Antwoorden uit de cache kosten niets.
//
// Met Redis deelt elke replica hetzelfde budget per identiteit (rate-limiter-flexible);
// valt Redis weg, dan telt elke replica zelf verder (insuranceLimiter), zonder te wachten.
//
// Wie wacht en wiens client weggaat (het signaal van het verzoek), stopt meteen met wachten
// en neemt daarna niets: anders nam een verzoek waar niemand meer op wacht na de seconde het
// budget dat een volgend verzoek van dezelfde identiteit nodig had.
import { setTimeout as slaap } from 'node:timers/promises';
import { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Identiteit } from '../../kern/identiteit.js';
import { afgebrokenInDeRij } from '../verbinding/afbreken.js';

export interface Kostenbudgetopties {
  /** Zoveel kosteneenheden per seconde per identiteit (KOSTENBUDGET_PER_S); de grens per operatie is 25.000. */
  perSeconde: number;
  /**
   * Een eigen budget per rol (KOSTENBUDGET_PER_ROL), bijvoorbeeld { partner: 20000 }: een
   * partner die in een lus vraagt, neemt zo niet de ruimte van de analisten. Heeft een
   * identiteit meer rollen, dan geldt het ruimste budget; een rol zonder eigen budget heeft perSeconde.
   */
  perRol?: Partial<Record<string, number>>;
  /** Zo lang wacht een verzoek hoogstens op budget voordat het 429 krijgt. */
  maximaalWachtenMs: number;
}

/**
 * Een partner is een programma, geen mens die wacht: zijn eigen, kleinere budget. Met 60.000 voor
 * iedereen liet één partner drie keer per seconde het duurste overzicht (16.368) uitrekenen, en
 * ging de p99 van een andere partner met twee replica's van 136 naar 252 ms (1,86×); met 20.000
 * bleef die 158 → 130 ms (npm run bench:partners -- --duur 60, docs/prestaties.md).
 */
export const STANDAARD_KOSTENBUDGET: Kostenbudgetopties = { perSeconde: 60_000, perRol: { partner: 20_000 }, maximaalWachtenMs: 1000 };

/** Wie een budget deelt: dezelfde houder van een token of sleutel, ongeacht hoe vaak hij verbindt. */
const houder = (i: Identiteit) => `${i.bron}:${i.onderwerp}`;

/** Zo lang na het einde van de seconde probeert een wachtend verzoek het opnieuw. */
const NA_DE_SECONDE_MS = 10;

const WAAROP = 'budget';

/** Wacht `ms`, of tot `signaal` afgaat: dan met de fout van een afgebroken verzoek. */
async function wacht(ms: number, signaal: AbortSignal | undefined): Promise<void> {
  try {
    await slaap(ms, undefined, { signal: signaal });
  } catch (fout) {
    if (signaal?.aborted) throw afgebrokenInDeRij(WAAROP);
    throw fout;
  }
}

export interface Kostenbudget {
  /**
   * Neemt `kosten` van het budget van `wie` (wacht zo nodig kort); gooit 429 als het te lang zou
   * duren, en de fout van een afgebroken verzoek als `signaal` afgaat voordat het genomen is.
   * Geeft de koppen voor het antwoord.
   */
  neem(wie: Identiteit, kosten: number, signaal?: AbortSignal): Promise<[string, string][]>;
  /** Geeft terug wat `neem` voor een operatie nam die daarna toch niet uitgevoerd werd (de client ging weg terwijl ze op een plek wachtte). */
  geefTerug(wie: Identiteit, kosten: number): Promise<void>;
}

/**
 * `voorvoegsel` is dat van de Redis-instelling (REDIS_VOORVOEGSEL): omgevingen die één Redis
 * delen, delen zo hun budgetten niet, net als hun cache en berichten.
 */
export function kostenbudget(opties: Kostenbudgetopties, redis?: Redis, voorvoegsel = 'thuis'): Kostenbudget {
  // Eén begrenzer per budget: rate-limiter-flexible kent één aantal punten per begrenzer. Het
  // budget staat in de sleutel, zodat een gewijzigd budget geen oude stand erft.
  const begrenzers = new Map<number, RateLimiterAbstract>();
  const begrenzer = (perSeconde: number): RateLimiterAbstract => {
    let b = begrenzers.get(perSeconde);
    if (!b) {
      const basis = { points: perSeconde, duration: 1, keyPrefix: `${voorvoegsel}:kostenbudget-${perSeconde}` };
      const geheugen = new RateLimiterMemory(basis);
      b = redis ? new RateLimiterRedis({ ...basis, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: geheugen }) : geheugen;
      begrenzers.set(perSeconde, b);
    }
    return b;
  };
  const budgetVan = (wie: Identiteit) => Math.max(...wie.rollen.map((r) => opties.perRol?.[r] ?? opties.perSeconde), wie.rollen.length === 0 ? opties.perSeconde : 0);

  return {
    async geefTerug(wie, kosten) {
      const perSeconde = budgetVan(wie);
      // Zonder Redis (of als die net wegviel) telt de geheugenbegrenzer; lukt teruggeven niet, dan blijft het budget een seconde lager, niet meer.
      await begrenzer(perSeconde)
        .reward(houder(wie), Math.min(kosten, perSeconde))
        .catch(() => undefined);
    },
    async neem(wie, kosten, signaal) {
      const perSeconde = budgetVan(wie);
      // Een operatie die meer kost dan een seconde budget, past als het budget vol is.
      const punten = Math.min(kosten, perSeconde);
      // Zoals RateLimit-koppen (draft-ietf-httpapi-ratelimit-headers): een client ziet wat hij nog mag, ook bij een 429.
      const koppen = (over: number, msTotNieuw: number): [string, string][] => [
        ['ratelimit-limit', String(perSeconde)],
        ['ratelimit-remaining', String(Math.max(0, over))],
        ['ratelimit-reset', String(Math.ceil(msTotNieuw / 1000))],
        ['ratelimit-policy', `${perSeconde};w=1`],
      ];
      for (let poging = 0; ; poging++) {
        if (signaal?.aborted) throw afgebrokenInDeRij(WAAROP);
        try {
          const stand = await begrenzer(perSeconde).consume(houder(wie), punten);
          return koppen(stand.remainingPoints, stand.msBeforeNext);
        } catch (fout) {
          if (!(fout instanceof RateLimiterRes)) throw fout;
          if (poging === 0 && fout.msBeforeNext <= opties.maximaalWachtenMs) {
            // Net ná het einde van de seconde: op precies msBeforeNext kan de begrenzer (zijn eigen
            // timer, of de TTL in Redis) nog niet geleegd zijn, en kreeg de tweede poging toch 429.
            await wacht(fout.msBeforeNext + NA_DE_SECONDE_MS, signaal);
            continue;
          }
          const seconden = Math.max(1, Math.ceil(fout.msBeforeNext / 1000));
          throw new GraphQLError(
            `Uw budget van ${perSeconde} kosteneenheden per seconde is op (deze operatie kost ${kosten}). Probeer het over ${seconden} s opnieuw; ` +
              'een antwoord uit de cache kost niets, en een kleinere vraag past eerder.',
            {
              extensions: {
                code: 'TE_VEEL_VERZOEKEN',
                kosten,
                budgetPerSeconde: perSeconde,
                http: { status: 429, headers: new Map([['retry-after', String(seconden)], ...koppen(0, fout.msBeforeNext)]) },
              },
            },
          );
        }
      }
    },
  };
}
