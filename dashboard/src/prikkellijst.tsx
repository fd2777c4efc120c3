// Een lijst van tegenwerkende prikkels die nooit stil te kort is: bij twintig keer zoveel beleid
// heeft één cel van de matrix duizenden prikkels, en alles ophalen kost tientallen MB. De lijst
// toont daarom de eerste bladzijde, zegt hoeveel het er in totaal zijn, laat de volgende
// bladzijde erbij laden en wijst naar de hele lijst (als tabel en als CSV, die de gateway
// compleet maakt). Het filter is dat van het overzicht prikkellijst.
import type { ReactNode } from 'react';
import { Alert, Paragraph, SecondaryActionButton, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import type { PrikkellijstQuery, PrikkellijstQueryVariables } from './generated/overzichten.js';
import { Link } from './navigatie.js';
import { overzichtpad } from './overzicht/register.js';
import { querystring, useBladerOverzicht, type Bladerlijst as Bladertoestand, type Bladerstand } from './overzichten.js';
import { Toestand } from './toestand.js';

export type Prikkellijstfilter = Omit<PrikkellijstQueryVariables, 'first' | 'na'>;
export type Lijstprikkel = PrikkellijstQuery['analyse']['tegenwerkendePrikkelsVerbinding']['edges'][number]['node'];

export const aantal = (n: number) => n.toLocaleString('nl-NL');

/** De prikkels bij `filter`, `grootte` per bladzijde; met `actief` onwaar (nog) niet. */
export const usePrikkellijst = (filter: Prikkellijstfilter, grootte: number, actief = true) =>
  useBladerOverzicht('prikkellijst', filter, (d) => d.analyse.tegenwerkendePrikkelsVerbinding, grootte, actief);

/** Waar alle prikkels bij `filter` staan: als tabel op de pagina van het overzicht, en als CSV (de gateway haalt alle bladzijden). */
export function allePrikkels(filter: Prikkellijstfilter): { tabel: string; csv: string } {
  const zoek = querystring(filter);
  return { tabel: overzichtpad('prikkellijst', zoek), csv: `/overzichten/prikkellijst?${zoek ? `${zoek}&` : ''}formaat=csv` };
}

interface Lijstopties<D, T> {
  lijst: Bladertoestand<D, T>;
  grootte: number;
  /** Hoe één element heet: [enkelvoud, meervoud]. */
  wat: [string, string];
  sleutel: (element: T) => string;
  toon: (element: T) => ReactNode;
  /** Wat er staat als de lijst leeg is. */
  leeg: ReactNode;
  /** Waar de hele lijst staat: als tabel (een dashboardpagina) en als CSV. */
  alles?: { tabel: string; csv: string };
  /** Wat boven de lijst hoort en het antwoord van de eerste bladzijde nodig heeft (de stand). */
  kop?: (stand: Bladerstand<D, T>) => ReactNode;
}

/**
 * Een lijst per bladzijde: hoeveel er zijn en hoeveel er staan, de elementen, de knop voor de
 * volgende bladzijde en de weg naar de hele lijst. Zo ziet niemand een deel voor het geheel aan.
 */
export function Bladerlijst<D, T>({ lijst, grootte, wat: [een, meer], sleutel, toon, leeg, alles, kop }: Lijstopties<D, T>) {
  return (
    <Toestand toestand={lijst.toestand}>
      {(stand) => {
        const { elementen, totaal, verder } = stand;
        const volgende = Math.min(grootte, totaal - elementen.length);
        return (
          <>
            {kop?.(stand)}
            {totaal === 0 ? (
              leeg
            ) : (
              <>
                <Paragraph className="thuis-telling" aria-live="polite">
                  {elementen.length >= totaal ? (
                    totaal === 1 ? `1 ${een}.` : `Alle ${aantal(totaal)} ${meer}.`
                  ) : (
                    <>
                      <strong>
                        {aantal(elementen.length)} van {aantal(totaal)} {meer}
                      </strong>{' '}
                      staan hier; toon er meer
                      {alles ? (
                        <>
                          , verfijn het filter in <Link href={alles.tabel}>de tabel van alle {aantal(totaal)}</Link>, of haal ze op <Link href={alles.csv} download>als CSV</Link>
                        </>
                      ) : (
                        ', of verfijn het filter'
                      )}
                      .
                    </>
                  )}
                </Paragraph>
                <UnorderedList>
                  {elementen.map((e) => (
                    <UnorderedListItem key={sleutel(e)}>{toon(e)}</UnorderedListItem>
                  ))}
                </UnorderedList>
                {verder && (
                  <SecondaryActionButton type="button" onClick={lijst.meer} disabled={lijst.laadt} aria-busy={lijst.laadt}>
                    {lijst.laadt ? 'Volgende laden…' : `Toon de volgende ${aantal(volgende)} ${volgende === 1 ? een : meer}`}
                  </SecondaryActionButton>
                )}
                {lijst.fout && (
                  <Alert type="error">
                    <Paragraph>{lijst.fout}</Paragraph>
                  </Alert>
                )}
              </>
            )}
          </>
        );
      }}
    </Toestand>
  );
}

/** De prikkels bij een filter als lijst per bladzijde, met de weg naar de hele lijst. */
export function Prikkellijst({
  filter,
  grootte,
  toon,
  leeg,
  kop,
}: {
  filter: Prikkellijstfilter;
  grootte: number;
  toon: (p: Lijstprikkel) => ReactNode;
  leeg: ReactNode;
  kop?: (stand: Bladerstand<PrikkellijstQuery, Lijstprikkel>) => ReactNode;
}) {
  const lijst = usePrikkellijst(filter, grootte);
  return (
    <Bladerlijst
      lijst={lijst}
      grootte={grootte}
      wat={['prikkel', 'prikkels']}
      sleutel={(p) => `${p.instrument.departement}:${p.instrument.code}|${p.doel.departement}:${p.doel.code}|${p.indicator}`}
      toon={toon}
      leeg={leeg}
      kop={kop}
      alles={allePrikkels(filter)}
    />
  );
}
