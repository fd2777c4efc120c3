import { lazy, Suspense } from 'react';
import { Heading, Paragraph, SkipLink } from '@rijkshuisstijl-community/components-react';
import { BASIS, Link, useLocatie } from './navigatie.js';
import { Overzicht } from './paginas/Overzicht.js';
import { Prikkel } from './paginas/Prikkel.js';
import { Leeftijden } from './paginas/Leeftijden.js';
import { Aandachtsgroep } from './paginas/Aandachtsgroep.js';
import { Bron } from './paginas/Bron.js';

// Zware bibliotheken (grafen, grafieken, de GraphQL-IDE) laden pas op hun eigen pagina,
// zodat het eerste beeld klein blijft.
const Netwerk = lazy(() => import('./paginas/Netwerk.js').then((m) => ({ default: m.Netwerk })));
const Cijfers = lazy(() => import('./paginas/Cijfers.js').then((m) => ({ default: m.Cijfers })));
const Query = lazy(() => import('./paginas/Query.js').then((m) => ({ default: m.Query })));

const MENU: [string, string][] = [
  [`${BASIS}/`, 'Overzicht'],
  [`${BASIS}/aandachtsgroep/DAK_EN_THUISLOZEN`, 'Aandachtsgroep'],
  [`${BASIS}/leeftijden`, 'Leeftijden'],
  [`${BASIS}/netwerk`, 'Netwerk'],
  [`${BASIS}/cijfers`, 'Cijfers'],
  [`${BASIS}/query`, 'Query'],
];

function Pagina({ pad, zoek }: { pad: string[]; zoek: URLSearchParams }) {
  if (pad[0] === 'prikkel' && pad.length === 4) return <Prikkel instrument={pad[1]} doel={pad[2]} indicator={pad[3]} />;
  if (pad[0] === 'leeftijden') return <Leeftijden />;
  if (pad[0] === 'bron' && pad.length === 2) return <Bron document={pad[1]} vindplaats={zoek.get('vindplaats') || null} />;
  if (pad[0] === 'netwerk') return <Netwerk zoek={zoek} />;
  if (pad[0] === 'cijfers') return <Cijfers zoek={zoek} />;
  if (pad[0] === 'query') return <Query />;
  if (pad[0] === 'aandachtsgroep') return <Aandachtsgroep code={pad[1] ?? 'DAK_EN_THUISLOZEN'} />;
  if (pad.length === 0) return <Overzicht cel={zoek.get('cel')} />;
  return (
    <>
      <Heading level={1}>Pagina niet gevonden</Heading>
      <Paragraph>
        Deze pagina bestaat niet. Ga naar het <Link href={`${BASIS}/`}>overzicht</Link>.
      </Paragraph>
    </>
  );
}

export function App() {
  const locatie = useLocatie();
  const pad = decodeURIComponent(locatie.pathname.slice(BASIS.length)).split('/').filter(Boolean);
  return (
    <>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <header className="thuis-kop">
        <p className="thuis-titel">Een thuis voor iedereen — beleid voor aandachtsgroepen over de ministeries heen</p>
        <nav aria-label="Hoofdmenu">
          <ul className="thuis-menu">
            {MENU.map(([href, naam]) => (
              <li key={href}>
                <Link href={href} aria-current={locatie.pathname.startsWith(href.replace(/\/[A-Z_]+$/, '')) && href !== `${BASIS}/` ? 'page' : undefined}>
                  {naam}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="inhoud" className="thuis-pagina">
        <Suspense fallback={<Paragraph aria-live="polite">Pagina laden…</Paragraph>}>
          <Pagina pad={pad} zoek={locatie.searchParams} />
        </Suspense>
      </main>
    </>
  );
}
