// Pagina's met een zware bibliotheek (grafen, grafieken, de GraphQL-IDE) laden pas als ze
// geopend worden, zodat het eerste beeld van de andere klein blijft. Bewust zonder
// React.lazy en Suspense: React 19 toont nieuwe inhoud na een Suspense-fallback pas na
// ±300 ms, en pas daarna vraagt de pagina haar gegevens op. Hier vraagt de pagina ze op
// zodra haar code er is, en main.tsx laadt de code van de eerste pagina vóór het eerste beeld.
import { useEffect, useState, type ComponentType } from 'react';
import { Paragraph } from '@rijkshuisstijl-community/components-react';

/** Wat een lazy pagina krijgt: de querystring en het pad onder /dashboard/ (in delen, ontcijferd). */
export type Zoekprops = { zoek: URLSearchParams; pad: string[] };

const LADERS = {
  netwerk: () => import('./paginas/Netwerk.js').then((m): ComponentType<Zoekprops> => m.Netwerk),
  cijfers: () => import('./paginas/Cijfers.js').then((m): ComponentType<Zoekprops> => m.Cijfers),
  query: () => import('./paginas/Query.js').then((m): ComponentType<Zoekprops> => m.Query),
  overzichten: () => import('./paginas/Overzichten.js').then((m): ComponentType<Zoekprops> => m.Overzichten),
};
export type Lazypagina = keyof typeof LADERS;

/** Wat al geladen is; elke pagina wordt één keer geladen, daarna rendert hij meteen. */
const geladen = new Map<Lazypagina, ComponentType<Zoekprops>>();

export const isLazypagina = (naam: string | undefined): naam is Lazypagina => naam !== undefined && naam in LADERS;

export async function laadPagina(naam: Lazypagina): Promise<ComponentType<Zoekprops>> {
  const bekend = geladen.get(naam);
  if (bekend) return bekend;
  const pagina = await LADERS[naam]();
  geladen.set(naam, pagina);
  return pagina;
}

export function LazyPagina({ naam, zoek, pad }: { naam: Lazypagina } & Zoekprops) {
  const [pagina, zet] = useState<{ naam: Lazypagina; component: ComponentType<Zoekprops> } | { naam: Lazypagina; fout: string } | null>(() => {
    const component = geladen.get(naam);
    return component ? { naam, component } : null;
  });
  useEffect(() => {
    if (pagina?.naam === naam) return;
    let actueel = true;
    laadPagina(naam).then(
      (component) => actueel && zet({ naam, component }),
      (e: unknown) => actueel && zet({ naam, fout: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      actueel = false;
    };
  }, [naam, pagina?.naam]);
  if (!pagina || pagina.naam !== naam) return <Paragraph aria-live="polite">Pagina laden…</Paragraph>;
  if ('fout' in pagina) return <Paragraph role="alert">De pagina is niet te laden: {pagina.fout}. Herlaad de pagina.</Paragraph>;
  const Component = pagina.component;
  return <Component zoek={zoek} pad={pad} />;
}
