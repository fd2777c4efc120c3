// De bench draait zoals productie: de gateway vraagt een sleutel, de subgraphs het
// geheim van de gateway. main() in scripts/bench.ts zet beide in de omgeving die elk
// kindproces erft; hier lezen de meetinstrumenten ze.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../gateway/toegang/identificatie.js';
import type { Rol } from '../kern/identiteit.js';

/**
 * Een API-sleutel per rol voor één meting, en het sleutelbestand (alleen hashes) dat de
 * gateway in productie leest. Geeft het pad en de sleutels per rol.
 */
export function schrijfSleutels<R extends Rol>(map: string, naam: string, rollen: readonly R[]): { pad: string; sleutels: Record<R, string> } {
  const sleutels = Object.fromEntries(rollen.map((rol) => [rol, `${naam}_${randomBytes(24).toString('base64url')}`])) as Record<R, string>;
  const pad = join(map, 'api-sleutels.json');
  writeFileSync(pad, JSON.stringify({ sleutels: rollen.map((rol) => ({ naam: `${naam}-${rol}`, rollen: [rol], sha256: sha256(sleutels[rol]) })) }));
  return { pad, sleutels };
}

/** Een geheim voor de subgraphs van deze meting. */
export const nieuwGeheim = () => randomBytes(32).toString('base64url');

/** Maakt een geheim en een analistensleutel voor deze meting en zet ze in de omgeving. */
export function zetBenchtoegang(map: string): void {
  const { pad, sleutels } = schrijfSleutels(map, 'bench', ['analist']);
  process.env.API_SLEUTELBESTAND = pad;
  process.env.SUBGRAAF_GEHEIM = nieuwGeheim();
  process.env.BENCH_SLEUTEL = sleutels.analist;
}

/** Kopregels van een GraphQL-verzoek aan een gateway (andere gateways negeren de sleutel). */
export function gatewaykoppen(): Record<string, string> {
  const sleutel = process.env.BENCH_SLEUTEL;
  return { 'content-type': 'application/json', ...(sleutel ? { authorization: `Bearer ${sleutel}` } : {}) };
}

/** Kopregels voor /statistiek van een subgraph: die antwoordt alleen de gateway. */
export function subgraafkoppen(): Record<string, string> {
  const geheim = process.env.SUBGRAAF_GEHEIM;
  return geheim ? { 'x-gateway-geheim': geheim } : {};
}
