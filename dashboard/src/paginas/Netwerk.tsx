// Het beleid voor één aandachtsgroep als netwerk: instrumenten (links) duwen indicatoren
// (midden) omhoog of omlaag, doelen (rechts) willen een indicator een kant op. Waar die
// twee botsen, loopt een tegenwerkend pad. Filters staan in de URL (?groep=,
// ?departement=, ?weergave=tegenwerkend), zodat elk beeld te delen is.
import { useMemo, type ReactNode } from 'react';
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { BASIS, Link } from '../navigatie.js';
import { Bronlink, Stand } from '../herkomst.js';
import { useOverzicht, type Antwoord, type Laadtoestand } from '../overzichten.js';
import { Toestand } from '../toestand.js';
import { prikkelpad } from './Overzicht.js';
import { Graaf } from '../netwerk/Graaf.js';
import { DEPARTEMENTSKLEUR, DOELKLEUR, SCORES, scoredikte, scorekleur, scorelijn, scoreomschrijving, scoretekst, TEGENKLEUR } from '../netwerk/kleuren.js';
import { DEPARTEMENTEN, GROEPEN } from '../vocabulaire.js';
import { bouwNetwerk, leesbaar, STANDAARDGROEP, telling, type Keuze, type Netwerk as Netwerkmodel, type Netwerkgroep, type Prikkel } from '../netwerk/model.js';

const TEGENWERKEND = 'tegenwerkend';

/** De URL van een keuze; alleen wat afwijkt van alle ministeries en alle verbanden staat erin. */
function netwerkpad(k: Keuze): string {
  const zoek = new URLSearchParams({ groep: k.groep });
  if (k.departement) zoek.set('departement', k.departement);
  if (k.alleenTegenwerkend) zoek.set('weergave', TEGENWERKEND);
  return `${BASIS}/netwerk?${zoek.toString()}`;
}

function leesKeuze(zoek: URLSearchParams): { keuze: Keuze; onbekend: string[] } {
  const onbekend: string[] = [];
  const groep = (zoek.get('groep') ?? STANDAARDGROEP).toUpperCase();
  const departement = zoek.get('departement')?.toUpperCase() || null;
  if (!(GROEPEN as readonly string[]).includes(groep)) onbekend.push(`aandachtsgroep “${zoek.get('groep')}”`);
  if (departement && !(DEPARTEMENTEN as readonly string[]).includes(departement)) onbekend.push(`ministerie “${zoek.get('departement')}”`);
  return {
    keuze: {
      groep: (GROEPEN as readonly string[]).includes(groep) ? groep : STANDAARDGROEP,
      departement: departement && (DEPARTEMENTEN as readonly string[]).includes(departement) ? departement : null,
      alleenTegenwerkend: zoek.get('weergave') === TEGENWERKEND,
    },
    onbekend,
  };
}

/** Een rij filterlinks met een zichtbaar label; de huidige keuze heeft aria-current. */
function Filter({ id, label, keuzes }: { id: string; label: string; keuzes: { href: string; tekst: string; huidig: boolean }[] }) {
  return (
    <nav aria-labelledby={id} className="thuis-netwerk-filter">
      <p id={id} className="thuis-netwerk-filterlabel">{label}</p>
      <ul>
        {keuzes.map((k) => (
          <li key={k.href}>
            <Link href={k.href} aria-current={k.huidig ? 'page' : undefined}>{k.tekst}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Beide overzichten samen; zonder prikkels is het netwerk er nog wel, zonder tegenwerkende paden. */
function samen(netwerk: Laadtoestand<Antwoord<'netwerk'>>, prikkels: Laadtoestand<Antwoord<'tegenwerkende-prikkels'>>): Laadtoestand<{ groep: Netwerkgroep; prikkels: Prikkel[] | null }> {
  if (netwerk.status !== 'klaar') return netwerk;
  if (prikkels.status === 'laden') return prikkels;
  const fouten =
    prikkels.status === 'fout'
      ? [...netwerk.fouten, `De tegenwerkende paden zijn niet te bepalen: ${prikkels.melding}`]
      : [...netwerk.fouten, ...prikkels.fouten];
  return {
    status: 'klaar',
    data: { groep: netwerk.data.aandachtsgroep, prikkels: prikkels.status === 'klaar' ? prikkels.data.analyse.tegenwerkendePrikkels : null },
    fouten: [...new Set(fouten)],
  };
}

function Lijnvoorbeeld({ kleur, dikte, lijn }: { kleur: string; dikte: number; lijn: string }) {
  return (
    <svg width="44" height="12" aria-hidden="true" focusable="false" className="thuis-netwerk-lijn">
      <line x1="2" y1="6" x2="42" y2="6" stroke={kleur} strokeWidth={dikte} strokeDasharray={lijn === 'dashed' ? '8 4' : lijn === 'dotted' ? '2 3' : undefined} />
    </svg>
  );
}

function Legenda() {
  return (
    <div className="thuis-netwerk-legenda">
      <Heading level={3}>Legenda</Heading>
      <UnorderedList>
        <UnorderedListItem>
          Links de instrumenten (vierkant), in het midden de indicatoren (rondje), rechts de doelen (ruit). Achter elke naam staat het ministerie; de kleur van de knoop
          zegt hetzelfde:{' '}
          {DEPARTEMENTEN.map((d, i) => (
            <span key={d} className="thuis-netwerk-ministerie">
              <svg width="12" height="12" aria-hidden="true" focusable="false"><rect x="1" y="1" width="10" height="10" fill={DEPARTEMENTSKLEUR[d]} stroke="#1a1a1a" /></svg> {d}
              {i < DEPARTEMENTEN.length - 1 ? ', ' : '.'}
            </span>
          ))}
        </UnorderedListItem>
        {SCORES.map((s) => (
          <UnorderedListItem key={s}>
            <Lijnvoorbeeld kleur={scorekleur(s)} dikte={scoredikte(s)} lijn={scorelijn(s)} /> score {scoretekst(s)}: het instrument duwt de indicator {scoreomschrijving(s)} ({s < 0 ? 'gestreept' : 'doorgetrokken'})
          </UnorderedListItem>
        ))}
        <UnorderedListItem>
          <Lijnvoorbeeld kleur={DOELKLEUR} dikte={2} lijn="dotted" /> een doel wil een toename of afname van de indicator (gestippeld, met “wil toename” of “wil afname”)
        </UnorderedListItem>
        <UnorderedListItem>
          <svg width="44" height="12" aria-hidden="true" focusable="false" className="thuis-netwerk-lijn"><rect x="0" y="0" width="44" height="12" fill={TEGENKLEUR} /><line x1="2" y1="6" x2="42" y2="6" stroke={scorekleur(-2)} strokeWidth={scoredikte(-2)} strokeDasharray="8 4" /></svg>{' '}
          geel omrand en met “tegen” bij de score: een tegenwerkend pad (een effect tegen de richting van een doel in)
        </UnorderedListItem>
      </UnorderedList>
    </div>
  );
}

function Tegenwerkend({ prikkels, kant }: { prikkels: Prikkel[]; kant: 'doel' | 'instrument' }) {
  if (prikkels.length === 0) return <>—</>;
  return (
    <ul className="thuis-netwerk-prikkels">
      {prikkels.map((p) => (
        <li key={prikkelpad(p)}>
          <Link href={prikkelpad(p)}>
            {kant === 'doel' ? `tegen “${p.doel.naam}” (${p.doel.departement})` : `${p.instrument.naam} (${p.instrument.departement})`}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Verbandentabel({ netwerk, bijschrift }: { netwerk: Netwerkmodel; bijschrift: string }) {
  return (
    <Table className="thuis-netwerk-tabel">
      <TableCaption>{bijschrift}</TableCaption>
      <TableHeader>
        <TableRow>
          {['Van', 'Naar', 'Soort verband', 'Score', 'Ministerie', 'Tegenwerkend', 'Bron'].map((k) => (
            <TableHeaderCell key={k} scope="col">{k}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {netwerk.verbanden.map((v) => (
          <TableRow key={v.id}>
            <TableHeaderCell scope="row">{v.van.naam}</TableHeaderCell>
            <TableCell>{v.naar.naam}</TableCell>
            <TableCell>{v.soort === 'effect' ? `effect, ${scoreomschrijving(v.score)}` : `doel wil ${v.richting === 'TOENAME' ? 'toename' : 'afname'}`}</TableCell>
            <TableCell>{v.soort === 'effect' ? scoretekst(v.score) : '—'}</TableCell>
            <TableCell>{v.departement}</TableCell>
            <TableCell><Tegenwerkend prikkels={v.prikkels} kant={v.soort === 'effect' ? 'doel' : 'instrument'} /></TableCell>
            <TableCell><Bronlink bron={v.bron} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Inhoud({ groep, prikkels, keuze }: { groep: Netwerkgroep; prikkels: Prikkel[] | null; keuze: Keuze }): ReactNode {
  const netwerk = useMemo(() => bouwNetwerk(groep, prikkels, keuze), [groep, prikkels, keuze]);
  const t = telling(netwerk);
  const wie = keuze.departement ? `instrumenten en doelen van ${keuze.departement}` : 'alle ministeries';
  const welke = keuze.alleenTegenwerkend ? 'alleen tegenwerkende paden' : 'alle verbanden';
  const samenvatting =
    `Netwerk voor ${groep.naam} (${wie}, ${welke}): ${t.instrumenten} instrumenten, ${t.indicatoren} indicatoren en ${t.doelen} doelen, ` +
    `${t.verbanden} verbanden, waarvan ${t.tegenwerkend} op een tegenwerkend pad. De tabel hieronder noemt elk verband.`;
  return (
    <>
      <Stand standen={groep} toevoeging={prikkels ? undefined : 'Tegenwerkende paden ontbreken: de analyse gaf geen antwoord'} />
      <Heading level={2}>Instrumenten, indicatoren en doelen</Heading>
      <Paragraph>{samenvatting}</Paragraph>
      {netwerk.verbanden.length === 0 ? (
        <Paragraph>Voor deze keuze zijn er geen verbanden.</Paragraph>
      ) : (
        <>
          <Legenda />
          <Graaf netwerk={netwerk} label={samenvatting} />
          <Verbandentabel netwerk={netwerk} bijschrift={`Elk verband in het netwerk voor ${groep.naam} (${wie}, ${welke}), met score en bron`} />
        </>
      )}
      {netwerk.zonderEffect.length > 0 && (
        <Paragraph>
          Zonder effect voor deze groep (niet in het netwerk): {netwerk.zonderEffect.map((i) => `${i.naam} (${i.departement})`).join(', ')}.
        </Paragraph>
      )}
    </>
  );
}

export function Netwerk({ zoek }: { zoek: URLSearchParams }) {
  const sleutel = zoek.toString();
  const { keuze, onbekend } = useMemo(() => leesKeuze(new URLSearchParams(sleutel)), [sleutel]);
  const netwerk = useOverzicht('netwerk', { aandachtsgroep: keuze.groep });
  const prikkels = useOverzicht('tegenwerkende-prikkels', { aandachtsgroep: keuze.groep });
  const groepsnaam = netwerk.status === 'klaar' ? netwerk.data.aandachtsgroep.naam : leesbaar(keuze.groep);
  return (
    <>
      <Heading level={1}>Netwerk: {groepsnaam}</Heading>
      <Paragraph>
        Welke instrumenten van de vijf ministeries op welke indicator werken (score −3 tot +3: het teken is de richting, de grootte de sterkte), en welke doelen die
        indicator een kant op willen. Een tegenwerkend pad loopt van een instrument dat een indicator de andere kant op duwt dan een doel wil.
      </Paragraph>
      {onbekend.length > 0 && <Paragraph>Onbekende keuze genegeerd: {onbekend.join(' en ')}.</Paragraph>}
      <div className="thuis-netwerk-filters">
        <Filter
          id="filter-groep"
          label="Aandachtsgroep"
          keuzes={GROEPEN.map((g) => ({ href: netwerkpad({ ...keuze, groep: g }), tekst: leesbaar(g), huidig: g === keuze.groep }))}
        />
        <Filter
          id="filter-departement"
          label="Ministerie"
          keuzes={[null, ...DEPARTEMENTEN].map((d) => ({ href: netwerkpad({ ...keuze, departement: d }), tekst: d ?? 'alle ministeries', huidig: d === keuze.departement }))}
        />
        <Filter
          id="filter-weergave"
          label="Verbanden"
          keuzes={[false, true].map((a) => ({ href: netwerkpad({ ...keuze, alleenTegenwerkend: a }), tekst: a ? 'alleen tegenwerkende paden' : 'alle verbanden', huidig: a === keuze.alleenTegenwerkend }))}
        />
      </div>
      <Toestand toestand={samen(netwerk, prikkels)}>{({ groep, prikkels: lijst }) => <Inhoud groep={groep} prikkels={lijst} keuze={keuze} />}</Toestand>
    </>
  );
}
