// Waar wat het dashboard toont vandaan komt: de bron van een gegeven (een link naar de
// bronpagina, met de letterlijke woorden van de bron als de redactie die vastlegde) en de
// stand van het beleid (de peildatum per ministerie).
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { BASIS, Link } from './navigatie.js';
import { MINISTERIES, type Ministeriesleutel } from './vocabulaire.js';

export interface Bron {
  document: string;
  titel: string;
  vindplaats: string;
  /** De woorden van de bron; null zolang de redactie ze niet vastlegde, weggelaten als het overzicht er niet om vraagt. */
  citaat?: string | null;
}

/** De bronpagina van een document, of van één vindplaats erin. */
export const bronpad = (b: { document: string; vindplaats?: string | null }) =>
  `${BASIS}/bron/${encodeURIComponent(b.document)}${b.vindplaats ? `?vindplaats=${encodeURIComponent(b.vindplaats)}` : ''}`;

/**
 * De woorden van de bron. Open waar het citaat het onderwerp is (een prikkel, een bron);
 * ingeklapt in een tabel of lijst, waar het de rij anders onleesbaar lang maakt. Open en
 * zonder citaat zegt het dat de redactie het nog niet vastlegde: dan is niets nagetrokken.
 */
export function Citaat({ tekst, ingeklapt = false }: { tekst: string | null | undefined; ingeklapt?: boolean }) {
  if (!tekst) return ingeklapt ? null : <Paragraph className="thuis-geen-citaat">Nog geen citaat uit de bron: niet nagetrokken.</Paragraph>;
  const citaat = <blockquote className="thuis-citaat">{tekst}</blockquote>;
  return ingeklapt ? (
    <details className="thuis-citaat-klep">
      <summary>citaat</summary>
      {citaat}
    </details>
  ) : (
    citaat
  );
}

/** De bron van een gegeven: titel en vindplaats, als link naar de bronpagina, met het citaat (ingeklapt) als het er is. */
export function Bronlink({ bron, citaat = 'ingeklapt' }: { bron: Bron; citaat?: 'ingeklapt' | 'open' | 'geen' }) {
  return (
    <>
      <Link href={bronpad(bron)}>
        {bron.titel}, {bron.vindplaats}
      </Link>
      {citaat !== 'geen' && bron.citaat !== undefined && <Citaat tekst={bron.citaat} ingeklapt={citaat === 'ingeklapt'} />}
    </>
  );
}

export type Standen = Partial<Record<Ministeriesleutel, { beleidspeildatum: string | null } | null>>;

const datum = (d: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T12:00:00Z`).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : d;

/**
 * De peildatum van wat de pagina toont: de stand van het beleid van elk ministerie. Een
 * ministerie dat niet antwoordde, staat er met die melding bij, zodat een onvolledig
 * beeld nooit als volledig overkomt.
 */
export function Stand({ standen, toevoeging }: { standen: Standen; toevoeging?: string }) {
  const per = MINISTERIES.map((m) => [m.toUpperCase(), standen[m]?.beleidspeildatum ?? null] as const);
  const data = new Set(per.filter(([, d]) => d).map(([, d]) => d));
  const ontbreekt = per.filter(([, d]) => !d).map(([m]) => m);
  const tekst =
    data.size === 1 && ontbreekt.length === 0
      ? `peildatum ${datum([...data][0]!)} (stand van het beleid van alle vijf ministeries)`
      : `peildata ${per.filter(([, d]) => d).map(([m, d]) => `${m} ${datum(d!)}`).join(', ')}` +
        (ontbreekt.length ? `; zonder antwoord: ${ontbreekt.join(', ')}` : '');
  return (
    <Paragraph className="thuis-stand">
      <strong>Stand:</strong> {tekst}
      {toevoeging ? `. ${toevoeging}` : ''}.
    </Paragraph>
  );
}
