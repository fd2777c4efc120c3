// Vrije queries op de hele graaf, voor analisten: GraphiQL uit het npm-register, met de
// Monaco-editor en zijn web workers uit onze eigen bundel (graphiql/setup-workers/vite:
// Vite bouwt de workers als bestanden in assets/). Niets komt van internet (geen CDN,
// geen lettertypen van buiten), zodat de pagina ook zonder internettoegang werkt. Deze
// module en alles wat hij importeert, laadt pas als iemand /dashboard/query opent.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '../query/query.css';
import { useEffect, useRef, type RefObject } from 'react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { useGraphiQL } from '@graphiql/react';
import { GraphiQL } from 'graphiql';
import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { EDITORTHEMA, useEditorthema } from '../query/thema.js';
import { useToegankelijkeGraphiQL, verlaatEditorMetEscape } from '../query/toegankelijkheid.js';
import { VOORBEELDQUERY } from '../query/voorbeeld.js';
import { Opslaan } from '../query/Opslaan.js';
import { api } from '../api.js';

// Dezelfde oorsprong als het dashboard: geen CORS; met de sessie (cookie en CSRF-kop) via
// dezelfde api() als elke pagina, en zonder sessie de ontwikkelmodus.
const fetcher = createGraphiQLFetcher({ url: '/graphql', fetch: api as typeof fetch });

/** Binnen GraphiQL (zijn store): geeft de pagina een manier om de query en de variabelen in de editor te lezen. */
function Editorlezer({ lezer }: { lezer: RefObject<{ query(): string | null; variabelen(): string | null } | null> }) {
  const query = useGraphiQL((s) => s.queryEditor);
  const variabelen = useGraphiQL((s) => s.variableEditor);
  useEffect(() => {
    lezer.current = { query: () => query?.getValue() ?? null, variabelen: () => variabelen?.getValue() ?? null };
  }, [query, variabelen, lezer]);
  return null;
}

export function Query() {
  const container = useRef<HTMLDivElement>(null);
  const lezer = useRef<{ query(): string | null; variabelen(): string | null } | null>(null);
  useEditorthema();
  useToegankelijkeGraphiQL(container);
  return (
    <>
      <Heading level={1}>Query</Heading>
      <Paragraph>
        Hier vraagt u de hele graaf zelf op, met GraphQL (<code>POST /graphql</code>): het beleid en de cijfers van alle
        vijf ministeries en de analyse erover. Elk cijfer heeft een peildatum en een bron; vraag die altijd mee op
        (<code>peildatum</code> en <code>bron {'{ titel vindplaats }'}</code>), anders weet u niet van wanneer en
        waarvandaan een getal is. Welke velden er zijn en wat ze betekenen, staat in de documentatie (het boekje links
        in de editor).
      </Paragraph>
      <Paragraph>
        In productie meldt u zich eerst aan (rechtsboven); de pagina vraagt dan met uw sessie. Een token hoeft u hier niet
        te zetten.
      </Paragraph>
      <Paragraph>
        Met het toetsenbord: Tab brengt u naar een editor, Enter zet de cursor erin en Ctrl+Enter voert de query uit. In
        de editor springt Tab in; met Esc verlaat u de editor, daarna gaat Tab weer naar het volgende onderdeel.
      </Paragraph>
      <Opslaan leesQuery={() => lezer.current?.query() ?? null} leesVariabelen={() => lezer.current?.variabelen() ?? null} />
      <div ref={container} className="thuis-query" onKeyDownCapture={verlaatEditorMetEscape}>
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={VOORBEELDQUERY}
          forcedTheme="light"
          editorTheme={{ light: EDITORTHEMA, dark: EDITORTHEMA }}
        >
          <GraphiQL.Logo>GraphiQL</GraphiQL.Logo>
          <Editorlezer lezer={lezer} />
        </GraphiQL>
      </div>
    </>
  );
}
