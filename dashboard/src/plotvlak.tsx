// Een grafiek van Observable Plot in de pagina: zo breed als er plaats is (tussen 320 px en
// `maximaal`, in stappen van 20, zodat de tekst op een smal scherm leesbaar blijft), als
// svg met role="img" en een naam; wat erin staat, staat ook in de tabel erna. De cijfers en
// de overzichten tekenen elk hun eigen grafiek, maar plaatsen hem zo.
import { useEffect, useRef, useState, type DependencyList } from 'react';

const STANDAARDBREEDTE = 720;

/** De houder voor `teken(breedte)`; opnieuw getekend als de breedte of iets in `afhankelijk` verandert. */
export function usePlotvlak(maximaal: number, teken: (breedte: number) => SVGSVGElement | HTMLElement, afhankelijk: DependencyList) {
  const houder = useRef<HTMLDivElement>(null);
  const [breedte, zetBreedte] = useState(STANDAARDBREEDTE);
  useEffect(() => {
    const el = houder.current;
    if (!el) return;
    const meet = () => zetBreedte(Math.round(Math.max(320, Math.min(maximaal, el.clientWidth || STANDAARDBREEDTE)) / 20) * 20);
    meet();
    const waarnemer = new ResizeObserver(meet);
    waarnemer.observe(el);
    return () => waarnemer.disconnect();
  }, [maximaal]);
  useEffect(() => {
    const svg = teken(breedte);
    svg.setAttribute('role', 'img');
    // De onderdelen zijn voor het oog; hun Engelse namen ("dot", "bar", "x-axis tick") niet voorlezen.
    for (const el of svg.querySelectorAll('[aria-label]')) if (el !== svg) el.removeAttribute('aria-label');
    houder.current?.replaceChildren(svg);
    return () => svg.remove();
    // teken is per render nieuw; wat het tekent, staat in afhankelijk.
  }, [...afhankelijk, breedte]);
  return houder;
}
