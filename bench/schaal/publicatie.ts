// Hoe snel is een publicatie te zien? BZK publiceert via de gateway een editie die de naam
// van één doel voor dak- en thuislozen verandert; daarna vraagt één client de doelen van BZK
// voor die groep én de analyse, tot de nieuwe naam erin staat en de analyse in hetzelfde
// antwoord met die nieuwe generatie van BZK rekende. Zonder responscache is dat de tijd van de
// publicatie zelf (lezen en valideren van alle edities, de database bijwerken, de momentopname
// laden), het lezen en opnieuw afleiden door het leesmodel, plus één antwoord: precies wat met k groeit.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse, stringify } from 'yaml';
import { request } from 'undici';
import { editiebestanden } from '../../subgraphs/ministerie/editie/lezen.js';
import { vandaag } from '../../subgraphs/ministerie/editie/schema.js';
import { vraag } from './verzoek.js';

export interface Publicatiemeting {
  /** HTTP-status van POST /edities/bzk, of de time-out. */
  status: number | string;
  /** Van het versturen tot het antwoord van de gateway. */
  publicatieMs: number;
  /** Het eerste antwoord na de bevestiging, en of daar de nieuwe naam al in stond. */
  eersteAntwoordMs: number | null;
  eersteZichtbaar: boolean;
  /** Van het versturen tot het eerste antwoord met de nieuwe naam; null als dat er binnen de termijn niet kwam. */
  zichtbaarNaMs: number | null;
  /** Of de drie antwoorden daarna de nieuwe naam ook hadden (geen oud antwoord meer). */
  inElkAntwoord: boolean | null;
  /** Per antwoord daarna: 'nieuw', 'oud' of de code van de fout; een weigering is geen oud antwoord. */
  daarna: string[];
  melding?: string;
}

export interface Publicatieopties {
  /** De basis-URL van de gateway (zonder /graphql). */
  basis: string;
  /** De map met de edities van BZK: de eerste is het origineel. */
  bzkMap: string;
  redacteursleutel: string;
  analistkoppen: Record<string, string>;
  termijnMs: number;
}

const GROEP = 'DAK_EN_THUISLOZEN';
/**
 * Alleen de doelen van BZK voor die groep: bij k=50 weigerde de gateway de hele groep bij alle
 * vijf ministeries als TE_DUUR, en dan meet de bench de kostengrens in plaats van de publicatie.
 */
const PROEFVRAAG = JSON.stringify({
  query: `query Publicatieproef { aandachtsgroep(code: ${GROEP}) { bzk { vingerafdruk doelen { code naam } } } analyse { generatie prikkeltelling { totaal } } }`,
});

interface Proefantwoord {
  data?: { aandachtsgroep?: { bzk?: { vingerafdruk: string; doelen: { naam: string }[] } | null }; analyse?: { generatie: string; prikkeltelling: { totaal: number } } | null };
  errors?: unknown[];
}

/** De nieuwe naam staat erin, en de analyse rekende in hetzelfde antwoord met de generatie van BZK die die naam geeft. */
function toontPublicatie(tekst: string, naam: string): boolean {
  const { data, errors } = JSON.parse(tekst) as Proefantwoord;
  const bzk = data?.aandachtsgroep?.bzk;
  return !errors?.length && !!bzk?.doelen.some((d) => d.naam === naam) && !!data?.analyse?.generatie.includes(`BZK:${bzk.vingerafdruk}`);
}
/** Zo lang na de bevestiging wacht de bench op een antwoord met de nieuwe naam. */
const ZIEN_MS = 10_000;
const rond = (ms: number) => Math.round(ms);

/**
 * Een editie op `datum` (standaard vandaag) met één doel van BZK voor de groep, met een nieuwe
 * naam; ook de publicatiebench (publicatietijd.ts) publiceert zo.
 */
export function wijziging(bzkMap: string, merk: string, datum = vandaag(), omschrijving = 'Publicatie van de schaalbench (issue 25)'): { yaml: string; naam: string } {
  const origineel = parse(readFileSync(editiebestanden(bzkMap)[0], 'utf8')) as { doelen?: { naam: string; aandachtsgroepen?: string[] }[] };
  const doel = origineel.doelen?.find((d) => d.aandachtsgroepen?.includes(GROEP));
  if (!doel) throw new Error(`BZK heeft geen doel voor ${GROEP} om te wijzigen`);
  const naam = `${doel.naam} (${merk})`;
  return { naam, yaml: stringify({ departement: 'BZK', editie: datum, omschrijving, doelen: [{ ...doel, naam }] }, { lineWidth: 0 }) };
}

export async function meetPublicatie(o: Publicatieopties): Promise<Publicatiemeting> {
  const { yaml, naam } = wijziging(o.bzkMap, `gewijzigd door de schaalbench ${Date.now()}`);
  const zichtbaar = (tekst: string) => toontPublicatie(tekst, naam);
  const begin = performance.now();
  let status: number | string;
  let melding: string | undefined;
  try {
    const antwoord = await request(`${o.basis}/edities/bzk`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml', 'x-api-key': o.redacteursleutel },
      body: yaml,
      // Iets langer dan de gateway op de subgraph wacht (30 s): dan zien we zijn eigen antwoord.
      signal: AbortSignal.timeout(o.termijnMs + 5000),
    });
    status = antwoord.statusCode;
    const tekst = await antwoord.body.text();
    if (status >= 300) melding = tekst.slice(0, 300);
  } catch (fout) {
    status = fout instanceof Error && fout.name === 'TimeoutError' ? `time-out (${o.termijnMs / 1000 + 5} s)` : String(fout);
  }
  const publicatieMs = rond(performance.now() - begin);
  const meting: Publicatiemeting = { status, publicatieMs, eersteAntwoordMs: null, eersteZichtbaar: false, zichtbaarNaMs: null, inElkAntwoord: null, daarna: [], melding };
  // Alleen een weigering is zeker niet gepubliceerd; na een time-out of 503 kan de editie er
  // toch komen, en wanneer dat in het antwoord staat, is precies wat we willen weten.
  if (typeof status === 'number' && status >= 400 && status < 500) return meting;
  // Na de bevestiging nog zo lang kijken: het doel is 2 s, dit vangt ook een trage subgraph.
  const grens = performance.now() + ZIEN_MS;
  while (performance.now() < grens) {
    const u = await vraag(`${o.basis}/graphql`, o.analistkoppen, PROEFVRAAG, o.termijnMs);
    const gezien = u.soort === 'antwoord' && zichtbaar(u.tekst);
    if (meting.eersteAntwoordMs === null) {
      meting.eersteAntwoordMs = rond(u.ms);
      meting.eersteZichtbaar = gezien;
    }
    if (gezien) {
      meting.zichtbaarNaMs = rond(performance.now() - begin);
      break;
    }
  }
  if (meting.zichtbaarNaMs === null) return meting;
  for (let i = 0; i < 3; i++) {
    const u = await vraag(`${o.basis}/graphql`, o.analistkoppen, PROEFVRAAG, o.termijnMs);
    meting.daarna.push(u.soort === 'antwoord' ? (zichtbaar(u.tekst) ? 'nieuw' : 'oud') : u.code);
  }
  meting.inElkAntwoord = meting.daarna.every((d) => d === 'nieuw');
  return meting;
}
