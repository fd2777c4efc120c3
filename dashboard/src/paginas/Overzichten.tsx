// De overzichten: de lijst van alle vastgelegde overzichten (de vaste uit overzichten/ en die
// het programmateam op de Query-pagina zelf vastlegt), en elk overzicht op een eigen pagina:
// zijn variabelen als filter, zijn rijen als tabel met de kolommen van de CSV, een grafiek
// als zijn weergave daarom vraagt, en de links naar JSON en CSV met dezelfde filters.
//
//   /dashboard/overzichten                     de lijst
//   /dashboard/overzichten/<naam of naam@N>    één overzicht, ?<variabele>=… filtert
import { useMemo, useState, type FormEvent } from 'react';
import {
  Alert,
  FormFieldSelect,
  FormFieldTextInput,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { BASIS, Link, navigeer } from '../navigatie.js';
import { Toestand } from '../toestand.js';
import { Schuifvlak } from '../schuifvlak.js';
import { haalBladzijde, useBladeren, useLaden, type Bladerlijst, type Bladerstand, type Verbindingsbladzijde } from '../overzichten.js';
import {
  basistype,
  bladerplanVan,
  getypeerd,
  haalAntwoord,
  haalVersie,
  idInPad,
  isLijst,
  isVerplicht,
  overzichtpad,
  useRegister,
  vindOverzicht,
  type Bladerplan,
  type Overzichtbeschrijving,
  type Variabele,
  type Versie,
} from '../overzicht/register.js';
import { celtekst, gekozenKolommen, rijenVan, type Rij } from '../overzicht/rijen.js';
import { useEnums, type Enumwaarde } from '../overzicht/typen.js';
import { Overzichtgrafiek, planGrafiek, Reekslegenda } from '../overzicht/Grafiek.js';

const gatewaypad = (id: string, zoek: string, csv = false) => {
  const z = new URLSearchParams(zoek);
  if (csv) z.set('formaat', 'csv');
  const tekst = z.toString();
  return `/overzichten/${idInPad(id)}${tekst ? `?${tekst}` : ''}`;
};

/** Hoeveel rijen de tabel eerst toont; de rest op verzoek (de CSV heeft ze altijd allemaal). */
const EERSTE_RIJEN = 100;

const isObject = (w: unknown): w is Record<string, unknown> => typeof w === 'object' && w !== null && !Array.isArray(w);

/** De verbinding op `pad` in een antwoord; leeg als ze er niet is (een gedeeltelijk antwoord: de meldingen staan erbij). */
function verbindingOp(data: unknown, pad: readonly string[]): Verbindingsbladzijde<unknown> {
  let knoop: unknown = data;
  for (const stap of pad) knoop = isObject(knoop) ? knoop[stap] : undefined;
  const v = isObject(knoop) ? knoop : {};
  const info = isObject(v.pageInfo) ? v.pageInfo : {};
  const edges = Array.isArray(v.edges) ? v.edges.filter(isObject).map((e) => ({ node: e.node })) : [];
  return {
    totaal: typeof v.totaal === 'number' ? v.totaal : edges.length,
    edges,
    pageInfo: { hasNextPage: info.hasNextPage === true, endCursor: typeof info.endCursor === 'string' ? info.endCursor : null },
  };
}

/** Het antwoord van de eerste bladzijde met alle elementen die tot nu toe geladen zijn: daaruit komen de rijen zoals uit een heel antwoord. */
function metAlleElementen(stand: Bladerstand<unknown, unknown>, pad: readonly string[]): unknown {
  const kopie = structuredClone(stand.eerste);
  let knoop: unknown = kopie;
  for (const stap of pad) knoop = isObject(knoop) ? knoop[stap] : undefined;
  if (isObject(knoop)) knoop.edges = stand.elementen.map((node) => ({ node }));
  return kopie;
}

const datum = (iso: string | undefined) => {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
};

function Variabelenlijst({ variabelen }: { variabelen: Variabele[] }) {
  if (variabelen.length === 0) return <>geen</>;
  return (
    <ul className="thuis-overzicht-variabelen">
      {variabelen.map((v) => (
        <li key={v.naam}>
          <code>{v.naam}</code> ({v.type}
          {isVerplicht(v) ? ', verplicht' : v.standaard !== undefined ? `, standaard ${v.standaard}` : ''})
        </li>
      ))}
    </ul>
  );
}

function Ophaallinks({ overzicht, id = overzicht.id, zoek = '' }: { overzicht: Overzichtbeschrijving; id?: string; zoek?: string }) {
  return (
    <span className="thuis-overzicht-links">
      <Link href={gatewaypad(id, zoek)} aria-label={`${overzicht.titel} als JSON`}>JSON</Link>
      {overzicht.csv && (
        <>
          {' · '}
          <Link href={gatewaypad(id, zoek, true)} download aria-label={`${overzicht.titel} als CSV`}>CSV</Link>
        </>
      )}
    </span>
  );
}

function Lijst() {
  const toestand = useRegister();
  return (
    <>
      <Heading level={1}>Overzichten</Heading>
      <Paragraph>
        Elk vastgelegd overzicht: de vaste van dit dashboard en de overzichten die het programmateam zelf samenstelt op de{' '}
        <Link href={`${BASIS}/query`}>Query-pagina</Link>. Elk opent hier als tabel (en als grafiek als het daarom vraagt), met zijn variabelen als
        filter, en is op een vaste URL op te halen als JSON en, als het een tabelvorm heeft, als CSV: ook door partners, met hetzelfde id.
      </Paragraph>
      <Toestand toestand={toestand}>
        {(register) => (
          <Schuifvlak label="Alle overzichten" className="thuis-overzicht-schuif">
            <Table className="thuis-overzichten-tabel">
              <TableCaption>Alle overzichten ({register.length})</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Titel</TableHeaderCell>
                  <TableHeaderCell scope="col">Omschrijving</TableHeaderCell>
                  <TableHeaderCell scope="col">Versie</TableHeaderCell>
                  <TableHeaderCell scope="col">Variabelen</TableHeaderCell>
                  <TableHeaderCell scope="col">Ophalen</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {register.map((o) => (
                  <TableRow key={o.id}>
                    <TableHeaderCell scope="row">
                      <Link href={overzichtpad(o.naam)}>{o.titel}</Link>
                      <span className="thuis-overzicht-id">
                        <code>{o.id}</code>
                      </span>
                    </TableHeaderCell>
                    <TableCell>{o.omschrijving || '—'}</TableCell>
                    <TableCell>
                      {o.versie ?? '—'}
                      {o.versies.some((v) => v.uitgefaseerd) && <span className="thuis-overzicht-id">een oudere versie verdwijnt</span>}
                      {o.ingetrokken && <span className="thuis-overzicht-id">ingetrokken per {datum(o.ingetrokken.per)}</span>}
                    </TableCell>
                    <TableCell>
                      <Variabelenlijst variabelen={o.variabelen} />
                    </TableCell>
                    <TableCell>
                      <Ophaallinks overzicht={o} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Schuifvlak>
        )}
      </Toestand>
    </>
  );
}

/** Verplichte variabelen eerst, verder in de volgorde van de query. */
const opVolgorde = (variabelen: Variabele[]) => [...variabelen.filter(isVerplicht), ...variabelen.filter((v) => !isVerplicht(v))];

function Veld({ variabele: v, waarde, enums }: { variabele: Variabele; waarde: string; enums: Map<string, Enumwaarde[]> | null }) {
  const verplicht = isVerplicht(v);
  const uitleg = `${v.type}${verplicht ? ', verplicht' : v.standaard !== undefined ? `, standaard ${v.standaard}` : ', niet verplicht'}`;
  const label = `${v.naam}${verplicht ? ' (verplicht)' : ''}`;
  const type = basistype(v.type);
  const waarden = enums?.get(type);
  if (waarden && isLijst(v.type)) {
    const gekozen = new Set(waarde.split(',').filter(Boolean));
    return (
      <fieldset className="thuis-overzicht-keuzes">
        <legend>{label}</legend>
        <p className="thuis-overzicht-uitleg">{uitleg}; kies er een of meer</p>
        {waarden.map((w) => (
          <label key={w.naam}>
            <input type="checkbox" name={v.naam} value={w.naam} defaultChecked={gekozen.has(w.naam)} /> {w.naam}
          </label>
        ))}
      </fieldset>
    );
  }
  if (waarden || type === 'Boolean') {
    const opties: [string, string][] = waarden ? waarden.map((w) => [w.naam, w.naam]) : [['true', 'waar'], ['false', 'onwaar']];
    return (
      <FormFieldSelect label={label} name={v.naam} defaultValue={waarde} description={uitleg} required={verplicht}>
        <SelectOption value="">{verplicht ? 'Kies…' : v.standaard !== undefined ? `Standaard (${v.standaard})` : 'Geen (alle)'}</SelectOption>
        {opties.map(([w, t]) => (
          <SelectOption key={w} value={w}>
            {t}
          </SelectOption>
        ))}
      </FormFieldSelect>
    );
  }
  const getal = type === 'Int' || type === 'Float';
  return (
    <FormFieldTextInput
      label={label}
      name={v.naam}
      defaultValue={waarde}
      description={isLijst(v.type) ? `${uitleg}; meer waarden met komma's ertussen` : uitleg}
      required={verplicht}
      {...(getal ? { type: 'number', step: type === 'Int' ? 1 : 'any' } : {})}
    />
  );
}

function Filters({ overzicht, id, zoek }: { overzicht: Overzichtbeschrijving; id: string; zoek: URLSearchParams }) {
  const enums = useEnums(overzicht.variabelen);
  const verstuur = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const gegevens = new FormData(e.currentTarget);
    const nieuw = new URLSearchParams();
    for (const v of overzicht.variabelen) {
      const waarden = gegevens.getAll(v.naam).filter((w): w is string => typeof w === 'string' && w.trim() !== '');
      if (waarden.length > 0) nieuw.set(v.naam, waarden.map((w) => w.trim()).join(','));
    }
    navigeer(overzichtpad(id, nieuw.toString()), { bovenaan: false });
  };
  if (overzicht.variabelen.length === 0) return null;
  return (
    <section aria-labelledby="overzicht-filters">
      <Heading level={2} id="overzicht-filters">Filters</Heading>
      {enums === null ? (
        <Paragraph aria-live="polite">Filters laden…</Paragraph>
      ) : (
        // key: na een nieuwe URL (terug, een gedeelde link) tonen de velden wat daarin staat.
        <form method="get" action={overzichtpad(id)} onSubmit={verstuur} className="thuis-overzicht-filters" key={zoek.toString()}>
          {opVolgorde(overzicht.variabelen).map((v) => (
            <Veld key={v.naam} variabele={v} waarde={zoek.get(v.naam) ?? ''} enums={enums} />
          ))}
          <div className="thuis-overzicht-knoppen">
            <PrimaryActionButton type="submit">Toon</PrimaryActionButton>
            {[...zoek.keys()].length > 0 && <Link href={overzichtpad(id)}>Filters wissen</Link>}
          </div>
        </form>
      )}
    </section>
  );
}

/** De tabel van een overzicht per bladzijde: hoeveel rijen er in totaal zijn, en de volgende bladzijde op verzoek. */
interface Bladerrijen {
  totaal: number;
  lijst: Bladerlijst<unknown, unknown>;
}

function Rijentabel({ titel, rijen, kolommen, bladeren }: { titel: string; rijen: Rij[]; kolommen: string[]; bladeren?: Bladerrijen }) {
  const [alle, zetAlle] = useState(false);
  // Per bladzijde staat alles wat geladen is; anders eerst EERSTE_RIJEN van wat er al is.
  const getoond = alle || bladeren ? rijen : rijen.slice(0, EERSTE_RIJEN);
  const totaal = bladeren?.totaal ?? rijen.length;
  const getallen = useMemo(() => new Set(kolommen.filter((k) => rijen.some((r) => typeof r[k] === 'number'))), [rijen, kolommen]);
  const verder = bladeren?.lijst.toestand.status === 'klaar' && bladeren.lijst.toestand.data.verder;
  return (
    <>
      <Schuifvlak label={`Tabel: ${titel}`} className="thuis-overzicht-schuif">
        <Table className="thuis-overzicht-tabel">
          <TableCaption>
            {titel}: {totaal === getoond.length ? `${totaal.toLocaleString('nl-NL')} rijen` : `de eerste ${getoond.length.toLocaleString('nl-NL')} van ${totaal.toLocaleString('nl-NL')} rijen`}
          </TableCaption>
          <TableHeader>
            <TableRow>
              {kolommen.map((k) => (
                <TableHeaderCell key={k} scope="col" className={getallen.has(k) ? 'thuis-overzicht-getal' : undefined}>
                  {k}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {getoond.map((r, i) => (
              <TableRow key={i}>
                {kolommen.map((k) => (
                  <TableCell key={k} className={getallen.has(k) ? 'thuis-overzicht-getal' : undefined}>
                    {celtekst(r[k])}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Schuifvlak>
      {!bladeren && getoond.length < rijen.length && (
        <SecondaryActionButton type="button" onClick={() => zetAlle(true)}>
          Toon alle {rijen.length} rijen
        </SecondaryActionButton>
      )}
      {bladeren && verder && (
        <SecondaryActionButton type="button" onClick={bladeren.lijst.meer} disabled={bladeren.lijst.laadt} aria-busy={bladeren.lijst.laadt}>
          {bladeren.lijst.laadt ? 'Volgende laden…' : `Toon de volgende ${Math.min(EERSTE_RIJEN, totaal - getoond.length).toLocaleString('nl-NL')} rijen`}
        </SecondaryActionButton>
      )}
      {bladeren?.lijst.fout && (
        <Alert type="error">
          <Paragraph>{bladeren.lijst.fout}</Paragraph>
        </Alert>
      )}
    </>
  );
}

function Resultaat({ overzicht, data, bladeren, csv }: { overzicht: Overzichtbeschrijving; data: unknown; bladeren?: Bladerrijen; csv?: string }) {
  const rijen = useMemo(() => (overzicht.rijen ? rijenVan(data, overzicht.rijen) : null), [data, overzicht.rijen]);
  const { kolommen, onbekend } = useMemo(() => gekozenKolommen(rijen ?? [], overzicht.weergave?.kolommen), [rijen, overzicht.weergave]);
  // Een grafiek over een deel van de rijen zou een ander beeld geven dan het geheel: pas als alles er is.
  const onvolledig = bladeren !== undefined && rijen !== null && rijen.length < bladeren.totaal;
  const plan = useMemo(
    () => (rijen && overzicht.weergave?.soort === 'grafiek' ? (onvolledig ? { reden: `de tabel heeft nog niet alle ${bladeren?.totaal.toLocaleString('nl-NL')} rijen` } : planGrafiek(rijen, kolommen)) : null),
    [rijen, kolommen, overzicht.weergave, onvolledig, bladeren?.totaal],
  );
  if (!rijen) {
    return (
      <>
        <Paragraph>Dit overzicht noemt geen lijst als rijen, en heeft dus geen tabel en geen CSV. Het antwoord als JSON:</Paragraph>
        <pre className="thuis-overzicht-json" tabIndex={0} aria-label={`Antwoord van ${overzicht.titel} als JSON`}>{JSON.stringify(data, null, 2)}</pre>
      </>
    );
  }
  const titel = `${overzicht.titel}, per ${overzicht.rijen}`;
  return (
    <>
      <Paragraph role="status">
        {onvolledig ? (
          <>
            {bladeren.totaal.toLocaleString('nl-NL')} rijen, {kolommen.length} kolommen; hier de eerste {rijen.length.toLocaleString('nl-NL')}. Verfijn het filter, toon
            er meer{csv && (<>, of haal ze allemaal op <Link href={csv} download>als CSV</Link></>)}.
          </>
        ) : (
          <>
            {rijen.length.toLocaleString('nl-NL')} rijen, {kolommen.length} kolommen.
          </>
        )}
      </Paragraph>
      {onbekend.length > 0 && (
        <Alert type="warning">
          <Paragraph>De weergave noemt kolommen die het antwoord niet heeft: {onbekend.join(', ')}.</Paragraph>
        </Alert>
      )}
      {plan && 'reden' in plan && <Paragraph>Geen grafiek: {plan.reden}. De tabel geeft alle gegevens.</Paragraph>}
      {plan && !('reden' in plan) && (
        <figure className="thuis-overzicht-figuur">
          <Overzichtgrafiek
            plan={plan}
            naam={`Grafiek: ${overzicht.titel}, ${plan.waarde} ${plan.soort === 'lijn' ? `over ${plan.labels[0]}` : `per ${plan.labels.join(' en ')}`}. De tabel na de grafiek geeft dezelfde gegevens.`}
          />
          <figcaption>
            <Paragraph>
              {overzicht.titel}: {plan.waarde} {plan.soort === 'lijn' ? `over ${plan.labels[0]}${plan.reeksen.length ? `, een lijn per ${plan.reeksen.join(' en ')}` : ''}` : `per ${plan.labels.join(' en ')}`}.
              {plan.weggelaten > 0 && ` ${plan.weggelaten} rijen zonder getal staan alleen in de tabel.`}
            </Paragraph>
            <Reekslegenda plan={plan} />
          </figcaption>
        </figure>
      )}
      <Rijentabel titel={titel} rijen={rijen} kolommen={kolommen} bladeren={bladeren} />
    </>
  );
}

/**
 * Een overzicht over een verbinding per bladzijde: de eerste EERSTE_RIJEN rijen via /graphql,
 * de volgende op verzoek. Zo opent ook een overzicht van 36.800 prikkels meteen, met het totaal.
 */
function Bladerresultaat({ overzicht, id, zoek, plan, csv }: { overzicht: Overzichtbeschrijving; id: string; zoek: URLSearchParams; plan: Bladerplan; csv: string }) {
  const variabelen = getypeerd(overzicht.variabelen, zoek);
  const lijst = useBladeren(
    `${id}?${zoek.toString()}`,
    ({ first, na }) => haalBladzijde<unknown>(id, { ...variabelen, ...(plan.first ? { [plan.first]: first } : {}), ...(na ? { [plan.na]: na } : {}) }),
    (data) => verbindingOp(data, plan.pad),
    EERSTE_RIJEN,
  );
  // Eén keer per nieuwe bladzijde samengevoegd, niet bij elke weergave.
  const pad = plan.pad.join('.');
  const data = useMemo(() => (lijst.toestand.status === 'klaar' ? metAlleElementen(lijst.toestand.data, pad.split('.')) : null), [lijst.toestand, pad]);
  return (
    <Toestand toestand={lijst.toestand}>
      {(stand) => <Resultaat overzicht={overzicht} data={data} bladeren={{ totaal: stand.totaal, lijst }} csv={csv} />}
    </Toestand>
  );
}

function Versies({ overzicht, getoond }: { overzicht: Overzichtbeschrijving; getoond: string }) {
  if (overzicht.versies.length === 0) return null;
  return (
    <section aria-labelledby="overzicht-versies">
      <Heading level={2} id="overzicht-versies">Versies</Heading>
      <UnorderedList>
        {[...overzicht.versies].reverse().map((v) => (
          <UnorderedListItem key={v.id}>
            {v.id === getoond ? <strong>{v.id} (deze)</strong> : <Link href={overzichtpad(v.id)}>{v.id}</Link>}, gepubliceerd {datum(v.gepubliceerd)}
            {v.uitgefaseerd && `; verdwijnt op ${datum(v.uitgefaseerd.uitfaseerdatum)}: ${v.uitgefaseerd.reden}`}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}

/** Het overzicht bij een id uit de URL; een oudere versie zoals ze was (uit het verslag). */
function Overzichtpagina({ id, zoek }: { id: string; zoek: URLSearchParams }) {
  const register = useRegister();
  const gevonden = register.status === 'klaar' ? vindOverzicht(register.data, id) : null;
  const oud = gevonden?.versie && gevonden.versie.versie !== gevonden.overzicht.versie ? gevonden.versie : null;
  const versie = useLaden(gevonden && oud ? `verslag-${oud.id}` : null, () => haalVersie(gevonden!.overzicht, oud!));
  if (register.status !== 'klaar') {
    return (
      <>
        <Heading level={1}>Overzicht {id}</Heading>
        <Toestand toestand={register}>{() => null}</Toestand>
      </>
    );
  }
  if (!gevonden) {
    return (
      <>
        <Heading level={1}>Overzicht niet gevonden</Heading>
        <Paragraph>
          Er is geen overzicht {id}. Kies er een uit de <Link href={`${BASIS}/overzichten`}>lijst van overzichten</Link>.
        </Paragraph>
      </>
    );
  }
  if (!oud) return <Overzichtinhoud overzicht={gevonden.overzicht} nieuwste={gevonden.overzicht} versie={gevonden.versie} zoek={zoek} />;
  // Het verslag niet te lezen (een partner, of geen register): de beschrijving van de nieuwste, en dat gezegd.
  if (versie.status === 'laden') return <Paragraph aria-live="polite">Versie laden…</Paragraph>;
  return (
    <Overzichtinhoud
      overzicht={versie.status === 'klaar' ? versie.data : { ...gevonden.overzicht, id: oud.id, versie: oud.versie }}
      nieuwste={gevonden.overzicht}
      versie={oud}
      zoek={zoek}
      beschrijvingVanNieuwste={versie.status === 'fout'}
    />
  );
}

function Overzichtinhoud({
  overzicht,
  nieuwste,
  versie,
  zoek,
  beschrijvingVanNieuwste = false,
}: {
  overzicht: Overzichtbeschrijving;
  nieuwste: Overzichtbeschrijving;
  versie: Versie | null;
  zoek: URLSearchParams;
  beschrijvingVanNieuwste?: boolean;
}) {
  // Wat in de URL staat: de naam (altijd de nieuwste) of precies deze versie.
  const getoond = versie && versie.versie !== nieuwste.versie ? versie.id : (versie?.id ?? nieuwste.id);
  const isNieuwste = !versie || versie.versie === nieuwste.versie;
  // De variabelen gaan zoals ze in de URL staan naar de gateway; die zegt wat er niet klopt.
  const variabelen = new URLSearchParams([...zoek].filter(([k]) => overzicht.variabelen.some((v) => v.naam === k)));
  const zoektekst = variabelen.toString();
  const ontbreekt = overzicht.variabelen.filter((v) => isVerplicht(v) && !variabelen.has(v.naam));
  const plan = bladerplanVan(overzicht);
  const antwoord = useLaden(ontbreekt.length === 0 && !plan ? `${getoond}?${zoektekst}` : null, () => haalAntwoord(getoond, zoektekst));
  const onbekend = [...zoek.keys()].filter((k) => !overzicht.variabelen.some((v) => v.naam === k));
  const uitgefaseerd = versie?.uitgefaseerd;
  return (
    <>
      <Heading level={1}>{overzicht.titel}</Heading>
      {overzicht.omschrijving && <Paragraph>{overzicht.omschrijving}</Paragraph>}
      <dl className="thuis-overzicht-gegevens">
        <dt>Id</dt>
        <dd>
          <code>{getoond}</code>
          {overzicht.versie !== null && ` (versie ${overzicht.versie}${isNieuwste ? ', de nieuwste' : ''})`}
        </dd>
        <dt>Variabelen</dt>
        <dd>
          <Variabelenlijst variabelen={overzicht.variabelen} />
        </dd>
        <dt>Ophalen{zoektekst ? ' (met deze filters)' : ''}</dt>
        <dd>
          <Ophaallinks overzicht={overzicht} id={getoond} zoek={zoektekst} />
        </dd>
      </dl>
      {nieuwste.ingetrokken && (
        <Alert type="warning">
          <Paragraph>
            Dit overzicht is ingetrokken per {datum(nieuwste.ingetrokken.per)}. Waarom: {nieuwste.ingetrokken.reden}
          </Paragraph>
        </Alert>
      )}
      {uitgefaseerd && (
        <Alert type="warning">
          <Paragraph>
            Deze versie verdwijnt op {datum(uitgefaseerd.uitfaseerdatum)}. Waarom: {uitgefaseerd.reden} De nieuwste is{' '}
            <Link href={overzichtpad(nieuwste.naam)}>{nieuwste.naam}</Link> (versie {nieuwste.versie}).
          </Paragraph>
        </Alert>
      )}
      {!isNieuwste && (
        <Paragraph>
          {beschrijvingVanNieuwste
            ? 'Een oudere versie. Wat er precies bij hoorde, staat in het verslag, dat u niet kunt lezen; titel, variabelen en query hieronder zijn die van de nieuwste versie.'
            : 'Een oudere versie, zoals ze was: haar titel, query en rijen. De tabel toont alle kolommen.'}
        </Paragraph>
      )}
      {onbekend.length > 0 && (
        <Alert type="warning">
          <Paragraph>Dit overzicht kent geen variabele {onbekend.join(', ')}; daarop is niet gefilterd.</Paragraph>
        </Alert>
      )}
      <Filters overzicht={overzicht} id={getoond} zoek={variabelen} />
      <section aria-labelledby="overzicht-resultaat">
        <Heading level={2} id="overzicht-resultaat">{overzicht.weergave?.soort === 'grafiek' ? 'Grafiek en tabel' : 'Tabel'}</Heading>
        {ontbreekt.length > 0 ? (
          <Paragraph>Vul eerst {ontbreekt.map((v) => v.naam).join(' en ')} in bij de filters en kies Toon.</Paragraph>
        ) : (
          plan ? (
            <Bladerresultaat overzicht={overzicht} id={getoond} zoek={variabelen} plan={plan} csv={gatewaypad(getoond, zoektekst, true)} />
          ) : (
            <Toestand toestand={antwoord}>{(data) => <Resultaat overzicht={overzicht} data={data} />}</Toestand>
          )
        )}
      </section>
      <Versies overzicht={nieuwste} getoond={getoond} />
      {overzicht.document && (
        <section aria-labelledby="overzicht-query">
          <Heading level={2} id="overzicht-query">De query</Heading>
          <pre className="thuis-overzicht-json" tabIndex={0} aria-label={`De query van ${overzicht.titel}`}>{overzicht.document}</pre>
        </section>
      )}
    </>
  );
}

export function Overzichten({ zoek, pad }: { zoek: URLSearchParams; pad: string[] }) {
  if (pad.length >= 2) return <Overzichtpagina id={pad.slice(1).join('/')} zoek={zoek} />;
  return <Lijst />;
}

