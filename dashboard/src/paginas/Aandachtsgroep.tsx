// Eén aandachtsgroep bij de vijf ministeries naast elkaar, met de cijfers en hun bron, en
// de prikkels die de groep raken.
import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { BASIS, Link } from '../navigatie.js';
import { useOverzicht } from '../overzichten.js';
import { Toestand } from '../toestand.js';
import { prikkelpad } from './Overzicht.js';

const GROEPEN = ['ARBEIDSMIGRANTEN', 'DAK_EN_THUISLOZEN', 'OUDEREN', 'SOCIAAL_URGENTEN', 'MEDISCH_URGENTEN', 'STATUSHOUDERS', 'STUDENTEN', 'UITSTROOM_INTRAMURAAL', 'WOONWAGENBEWONERS'];
const MINISTERIES = ['bzk', 'vws', 'jenv', 'szw', 'ocw'] as const;

interface Bron { document: string; titel: string; vindplaats: string }
interface Silo {
  departement: string;
  verantwoordelijkheden: { code: string; omschrijving: string }[];
  doelen: { code: string; naam: string }[];
  instrumenten: { code: string; naam: string }[];
  cijfers: { code: string; naam: string; waarde: number | null; redenGeenWaarde: string | null; bandbreedte: { min: number; max: number } | null; eenheid: string; peildatum: string; soort: string; bron: Bron }[];
}
type Groep = { code: string; naam: string; omschrijving: string; tegenwerkendePrikkels: { instrument: { code: string; naam: string }; doel: { code: string; naam: string }; indicator: string; score: number }[] } & Record<(typeof MINISTERIES)[number], Silo | null>;

const waarde = (c: Silo['cijfers'][number]) => (c.waarde !== null ? `${c.waarde.toLocaleString('nl-NL')} ${c.eenheid}` : c.bandbreedte ? `${c.bandbreedte.min.toLocaleString('nl-NL')}–${c.bandbreedte.max.toLocaleString('nl-NL')} ${c.eenheid}` : `geen getal (${c.redenGeenWaarde})`);

export function Aandachtsgroep({ code }: { code: string }) {
  const toestand = useOverzicht<{ aandachtsgroep: Groep }>('aandachtsgroep', { code });
  return (
    <>
      <nav aria-label="Aandachtsgroepen">
        <UnorderedList>
          {GROEPEN.map((g) => (
            <UnorderedListItem key={g}>
              <Link href={`${BASIS}/aandachtsgroep/${g}`} aria-current={g === code ? 'page' : undefined}>{g.replaceAll('_', ' ').toLowerCase()}</Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </nav>
      <Toestand toestand={toestand}>
        {({ aandachtsgroep: groep }) => (
          <>
            <Heading level={1}>{groep.naam}</Heading>
            <Paragraph>{groep.omschrijving}</Paragraph>
            <div className="thuis-kolommen">
              {MINISTERIES.map((m) => {
                const silo = groep[m];
                return (
                  <section key={m} aria-labelledby={`silo-${m}`}>
                    <Heading level={2} id={`silo-${m}`}>{m.toUpperCase()}</Heading>
                    {!silo ? (
                      <Paragraph>{m.toUpperCase()} antwoordde niet.</Paragraph>
                    ) : (
                      <>
                        <Heading level={3}>Doelen</Heading>
                        <UnorderedList>{silo.doelen.map((d) => <UnorderedListItem key={d.code}>{d.naam}</UnorderedListItem>)}</UnorderedList>
                        <Heading level={3}>Instrumenten</Heading>
                        <UnorderedList>{silo.instrumenten.map((i) => <UnorderedListItem key={i.code}>{i.naam}</UnorderedListItem>)}</UnorderedList>
                        <Heading level={3}>Cijfers</Heading>
                        <UnorderedList>
                          {silo.cijfers.map((c) => (
                            <UnorderedListItem key={`${c.code}-${c.peildatum}`}>
                              {c.naam}: {waarde(c)} (peildatum {c.peildatum}, {c.soort.toLowerCase()}; bron: {c.bron.titel}, {c.bron.vindplaats})
                            </UnorderedListItem>
                          ))}
                        </UnorderedList>
                      </>
                    )}
                  </section>
                );
              })}
            </div>
            <Heading level={2}>Tegenwerkende prikkels voor deze groep</Heading>
            <UnorderedList>
              {groep.tegenwerkendePrikkels.map((p) => (
                <UnorderedListItem key={prikkelpad(p)}>
                  <Link href={prikkelpad(p)}>{p.instrument.naam}</Link> tegen “{p.doel.naam}” (score {p.score})
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        )}
      </Toestand>
    </>
  );
}
