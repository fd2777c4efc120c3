// Eén tegenwerkende prikkel: instrument, doel, indicator, score, wie hem draagt, de
// toelichting, en waarop hij berust: elk effect en het doel met hun bron, de letterlijke
// woorden van die bron en een merk bij wat de redactie afleidde. Daarna de maatregelen die
// hem wegnemen. Een slapende prikkel zegt welke passage het instrument buiten werking noemt.
//
// Alleen deze prikkel komt over de lijn (het overzicht prikkel, op instrument, doel en
// indicator): voorheen haalde de pagina alle prikkels om er één uit te kiezen, en bij twintig
// keer zoveel beleid weigerde de analyse dat (36.800 prikkels, LIJST_TE_LANG).
import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { Bronlink, Stand } from '../herkomst.js';
import { letterlijkeVariabelen } from '../letterlijk.js';
import { useOverzicht } from '../overzichten.js';
import { Toestand } from '../toestand.js';
import { Zekerheidsmerk } from '../zekerheid.js';
import { STATUSNAAM } from './Overzicht.js';

export function Prikkel({ instrument, doel, indicator, letterlijk, slapend }: { instrument: string; doel: string; indicator: string; letterlijk: boolean; slapend: boolean }) {
  const toestand = useOverzicht('prikkel', {
    instrument,
    doel,
    indicator,
    ...letterlijkeVariabelen(letterlijk),
    ...(slapend ? { slapend: 'true' } : {}),
  });
  const nietGevonden = (reden?: string) => (
    <>
      <Heading level={1}>Prikkel niet gevonden</Heading>
      <Paragraph>
        Er is geen {slapend ? 'slapende ' : ''}tegenwerkende prikkel van {instrument} op {doel} ({indicator}){letterlijk ? ' die letterlijk in de bronnen staat' : ''}.
        {reden ? ` ${reden}` : ''}
      </Paragraph>
    </>
  );
  // Een indicator die niet bestaat, weigert de gateway als ongeldige waarde (400): ook dan is er zo'n prikkel niet.
  if (toestand.status === 'fout' && toestand.httpStatus === 400) return nietGevonden(toestand.melding);
  return (
    <Toestand toestand={toestand}>
      {({ analyse }) => {
        const { totaal, edges } = analyse.tegenwerkendePrikkelsVerbinding;
        const p = edges[0]?.node;
        if (!p) return nietGevonden();
        const sterkste = p.effecten[0];
        return (
          <article>
            <Heading level={1}>{p.instrument.naam} werkt tegen “{p.doel.naam}”</Heading>
            <Stand standen={analyse} toevoeging={letterlijk ? 'Alleen letterlijk uit de bronnen: effecten en doelen die de redactie afleidde, tellen niet mee' : undefined} />
            {totaal > 1 && (
              <Paragraph>
                Er zijn {totaal} prikkels met deze codes (instrumenten of doelen van verschillende ministeries met dezelfde code); hier de eerste, van{' '}
                {p.instrument.departement} op {p.doel.departement}.
              </Paragraph>
            )}
            {p.slapend && (
              <section aria-labelledby="slapend" className="thuis-slapend">
                <Heading level={2} id="slapend">Slapende prikkel</Heading>
                <Paragraph>
                  {p.instrument.naam} is volgens de bron {STATUSNAAM[p.instrumentstatus] ?? p.instrumentstatus}. Het effect staat er nog, maar werkt nu niet; de
                  maatregelen hieronder nemen de prikkel voorgoed weg.
                </Paragraph>
                {p.statusbron && <Bronlink bron={p.statusbron} citaat="open" />}
              </section>
            )}
            <dl>
              <dt>Instrument</dt><dd>{p.instrument.naam} ({p.instrument.departement}{p.slapend ? `, ${STATUSNAAM[p.instrumentstatus] ?? p.instrumentstatus}` : ''})</dd>
              <dt>Doel</dt><dd>{p.doel.naam} ({p.doel.departement}, wil {p.doel.richting === 'AFNAME' ? 'een afname' : 'een toename'}) <Zekerheidsmerk bewering={p.doel} /></dd>
              <dt>Indicator</dt><dd>{p.indicator}</dd>
              <dt>Score (−3 … +3)</dt><dd>{p.score} {sterkste && <Zekerheidsmerk bewering={sterkste} veld="score" />}</dd>
              <dt>Zekerheid</dt>
              <dd>{p.zekerheid === 'LETTERLIJK' ? 'Letterlijk: het effect en het doel staan in de geciteerde woorden van de bron.' : 'Afgeleid: het effect of het doel staat niet letterlijk in de bron; zie hieronder wat en waarom.'}</dd>
              <dt>Gedragen door</dt><dd>{p.gedragenDoor.join(', ') || '—'}</dd>
              <dt>Aandachtsgroepen</dt><dd>{p.aandachtsgroepen.map((g) => g.code).join(', ')}</dd>
            </dl>
            <Paragraph>{p.toelichting}</Paragraph>
            <Heading level={2}>Bronnen</Heading>
            <Heading level={3}>{p.effecten.length === 1 ? 'Het effect' : 'De effecten'} van {p.instrument.naam}</Heading>
            <UnorderedList>
              {p.effecten.map((e) => (
                <UnorderedListItem key={`${e.bron.document}${e.bron.vindplaats}${e.score}${e.toelichting}`}>
                  Score {e.score}: {e.toelichting} <Zekerheidsmerk bewering={e} />
                  <br />
                  <Bronlink bron={e.bron} citaat="open" />
                </UnorderedListItem>
              ))}
            </UnorderedList>
            <Heading level={3}>Het doel “{p.doel.naam}”</Heading>
            <UnorderedList>
              <UnorderedListItem>
                {p.doel.departement} wil {p.doel.richting === 'AFNAME' ? 'een afname' : 'een toename'} van {p.indicator}. <Zekerheidsmerk bewering={p.doel} />
                <br />
                <Bronlink bron={p.doel.bron} citaat="open" />
              </UnorderedListItem>
            </UnorderedList>
            <Heading level={2}>Maatregelen die deze prikkel {p.slapend ? 'voorgoed ' : ''}wegnemen</Heading>
            {p.maatregelen.length === 0 ? (
              <Paragraph>Het rapport noemt geen maatregel voor deze prikkel.</Paragraph>
            ) : (
              <UnorderedList>
                {p.maatregelen.map((m) => (
                  <UnorderedListItem key={m.code}>
                    {m.naam} ({m.departement}{m.pakket ? `, ${m.pakket.toLowerCase()}` : ', geen pakket'}) <Zekerheidsmerk bewering={m} />
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </article>
        );
      }}
    </Toestand>
  );
}
