// "Opslaan als overzicht" op de Query-pagina, voor wie de rol samensteller heeft: de query
// in de editor wordt een vastgelegd overzicht (POST /overzichten) met naam, titel en
// omschrijving, en zo nodig de lijst die de rijen van de tabel en de CSV zijn. De gateway
// controleert het (bestaat elk veld, is het niet te duur, breekt een nieuwe versie de vorige
// niet); weigert hij, dan staat elke reden hier, direct boven de editor. Na het opslaan gaat
// de focus naar de uitkomst, met de link naar het nieuwe overzicht.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  FormFieldSelect,
  FormFieldTextarea,
  FormFieldTextInput,
  Heading,
  Paragraph,
  PrimaryActionButton,
  SelectOption,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { api, leesFout, useSessie } from '../api.js';
import { BASIS, Link } from '../navigatie.js';
import { overzichtpad } from '../overzicht/register.js';

export const SAMENSTELLER = 'samensteller';


type Uitkomst =
  | { soort: 'opgeslagen'; nieuw: boolean; id: string; versie: number | null; melding: string | null; wijziging: Wijziging | null; titel: string }
  | { soort: 'geweigerd'; kop: string; redenen: string[] };

interface Opgeslagen {
  gepubliceerd?: unknown;
  id?: unknown;
  versie?: unknown;
  melding?: unknown;
  wijziging?: unknown;
}

/** Wat er tegenover de vorige versie veranderde, zoals de gateway het zegt. */
interface Wijziging {
  brekend: string[];
  toegevoegd: string[];
}

const tekstlijst = (w: unknown): string[] => (Array.isArray(w) ? w.filter((t): t is string => typeof t === 'string') : []);

function leesWijziging(w: unknown): Wijziging | null {
  if (typeof w !== 'object' || w === null) return null;
  const { brekend, toegevoegd } = w as { brekend?: unknown; toegevoegd?: unknown };
  return { brekend: tekstlijst(brekend), toegevoegd: tekstlijst(toegevoegd) };
}

function lijst(tekst: FormDataEntryValue | null): string[] {
  return typeof tekst === 'string'
    ? tekst
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
    : [];
}

const veld = (gegevens: FormData, naam: string) => {
  const w = gegevens.get(naam);
  return typeof w === 'string' ? w.trim() : '';
};

export function Opslaan({ leesQuery, leesVariabelen }: { leesQuery: () => string | null; leesVariabelen: () => string | null }) {
  const sessie = useSessie();
  const [open, zetOpen] = useState(false);
  const [bezig, zetBezig] = useState(false);
  const [uitkomst, zetUitkomst] = useState<Uitkomst | null>(null);
  const uitkomstRef = useRef<HTMLDivElement>(null);
  const naamRef = useRef<HTMLInputElement>(null);
  const standaardRef = useRef<HTMLTextAreaElement>(null);
  const paneel = useId();
  const kop = useId();

  // Na het opslaan of een weigering: de focus naar de uitkomst, zodat een schermlezer haar voorleest en Tab daar verder gaat.
  useEffect(() => {
    if (uitkomst) uitkomstRef.current?.focus();
  }, [uitkomst]);

  if (!sessie?.rollen.includes(SAMENSTELLER)) return null;

  const verstuur = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const gegevens = new FormData(e.currentTarget);
    const document = leesQuery()?.trim() ?? '';
    if (!document) {
      zetUitkomst({ soort: 'geweigerd', kop: 'Niet opgeslagen', redenen: ['De editor is leeg: schrijf eerst de query die het overzicht wordt.'] });
      return;
    }
    const titel = veld(gegevens, 'titel');
    const rijen = veld(gegevens, 'rijen');
    const soort = veld(gegevens, 'weergave');
    const kolommen = lijst(gegevens.get('kolommen'));
    const standaardtekst = veld(gegevens, 'standaardwaarden');
    let standaardwaarden: unknown;
    try {
      standaardwaarden = standaardtekst ? JSON.parse(standaardtekst) : undefined;
    } catch (fout) {
      zetUitkomst({ soort: 'geweigerd', kop: 'Niet opgeslagen', redenen: [`Standaardwaarden is geen geldige JSON (${fout instanceof Error ? fout.message : String(fout)}); geef een object, bijvoorbeeld {"code": "STUDENTEN"}.`] });
      return;
    }
    const reden = veld(gegevens, 'breekt-reden');
    const uitfaseerdatum = veld(gegevens, 'breekt-datum');
    const verzoek = {
      naam: veld(gegevens, 'naam'),
      titel,
      omschrijving: veld(gegevens, 'omschrijving'),
      document,
      ...(rijen ? { rijen } : {}),
      ...(standaardwaarden !== undefined ? { standaardwaarden } : {}),
      ...(soort === 'grafiek' || kolommen.length > 0 ? { weergave: { soort: soort === 'grafiek' ? 'grafiek' : 'tabel', ...(kolommen.length > 0 ? { kolommen } : {}) } } : {}),
      ...(reden || uitfaseerdatum ? { breekt: { reden, uitfaseerdatum } } : {}),
    };
    zetBezig(true);
    try {
      const antwoord = await api('/overzichten', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(verzoek),
      });
      if (antwoord.ok) {
        // 201: een nieuwe versie; 200 met gepubliceerd: false: precies dit overzicht bestond al.
        const inhoud = (await antwoord.json().catch(() => ({}))) as Opgeslagen;
        zetUitkomst({
          soort: 'opgeslagen',
          nieuw: inhoud.gepubliceerd !== false,
          id: typeof inhoud.id === 'string' ? inhoud.id : verzoek.naam,
          versie: typeof inhoud.versie === 'number' ? inhoud.versie : null,
          melding: typeof inhoud.melding === 'string' ? inhoud.melding : null,
          wijziging: leesWijziging(inhoud.wijziging),
          titel,
        });
        return;
      }
      const fout = await leesFout(antwoord);
      const redenen = Array.isArray(fout.extensions.redenen) ? fout.extensions.redenen.filter((r): r is string => typeof r === 'string') : [];
      zetUitkomst({
        soort: 'geweigerd',
        kop:
          fout.status === 403
            ? 'Niet opgeslagen: u mag geen overzichten vastleggen'
            : redenen.length > 1
              ? `Niet opgeslagen, om ${redenen.length} redenen`
              : 'Niet opgeslagen',
        redenen: redenen.length > 0 ? redenen : fout.meldingen.length > 0 ? fout.meldingen : [`De gateway antwoordde met HTTP ${fout.status}.`],
      });
    } catch (fout) {
      zetUitkomst({ soort: 'geweigerd', kop: 'Niet opgeslagen', redenen: [`De gateway is niet bereikbaar: ${fout instanceof Error ? fout.message : String(fout)}`] });
    } finally {
      zetBezig(false);
    }
  };

  return (
    <section aria-labelledby={kop} className="thuis-opslaan">
      <Heading level={2} id={kop} className="thuis-opslaan-kop">
        <button
          type="button"
          className="thuis-opslaan-knop"
          aria-expanded={open}
          aria-controls={paneel}
          onClick={() => {
            zetOpen(!open);
            if (!open) requestAnimationFrame(() => naamRef.current?.focus());
          }}
        >
          Opslaan als overzicht
        </button>
      </Heading>
      <div id={paneel} hidden={!open} className="thuis-opslaan-paneel">
        <Paragraph>
          De query in de editor hieronder wordt een vastgelegd overzicht: een eigen pagina onder{' '}
          <Link href={`${BASIS}/overzichten`}>Overzichten</Link> en een vaste URL voor JSON en CSV, ook voor partners. Zijn variabelen
          worden de filters. Een bestaande naam krijgt een nieuwe versie; de vorige blijft werken.
        </Paragraph>
        <div ref={uitkomstRef} tabIndex={-1} className="thuis-opslaan-uitkomst">
          {uitkomst?.soort === 'geweigerd' && (
            <Alert type="error">
              <Heading level={3}>{uitkomst.kop}</Heading>
              <UnorderedList className="thuis-opslaan-redenen">
                {uitkomst.redenen.map((r, i) => (
                  <UnorderedListItem key={i}>{r}</UnorderedListItem>
                ))}
              </UnorderedList>
            </Alert>
          )}
          {uitkomst?.soort === 'opgeslagen' && (
            <Alert type={uitkomst.nieuw ? 'ok' : 'info'}>
              <Heading level={3}>{uitkomst.nieuw ? `Opgeslagen als ${uitkomst.id}` : `Niets veranderd: ${uitkomst.id} is precies dit overzicht`}</Heading>
              {uitkomst.melding && <Paragraph>{uitkomst.melding}</Paragraph>}
              {uitkomst.wijziging && uitkomst.wijziging.toegevoegd.length > 0 && (
                <Paragraph>Nieuw tegenover de vorige versie: {uitkomst.wijziging.toegevoegd.join(', ')}.</Paragraph>
              )}
              {uitkomst.wijziging && uitkomst.wijziging.brekend.length > 0 && (
                <Paragraph>Breekt met de vorige versie: {uitkomst.wijziging.brekend.join('; ')}.</Paragraph>
              )}
              <Paragraph>
                <Link href={overzichtpad(uitkomst.id)}>Open het overzicht {uitkomst.titel}</Link>
              </Paragraph>
            </Alert>
          )}
        </div>
        <form className="thuis-opslaan-formulier" onSubmit={(e) => void verstuur(e)}>
          <FormFieldTextInput
            label="Naam"
            name="naam"
            required
            inputRef={naamRef}
            autoComplete="off"
            description="Kleine letters, cijfers en streepjes, bijvoorbeeld studenten-per-ministerie; wordt de URL /overzichten/<naam>."
          />
          <FormFieldTextInput label="Titel" name="titel" required autoComplete="off" description="Zoals het overzicht in de lijst staat." />
          <FormFieldTextarea label="Omschrijving" name="omschrijving" required rows={3} description="Wat het overzicht geeft, voor wie het later opent." />
          <FormFieldTextInput
            label="Rijen (niet verplicht)"
            name="rijen"
            autoComplete="off"
            description="Welke lijst de rijen van de tabel en de CSV zijn, met * voor elk veld, bijvoorbeeld aandachtsgroepen.*.cijfers. Leeg: geen tabel en geen CSV."
          />
          <div className="thuis-opslaan-standaard">
            <FormFieldTextarea
              label="Standaardwaarden (niet verplicht)"
              name="standaardwaarden"
              rows={2}
              inputRef={standaardRef}
              description='Als JSON, bijvoorbeeld {"code": "STUDENTEN"}: wat een variabele is als wie het overzicht vraagt haar weglaat. Een verplichte variabele zonder standaard in de query heeft er een nodig.'
            />
            <button
              type="button"
              className="thuis-opslaan-overnemen"
              onClick={() => {
                const tekst = leesVariabelen()?.trim();
                if (standaardRef.current) standaardRef.current.value = tekst ?? '';
                standaardRef.current?.focus();
              }}
            >
              De variabelen uit de editor overnemen
            </button>
          </div>
          <FormFieldSelect label="Weergave" name="weergave" defaultValue="tabel" description="Een grafiek staat boven de tabel; de tabel is er altijd.">
            <SelectOption value="tabel">Tabel</SelectOption>
            <SelectOption value="grafiek">Grafiek en tabel</SelectOption>
          </FormFieldSelect>
          <FormFieldTextInput
            label="Kolommen (niet verplicht)"
            name="kolommen"
            autoComplete="off"
            description="De kolommen van de tabel in deze volgorde, met komma's ertussen, zoals in de CSV (bron.titel). Leeg: alle. Een grafiek neemt de eerste kolom als naam of tijd en de eerste getallenkolom als waarde."
          />
          <details className="thuis-opslaan-breekt">
            <summary>Een nieuwe versie die de vorige breekt</summary>
            <Paragraph>
              Valt er in een nieuwe versie een veld of variabele weg, dan blijft de vorige versie werken tot de datum hieronder. Zeg waarom, zodat
              wie haar gebruikt, het weet.
            </Paragraph>
            <FormFieldTextInput label="Reden" name="breekt-reden" autoComplete="off" />
            <FormFieldTextInput label="Vorige versie verdwijnt op" name="breekt-datum" type="date" />
          </details>
          <PrimaryActionButton type="submit" disabled={bezig} aria-disabled={bezig}>
            {bezig ? 'Bezig met opslaan…' : 'Opslaan'}
          </PrimaryActionButton>
        </form>
      </div>
    </section>
  );
}
