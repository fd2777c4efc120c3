// Het beleid voor één aandachtsgroep als netwerk: instrumenten (links) duwen indicatoren
// (midden) omhoog of omlaag, doelen (rechts) willen een indicator een kant op. Waar die
// twee botsen, loopt een tegenwerkend pad. Filters staan in de URL (?groep=,
// ?departement=, ?weergave=tegenwerkend), zodat elk beeld te delen is.
//
// Welk verband tegenwerkt, komt uit prikkeltelling (per instrument en per doel); de prikkels
// zelf, met een link per prikkel, alleen als ze in één bladzijde passen. Bij twintig keer
// zoveel beleid heeft een groep 22.400 prikkels (45 bladzijden, ruim 30 MB): dan staat bij elk
// tegenwerkend verband hoeveel het er zijn, met een link naar die prikkels.
import { useMemo, type ReactNode } from 'react';
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { BASIS, Link } from '../navigatie.js';
import { Bronlink, Stand } from '../herkomst.js';
import { querystring, useOverzicht, type Antwoord, type Bladerstand, type Laadtoestand } from '../overzichten.js';
import { overzichtpad } from '../overzicht/register.js';
import { aantal, usePrikkellijst } from '../prikkellijst.js';
import { Toestand } from '../toestand.js';
import { prikkelpad } from './Overzicht.js';
import { Graaf } from '../netwerk/Graaf.js';
import { DEPARTEMENTSKLEUR, DOELKLEUR, SCORES, scoredikte, scorekleur, scorelijn, scoreomschrijving, scoretekst, TEGENKLEUR } from '../netwerk/kleuren.js';
import { DEPARTEMENTEN, GROEPEN, isDepartement, isGroep } from '../vocabulaire.js';
import { bouwNetwerk, leesbaar, STANDAARDGROEP, telling, type Keuze, type Netwerk as Netwerkmodel, type Netwerkgroep, type Prikkel, type Prikkeltelling, type Verband } from '../netwerk/model.js';

const TEGENWERKEND = 'tegenwerkend';

/**
 * Tot zoveel prikkels haalt de pagina ze op om elk bij zijn verband te noemen: één bladzijde
 * (de grootste die de analyse geeft). Bij de gegevens van nu heeft de grootste groep er 56.
 */
const LIJSTGRENS = 500;

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
  if (!isGroep(groep)) onbekend.push(`aandachtsgroep “${zoek.get('groep')}”`);
  if (departement && !isDepartement(departement)) onbekend.push(`ministerie “${zoek.get('departement')}”`);
  return {
    keuze: {
      groep: isGroep(groep) ? groep : STANDAARDGROEP,
      departement: departement && isDepartement(departement) ? departement : null,
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

interface Netwerkgegevens {
  groep: Netwerkgroep;
  /** Hoeveel prikkels per instrument en doel; null als de analyse niet antwoordde. */
  telling: Prikkeltelling | null;
  /** Alle prikkels van de groep (en het gekozen ministerie); null als het er meer zijn dan LIJSTGRENS (of ze niet te laden waren). */
  prikkels: Prikkel[] | null;
}

/** De drie overzichten samen; zonder telling is het netwerk er nog wel, zonder tegenwerkende paden. */
function samen(
  netwerk: Laadtoestand<Antwoord<'netwerk'>>,
  tellingen: Laadtoestand<Antwoord<'prikkeltelling'>>,
  lijst: Laadtoestand<Bladerstand<Antwoord<'prikkellijst'>, Prikkel>>,
): Laadtoestand<Netwerkgegevens> {
  if (netwerk.status !== 'klaar') return netwerk;
  if (tellingen.status === 'laden') return tellingen;
  if (tellingen.status === 'fout') {
    return { status: 'klaar', data: { groep: netwerk.data.aandachtsgroep, telling: null, prikkels: null }, fouten: [...new Set([...netwerk.fouten, `De tegenwerkende paden zijn niet te bepalen: ${tellingen.melding}`])] };
  }
  const t = tellingen.data.analyse.prikkeltelling;
  const fouten = [...netwerk.fouten, ...tellingen.fouten];
  if (t.totaal > LIJSTGRENS) return { status: 'klaar', data: { groep: netwerk.data.aandachtsgroep, telling: t, prikkels: null }, fouten: [...new Set(fouten)] };
  if (lijst.status === 'laden') return lijst;
  if (lijst.status === 'fout') {
    return { status: 'klaar', data: { groep: netwerk.data.aandachtsgroep, telling: t, prikkels: null }, fouten: [...new Set([...fouten, `De prikkels bij de verbanden zijn niet te laden: ${lijst.melding}`])] };
  }
  // Alleen een volledige lijst noemt elke prikkel bij zijn verband; anders (een publicatie tussen telling en lijst) de aantallen.
  const volledig = lijst.data.elementen.length === lijst.data.totaal;
  return { status: 'klaar', data: { groep: netwerk.data.aandachtsgroep, telling: t, prikkels: volledig ? lijst.data.elementen : null }, fouten: [...new Set([...fouten, ...lijst.fouten])] };
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

function Tegenwerkend({ verband: v }: { verband: Verband }) {
  if (v.aantal === 0) return <>—</>;
  const kant = v.soort === 'effect' ? 'doel' : 'instrument';
  // Te veel om op te halen: het aantal, met de lijst van precies deze prikkels erachter.
  if (!v.prikkels) return <Link href={overzichtpad('prikkellijst', querystring(v.filter))}>{aantal(v.aantal)} prikkel{v.aantal === 1 ? '' : 's'}</Link>;
  return (
    <ul className="thuis-netwerk-prikkels">
      {v.prikkels.map((p) => (
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
            <TableCell><Tegenwerkend verband={v} /></TableCell>
            <TableCell><Bronlink bron={v.bron} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Inhoud({ groep, telling: prikkeltelling, prikkels, keuze }: Netwerkgegevens & { keuze: Keuze }): ReactNode {
  const netwerk = useMemo(() => bouwNetwerk(groep, prikkeltelling, prikkels, keuze), [groep, prikkeltelling, prikkels, keuze]);
  const t = telling(netwerk);
  const wie = keuze.departement ? `instrumenten en doelen van ${keuze.departement}` : 'alle ministeries';
  const welke = keuze.alleenTegenwerkend ? 'alleen tegenwerkende paden' : 'alle verbanden';
  const samenvatting =
    `Netwerk voor ${groep.naam} (${wie}, ${welke}): ${t.instrumenten} instrumenten, ${t.indicatoren} indicatoren en ${t.doelen} doelen, ` +
    `${t.verbanden} verbanden, waarvan ${t.tegenwerkend} op een tegenwerkend pad. De tabel hieronder noemt elk verband.`;
  return (
    <>
      <Stand standen={groep} toevoeging={prikkeltelling ? undefined : 'Tegenwerkende paden ontbreken: de analyse gaf geen antwoord'} />
      <Heading level={2}>Instrumenten, indicatoren en doelen</Heading>
      <Paragraph>{samenvatting}</Paragraph>
      {prikkeltelling && !prikkels && prikkeltelling.totaal > 0 && (
        <Paragraph className="thuis-telling">
          Deze groep heeft <strong>{aantal(prikkeltelling.totaal)} tegenwerkende prikkels</strong>
          {keuze.departement ? ` waarbij ${keuze.departement} het instrument of het doel heeft` : ''}, te veel om ze hier elk bij hun verband te noemen. Bij
          elk tegenwerkend verband staat hoeveel het er zijn, met een link naar precies die prikkels; ze staan ook allemaal in{' '}
          <Link href={overzichtpad('prikkellijst', querystring({ aandachtsgroep: groep.code, ...(keuze.departement ? { departement: keuze.departement } : {}) }))}>
            de lijst
          </Link>
          .
        </Paragraph>
      )}
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
  // Met een ministerie gekozen alleen de prikkels waarbij dat ministerie het instrument of het doel
  // heeft: precies die van de verbanden die dan getoond worden, en vaak weinig genoeg voor één bladzijde.
  const filter = { aandachtsgroep: keuze.groep, ...(keuze.departement ? { departement: keuze.departement } : {}) };
  const tellingen = useOverzicht('prikkeltelling', filter);
  // De prikkels zelf pas als de telling zegt dat ze in één bladzijde passen.
  const klein = tellingen.status === 'klaar' && tellingen.data.analyse.prikkeltelling.totaal <= LIJSTGRENS;
  const lijst = usePrikkellijst(filter, LIJSTGRENS, klein);
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
      <Toestand toestand={samen(netwerk, tellingen, lijst.toestand)}>{(gegevens) => <Inhoud {...gegevens} keuze={keuze} />}</Toestand>
    </>
  );
}
