// Eén aandachtsgroep bij de vijf ministeries naast elkaar, met de cijfers en hun bron, en
// de prikkels die de groep raken. Wat de redactie afleidde, draagt een merk met de reden;
// het citaat staat (ingeklapt) bij de bron. De schakelaar "alleen letterlijk" geldt voor de
// prikkels.
import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { BASIS, Link } from '../navigatie.js';
import { Bronlink, bronpad, Citaat, Stand, type Bron } from '../herkomst.js';
import { Letterlijkschakelaar, letterlijkeVariabelen, metLetterlijk } from '../letterlijk.js';
import type { GroepscijfersFragment } from '../generated/overzichten.js';
import { useOverzicht } from '../overzichten.js';
import { GROEPEN, MINISTERIES } from '../vocabulaire.js';
import { Toestand } from '../toestand.js';
import { Prikkelmerk, Zekerheidsmerk, type Zekerheidsvelden } from '../zekerheid.js';
import { prikkelpad, STATUSNAAM } from './Overzicht.js';


type MetBron = { bron: Bron } & Zekerheidsvelden;
const waarde = (c: GroepscijfersFragment['edges'][number]['node']) => (c.waarde !== null ? `${c.waarde.toLocaleString('nl-NL')} ${c.eenheid}` : c.bandbreedte ? `${c.bandbreedte.min.toLocaleString('nl-NL')}–${c.bandbreedte.max.toLocaleString('nl-NL')} ${c.eenheid}` : `geen getal (${c.redenGeenWaarde})`);

/** Een lijst van teksten, elk met een link naar zijn bron, het citaat en een merk als het afgeleid is; leeg zegt dat het ministerie hier niets heeft. */
function MetBron({ lijst }: { lijst: ({ code: string; tekst: string } & MetBron)[] }) {
  if (lijst.length === 0) return <Paragraph>Geen.</Paragraph>;
  return (
    <UnorderedList>
      {lijst.map((r) => (
        <UnorderedListItem key={r.code}>
          {r.tekst} (<Link href={bronpad(r.bron)} aria-label={`bron: ${r.bron.titel}, ${r.bron.vindplaats}`}>bron</Link>) <Zekerheidsmerk bewering={r} />
          <Citaat tekst={r.bron.citaat} ingeklapt />
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

export function Aandachtsgroep({ code, letterlijk }: { code: string; letterlijk: boolean }) {
  // Met de cijfers per bladzijde, die de gateway op de URL allemaal haalt: aandachtsgroep zelf weigert hij bij veel gegevens (TE_DUUR).
  const toestand = useOverzicht('aandachtsgroep-met-alle-cijfers', { code, ...letterlijkeVariabelen(letterlijk) });
  return (
    <>
      <nav aria-label="Aandachtsgroepen">
        <UnorderedList>
          {GROEPEN.map((g) => (
            <UnorderedListItem key={g}>
              <Link href={metLetterlijk(`${BASIS}/aandachtsgroep/${g}`, letterlijk)} aria-current={g === code ? 'page' : undefined}>{g.replaceAll('_', ' ').toLowerCase()}</Link>
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
                        <MetBron lijst={silo.verantwoordelijkheden.map((v) => ({ ...v, tekst: v.omschrijving }))} />
                        <Heading level={3}>Doelen</Heading>
                        <MetBron lijst={silo.doelen.map((d) => ({ ...d, tekst: d.naam }))} />
                        <Heading level={3}>Instrumenten</Heading>
                        <MetBron lijst={silo.instrumenten.map((i) => ({ ...i, tekst: i.status === 'IN_WERKING' ? i.naam : `${i.naam} (${STATUSNAAM[i.status] ?? i.status})` }))} />
                        <Heading level={3}>Cijfers</Heading>
                        <UnorderedList>
                          {silo.cijfersVerbinding.edges.map(({ node: c }) => (
                            <UnorderedListItem key={`${c.code}-${c.peildatum}`}>
                              {c.naam}: {waarde(c)} <Zekerheidsmerk bewering={c} /> (peildatum {c.peildatum}, {c.soort.toLowerCase()}; bron: <Bronlink bron={c.bron} />)
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
            <Letterlijkschakelaar aan={letterlijk} />
            {groep.tegenwerkendePrikkels.length === 0 ? (
              <Paragraph>Geen{letterlijk ? ' prikkels waarvan effect en doel letterlijk in de bronnen staan' : ''}.</Paragraph>
            ) : (
              <UnorderedList>
                {groep.tegenwerkendePrikkels.map((p) => (
                  <UnorderedListItem key={prikkelpad(p)}>
                    <Link href={prikkelpad(p, { letterlijk })}>{p.instrument.naam}</Link> tegen “{p.doel.naam}” (score {p.score}) <Prikkelmerk zekerheid={p.zekerheid} />
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </>
        )}
      </Toestand>
    </>
  );
}
