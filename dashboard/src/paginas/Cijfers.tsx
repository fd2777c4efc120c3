// Cijfers als tijdreeksen: per reeks (ministerie + code) een grafiek met direct erna de
// tabel, elk cijfer met peildatum, soort en bron. Filters staan in de URL, zodat elke
// selectie te delen is: ?groep=STUDENTEN&departement=BZK&reeks=BZK:WONINGTEKORT.
import { Fragment, useMemo, type FormEvent } from 'react';
import {
  Alert,
  FormFieldSelect,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@rijkshuisstijl-community/components-react';
import { DEPARTEMENTEN, MINISTERIES } from '../vocabulaire.js';
import { Bronlink, Stand, type Bron, type Standen } from '../herkomst.js';
import { BASIS, Link, navigeer } from '../navigatie.js';
import { useOverzicht } from '../overzichten.js';
import { Toestand } from '../toestand.js';
import { Schuifvlak } from '../schuifvlak.js';
import { Grafiek, Legenda, leeswijzer, Symbool } from '../cijfers/Grafiek.js';
import {
  cijferspad,
  filtersUit,
  past,
  peildatumBereik,
  peildatumTekst,
  reeksenUit,
  SOORTNAAM,
  waardeTekst,
  type CijfersData,
  type Filters,
  type Reeks,
  type Waarneming,
} from '../cijfers/reeksen.js';

/** Hoe een bron op deze pagina staat: op één plek, zodat de weergave in één keer te wisselen is. */
function BronVan({ bron }: { bron: Bron }) {
  return <Bronlink bron={bron} />;
}


/** De stand van het beleid per ministerie; null als het niet antwoordde. */
function standenUit(data: CijfersData): Standen {
  return Object.fromEntries(MINISTERIES.map((m) => [m, data.analyse[m] ?? null]));
}

/** Een filterkeuze als link; een gekozen reeks blijft alleen staan als zij bij de nieuwe keuze past. */
function filterpad(reeksen: Reeks[], huidig: Filters, nieuw: Partial<Filters>): string {
  const f = { ...huidig, ...nieuw };
  if (f.reeks && !('reeks' in nieuw)) {
    const r = reeksen.find((x) => x.id === f.reeks);
    if (r && !past(r, { ...f, reeks: null })) f.reeks = null;
  }
  return cijferspad(BASIS, f);
}

function Filterlinks({ label, id, keuzes, gekozen, pad }: { label: string; id: string; keuzes: [string | null, string][]; gekozen: string | null; pad: (waarde: string | null) => string }) {
  return (
    <nav aria-labelledby={id} className="thuis-cijfers-filter">
      <p id={id} className="thuis-cijfers-filterlabel">{label}</p>
      <ul>
        {keuzes.map(([waarde, tekst]) => (
          <li key={waarde ?? ''}>
            <Link href={pad(waarde)} aria-current={waarde === gekozen ? 'true' : undefined}>{tekst}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Tekst die na een schuine streep mag afbreken ("woningen/woonplekken"), zodat een tabel niet breder wordt dan de pagina. */
function Breekbaar({ tekst }: { tekst: string }) {
  return (
    <>
      {tekst.split('/').map((deel, i) => (
        <Fragment key={i}>
          {i > 0 && <>/<wbr /></>}
          {deel}
        </Fragment>
      ))}
    </>
  );
}

function Cijfertabel({ caption, rijen, metReeks }: { caption: string; rijen: { reeks: Reeks; w: Waarneming }[]; metReeks: boolean }) {
  return (
    <Schuifvlak label={caption} className="thuis-cijfers-schuif">
      <Table className="thuis-cijfers-tabel">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {metReeks && <TableHeaderCell scope="col">Cijfer</TableHeaderCell>}
            {metReeks && <TableHeaderCell scope="col">Ministerie</TableHeaderCell>}
            <TableHeaderCell scope="col">Peildatum</TableHeaderCell>
            <TableHeaderCell scope="col">Waarde</TableHeaderCell>
            <TableHeaderCell scope="col">Eenheid</TableHeaderCell>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
            <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
            <TableHeaderCell scope="col">Bron</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map(({ reeks, w }) => (
            <TableRow key={`${reeks.id}|${w.peildatum}|${w.soort}|${w.waarde ?? ''}|${w.bron.vindplaats}`}>
              {metReeks && (
                <TableHeaderCell scope="row">
                  <Link href={cijferspad(BASIS, { groep: null, departement: null, reeks: reeks.id })}>{reeks.naam}</Link>
                </TableHeaderCell>
              )}
              {metReeks && <TableCell>{reeks.departement}</TableCell>}
              {metReeks ? <TableCell>{peildatumTekst(w.peildatum)}</TableCell> : <TableHeaderCell scope="row">{peildatumTekst(w.peildatum)}</TableHeaderCell>}
              <TableCell className={w.waarde !== null ? 'thuis-cijfers-getal' : undefined}><Breekbaar tekst={waardeTekst(w)} /></TableCell>
              <TableCell><Breekbaar tekst={w.eenheid} /></TableCell>
              <TableCell>
                <span className="thuis-cijfers-soort"><Symbool soort={w.soort} /> {SOORTNAAM[w.soort] ?? w.soort}</span>
              </TableCell>
              <TableCell><Breekbaar tekst={w.toelichting ?? '—'} /></TableCell>
              <TableCell className="thuis-cijfers-bron"><BronVan bron={w.bron} /></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Schuifvlak>
  );
}

/** Waarom een cijfer niet in de grafiek staat. */
const waaromNiet = (w: Waarneming) =>
  !w.tijd ? 'peildatum niet op de tijdas te plaatsen' : w.tijd.begin === null || w.tijd.eind === null ? 'open periode: geen plek op de tijdas' : 'geen getal';

function groepenTekst(reeks: Reeks, namen: Map<string, string>): string {
  if (reeks.groepen.length === namen.size) return `alle ${namen.size} aandachtsgroepen`;
  return reeks.groepen.map((g) => namen.get(g) ?? g).join(', ');
}

/** Eén reeks met meer cijfers: grafiek (als er twee op de tijdas passen), onderschrift en direct erna de tabel. */
function Reeksblok({ reeks, namen }: { reeks: Reeks; namen: Map<string, string> }) {
  const { getekend, weggelaten, uitleg } = leeswijzer(reeks);
  const kop = `reeks-${reeks.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const titel = `${reeks.naam} (${reeks.departement})`;
  const bereik = peildatumBereik(getekend.map((w) => w.peildatum));
  const grafiek = getekend.length >= 2;
  const rijen = reeks.waarnemingen.map((w) => ({ reeks, w }));
  return (
    <section aria-labelledby={kop} className="thuis-cijfers-reeks">
      <Heading level={3} id={kop}>{reeks.naam}</Heading>
      <Paragraph>
        {reeks.departement} · in {reeks.eenheid} · geldt voor {groepenTekst(reeks, namen)} ·{' '}
        <Link href={cijferspad(BASIS, { groep: null, departement: null, reeks: reeks.id })} aria-label={`Alleen deze reeks: ${titel}`}>Alleen deze reeks</Link>
      </Paragraph>
      {grafiek ? (
        <figure className="thuis-cijfers-figuur">
          <Grafiek
            reeks={reeks}
            naam={`Grafiek: ${titel}, in ${reeks.eenheid}${bereik ? `, ${bereik.van} tot en met ${bereik.tot}` : ''}. De tabel na de grafiek geeft dezelfde cijfers.`}
          />
          <figcaption>
            <Paragraph>
              {titel}, in {reeks.eenheid}. Op de tijdas: {uitleg.join('; ')}.
              {weggelaten.length > 0 &&
                ` Niet in de grafiek, wel in de tabel: ${weggelaten
                  .map((w) => `${peildatumTekst(w.peildatum)} (${waaromNiet(w)})`)
                  .join(', ')}.`}
            </Paragraph>
            <Legenda reeks={reeks} />
          </figcaption>
        </figure>
      ) : (
        <Paragraph>
          Geen grafiek: minder dan twee cijfers hebben een gesloten peildatum én een getal
          {weggelaten.some((w) => w.tijd && (w.tijd.begin === null || w.tijd.eind === null)) ? ' (open perioden hebben geen plek op de tijdas)' : ''}. De tabel geeft alle cijfers.
        </Paragraph>
      )}
      <Cijfertabel caption={grafiek ? `Tabel bij de grafiek: ${titel}, in ${reeks.eenheid}` : `${titel}, in ${reeks.eenheid}`} rijen={rijen} metReeks={false} />
    </section>
  );
}

function Reeksformulier({ reeksen, filters }: { reeksen: Reeks[]; filters: Filters }) {
  const keuze = reeksen.filter((r) => past(r, { ...filters, reeks: null }));
  const verstuur = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const reeks = new FormData(e.currentTarget).get('reeks');
    navigeer(cijferspad(BASIS, { ...filters, reeks: typeof reeks === 'string' && reeks ? reeks : null }));
  };
  return (
    <form method="get" action={`${BASIS}/cijfers`} onSubmit={verstuur} className="thuis-cijfers-formulier" key={cijferspad(BASIS, filters)}>
      {filters.groep && <input type="hidden" name="groep" value={filters.groep} />}
      {filters.departement && <input type="hidden" name="departement" value={filters.departement} />}
      <FormFieldSelect label="Reeks" name="reeks" defaultValue={filters.reeks ?? ''} description={filters.groep || filters.departement ? `${keuze.length} reeksen bij de gekozen ${[filters.groep && 'aandachtsgroep', filters.departement && 'ministerie'].filter(Boolean).join(' en ')}` : `Alle ${keuze.length} reeksen, per ministerie`}>
        <SelectOption value="">Alle reeksen</SelectOption>
        {DEPARTEMENTEN.map((d) => {
          const van = keuze.filter((r) => r.departement === d);
          return van.length === 0 ? null : (
            <optgroup key={d} label={d}>
              {van.map((r) => <SelectOption key={r.id} value={r.id}>{r.naam}</SelectOption>)}
            </optgroup>
          );
        })}
      </FormFieldSelect>
      <PrimaryActionButton type="submit">Toon reeks</PrimaryActionButton>
    </form>
  );
}

function Inhoud({ data, filters }: { data: CijfersData; filters: Filters }) {
  const reeksen = useMemo(() => reeksenUit(data), [data]);
  const namen = useMemo(() => new Map<string, string>(data.analyse.aandachtsgroepen.map((g) => [g.code, g.naam])), [data]);
  const standen = useMemo(() => standenUit(data), [data]);

  // Een onbekende waarde in de URL (een oude link, een tikfout) filtert niet, en zegt dat.
  const geldig = {
    groep: (v: string) => namen.has(v),
    departement: (v: string) => (DEPARTEMENTEN as readonly string[]).includes(v),
    reeks: (v: string) => reeksen.some((r) => r.id === v),
  };
  const woord = { groep: 'aandachtsgroep', departement: 'ministerie', reeks: 'reeks' };
  const onbekend = (['groep', 'departement', 'reeks'] as const).filter((k) => filters[k] && !geldig[k](filters[k]!));
  const f: Filters = { ...filters };
  for (const k of onbekend) f[k] = null;

  const getoond = reeksen.filter((r) => past(r, f));
  const meer = getoond.filter((r) => r.waarnemingen.length >= 2);
  const los = getoond.filter((r) => r.waarnemingen.length === 1);
  const bereik = peildatumBereik(getoond.flatMap((r) => r.waarnemingen.map((w) => w.peildatum)));
  const aantal = getoond.reduce((n, r) => n + r.waarnemingen.length, 0);
  const zin = bereik
    ? `De getoonde cijfers hebben peildata van ${bereik.van} tot en met ${bereik.tot}; elk cijfer draagt zijn eigen peildatum`
    : 'Elk cijfer draagt zijn eigen peildatum';
  const gekozenReeks = reeksen.find((r) => r.id === f.reeks);
  const beschrijving = [
    f.groep && `aandachtsgroep ${namen.get(f.groep)}`,
    f.departement && `ministerie ${f.departement}`,
    gekozenReeks && `reeks ${gekozenReeks.naam} (${gekozenReeks.departement})`,
  ].filter(Boolean);

  return (
    <>
      <Stand standen={standen} toevoeging={zin} />
      {onbekend.length > 0 && (
        <Alert type="warning">
          <Paragraph>Onbekend in de URL, daarom niet gefilterd op: {onbekend.map((k) => `${woord[k]} "${filters[k]}"`).join(', ')}. Kies hieronder opnieuw.</Paragraph>
        </Alert>
      )}
      <section aria-labelledby="cijfers-filters" className="thuis-cijfers-filters">
        <Heading level={2} id="cijfers-filters">Filters</Heading>
        <Filterlinks
          label="Aandachtsgroep"
          id="filter-groep"
          gekozen={f.groep}
          keuzes={[[null, 'Alle aandachtsgroepen'], ...data.analyse.aandachtsgroepen.map((g): [string, string] => [g.code, g.naam])]}
          pad={(groep) => filterpad(reeksen, f, { groep })}
        />
        <Filterlinks
          label="Ministerie"
          id="filter-departement"
          gekozen={f.departement}
          keuzes={[[null, 'Alle ministeries'], ...DEPARTEMENTEN.map((d): [string, string] => [d, d])]}
          pad={(departement) => filterpad(reeksen, f, { departement })}
        />
        <Reeksformulier reeksen={reeksen} filters={f} />
      </section>
      <Paragraph role="status" className="thuis-cijfers-resultaat">
        {beschrijving.length ? `Gefilterd op ${beschrijving.join(', ')}: ` : 'Alle cijfers: '}
        {getoond.length} reeksen met samen {aantal} cijfers.{' '}
        {beschrijving.length > 0 && <Link href={cijferspad(BASIS, { groep: null, departement: null, reeks: null })}>Alle filters wissen</Link>}
      </Paragraph>
      <Paragraph>
        Alle cijfers ongefilterd als tabel: <Link href="/overzichten/alle-cijfers?formaat=csv" download="alle-cijfers.csv">alle-cijfers.csv</Link> (elk cijfer één keer, met de groepen van zijn reeks in de kolom aandachtsgroepen).
      </Paragraph>
      {getoond.length === 0 && <Paragraph>Geen cijfers bij deze keuze.</Paragraph>}
      {meer.length > 0 && (
        <section aria-labelledby="cijfers-reeksen">
          <Heading level={2} id="cijfers-reeksen">Reeksen met meer cijfers ({meer.length})</Heading>
          {meer.map((r) => <Reeksblok key={r.id} reeks={r} namen={namen} />)}
        </section>
      )}
      {los.length > 0 && (
        <section aria-labelledby="cijfers-los">
          <Heading level={2} id="cijfers-los">Cijfers met één peildatum ({los.length})</Heading>
          <Paragraph>Eén cijfer geeft geen verloop; daarom staan deze alleen in een tabel.</Paragraph>
          <Cijfertabel caption="Cijfers met één peildatum, per ministerie" rijen={los.map((r) => ({ reeks: r, w: r.waarnemingen[0]! }))} metReeks />
        </section>
      )}
    </>
  );
}

export function Cijfers({ zoek }: { zoek: URLSearchParams }) {
  const toestand = useOverzicht('alle-cijfers');
  const filters = filtersUit(zoek);
  return (
    <div className="thuis-cijfers">
      <Heading level={1}>Cijfers</Heading>
      <Paragraph>
        De cijfers die de vijf ministeries per aandachtsgroep bijhouden, per reeks over de tijd: elk cijfer met zijn peildatum (met de precisie van de bron),
        soort (waarneming, schatting, prognose of afspraak) en bron. Elke grafiek heeft direct erna een tabel met dezelfde cijfers.
      </Paragraph>
      <Toestand toestand={toestand}>{(data) => <Inhoud data={data} filters={filters} />}</Toestand>
    </div>
  );
}
