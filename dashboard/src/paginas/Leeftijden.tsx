// Een tijdlijn van 16 tot 30 jaar: waar elk instrument iemand anders gaat behandelen, en
// (gearceerd) de gaten waarin het ene ministerie iemand al als volwassene ziet en het
// andere nog als jongere. De tabel eronder zegt hetzelfde in woorden.
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { Bronlink, Stand } from '../herkomst.js';
import { Zekerheidsmerk } from '../zekerheid.js';
import { useOverzicht } from '../overzichten.js';
import { Toestand } from '../toestand.js';

const VAN = 16;
const TOT = 30;
const x = (leeftijd: number) => 40 + ((leeftijd - VAN) / (TOT - VAN)) * 900;

export function Leeftijden() {
  const toestand = useOverzicht('leeftijden');
  return (
    <>
      <Heading level={1}>Leeftijdsgrenzen van 16 tot 30 jaar</Heading>
      <Toestand toestand={toestand}>
        {({ analyse: { leeftijdsgrenzen, leeftijdsgaten, ...standen } }) => (
          <>
            <Stand standen={standen} />
            <figure>
              <svg className="thuis-tijdlijn" viewBox="0 0 980 140" role="img" aria-labelledby="tijdlijn-titel">
                <title id="tijdlijn-titel">
                  Tijdlijn: drempels op {leeftijdsgrenzen.map((d) => d.leeftijd).join(', ')} jaar; gaten van {leeftijdsgaten.map((g) => `${g.van} tot ${g.tot}`).join(' en ')} jaar.
                </title>
                {leeftijdsgaten.map((g) => (
                  <rect key={`${g.van}-${g.tot}`} x={x(g.van)} y={20} width={x(g.tot + 1) - x(g.van)} height={70} fill="#f9e11e" opacity={0.5} />
                ))}
                <line x1={x(VAN)} x2={x(TOT)} y1={90} y2={90} stroke="#154273" strokeWidth={2} />
                {Array.from({ length: TOT - VAN + 1 }, (_, i) => VAN + i).map((l) => (
                  <text key={l} x={x(l)} y={112} fontSize={14} textAnchor="middle" fill="#000">{l}</text>
                ))}
                {leeftijdsgrenzen.map((d, i) => (
                  <g key={`${d.instrument.code}-${d.leeftijd}`}>
                    <line x1={x(d.leeftijd)} x2={x(d.leeftijd)} y1={30 + (i % 3) * 18} y2={90} stroke="#01689b" strokeWidth={3} />
                    <text x={x(d.leeftijd) + 4} y={28 + (i % 3) * 18} fontSize={12} fill="#000">{d.instrument.departement}</text>
                  </g>
                ))}
              </svg>
              <figcaption>Geel: leeftijden waarin ministeries iemand verschillend behandelen.</figcaption>
            </figure>
            <Table>
              <TableCaption>Drempels in de instrumenten</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Leeftijd</TableHeaderCell>
                  <TableHeaderCell scope="col">Instrument</TableHeaderCell>
                  <TableHeaderCell scope="col">Wat verandert</TableHeaderCell>
                  <TableHeaderCell scope="col">Bron</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {leeftijdsgrenzen.map((d) => (
                  <TableRow key={`${d.instrument.code}-${d.leeftijd}`}>
                    <TableCell>{d.leeftijd}</TableCell>
                    <TableCell>{d.instrument.naam} ({d.instrument.departement})</TableCell>
                    {/* Het merk niet in de cel met de leeftijd: die cel is alleen het getal, om op te sorteren en te kopiëren. */}
                    <TableCell>{d.wijziging} <Zekerheidsmerk bewering={d} /></TableCell>
                    <TableCell><Bronlink bron={d.bron} /></TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Heading level={2}>Gaten</Heading>
            {leeftijdsgaten.map((g) => (
              <Paragraph key={`${g.van}-${g.tot}`}>
                <strong>{g.van}–{g.tot} jaar:</strong> {g.toelichting}
              </Paragraph>
            ))}
          </>
        )}
      </Toestand>
    </>
  );
}
