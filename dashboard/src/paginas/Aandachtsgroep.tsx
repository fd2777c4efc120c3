// Eén aandachtsgroep bij de vijf ministeries naast elkaar, met de cijfers en hun bron, en
// de prikkels die de groep raken.
import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { BASIS, Link } from '../navigatie.js';
import { Bronlink, bronpad, Stand, type Bron } from '../herkomst.js';
import { useOverzicht } from '../overzichten.js';
import { GROEPEN, MINISTERIES } from '../vocabulaire.js';
import { Toestand } from '../toestand.js';
import { prikkelpad } from './Overzicht.js';


interface Silo {
  departement: string;
  beleidspeildatum: string | null;
  verantwoordelijkheden: { code: string; omschrijving: string; bron: Bron }[];
  doelen: { code: string; naam: string; bron: Bron }[];
  instrumenten: { code: string; naam: string; bron: Bron }[];
  cijfers: { code: string; naam: string; waarde: number | null; redenGeenWaarde: string | null; bandbreedte: { min: number; max: number } | null; eenheid: string; peildatum: string; soort: string; bron: Bron }[];
}
type Groep = { code: string; naam: string; omschrijving: string; tegenwerkendePrikkels: { instrument: { code: string; naam: string }; doel: { code: string; naam: string }; indicator: string; score: number }[] } & Record<(typeof MINISTERIES)[number], Silo | null>;

const waarde = (c: Silo['cijfers'][number]) => (c.waarde !== null ? `${c.waarde.toLocaleString('nl-NL')} ${c.eenheid}` : c.bandbreedte ? `${c.bandbreedte.min.toLocaleString('nl-NL')}–${c.bandbreedte.max.toLocaleString('nl-NL')} ${c.eenheid}` : `geen getal (${c.redenGeenWaarde})`);

/** Een lijst van teksten, elk met een link naar zijn bron; leeg zegt dat het ministerie hier niets heeft. */
function MetBron({ lijst }: { lijst: { code: string; tekst: string; bron: Bron }[] }) {
  if (lijst.length === 0) return <Paragraph>Geen.</Paragraph>;
  return (
    <UnorderedList>
      {lijst.map((r) => (
        <UnorderedListItem key={r.code}>
          {r.tekst} (<Link href={bronpad(r.bron)} aria-label={`bron: ${r.bron.titel}, ${r.bron.vindplaats}`}>bron</Link>)
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

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
            <Stand standen={groep} toevoeging="Elk cijfer heeft daarnaast zijn eigen peildatum" />
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
                        <Heading level={3}>Verantwoordelijkheden</Heading>
                        <MetBron lijst={silo.verantwoordelijkheden.map((v) => ({ code: v.code, tekst: v.omschrijving, bron: v.bron }))} />
                        <Heading level={3}>Doelen</Heading>
                        <MetBron lijst={silo.doelen.map((d) => ({ code: d.code, tekst: d.naam, bron: d.bron }))} />
                        <Heading level={3}>Instrumenten</Heading>
                        <MetBron lijst={silo.instrumenten.map((i) => ({ code: i.code, tekst: i.naam, bron: i.bron }))} />
                        <Heading level={3}>Cijfers</Heading>
                        <UnorderedList>
                          {silo.cijfers.map((c) => (
                            <UnorderedListItem key={`${c.code}-${c.peildatum}`}>
                              {c.naam}: {waarde(c)} (peildatum {c.peildatum}, {c.soort.toLowerCase()}; bron: <Bronlink bron={c.bron} />)
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
