// De matrix van tegenwerkende prikkels: ministerie van het instrument (rij) × ministerie
// van het doel (kolom). Elke cel opent de prikkels erachter.
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { BASIS, Link } from '../navigatie.js';
import { Stand, type Standen } from '../herkomst.js';
import { useOverzicht } from '../overzichten.js';
import { DEPARTEMENTEN } from '../vocabulaire.js';
import { Toestand } from '../toestand.js';


interface Cel {
  instrumentDepartement: string;
  doelDepartement: string;
  aantal: number;
  sterksteScore: number;
  prikkels: { instrument: { code: string; naam: string }; doel: { code: string; naam: string }; indicator: string; score: number }[];
}

export const prikkelpad = (p: { instrument: { code: string }; doel: { code: string }; indicator: string }) => `${BASIS}/prikkel/${p.instrument.code}/${p.doel.code}/${p.indicator}`;

export function Overzicht({ cel }: { cel: string | null }) {
  const toestand = useOverzicht<{ analyse: { prikkelmatrix: Cel[] } & Standen }>('prikkelmatrix');
  return (
    <>
      <Heading level={1}>Tegenwerkende prikkels tussen ministeries</Heading>
      <Paragraph>
        Waar een instrument van het ene ministerie een indicator de andere kant op duwt dan een doel van een ander (of hetzelfde) ministerie wil.
        Afgeleid uit het beleid dat de ministeries zelf beheren; score van −1 (beperkt) tot −3 (heft op).
      </Paragraph>
      <Toestand toestand={toestand}>
        {({ analyse }) => {
          const { prikkelmatrix } = analyse;
          const vind = (i: string, d: string) => prikkelmatrix.find((c) => c.instrumentDepartement === i && c.doelDepartement === d);
          const gekozen = cel ? prikkelmatrix.find((c) => `${c.instrumentDepartement}-${c.doelDepartement}` === cel) : undefined;
          return (
            <>
              <Stand standen={analyse} />
              <Table>
                <TableCaption>Aantal prikkels en sterkste score per paar ministeries (rij: instrument, kolom: doel)</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Instrument van \ doel van</TableHeaderCell>
                    {DEPARTEMENTEN.map((d) => <TableHeaderCell key={d} scope="col">{d}</TableHeaderCell>)}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {DEPARTEMENTEN.map((i) => (
                    <TableRow key={i}>
                      <TableHeaderCell scope="row">{i}</TableHeaderCell>
                      {DEPARTEMENTEN.map((d) => {
                        const c = vind(i, d);
                        return (
                          <TableCell key={d}>
                            {c ? <Link href={`${BASIS}/?cel=${i}-${d}`}>{c.aantal} prikkel{c.aantal === 1 ? '' : 's'}, sterkste {c.sterksteScore}</Link> : '—'}
                          </TableCell>
                        );
                      })}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {gekozen && (
                <section aria-labelledby="cel">
                  <Heading level={2} id="cel">
                    Instrumenten van {gekozen.instrumentDepartement} tegen doelen van {gekozen.doelDepartement}
                  </Heading>
                  <UnorderedList>
                    {gekozen.prikkels.map((p) => (
                      <UnorderedListItem key={prikkelpad(p)}>
                        <Link href={prikkelpad(p)}>{p.instrument.naam}</Link> werkt tegen “{p.doel.naam}” ({p.indicator}, score {p.score})
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                </section>
              )}
            </>
          );
        }}
      </Toestand>
    </>
  );
}
