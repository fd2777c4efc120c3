// De bench draait zoals productie: de gateway vraagt een sleutel, de subgraphs het
// geheim van de gateway. main() in scripts/bench.ts zet beide in de omgeving die elk
// kindproces erft; hier lezen de meetinstrumenten ze.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../gateway/identiteit.js';

/** Maakt een geheim en een analistensleutel voor deze meting en zet ze in de omgeving. */
export function zetBenchtoegang(map: string): void {
  const sleutel = `bench_${randomBytes(24).toString('base64url')}`;
  const pad = join(map, 'api-sleutels.json');
  writeFileSync(pad, JSON.stringify({ sleutels: [{ naam: 'bench', rollen: ['analist'], sha256: sha256(sleutel) }] }));
  process.env.API_SLEUTELBESTAND = pad;
  process.env.SUBGRAAF_GEHEIM = randomBytes(32).toString('base64url');
  process.env.BENCH_SLEUTEL = sleutel;
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
