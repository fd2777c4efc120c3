// Een overzicht als grafiek, als zijn weergave daarom vraagt (soort "grafiek"), met
// Observable Plot zoals de pagina Cijfers. Uit de kolommen van de tabel: de eerste
// getallenkolom is de waarde; staat de eerste kolom voor een tijd (een jaar of datum), dan
// een lijn over de tijd, per reeks (de overige tekstkolommen); anders een staaf per rij,
// benoemd naar de tekstkolommen. De tabel na de grafiek geeft dezelfde gegevens.
import { barX, dot, line, plot, ruleX, ruleY, text } from '@observablehq/plot';
import type { Rij } from './rijen.js';
import { celtekst } from './rijen.js';
import { usePlotvlak } from '../plotvlak.js';

/** Rijkshuisstijl, elk minstens 3:1 tegen wit (WCAG 1.4.11); met een eigen vorm per reeks. */
const KLEUREN = ['#154273', '#39870c', '#a90061', '#e17000', '#42145f', '#ca005d', '#673327', '#007bc7'];
const VORMEN = ['circle', 'square', 'triangle', 'diamond'] as const;
/** Meer staven of reeksen maken de grafiek onleesbaar; dan alleen de tabel. */
export const MAXIMUM = { staven: 40, reeksen: KLEUREN.length };

const TIJD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Een jaar of datum als moment: een jaar in het midden van het jaar, een maand in het midden van de maand. */
function alsTijd(waarde: unknown): Date | null {
  const t = TIJD.exec(String(waarde ?? ''));
  if (!t) return null;
  const [j, m, d] = [Number(t[1]), t[2] ? Number(t[2]) - 1 : null, t[3] ? Number(t[3]) : null];
  if (m === null) return new Date(Date.UTC(j, 6, 2));
  if (d === null) return new Date(Date.UTC(j, m, 15));
  return new Date(Date.UTC(j, m, d));
}

export interface Grafiekplan {
  soort: 'lijn' | 'staaf';
  /** De kolom op de x-as (lijn) of de kolommen die een staaf benoemen. */
  labels: string[];
  waarde: string;
  /** Lijn: de kolommen die samen een reeks zijn. */
  reeksen: string[];
  /** Wat er getekend wordt. */
  punten: { label: string; x: Date | null; y: number; reeks: string }[];
  /** Hoeveel rijen geen getal hebben (of geen plek op de tijdas): wel in de tabel. */
  weggelaten: number;
}

/** Wat er te tekenen is, of waarom niet. */
export function planGrafiek(rijen: Rij[], kolommen: string[]): Grafiekplan | { reden: string } {
  const gevuld = (k: string) => rijen.some((r) => r[k] !== null && r[k] !== undefined && r[k] !== '');
  const getallen = kolommen.filter((k) => gevuld(k) && rijen.every((r) => r[k] === null || r[k] === undefined || typeof r[k] === 'number'));
  const eerste = kolommen[0];
  const isTijd = eerste !== undefined && gevuld(eerste) && rijen.every((r) => r[eerste] === null || r[eerste] === undefined || alsTijd(r[eerste]) !== null);
  const waarde = getallen.find((k) => !(isTijd && k === eerste));
  if (!waarde) return { reden: 'geen kolom met getallen' };
  const teksten = kolommen.filter((k) => k !== waarde && k !== eerste && !getallen.includes(k) && gevuld(k));
  if (isTijd) {
    const reeksen = teksten.slice(0, 2);
    const punten = rijen
      .map((r) => ({ label: String(r[eerste!]), x: alsTijd(r[eerste!]), y: r[waarde] as number | null, reeks: reeksen.map((k) => celtekst(r[k])).join(' · ') }))
      .filter((p): p is { label: string; x: Date; y: number; reeks: string } => p.x !== null && typeof p.y === 'number');
    const aantal = new Set(punten.map((p) => p.reeks)).size;
    if (aantal > MAXIMUM.reeksen) return { reden: `${aantal} reeksen, meer dan ${MAXIMUM.reeksen} passen niet leesbaar in één grafiek` };
    if (punten.length === 0) return { reden: 'geen rij met een tijd en een getal' };
    return { soort: 'lijn', labels: [eerste!], waarde, reeksen, punten, weggelaten: rijen.length - punten.length };
  }
  const labels = [eerste!, ...teksten].filter((k) => k !== waarde && !getallen.includes(k)).slice(0, 3);
  if (labels.length === 0) return { reden: 'geen kolom die een staaf benoemt' };
  const punten = rijen
    .map((r) => ({ label: labels.map((k) => celtekst(r[k])).join(' · '), x: null, y: r[waarde] as number | null, reeks: '' }))
    .filter((p): p is { label: string; x: null; y: number; reeks: string } => typeof p.y === 'number');
  if (punten.length > MAXIMUM.staven) return { reden: `${punten.length} staven, meer dan ${MAXIMUM.staven} passen niet leesbaar in één grafiek` };
  if (punten.length === 0) return { reden: 'geen rij met een getal' };
  return { soort: 'staaf', labels, waarde, reeksen: [], punten, weggelaten: rijen.length - punten.length };
}

/** De reeksen van een lijngrafiek met hun kleur en vorm, voor de legenda. */
export function reeksenVan(plan: Grafiekplan): { naam: string; kleur: string; vorm: (typeof VORMEN)[number] }[] {
  return [...new Set(plan.punten.map((p) => p.reeks))].map((naam, i) => ({ naam, kleur: KLEUREN[i % KLEUREN.length]!, vorm: VORMEN[i % VORMEN.length]! }));
}

const kort = (tekst: string, lengte = 42) => (tekst.length > lengte ? `${tekst.slice(0, lengte - 1)}…` : tekst);
const getal = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 2 });

function teken(plan: Grafiekplan, naam: string, breedte: number): SVGSVGElement | HTMLElement {
  const algemeen = { width: breedte, style: { fontSize: '14px', fontFamily: 'inherit', color: '#000', background: '#fff', overflow: 'visible' }, ariaLabel: naam };
  if (plan.soort === 'staaf') {
    const langste = Math.max(...plan.punten.map((p) => kort(p.label).length));
    return plot({
      ...algemeen,
      height: 48 + plan.punten.length * 30,
      marginLeft: Math.min(Math.round(breedte * 0.45), 16 + langste * 7.5),
      marginRight: 64,
      x: { grid: true, nice: true, inset: plan.punten.some((p) => p.y < 0) ? 48 : 0, label: `${plan.waarde} →`, tickFormat: getal },
      y: { domain: plan.punten.map((p) => p.label), label: null, tickFormat: (l: string) => kort(l) },
      marks: [
        barX(plan.punten, { x: 'y', y: 'label', fill: KLEUREN[0], title: (p: Grafiekplan['punten'][number]) => `${p.label}: ${getal(p.y)}` }),
        // Het getal naast het eind van de staaf, buiten de staaf (zwart op wit).
        text(plan.punten.filter((p) => p.y >= 0), { x: 'y', y: 'label', text: (p: Grafiekplan['punten'][number]) => getal(p.y), textAnchor: 'start', dx: 6, fill: '#000' }),
        text(plan.punten.filter((p) => p.y < 0), { x: 'y', y: 'label', text: (p: Grafiekplan['punten'][number]) => getal(p.y), textAnchor: 'end', dx: -6, fill: '#000' }),
        ruleX([0], { stroke: '#000' }),
      ],
    });
  }
  const reeksen = reeksenVan(plan);
  const domein = reeksen.map((r) => r.naam);
  return plot({
    ...algemeen,
    height: breedte < 500 ? 260 : 340,
    marginLeft: 80,
    marginRight: 24,
    x: { type: 'utc', label: null },
    y: { grid: true, nice: true, label: `↑ ${plan.waarde}`, tickFormat: getal },
    color: { domain: domein, range: reeksen.map((r) => r.kleur) },
    symbol: { domain: domein, range: reeksen.map((r) => r.vorm) },
    marks: [
      ruleY([0], { stroke: '#000' }),
      line(plan.punten, { x: 'x', y: 'y', z: 'reeks', stroke: 'reeks', strokeWidth: 2 }),
      dot(plan.punten, { x: 'x', y: 'y', symbol: 'reeks', fill: 'reeks', stroke: '#fff', r: 6, title: (p: Grafiekplan['punten'][number]) => `${p.reeks ? `${p.reeks}, ` : ''}${p.label}: ${getal(p.y)}` }),
    ],
  });
}

/** De grafiek in de pagina (plotvlak.tsx): tot 960 px breed. */
export function Overzichtgrafiek({ plan, naam }: { plan: Grafiekplan; naam: string }) {
  const houder = usePlotvlak(960, (breedte) => teken(plan, naam, breedte), [plan, naam]);
  return <div ref={houder} className="thuis-overzicht-grafiek" />;
}

/** De legenda van een lijngrafiek met meer reeksen: vorm en kleur. */
export function Reekslegenda({ plan }: { plan: Grafiekplan }) {
  const reeksen = reeksenVan(plan);
  if (plan.soort !== 'lijn' || reeksen.length < 2) return null;
  return (
    <ul className="thuis-overzicht-legenda">
      {reeksen.map((r) => (
        <li key={r.naam}>
          <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
            {r.vorm === 'circle' && <circle r="6" fill={r.kleur} />}
            {r.vorm === 'square' && <rect x="-5.5" y="-5.5" width="11" height="11" fill={r.kleur} />}
            {r.vorm === 'triangle' && <path d="M0,-7L6.5,5L-6.5,5Z" fill={r.kleur} />}
            {r.vorm === 'diamond' && <path d="M0,-7L5,0L0,7L-5,0Z" fill={r.kleur} />}
          </svg>{' '}
          {r.naam}
        </li>
      ))}
    </ul>
  );
}
