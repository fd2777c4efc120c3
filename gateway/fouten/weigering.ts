// Een weigering vóór Apollo Server (wie, voorcontrole, toelating, bundels, en de eindpunten
// naast /graphql): een stap gooit een Weigering, het verzoekpad (of voorIdentiteit) maakt er
// op één plek JSON van, met de juiste status, in de vorm van een GraphQL-fout.
import { foutAntwoord } from '../../kern/antwoord.js';
import type { HttpAntwoord } from '../../kern/http.js';

/**
 * Een verzoek dat de gateway weigert vóór Apollo Server: 400 (niet uitvoerbaar), 401 (wie bent u?),
 * 403 (dat mag u niet), 410 (dat overzicht is uitgefaseerd) of 503 (wie u bent, is nu niet na te
 * gaan: de sessies in Redis antwoorden niet).
 */
export class Weigering extends Error {
  constructor(
    /** 200 alleen voor PERSISTED_QUERY_NOT_FOUND: zo antwoordt Apollo Server, en zo verwacht Apollo's persisted-queries-link het. */
    readonly status: 200 | 400 | 401 | 403 | 410 | 503,
    readonly code: string,
    melding: string,
    readonly extensies: Record<string, unknown> = {},
  ) {
    super(melding);
  }
}

/** De weigering als antwoord. */
export function weigering(fout: Weigering): HttpAntwoord {
  // RFC 6750: een client hoort te weten welk schema hier geldt.
  const extra: [string, string][] =
    fout.status === 401 ? [['www-authenticate', `Bearer realm="een-thuis-voor-iedereen", error="invalid_token"`]] : fout.status === 503 ? [['retry-after', '5']] : [];
  return foutAntwoord(fout.status, fout.code, fout.message, fout.extensies, extra);
}
