// Hoe lang de lijsten in de gegevens nu zijn: per lijstveld (Type.veld) het gemiddelde en
// het grootste aantal per ouder. De gateway schat er de kosten van een operatie mee
// (gateway/kosten/), zodat die meegroeit met wat er echt geserveerd wordt in plaats van
// elke lijst met haar grootst gemeten lengte te vermenigvuldigen. Een subgraph telt zijn
// eigen gegevens: die staan al in de vorm van het schema klaar.
import type { GraphQLSchema } from 'graphql';
import { jsonAntwoord } from './antwoord.js';
import type { Route } from './http.js';

export interface Lijstlengte {
  /** Gemiddeld aantal elementen per ouder. */
  gemiddeld: number;
  /** Het grootste aantal bij één ouder. */
  maximum: number;
  /** Over hoeveel ouders geteld. */
  ouders: number;
}

/** Per lijstveld, bijvoorbeeld "Departementsbeleid.doelen". */
export type Lijstlengtes = Record<string, Lijstlengte>;

/**
 * Aan de naam van het type, niet met isListType/isObjectType: het schema komt van
 * @apollo/subgraph, en onder vitest is dat een andere kopie van graphql-js dan de onze.
 */
const isLijst = (type: unknown): boolean => String(type).startsWith('[');
export const typenaamVan = (type: unknown): string => String(type).replace(/[[\]!]/g, '');
/** Een veld van een objecttype, één keer uit het schema gelezen. */
interface Veldvorm {
  naam: string;
  lijst: boolean;
  /** De naam van het type binnenin (zonder [ ] en !). */
  binnen: string;
}

/** Telt de lijsten in objecten die de vorm van het schema hebben (veldnamen als eigenschappen). */
export class Lijsttelling {
  private readonly tellingen = new Map<string, { som: number; aantal: number; maximum: number }>();
  /**
   * Per type zijn velden, één keer gelezen: een ministerie telt na elke publicatie al zijn
   * objecten, en de typen per object opnieuw als tekst uitschrijven kostte bij twintig keer
   * zoveel beleid 0,8 s rekentijd, terwijl de eerste vragen na die publicatie wachtten.
   */
  private readonly vormen = new Map<string, readonly Veldvorm[] | null>();

  constructor(private readonly schema: GraphQLSchema) {}

  private vormVan(typenaam: string): readonly Veldvorm[] | null {
    let vorm = this.vormen.get(typenaam);
    if (vorm !== undefined) return vorm;
    const type = this.schema.getType(typenaam);
    const velden = type && 'getFields' in type && !('parseValue' in type) ? (type.getFields() as Record<string, { name: string; type: unknown }>) : undefined;
    vorm = velden ? Object.values(velden).map((v) => ({ naam: v.name, lijst: isLijst(v.type), binnen: typenaamVan(v.type) })) : null;
    this.vormen.set(typenaam, vorm);
    return vorm;
  }

  /** Een lijst van `aantal` elementen onder `sleutel` (Type.veld). */
  lijst(sleutel: string, aantal: number): void {
    const t = this.tellingen.get(sleutel) ?? { som: 0, aantal: 0, maximum: 0 };
    t.som += aantal;
    t.aantal += 1;
    t.maximum = Math.max(t.maximum, aantal);
    this.tellingen.set(sleutel, t);
  }

  /** Loopt `waarde` af als object van type `typenaam`, met elk lijstveld erin, zo diep als de gegevens gaan. */
  neem(typenaam: string, waarde: unknown, bezocht = new Set<unknown>()): void {
    const vorm = this.vormVan(typenaam);
    if (!vorm || waarde === null || typeof waarde !== 'object' || bezocht.has(waarde)) return;
    bezocht.add(waarde);
    const object = waarde as Record<string, unknown>;
    for (const veld of vorm) {
      const inhoud = object[veld.naam];
      // Een veld met een eigen resolver staat niet in het object: dat telt deze subgraph niet.
      if (inhoud === undefined || inhoud === null) continue;
      if (veld.lijst && Array.isArray(inhoud)) {
        this.lijst(`${typenaam}.${veld.naam}`, inhoud.length);
        for (const element of inhoud) this.neem(veld.binnen, element, bezocht);
      } else {
        this.neem(veld.binnen, inhoud, bezocht);
      }
    }
  }

  tabel(): Lijstlengtes {
    return Object.fromEntries(
      [...this.tellingen].map(([sleutel, t]) => [sleutel, { gemiddeld: Math.round((t.som / t.aantal) * 100) / 100, maximum: t.maximum, ouders: t.aantal }]),
    );
  }
}

/** GET /lijstlengtes: wat deze subgraph nu telt (achter het geheim van de gateway, zoals elk eindpunt behalve /health). */
export function lijstlengteroute(tabel: () => Lijstlengtes): Route {
  return { methoden: ['GET'], pad: /^\/lijstlengtes$/, label: '/lijstlengtes', behandel: async () => jsonAntwoord(200, tabel()) };
}

/** Meer tellingen van dezelfde sleutel samen: het gemiddelde gewogen naar het aantal ouders. */
export function samengevoegd(tabellen: Lijstlengtes[]): Lijstlengtes {
  const uit: Lijstlengtes = {};
  for (const tabel of tabellen) {
    for (const [sleutel, l] of Object.entries(tabel)) {
      const er = uit[sleutel];
      uit[sleutel] = er
        ? { gemiddeld: Math.round(((er.gemiddeld * er.ouders + l.gemiddeld * l.ouders) / (er.ouders + l.ouders)) * 100) / 100, maximum: Math.max(er.maximum, l.maximum), ouders: er.ouders + l.ouders }
        : l;
    }
  }
  return uit;
}
