// Gelijke subgraph-verzoeken die tegelijk lopen, gaan maar één keer over de lijn.
// Vragen tien analisten tegelijk hetzelfde, dan krijgt elke subgraph één verzoek en
// leest elk van de tien het antwoord. Dit is geen cache: een verzoek dat binnenkomt
// nadat het antwoord er is, gaat gewoon weer naar de subgraph.
//
// Elke wachtende krijgt een eigen Response met de tekst van het antwoord, dus elk
// verzoek parseert zijn eigen kopie: de gateway voegt resultaten samen in de objecten
// die hij van een subgraph krijgt, en dat mag nooit een gedeeld object zijn.
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

interface Antwoord {
  status: number;
  statusText: string;
  headers: [string, string][];
  tekst: string;
}

export interface Ontdubbelaar {
  fetcher: Fetcher;
  /** Hoeveel verzoeken een antwoord deelden in plaats van zelf te gaan (voor de statistiek). */
  readonly gedeeld: number;
}

/**
 * Omhult `basis` zodat gelijke verzoeken (zelfde URL, methode, kopregels en inhoud)
 * die tegelijk lopen één keer gaan. Kopregels tellen mee, zodat verzoeken met een
 * andere identiteit nooit elkaars antwoord krijgen.
 */
export function ontdubbel(basis: Fetcher): Ontdubbelaar {
  const onderweg = new Map<string, Promise<Antwoord>>();
  let gedeeld = 0;
  const fetcher: Fetcher = async (url: string, init?: FetcherRequestInit): Promise<FetcherResponse> => {
    if (typeof init?.body !== 'string') return basis(url, init);
    const sleutel = `${init.method ?? 'GET'} ${url}\n${JSON.stringify(init.headers ?? {})}\n${init.body}`;
    let antwoord = onderweg.get(sleutel);
    if (antwoord) {
      gedeeld += 1;
    } else {
      antwoord = basis(url, init).then(async (r) => ({
        status: r.status,
        statusText: r.statusText,
        headers: [...r.headers],
        tekst: await r.text(),
      }));
      onderweg.set(sleutel, antwoord);
      // Weg zodra het antwoord er is (of mislukt): dit is geen cache.
      void antwoord.then(
        () => onderweg.delete(sleutel),
        () => onderweg.delete(sleutel),
      );
    }
    const { status, statusText, headers, tekst } = await antwoord;
    return new Response(tekst, { status, statusText, headers }) as FetcherResponse;
  };
  return {
    fetcher,
    get gedeeld() {
      return gedeeld;
    },
  };
}
