// Eén tegenwerkende prikkel: instrument, doel, indicator, score, wie hem draagt, de
// toelichting, elke bron met vindplaats en de maatregelen die hem wegnemen.
import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { Bronlink, Stand, type Bron, type Standen } from '../herkomst.js';
import { useOverzicht } from '../overzichten.js';
import { Toestand } from '../toestand.js';

interface P {
  instrument: { code: string; naam: string; departement: string };
  doel: { code: string; naam: string; departement: string; richting: string };
  indicator: string;
  score: number;
  gedragenDoor: string[];
  toelichting: string;
  aandachtsgroepen: { code: string }[];
  bronnen: Bron[];
  maatregelen: { code: string; naam: string; departement: string; pakket: string | null }[];
}

export function Prikkel({ instrument, doel, indicator }: { instrument: string; doel: string; indicator: string }) {
  const toestand = useOverzicht<{ analyse: { tegenwerkendePrikkels: P[] } & Standen }>('tegenwerkende-prikkels');
  return (
    <Toestand toestand={toestand}>
      {({ analyse }) => {
        const p = analyse.tegenwerkendePrikkels.find((x) => x.instrument.code === instrument && x.doel.code === doel && x.indicator === indicator);
        if (!p) return <><Heading level={1}>Prikkel niet gevonden</Heading><Paragraph>Er is geen tegenwerkende prikkel van {instrument} op {doel} ({indicator}).</Paragraph></>;
        return (
          <article>
            <Heading level={1}>{p.instrument.naam} werkt tegen “{p.doel.naam}”</Heading>
            <Stand standen={analyse} />
            <dl>
              <dt>Instrument</dt><dd>{p.instrument.naam} ({p.instrument.departement})</dd>
              <dt>Doel</dt><dd>{p.doel.naam} ({p.doel.departement}, wil {p.doel.richting === 'AFNAME' ? 'een afname' : 'een toename'})</dd>
              <dt>Indicator</dt><dd>{p.indicator}</dd>
              <dt>Score (−3 … +3)</dt><dd>{p.score}</dd>
              <dt>Gedragen door</dt><dd>{p.gedragenDoor.join(', ') || '—'}</dd>
              <dt>Aandachtsgroepen</dt><dd>{p.aandachtsgroepen.map((g) => g.code).join(', ')}</dd>
            </dl>
            <Paragraph>{p.toelichting}</Paragraph>
            <Heading level={2}>Bronnen</Heading>
            <UnorderedList>
              {p.bronnen.map((b) => (
                <UnorderedListItem key={`${b.document}${b.vindplaats}`}>
                  <Bronlink bron={b} />
                </UnorderedListItem>
              ))}
            </UnorderedList>
            <Heading level={2}>Maatregelen die deze prikkel wegnemen</Heading>
            {p.maatregelen.length === 0 ? (
              <Paragraph>Het rapport noemt geen maatregel voor deze prikkel.</Paragraph>
            ) : (
              <UnorderedList>
                {p.maatregelen.map((m) => <UnorderedListItem key={m.code}>{m.naam} ({m.departement}{m.pakket ? `, ${m.pakket.toLowerCase()}` : ''})</UnorderedListItem>)}
              </UnorderedList>
            )}
          </article>
        );
      }}
    </Toestand>
  );
}
