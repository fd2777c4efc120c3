// De matrix van tegenwerkende prikkels: ministerie van het instrument (rij) × ministerie
// van het doel (kolom). Elke cel opent de prikkels erachter. Met de schakelaar "alleen
// letterlijk" tellen alleen prikkels waarvan effect en doel in de bronnen staan; daaronder
// staan apart de slapende prikkels van opgeschorte en afgeschafte instrumenten.
//
// De matrix komt uit prikkelmatrix-aantallen (alleen de aantallen); de prikkels van een cel en
// de slapende komen per bladzijde uit prikkellijst. Bij twintig keer zoveel beleid gaf de matrix
// met alle prikkels erachter 10 MB en de slapende 5,6 MB, samen 7 s voor het eerste beeld.
import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@rijkshuisstijl-community/components-react';
import { BASIS, Link } from '../navigatie.js';
import { Stand } from '../herkomst.js';
import { letterlijkFilter, Letterlijkschakelaar, letterlijkeVariabelen, metLetterlijk } from '../letterlijk.js';
import { useOverzicht } from '../overzichten.js';
import { Prikkellijst } from '../prikkellijst.js';
import type { Departement } from '../generated/overzichten.js';
import { DEPARTEMENTEN } from '../vocabulaire.js';
import { Toestand } from '../toestand.js';
import { Prikkelmerk } from '../zekerheid.js';

/** Zoveel prikkels toont een cel eerst; de rest op verzoek of in de hele lijst. */
const CELBLADZIJDE = 50;
/** Zoveel slapende prikkels eerst. */
const SLAPENDBLADZIJDE = 20;

/** Hoe de bron de stand van een instrument noemt, voor in een zin. */
export const STATUSNAAM: Record<string, string> = { IN_WERKING: 'in werking', TIJDELIJK_BUITEN_WERKING: 'tijdelijk buiten werking', AFGESCHAFT: 'afgeschaft' };

/** De pagina van een prikkel; de keuze voor alleen letterlijk en een slapende prikkel gaan mee, want die bepalen welke prikkel het is. */
export const prikkelpad = (p: { instrument: { code: string }; doel: { code: string }; indicator: string }, { letterlijk = false, slapend = false } = {}) => {
  const zoek = new URLSearchParams();
  if (letterlijk) zoek.set('alleenLetterlijk', 'waar');
  if (slapend) zoek.set('slapend', 'waar');
  const query = zoek.toString();
  return `${BASIS}/prikkel/${p.instrument.code}/${p.doel.code}/${p.indicator}${query ? `?${query}` : ''}`;
};

function SlapendePrikkels({ letterlijk }: { letterlijk: boolean }) {
  return (
    <section aria-labelledby="slapend">
      <Heading level={2} id="slapend">Slapende prikkels</Heading>
      <Paragraph>
        Prikkels van instrumenten die de bron tijdelijk buiten werking of afgeschaft noemt. Ze tellen niet mee in de matrix, maar de bron noemt het
        effect nog: komt het instrument terug, dan werkt de prikkel weer. Ernaast de maatregel die hem voorgoed wegneemt.
      </Paragraph>
      <Prikkellijst
        filter={{ slapend: true, ...letterlijkFilter(letterlijk) }}
        grootte={SLAPENDBLADZIJDE}
        leeg={<Paragraph>Geen slapende prikkels.</Paragraph>}
        toon={(p) => (
          <>
            <Link href={prikkelpad(p, { letterlijk, slapend: true })}>{p.instrument.naam}</Link> ({p.instrument.departement}, {STATUSNAAM[p.instrumentstatus] ?? p.instrumentstatus}) werkt tegen “{p.doel.naam}” ({p.doel.departement}, {p.indicator}, score {p.score});{' '}
            {p.maatregelen.length > 0 ? `voorgoed weg met: ${p.maatregelen.map((m) => m.naam).join('; ')}` : 'het rapport noemt geen maatregel die hem voorgoed wegneemt'}
          </>
        )}
      />
    </section>
  );
}

/** De prikkels achter één cel, per bladzijde. */
function Cel({ instrument, doel, letterlijk }: { instrument: Departement; doel: Departement; letterlijk: boolean }) {
  return (
    <section aria-labelledby="cel">
      <Heading level={2} id="cel">
        Instrumenten van {instrument} tegen doelen van {doel}
      </Heading>
      <Prikkellijst
        filter={{ instrumentDepartement: instrument, doelDepartement: doel, ...letterlijkFilter(letterlijk) }}
        grootte={CELBLADZIJDE}
        leeg={<Paragraph>Geen prikkels in deze cel.</Paragraph>}
        toon={(p) => (
          <>
            <Link href={prikkelpad(p, { letterlijk })}>{p.instrument.naam}</Link> werkt tegen “{p.doel.naam}” ({p.indicator}, score {p.score}) <Prikkelmerk zekerheid={p.zekerheid} />
          </>
        )}
      />
    </section>
  );
}

export function Overzicht({ cel, letterlijk }: { cel: string | null; letterlijk: boolean }) {
  const toestand = useOverzicht('prikkelmatrix-aantallen', letterlijkeVariabelen(letterlijk));
  return (
    <>
      <Heading level={1}>Tegenwerkende prikkels tussen ministeries</Heading>
      <Paragraph>
        Waar een instrument van het ene ministerie een indicator de andere kant op duwt dan een doel van een ander (of hetzelfde) ministerie wil.
        Afgeleid uit het beleid dat de ministeries zelf beheren; score van −1 (beperkt) tot −3 (heft op).
      </Paragraph>
      <Letterlijkschakelaar aan={letterlijk} />
      <Toestand toestand={toestand}>
        {({ analyse }) => {
          const { prikkelmatrix } = analyse;
          const vind = (i: string, d: string) => prikkelmatrix.find((c) => c.instrumentDepartement === i && c.doelDepartement === d);
          const gekozen = cel ? prikkelmatrix.find((c) => `${c.instrumentDepartement}-${c.doelDepartement}` === cel) : undefined;
          const totaal = prikkelmatrix.reduce((n, c) => n + c.aantal, 0);
          return (
            <>
              <Stand standen={analyse} />
              <Table>
                <TableCaption>
                  Aantal prikkels en sterkste score per paar ministeries (rij: instrument, kolom: doel){letterlijk ? ', alleen letterlijk uit de bronnen' : ''}; samen{' '}
                  {totaal.toLocaleString('nl-NL')} prikkel{totaal === 1 ? '' : 's'}
                </TableCaption>
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
                            {c ? <Link href={metLetterlijk(`${BASIS}/?cel=${i}-${d}`, letterlijk)}>{c.aantal.toLocaleString('nl-NL')} prikkel{c.aantal === 1 ? '' : 's'}, sterkste {c.sterksteScore}</Link> : '—'}
                          </TableCell>
                        );
                      })}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {gekozen && <Cel instrument={gekozen.instrumentDepartement} doel={gekozen.doelDepartement} letterlijk={letterlijk} />}
            </>
          );
        }}
      </Toestand>
      <SlapendePrikkels letterlijk={letterlijk} />
    </>
  );
}
