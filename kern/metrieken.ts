// Prometheus-metrieken van één proces, op GET /metrics.
//
// Elk proces maakt zijn eigen Registry in maakMetrieken en geeft die door: tests bouwen
// zeven processen in één Node-proces, en een gedeelde (globale) registry zou hun
// tellers door elkaar halen of bij de tweede registratie van dezelfde naam gooien.
//
// Labels komen uit een begrensde verzameling: een client kiest zelf de naam van zijn
// operatie, en elke nieuwe labelwaarde is een nieuwe tijdreeks in Prometheus. Wie
// duizenden namen verzint, mag de monitoring niet kunnen opblazen.
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Voorvoegsel van elke metriek van dit project. */
export const VOORVOEGSEL = 'thuis_';

/** Vaste labels voor operaties zonder eigen (toegelaten) naam. */
export const OPERATIELABEL = {
  /** Een GraphQL-verzoek zonder operationName en zonder naam in het document. */
  anoniem: '(anoniem)',
  /** Een naam die niet als GraphQL-naam te lezen is, te lang is, of na de grens kwam. */
  overig: '(overig)',
  /** Een pad dat niet bestaat (404). */
  onbekendPad: '(onbekend pad)',
} as const;

/** Hoeveel verschillende operatienamen een proces als eigen label bijhoudt. */
export const MAXIMAAL_OPERATIENAMEN = 200;
const LANGSTE_OPERATIENAAM = 64;
const GRAPHQL_NAAM = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * Van een cachetreffer (ruim onder een milliseconde) tot de termijn voor een subgraph
 * (5 s) en een trage analyse daarboven.
 */
export const DUURGRENZEN_S = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface Metriekopties {
  /** Naam van het proces (gateway, bzk, analyse …): het label `proces` op elke metriek. */
  proces: string;
  /**
   * Standaardmetrieken van Node (RSS, heap, event-loop-vertraging, GC). Aan voor echte
   * processen; tests laten ze uit, want elke set houdt een eigen meter van de event loop aan.
   */
  procesmetrieken?: boolean;
  maximaalOperatienamen?: number;
}

interface Verzoekmeter {
  inc(): void;
  observe(seconden: number): void;
}

export interface Metrieken {
  readonly register: Registry;
  /**
   * Het label voor een operatienaam. `toelaten`: de operatie is uitgevoerd (geen
   * weigering), dus mag een nog onbekende naam een eigen label krijgen zolang er plaats is.
   * Zo kan een client met geweigerde verzoeken de plaatsen niet vullen.
   */
  operatielabel(naam: string | undefined, toelaten: boolean): string;
  /** Telt één HTTP-verzoek. */
  verzoek(operatie: string, status: number, seconden: number): void;
  /** De tekst voor GET /metrics. */
  tekst(): Promise<string>;
  readonly contentType: string;
}

export function maakMetrieken({ proces, procesmetrieken = false, maximaalOperatienamen = MAXIMAAL_OPERATIENAMEN }: Metriekopties): Metrieken {
  const register = new Registry();
  register.setDefaultLabels({ proces });
  if (procesmetrieken) collectDefaultMetrics({ register, prefix: VOORVOEGSEL });
  const verzoeken = new Counter({
    name: `${VOORVOEGSEL}http_verzoeken_totaal`,
    help: 'HTTP-verzoeken per operatie (GraphQL-operatienaam, of het pad) en statuscode.',
    labelNames: ['operatie', 'status'] as const,
    registers: [register],
  });
  const duur = new Histogram({
    name: `${VOORVOEGSEL}http_verzoekduur_seconden`,
    help: 'Tijd van binnenkomst tot het antwoord geschreven is, per operatie.',
    labelNames: ['operatie'] as const,
    buckets: DUURGRENZEN_S,
    registers: [register],
  });
  const namen = new Set<string>();
  // prom-client valideert en ordent de labels bij elke aanroep van labels(); per
  // combinatie één keer is genoeg. Begrensd: operaties × statuscodes van deze server.
  const meters = new Map<string, Verzoekmeter>();
  const duurPerOperatie = new Map<string, Histogram.Internal<'operatie'>>();
  const meterVoor = (operatie: string, status: number): Verzoekmeter => {
    const sleutel = `${status} ${operatie}`;
    let meter = meters.get(sleutel);
    if (!meter) {
      let histogram = duurPerOperatie.get(operatie);
      if (!histogram) duurPerOperatie.set(operatie, (histogram = duur.labels(operatie)));
      const teller = verzoeken.labels(operatie, String(status));
      const h = histogram;
      meter = { inc: () => teller.inc(), observe: (s) => h.observe(s) };
      meters.set(sleutel, meter);
    }
    return meter;
  };
  return {
    register,
    contentType: register.contentType,
    operatielabel(naam, toelaten) {
      if (!naam) return OPERATIELABEL.anoniem;
      if (namen.has(naam)) return naam;
      if (!toelaten || namen.size >= maximaalOperatienamen || naam.length > LANGSTE_OPERATIENAAM || !GRAPHQL_NAAM.test(naam)) {
        return OPERATIELABEL.overig;
      }
      namen.add(naam);
      return naam;
    },
    verzoek(operatie, status, seconden) {
      const meter = meterVoor(operatie, status);
      meter.inc();
      meter.observe(seconden);
    },
    tekst: () => register.metrics(),
  };
}
