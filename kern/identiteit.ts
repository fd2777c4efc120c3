// Wie een verzoek doet, en hoe de gateway dat aan de subgraphs doorgeeft.
//
// De gateway stelt de identiteit vast (gateway/identiteit.ts: JWT of API-sleutel). De
// subgraphs vertrouwen alleen verzoeken met het gedeelde geheim van de gateway; de
// identiteitskop lezen zij pas daarna (een publicatie noemt zo wie publiceerde).
import { timingSafeEqual, createHash } from 'node:crypto';
import { DEPARTEMENTEN, type DepartementCode } from './config.js';

/**
 * - `analist`: elke leesvraag, introspectie en suggesties;
 * - `partner`: alleen de vastgelegde operaties (overzichten/), op id;
 * - `redacteur:<DEPARTEMENT>`: publiceert edities van dat ene ministerie (en leest als analist);
 * - `beheer`: leest als analist en ziet de publicatiegeschiedenis van elk ministerie.
 */
export type Rol = 'analist' | 'partner' | 'beheer' | `redacteur:${DepartementCode}`;

export const VASTE_ROLLEN = ['analist', 'partner', 'beheer'] as const;

export interface Identiteit {
  /** Wie: het `sub` van het token, of de naam van de API-sleutel. Nooit het token zelf. */
  onderwerp: string;
  rollen: Rol[];
  /** Hoe de identiteit is vastgesteld. */
  bron: 'jwt' | 'api-sleutel' | 'ontwikkelmodus';
}

/** Leest een rol zoals hij in een token of sleutelbestand staat; undefined als hij niet bestaat. */
export function leesRol(tekst: string): Rol | undefined {
  if ((VASTE_ROLLEN as readonly string[]).includes(tekst)) return tekst as Rol;
  const [soort, departement] = tekst.split(':', 2);
  if (soort === 'redacteur' && (DEPARTEMENTEN as readonly string[]).includes(departement)) return tekst as Rol;
  return undefined;
}

export const GELDIGE_ROLLEN = `${VASTE_ROLLEN.join(', ')}, ${DEPARTEMENTEN.map((d) => `redacteur:${d}`).join(', ')}`;

/** Mag lezen wat een analist leest (vrije queries, introspectie, suggesties). */
export const leestAlsAnalist = (i: Identiteit) => i.rollen.some((r) => r !== 'partner');

export const magPubliceren = (i: Identiteit, departement: DepartementCode) => i.rollen.includes(`redacteur:${departement}`);

/** Kopregels van de gateway naar de subgraphs. */
export const KOPPEN = {
  /** Het gedeelde geheim (SUBGRAAF_GEHEIM): zonder dit weigert een subgraph het verzoek. */
  geheim: 'x-gateway-geheim',
  /** De identiteit als JSON ({onderwerp, rollen, bron}); alleen geldig naast het geheim. */
  identiteit: 'x-identiteit',
  /** Het verzoek-id: de gateway geeft het door en stuurt het terug aan de client. */
  verzoekId: 'x-request-id',
} as const;

const hash = (tekst: string) => createHash('sha256').update(tekst).digest();

/** Vergelijkt in constante tijd, ook bij verschillende lengtes (beide kanten eerst gehasht). */
export function geheimKlopt(gegeven: string | undefined, verwacht: string): boolean {
  return gegeven !== undefined && timingSafeEqual(hash(gegeven), hash(verwacht));
}

/** De identiteit uit de kop van de gateway; undefined als die ontbreekt of onleesbaar is. */
export function identiteitUitKop(kop: string | undefined): Identiteit | undefined {
  if (!kop) return undefined;
  try {
    const i = JSON.parse(kop) as Partial<Identiteit>;
    const rollen = Array.isArray(i.rollen) ? i.rollen.map((r) => leesRol(String(r))).filter((r): r is Rol => r !== undefined) : [];
    if (typeof i.onderwerp !== 'string' || rollen.length === 0) return undefined;
    return { onderwerp: i.onderwerp, rollen, bron: i.bron === 'jwt' || i.bron === 'api-sleutel' ? i.bron : 'ontwikkelmodus' };
  } catch {
    return undefined;
  }
}
