// Eén bron: het document en de vindplaats, de woorden die de redactie daaruit citeerde, en
// alles in de graaf wat erop berust (de tegenwerkende prikkels en de cijfers). Zo is elk
// gegeven terug te voeren tot de plek in het rapport of de Kamerbrief waar het staat, en
// tot de zinnen die het dragen.
//
// De prikkels komen per bladzijde uit prikkellijst, gefilterd op deze bron: bij twintig keer
// zoveel beleid berust één vindplaats onder duizenden prikkels (een kopie citeert dezelfde
// plek), en de hele lijst ophalen om ze eruit te zoeken weigert de analyse (LIJST_TE_LANG).
import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import documenten from '../../../schema/documenten.json';
import { bronpad, Citaat, type Bron as BronT } from '../herkomst.js';
import { Link } from '../navigatie.js';
import type { AlleCijfersQuery, CijferbladzijdeFragment, Departement } from '../generated/overzichten.js';
import { useOverzicht, type Laadtoestand } from '../overzichten.js';
import { aantal, allePrikkels, Bladerlijst, usePrikkellijst, type Lijstprikkel, type Prikkellijstfilter } from '../prikkellijst.js';
import { MINISTERIES } from '../vocabulaire.js';
import { Toestand } from '../toestand.js';
import { Prikkelmerk } from '../zekerheid.js';
import { prikkelpad } from './Overzicht.js';

/** Zoveel prikkels met deze bron eerst; de rest op verzoek of in de hele lijst. */
const BRONBLADZIJDE = 50;

/** De bronnen waarop een prikkel berust: het doel en elk effect. */
const bronnenVan = (p: Lijstprikkel): BronT[] => [...p.effecten.map((e) => e.bron), p.doel.bron];

/** Een cijfer met het ministerie van zijn silo: het overzicht alle-cijfers geeft dat per silo, niet per cijfer. */
type Cijfer = CijferbladzijdeFragment['edges'][number]['node'] & { departement: Departement };

const DOCUMENTEN: Record<string, { titel: string; datum: string }> = documenten;

/**
 * Wat de redactie uit deze plek citeerde: elk citaat één keer, met zijn vindplaats, en of hier
 * ook iets zonder citaat berust (dat is niet tegen de woorden van de bron nagetrokken). Geen
 * aantal: een effect onder twee prikkels komt twee keer langs en is niet van een ander te onderscheiden.
 */
function Citaten({ bronnen, vindplaats }: { bronnen: BronT[]; vindplaats: string | null }) {
  const uniek = [...new Map(bronnen.filter((b) => b.citaat).map((b) => [`${b.vindplaats}#${b.citaat}`, b])).values()];
  const zonder = bronnen.some((b) => !b.citaat);
  return (
    <>
      {uniek.length === 0 ? (
        <Paragraph>De redactie heeft hier nog geen citaat vastgelegd.</Paragraph>
      ) : (
        <UnorderedList>
          {uniek.map((b) => (
            <UnorderedListItem key={`${b.vindplaats}#${b.citaat}`}>
              {vindplaats === null && <>{b.vindplaats}: </>}
              <Citaat tekst={b.citaat} />
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {zonder && uniek.length > 0 && <Paragraph>Niet alles wat hier berust, heeft al een citaat; wat geen citaat heeft, is niet nagetrokken.</Paragraph>}
    </>
  );
}

/** Beide overzichten samen, voor wat op beide berust (de citaten). */
function samen<A, B>(a: Laadtoestand<A>, b: Laadtoestand<B>): Laadtoestand<[A, B]> {
  if (a.status === 'fout') return a;
  if (b.status === 'fout') return b;
  if (a.status === 'laden' || b.status === 'laden') return { status: 'laden' };
  return { status: 'klaar', data: [a.data, b.data], fouten: [...a.fouten, ...b.fouten] };
}

/** Een toestand waarin een fout geen fout is maar geen gegevens: de citaten van de prikkels staan er dan toch, met een melding. */
const zonderFout = <T,>(t: Laadtoestand<T>): Laadtoestand<T | null> => (t.status === 'fout' ? { status: 'klaar', data: null, fouten: [] } : t);

/** Elk cijfer (alle-cijfers geeft elk één keer, over alle groepen), met zijn ministerie. */
function uniekeCijfers(data: AlleCijfersQuery): Cijfer[] {
  return MINISTERIES.flatMap((m) => data.analyse[m]?.cijfersVerbinding.edges.map(({ node }) => ({ ...node, departement: data.analyse[m]!.departement })) ?? []);
}

export function Bron({ document, vindplaats }: { document: string; vindplaats: string | null }) {
  const filter: Prikkellijstfilter = { bronDocument: document, ...(vindplaats !== null ? { bronVindplaats: vindplaats } : {}) };
  const prikkels = usePrikkellijst(filter, BRONBLADZIJDE);
  const cijfers = useOverzicht('alle-cijfers');
  const doc = DOCUMENTEN[document];
  if (!doc) {
    return (
      <>
        <Heading level={1}>Onbekende bron</Heading>
        <Paragraph>
          {document} is geen brondocument van deze gegevens. De bronnen zijn: {Object.values(DOCUMENTEN).map((d) => d.titel).join('; ')}.
        </Paragraph>
      </>
    );
  }
  const hier = (b: Pick<BronT, 'document' | 'vindplaats'>) => b.document === document && (vindplaats === null || b.vindplaats === vindplaats);
  return (
    <article>
      <Heading level={1}>{doc.titel}</Heading>
      <dl>
        <dt>Document</dt>
        <dd>
          {doc.titel} ({doc.datum}), bestand {document}
        </dd>
        <dt>Vindplaats</dt>
        <dd>{vindplaats ?? 'het hele document'}</dd>
      </dl>
      {vindplaats && (
        <Paragraph>
          <Link href={bronpad({ document })}>Alles wat op dit document berust</Link>
        </Paragraph>
      )}
      <Heading level={2}>Wat de bron hier zegt</Heading>
      <Toestand toestand={samen(prikkels.toestand, zonderFout(cijfers))}>
        {([{ elementen, totaal }, data]) => (
          <>
            <Citaten vindplaats={vindplaats} bronnen={[...elementen.flatMap(bronnenVan), ...(data ? uniekeCijfers(data) : []).map((c) => c.bron)].filter(hier)} />
            {cijfers.status === 'fout' && <Paragraph>De citaten bij de cijfers ontbreken: die zijn niet te laden (zie hieronder).</Paragraph>}
            {elementen.length < totaal && (
              <Paragraph>
                Dit zijn de citaten bij de {aantal(elementen.length)} van de {aantal(totaal)} prikkels die hieronder staan, en bij de cijfers; de andere
                prikkels kunnen nog andere woorden van deze bron dragen.
              </Paragraph>
            )}
          </>
        )}
      </Toestand>
      <Heading level={2}>Tegenwerkende prikkels met deze bron</Heading>
      <Bladerlijst
        lijst={prikkels}
        grootte={BRONBLADZIJDE}
        wat={['prikkel', 'prikkels']}
        sleutel={(p) => prikkelpad(p)}
        leeg={<Paragraph>Geen tegenwerkende prikkel berust op deze vindplaats.</Paragraph>}
        alles={allePrikkels(filter)}
        toon={(p) => (
          <>
            <Link href={prikkelpad(p)}>{p.instrument.naam}</Link> ({p.instrument.departement}) tegen “{p.doel.naam}” ({p.doel.departement}), score {p.score}{' '}
            <Prikkelmerk zekerheid={p.zekerheid} />
          </>
        )}
      />
      <Heading level={2}>Cijfers met deze bron</Heading>
      <Toestand toestand={cijfers}>
        {(data) => {
          const lijst = uniekeCijfers(data).filter((c) => hier(c.bron));
          return lijst.length === 0 ? (
            <Paragraph>Geen cijfer berust op deze vindplaats.</Paragraph>
          ) : (
            <UnorderedList>
              {lijst.map((c) => (
                <UnorderedListItem key={`${c.departement}:${c.code}:${c.peildatum}`}>
                  {c.naam} ({c.departement}, peildatum {c.peildatum}){vindplaats === null ? ` — ${c.bron.vindplaats}` : ''}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          );
        }}
      </Toestand>
    </article>
  );
}
