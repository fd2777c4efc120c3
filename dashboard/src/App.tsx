import { Heading, Paragraph, SkipLink } from '@rijkshuisstijl-community/components-react';
import { BASIS, Link, useLocatie } from './navigatie.js';
import { Overzicht } from './paginas/Overzicht.js';
import { Prikkel } from './paginas/Prikkel.js';
import { Leeftijden } from './paginas/Leeftijden.js';
import { Aandachtsgroep } from './paginas/Aandachtsgroep.js';
import { Bron } from './paginas/Bron.js';
import { isLazypagina, LazyPagina } from './lazypaginas.js';
import { isAlleenLetterlijk } from './letterlijk.js';
import { Aanmelding } from './aanmelding.js';

const MENU: [string, string][] = [
  [`${BASIS}/`, 'Overzicht'],
  [`${BASIS}/aandachtsgroep/DAK_EN_THUISLOZEN`, 'Aandachtsgroep'],
  [`${BASIS}/leeftijden`, 'Leeftijden'],
  [`${BASIS}/netwerk`, 'Netwerk'],
  [`${BASIS}/cijfers`, 'Cijfers'],
  [`${BASIS}/overzichten`, 'Overzichten'],
  [`${BASIS}/query`, 'Query'],
];

/** Een deel van het pad; kapotte %-codering blijft staan (en geeft "niet gevonden"). */
function ontcijfer(deel: string): string {
  try {
    return decodeURIComponent(deel);
  } catch {
    return deel;
  }
}

function Pagina({ pad, zoek }: { pad: string[]; zoek: URLSearchParams }) {
  const letterlijk = isAlleenLetterlijk(zoek);
  if (pad[0] === 'prikkel' && pad.length === 4) {
    return <Prikkel instrument={pad[1]} doel={pad[2]} indicator={pad[3]} letterlijk={letterlijk} slapend={zoek.get('slapend') === 'waar'} />;
  }
  if (pad[0] === 'leeftijden') return <Leeftijden />;
  if (pad[0] === 'bron' && pad.length === 2) return <Bron document={pad[1]} vindplaats={zoek.get('vindplaats') || null} />;
  if (isLazypagina(pad[0])) return <LazyPagina naam={pad[0]} zoek={zoek} pad={pad} />;
  if (pad[0] === 'aandachtsgroep') return <Aandachtsgroep code={pad[1] ?? 'DAK_EN_THUISLOZEN'} letterlijk={letterlijk} />;
  if (pad.length === 0) return <Overzicht cel={zoek.get('cel')} letterlijk={letterlijk} />;
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
  const pad = locatie.pathname.slice(BASIS.length).split('/').filter(Boolean).map(ontcijfer);
  return (
    <>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <header className="thuis-kop">
        <div className="thuis-kop-rij">
          <p className="thuis-titel">Een thuis voor iedereen — beleid voor aandachtsgroepen over de ministeries heen</p>
          <Aanmelding />
        </div>
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
        <Pagina pad={pad} zoek={locatie.searchParams} />
      </main>
    </>
  );
}
