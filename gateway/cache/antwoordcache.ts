// Stap van het verzoekpad: de antwoordcache en het samenvoegen van gelijke verzoeken,
// vóór Apollo Server en na de toelating (wie iets niet mag vragen, haalt het ook niet uit
// de cache). Cache-sleutels bevatten de generatie van de gegevens (geldigheid.ts), dus na
// een publicatie is elk eerder antwoord onbereikbaar.
import { LRUCache } from 'lru-cache';
import { tekstVan, type HttpAntwoord } from '../../kern/http.js';
import type { Gatewaymetingen } from '../metingen.js';
import type { Gatewayantwoord, Stap } from '../stap.js';
import type { Cachegeldigheid } from './geldigheid.js';
import { samenvoeger } from './samenvoegen.js';
import { verzoeksleutel } from './verzoeksleutel.js';

/** Koppen die alleen voor het verzoek gelden dat het antwoord uitvoerde (gateway/limieten/kostentoelating.ts). */
const PER_VERZOEK = /^(x-kosten|ratelimit-.*)$/i;

/** Veiligheidsnet naast de meldingen: geen antwoord blijft langer dan dit in de cache. */
const MAXIMALE_LEEFTIJD_S = 3600;

interface Bewaard {
  antwoord: HttpAntwoord;
  tijdstip: number;
}

export interface Antwoordcache extends Stap {
  /** Hoeveel verzoeken uit de cache kwamen en hoeveel zich bij een gelijk lopend verzoek voegden. */
  statistiek(): { uitCache: number; samengevoegd: number };
}

/**
 * - een cache van de bytes van antwoorden, per generatie van de gegevens: een treffer
 *   kost geen parse, geen uitvoering en geen serialisatie (de responscache-plugin van
 *   Apollo bewaarde het resultaatobject en serialiseerde het bij elke treffer opnieuw);
 * - gelijke verzoeken die tegelijk binnenkomen, gaan één keer verder en krijgen
 *   hetzelfde antwoord (ook zonder cache: dat is geen bewaren, alleen niet dubbel doen;
 *   samenvoegen.ts).
 * Gelijk betekent: dezelfde methode, querystring, body, de kopregels die het antwoord
 * kunnen veranderen (content-type, accept), dezelfde rollen (niet hetzelfde token: elke
 * analist krijgt hetzelfde antwoord) en dezelfde generatie bij aankomst, zodat een
 * verzoek na een publicatie nooit een antwoord van ervoor krijgt.
 * De graaf heeft alleen queries; een mutatie zou hier nooit samengevoegd mogen worden.
 */
export function antwoordcache(geldigheid: Cachegeldigheid | null, metingen?: Pick<Gatewaymetingen, 'cache'>, maxBytes = 64 * 1024 * 1024): Antwoordcache {
  const cache = new LRUCache<string, Bewaard>({
    maxSize: maxBytes,
    sizeCalculation: (b) => Math.max(1, b.antwoord.body.length + b.antwoord.headers.length * 64),
    ttl: MAXIMALE_LEEFTIJD_S * 1000,
  });
  const gelijktijdig = samenvoeger<{ antwoord: Gatewayantwoord; rauw: string }>();
  const sleutels = verzoeksleutel();
  let uitCache = 0;
  return {
    async voor(verzoek, verder) {
      const { http, wie } = verzoek;
      const generatie = geldigheid?.generatie ?? null;
      const h = (naam: string) => http.headers.get(naam) ?? '';
      const rauw = `${http.search}\n${http.tekst}`;
      // Zonder commentaar, opmaak en ongebruikte variabelen (verzoeksleutel.ts); een bundel of onleesbaar verzoek zoals het kwam.
      const inhoud = sleutels.van(http) ?? rauw;
      const sleutel = `${generatie ?? '-'}\n${http.method}\n${h('content-type')}\n${h('accept')}\n${wie.rollen.join(',')}\n${inhoud}`;
      const bewaard = generatie === null ? undefined : cache.get(sleutel);
      if (bewaard) {
        uitCache += 1;
        metingen?.cache('treffer');
        const leeftijd = Math.floor((Date.now() - bewaard.tijdstip) / 1000);
        return { ...bewaard.antwoord, headers: [...bewaard.antwoord.headers, ['age', String(leeftijd)]] };
      }
      let zelf = false;
      // De uitvoering volgt het signaal van de samenvoeger, niet dat van deze client: gaat deze
      // client weg terwijl een ander op hetzelfde antwoord wacht, dan loopt ze door (samenvoegen.ts).
      const voer = async (signaal: AbortSignal | undefined) => {
        zelf = true;
        const { queryZonderFouten, ...antwoord } = await verder(signaal === http.signaal ? verzoek : { ...verzoek, http: { ...http, signaal } });
        // Alleen een query zonder fouten; een antwoord dat over een publicatie heen liep, hoort bij geen enkele generatie.
        if (generatie !== null && queryZonderFouten && antwoord.status === 200 && geldigheid?.generatie === generatie) {
          // Als bytes bewaard: een treffer hoeft de tekst dan niet elke keer te coderen. Zonder de
          // koppen over kosten en budget: die horen bij dit verzoek, een treffer kost niets.
          // De naam van de operatie gaat mee, zodat een treffer hem zonder parse kent.
          const headers = antwoord.headers.filter(([naam]) => !PER_VERZOEK.test(naam));
          cache.set(sleutel, { antwoord: { ...antwoord, headers, body: Buffer.from(antwoord.body) }, tijdstip: Date.now() });
        }
        return { antwoord, rauw };
      };
      const voor = gelijktijdig.samengevoegd;
      const lopend = gelijktijdig.doe(sleutel, voer, http.signaal);
      metingen?.cache(gelijktijdig.samengevoegd !== voor ? 'samengevoegd' : generatie === null ? 'uit' : 'mis');
      const gedeeld = await lopend;
      // Een fout met regel en kolom hoort bij het document zoals díe client het schreef: wie
      // met ander commentaar of andere opmaak aansloot, krijgt een eigen uitvoering.
      if (gedeeld.rauw !== rauw && tekstVan(gedeeld.antwoord.body).includes('"locations"')) return (await voer(http.signaal)).antwoord;
      // Wie aansloot, kostte niets: geen koppen over het budget van een ander.
      return zelf ? gedeeld.antwoord : { ...gedeeld.antwoord, headers: gedeeld.antwoord.headers.filter(([naam]) => !PER_VERZOEK.test(naam)) };
    },
    statistiek: () => ({ uitCache, samengevoegd: gelijktijdig.samengevoegd }),
  };
}
