// Eén reeks als grafiek (Observable Plot): de tijd op de x-as naar wat de peildatum zegt,
// soort als vorm én kleur, prognoses en afspraken gestreept verbonden, bandbreedtes als
// bereik. De tabel naast de grafiek (in de pagina) geeft hetzelfde in cijfers.
import { usePlotvlak } from '../plotvlak.js';
import { dot, link, plot, rect, ruleX, ruleY } from '@observablehq/plot';
import { getal, midden, peildatumTekst, SOORTEN, SOORTNAAM, tekenbaar, waardeTekst, type Reeks, type Waarneming } from './reeksen.js';

/** Rijkshuisstijl; elk minstens 3:1 tegen wit (WCAG 1.4.11). */
export const KLEUR: Record<string, string> = {
  WAARNEMING: '#154273', // donkerblauw 10,2:1
  SCHATTING: '#39870c', // groen 4,5:1
  PROGNOSE: '#a90061', // violet 7,3:1
  AFSPRAAK: '#e17000', // oranje 3,2:1
};
export const VORM: Record<string, 'circle' | 'diamond' | 'triangle' | 'square'> = {
  WAARNEMING: 'circle',
  SCHATTING: 'diamond',
  PROGNOSE: 'triangle',
  AFSPRAAK: 'square',
};
const LIJN = '#535353'; // grijs 7,7:1
/** Een verbinding is doorgetrokken tussen gemeten of geschatte cijfers, gestreept zodra een prognose of afspraak meedoet. */
export const gemeten = (soort: string) => soort === 'WAARNEMING' || soort === 'SCHATTING';

const JAAR = 365.2425 * 24 * 3600 * 1000;
const datum = (ms: number) => new Date(ms);

/** Wat de grafiek laat zien en wat niet; voor het onderschrift. */
export function leeswijzer(reeks: Reeks): { getekend: Waarneming[]; weggelaten: Waarneming[]; uitleg: string[] } {
  const getekend = reeks.waarnemingen.filter(tekenbaar);
  const weggelaten = reeks.waarnemingen.filter((w) => !tekenbaar(w));
  const uitleg: string[] = [];
  const precisies = new Set(getekend.filter((w) => !w.tijd!.periode).map((w) => w.tijd!.precisie));
  if (precisies.has('jaar')) uitleg.push('een jaarcijfer staat in het midden van zijn jaar, net als het jaartal op de as');
  if (precisies.has('maand')) uitleg.push('een maandcijfer in het midden van zijn maand');
  if (precisies.has('dag')) uitleg.push('een cijfer met een datum op die dag');
  if (getekend.some((w) => w.tijd!.periode && w.waarde !== null))
    uitleg.push('een cijfer over een periode als horizontale lijn van begin tot en met eind, met de markering in het midden');
  if (getekend.some((w) => w.waarde === null && w.bandbreedte && !w.tijd!.periode)) uitleg.push('een bandbreedte als verticale lijn van de laagste tot de hoogste waarde');
  if (getekend.some((w) => w.waarde === null && w.bandbreedte && w.tijd!.periode)) uitleg.push('een bandbreedte over een periode als vlak: van begin tot eind, van de laagste tot de hoogste waarde');
  const metGetal = getekend.filter((w) => w.waarde !== null);
  if (metGetal.length >= 2) {
    const soorten = new Set(metGetal.map((w) => w.soort));
    uitleg.push(
      [...soorten].every(gemeten)
        ? 'de lijn verbindt opeenvolgende cijfers'
        : 'de lijn verbindt opeenvolgende cijfers, gestreept waar een prognose of afspraak meedoet',
    );
  }
  return { getekend, weggelaten, uitleg };
}

/** Jaartallen op de as, in het midden van hun jaar; bij een lange reeks om de 2, 5 of 10 jaar. */
function jaarticks(van: number, tot: number): Date[] {
  const eerste = new Date(van).getUTCFullYear();
  const laatste = new Date(tot - 1).getUTCFullYear();
  const stap = [1, 2, 5, 10, 20].find((s) => (laatste - eerste) / s <= 8) ?? 50;
  const ticks: Date[] = [];
  for (let j = Math.ceil(eerste / stap) * stap; j <= laatste; j += stap) ticks.push(datum((Date.UTC(j, 0, 1) + Date.UTC(j + 1, 0, 1)) / 2));
  return ticks;
}

export function tekenGrafiek(reeks: Reeks, naam: string, breedte = 720): SVGSVGElement | HTMLElement {
  const { getekend } = leeswijzer(reeks);
  const punten = getekend.filter((w) => w.waarde !== null).map((w) => ({
    x: datum(midden(w.tijd!)!),
    y: w.waarde!,
    soort: w.soort,
    titel: `${peildatumTekst(w.peildatum)}: ${getal(w.waarde!)} ${reeks.eenheid} (${SOORTNAAM[w.soort] ?? w.soort})`,
  }));
  const perioden = getekend.filter((w) => w.waarde !== null && w.tijd!.periode).map((w) => ({ x1: datum(w.tijd!.begin!), x2: datum(w.tijd!.eind!), y: w.waarde!, soort: w.soort }));
  const bereiken = getekend.filter((w) => w.waarde === null && w.bandbreedte).map((w) => ({
    x: datum(midden(w.tijd!)!),
    x1: datum(w.tijd!.begin!),
    x2: datum(w.tijd!.eind!),
    periode: w.tijd!.periode,
    y1: w.bandbreedte!.min,
    y2: w.bandbreedte!.max,
    soort: w.soort,
    titel: `${peildatumTekst(w.peildatum)}: ${waardeTekst(w)} ${reeks.eenheid} (${SOORTNAAM[w.soort] ?? w.soort})`,
  }));
  const lijnen = punten.slice(1).map((p, i) => {
    const v = punten[i]!;
    return { x1: v.x, y1: v.y, x2: p.x, y2: p.y, gestreept: !gemeten(v.soort) || !gemeten(p.soort) };
  });

  const van = Math.min(...getekend.map((w) => w.tijd!.begin!));
  const tot = Math.max(...getekend.map((w) => w.tijd!.eind!));
  const marge = Math.max((tot - van) * 0.03, JAAR / 12);
  const kap = Math.max((tot - van) * 0.012, JAAR / 24);
  const punt = bereiken.filter((b) => !b.periode);

  return plot({
    width: breedte,
    height: breedte < 500 ? 260 : 320,
    marginLeft: breedte < 500 ? 80 : 96,
    marginRight: 24,
    marginTop: 32,
    marginBottom: 36,
    style: { fontSize: '14px', fontFamily: 'inherit', color: '#000', background: '#fff', overflow: 'visible' },
    ariaLabel: naam,
    x: { type: 'utc', domain: [datum(van - marge), datum(tot + marge)], ticks: jaarticks(van, tot), tickFormat: (d: Date) => String(d.getUTCFullYear()), label: null },
    y: { zero: true, grid: true, nice: true, label: `↑ ${reeks.eenheid}`, tickFormat: (n: number) => getal(n) },
    color: { domain: [...SOORTEN], range: SOORTEN.map((s) => KLEUR[s]!) },
    symbol: { domain: [...SOORTEN], range: SOORTEN.map((s) => VORM[s]!) },
    marks: [
      ruleY([0], { stroke: '#000' }),
      rect(bereiken.filter((b) => b.periode), { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'soort', fillOpacity: 0.12, stroke: 'soort', strokeWidth: 2, title: 'titel' }),
      ruleX(punt, { x: 'x', y1: 'y1', y2: 'y2', stroke: 'soort', strokeWidth: 3, title: 'titel' }),
      link(punt.flatMap((b) => [b.y1, b.y2].map((y) => ({ x1: datum(b.x.getTime() - kap), x2: datum(b.x.getTime() + kap), y, soort: b.soort }))), {
        x1: 'x1', x2: 'x2', y1: 'y', y2: 'y', stroke: 'soort', strokeWidth: 3,
      }),
      ruleY(perioden, { x1: 'x1', x2: 'x2', y: 'y', stroke: 'soort', strokeWidth: 2 }),
      link(lijnen.filter((l) => !l.gestreept), { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: LIJN, strokeWidth: 2 }),
      link(lijnen.filter((l) => l.gestreept), { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: LIJN, strokeWidth: 2, strokeDasharray: '6 4' }),
      dot(punten, { x: 'x', y: 'y', symbol: 'soort', fill: 'soort', stroke: '#fff', strokeWidth: 1, r: 6, title: 'titel' }),
    ],
  });
}

/** De grafiek in de pagina (plotvlak.tsx): tot 720 px breed. */
export function Grafiek({ reeks, naam }: { reeks: Reeks; naam: string }) {
  const houder = usePlotvlak(720, (breedte) => tekenGrafiek(reeks, naam, breedte), [reeks, naam]);
  return <div ref={houder} className="thuis-cijfers-grafiek" />;
}

/** Vorm en kleur van een soort, ook in de legenda. */
export function Symbool({ soort }: { soort: string }) {
  const k = KLEUR[soort] ?? LIJN;
  const vorm = VORM[soort];
  return (
    <svg className="thuis-cijfers-symbool" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      {vorm === 'circle' && <circle r="6" fill={k} />}
      {vorm === 'diamond' && <path d="M0,-7L5,0L0,7L-5,0Z" fill={k} />}
      {vorm === 'triangle' && <path d="M0,-7L6.5,5L-6.5,5Z" fill={k} />}
      {vorm === 'square' && <rect x="-5.5" y="-5.5" width="11" height="11" fill={k} />}
    </svg>
  );
}

/** Legenda van één grafiek: alleen de soorten en lijnen die erin staan. */
export function Legenda({ reeks }: { reeks: Reeks }) {
  const { getekend } = leeswijzer(reeks);
  const soorten = SOORTEN.filter((s) => getekend.some((w) => w.soort === s));
  const metGetal = getekend.filter((w) => w.waarde !== null);
  const lijnen = metGetal.slice(1).map((w, i) => gemeten(w.soort) && gemeten(metGetal[i]!.soort));
  return (
    <ul className="thuis-cijfers-legenda">
      {soorten.map((s) => (
        <li key={s}>
          <Symbool soort={s} /> {SOORTNAAM[s] ?? s}
        </li>
      ))}
      {lijnen.includes(true) && (
        <li>
          <svg className="thuis-cijfers-symbool" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false"><line x1="0" x2="28" y1="8" y2="8" stroke={LIJN} strokeWidth="2" /></svg>{' '}
          doorgetrokken: tussen waarnemingen en schattingen
        </li>
      )}
      {lijnen.includes(false) && (
        <li>
          <svg className="thuis-cijfers-symbool" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false"><line x1="0" x2="28" y1="8" y2="8" stroke={LIJN} strokeWidth="2" strokeDasharray="6 4" /></svg>{' '}
          gestreept: naar of van een prognose of afspraak
        </li>
      )}
    </ul>
  );
}
