// Waar wat het dashboard toont vandaan komt: de bron van een gegeven (een link naar de
// bronpagina) en de stand van het beleid (de peildatum per ministerie).
import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { BASIS, Link } from './navigatie.js';
import { MINISTERIES, type Ministeriesleutel } from './vocabulaire.js';

export interface Bron {
  document: string;
  titel: string;
  vindplaats: string;
}

/** De bronpagina van een document, of van één vindplaats erin. */
export const bronpad = (b: { document: string; vindplaats?: string | null }) =>
  `${BASIS}/bron/${encodeURIComponent(b.document)}${b.vindplaats ? `?vindplaats=${encodeURIComponent(b.vindplaats)}` : ''}`;

/** De bron van een gegeven: titel en vindplaats, als link naar de bronpagina. */
export function Bronlink({ bron }: { bron: Bron }) {
  return (
    <Link href={bronpad(bron)}>
      {bron.titel}, {bron.vindplaats}
    </Link>
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
