// Vorm van een editiebestand (docs/dataformaat.md). De toegestane waarden komen uit
// schema/gedeeld.graphql, zodat een fout bestand precies zegt wat wel mag.
import { z } from 'zod';
import { documenten, gebieden, PEILDATUM, vocabulaire } from '../../../kern/vocabulaire.js';

z.config(z.locales.nl());

const keuze = (waarden: readonly string[]) => z.enum(waarden as [string, ...string[]]);

/** JJJJ-MM-DD die echt in de kalender staat: 2031-02-30 en 9999-99-99 niet. */
export function bestaandeDatum(tekst: string): boolean {
  const [jaar, maand, dag] = tekst.split('-').map(Number);
  const datum = new Date(Date.UTC(jaar, maand - 1, dag));
  return datum.getUTCFullYear() === jaar && datum.getUTCMonth() === maand - 1 && datum.getUTCDate() === dag;
}

/** De datum van vandaag in Nederland (JJJJ-MM-DD): een redacteur publiceert om 0:30 een editie van die dag. */
export const vandaag = (nu = new Date()) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(nu);

const code = z
  .string()
  .regex(/^[A-Z0-9]+(?:_[A-Z0-9]+)*$/, 'code moet uit HOOFDLETTERS, cijfers en _ bestaan, bijvoorbeeld KOSTENDELERSNORM');
const tekst = z.string().trim().min(1, 'mag niet leeg zijn');

export const bronSchema = z.strictObject({
  document: z.string().refine((d) => d in documenten, {
    message: `onbekend document; geldig: ${Object.keys(documenten).join(', ')} (voeg een nieuw document toe aan schema/documenten.json)`,
  }),
  vindplaats: tekst,
  /**
   * De woorden van de bron die de bewering dragen: hele zinnen, letterlijk, met … alleen
   * tussen letterlijke stukken. Hier nog optioneel zolang de gegevens worden aangevuld;
   * test/data/citaten.test.ts eist het bij elke bron en toetst het tegen docs/bronnen.
   */
  citaat: tekst.optional(),
});

/** Een bron waarvan het citaat nu al verplicht is: bij nieuwe velden is er geen oude stand om aan te vullen. */
const bronMetCitaat = bronSchema.extend({ citaat: tekst });

/** Velden van een record die geen bewering zijn of eigen records bevatten; die kan `afgeleid` niet noemen. */
const GEEN_BEWERING = new Set(['code', 'bron', 'statusbron', 'afgeleid', 'effecten', 'leeftijdsgrenzen', 'rollen', 'eisen', 'waarnemingen']);

/**
 * Een record dat iets beweert, met het optionele `afgeleid`: welke velden de geciteerde
 * woorden niet zeggen en waarom (een eigenaar, termijn, pakket, leeftijd of de sterkte
 * van een score die de redactie afleidde). `velden` moeten velden van dit soort record
 * zijn, zodat een tikfout niet stil een bewering als letterlijk laat staan.
 */
function bewering<S extends z.ZodRawShape>(soort: string, vorm: S) {
  const velden = Object.keys(vorm).filter((v) => !GEEN_BEWERING.has(v));
  const afgeleid = z.strictObject({
    velden: z
      .array(z.string())
      .min(1, 'noem minstens één veld dat de bron niet letterlijk zegt')
      .superRefine((genoemd, ctx) => {
        genoemd.forEach((veld, i) => {
          if (!velden.includes(veld)) {
            ctx.addIssue({ code: 'custom', path: [i], message: `${veld} is geen veld van ${soort}; geldig: ${velden.join(', ')}` });
          }
        });
      }),
    reden: tekst,
  });
  return z.strictObject({ ...vorm, afgeleid: afgeleid.optional() });
}

/** De velden die `afgeleid.velden` bij een soort record mag noemen (voor docs/dataformaat.md en de tests). */
export const afleidbareVelden = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape).filter((v) => !GEEN_BEWERING.has(v));

const leeftijdsbereik = z
  .strictObject({
    van: z.number().int().min(0).max(120).optional(),
    tot: z.number().int().min(0).max(120).optional(),
  })
  .refine((l) => l.van === undefined || l.tot === undefined || l.van <= l.tot, {
    message: 'van moet kleiner dan of gelijk aan tot zijn',
  })
  .refine((l) => l.van !== undefined || l.tot !== undefined, { message: 'geef van, tot of allebei' });

const aandachtsgroepen = z.array(keuze(vocabulaire.aandachtsgroepen)).min(1, 'noem minstens één aandachtsgroep');

/** Een peildatum zoals YAML hem levert: 2020 is een getal, 2020-01-01 een datum. */
const peildatum = z
  .union([z.string(), z.number(), z.date()])
  .transform((p) => (p instanceof Date ? p.toISOString().slice(0, 10) : String(p)))
  .refine((p) => PEILDATUM.test(p), {
    message: 'peildatum volgens ISO 8601: 2020, 2021-07, 2020-01-01, een periode 2019/2020 of ../2021',
  });

/** Wie iets moet doen: een departement of een partij; of het eigen departement is, toetst het editieschema. */
const eigenaar = keuze([...vocabulaire.departementen, ...vocabulaire.partijen]);
const status = keuze(vocabulaire.toezeggingsstatussen);
const bedrag = z.strictObject({ waarde: z.number(), eenheid: tekst, peildatum: peildatum.optional() });

const score = z
  .number()
  .int('score moet een geheel getal zijn')
  .min(-3, 'score ligt tussen -3 en +3')
  .max(3, 'score ligt tussen -3 en +3')
  .refine((s) => s !== 0, { message: 'score 0 is geen effect; laat het weg of kies -3..-1 of 1..3' });

const verantwoordelijkheid = bewering('een verantwoordelijkheid', {
  code,
  omschrijving: tekst,
  aandachtsgroepen,
  bron: bronSchema,
});

const doel = bewering('een doel', {
  code,
  naam: tekst,
  omschrijving: tekst,
  indicator: keuze(vocabulaire.indicatoren),
  richting: keuze(vocabulaire.richtingen),
  uitspraak: keuze(vocabulaire.uitspraaksoorten),
  aandachtsgroepen,
  leeftijd: leeftijdsbereik.optional(),
  bron: bronSchema,
});

const effect = bewering('een effect', {
  indicator: keuze(vocabulaire.indicatoren),
  score,
  aandachtsgroepen: aandachtsgroepen.optional(),
  leeftijd: leeftijdsbereik.optional(),
  gedragenDoor: z.array(keuze(vocabulaire.partijen)).min(1, 'noem wie het effect draagt'),
  toelichting: tekst,
  bron: bronSchema,
});

const leeftijdsgrens = bewering('een leeftijdsgrens', {
  leeftijd: z.number().int().min(0).max(120),
  /** Vanaf deze leeftijd behandelt het instrument iemand als volwassene; nodig voor de leeftijdsgaten. */
  volwassenVanaf: z.boolean(),
  wijziging: tekst,
  bron: bronSchema,
});

const instrumentvorm = bewering('een instrument', {
  code,
  naam: tekst,
  soort: keuze(vocabulaire.instrumentsoorten),
  omschrijving: tekst,
  aandachtsgroepen,
  leeftijd: leeftijdsbereik.optional(),
  /** Geldt het instrument nog? Een opgeschort of afgeschaft instrument houdt zijn effecten; dat het niet geldt, staat hier. */
  status: keuze(vocabulaire.instrumentstatussen).default('IN_WERKING'),
  /** De passage die zegt dat het instrument buiten werking of afgeschaft is; verplicht als status niet IN_WERKING is. */
  statusbron: bronMetCitaat.optional(),
  leeftijdsgrenzen: z.array(leeftijdsgrens).default([]),
  effecten: z.array(effect).default([]),
  bron: bronSchema,
});

const instrument = instrumentvorm
  .superRefine((i, ctx) => {
    if (i.status !== 'IN_WERKING' && !i.statusbron) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusbron'],
        message: `verplicht bij status ${i.status}: de bron met het citaat dat zegt dat het instrument ${i.status === 'AFGESCHAFT' ? 'afgeschaft' : 'tijdelijk buiten werking'} is`,
      });
    }
    i.effecten.forEach((e, n) => {
      const buiten = (e.aandachtsgroepen ?? []).filter((g) => !i.aandachtsgroepen.includes(g));
      if (buiten.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['effecten', n, 'aandachtsgroepen'],
          message: `${buiten.join(', ')} valt buiten de aandachtsgroepen van het instrument (${i.aandachtsgroepen.join(', ')})`,
        });
      }
    });
  });

const maatregel = bewering('een maatregel', {
  code,
  naam: tekst,
  /** Alleen als het rapport de maatregel in een pakket plaatst; een maatregel uit een bijlage heeft er vaak geen. */
  pakket: keuze(vocabulaire.maatregelpakketten).optional(),
  thema: tekst,
  /** Leeg als de maatregel een nieuw instrument voorstelt in plaats van een bestaand aan te passen. */
  instrumenten: z.array(code),
  /** De indicatoren waarop de maatregel het effect van die instrumenten wegneemt; leeg: het instrument als geheel. */
  indicatoren: z.array(keuze(vocabulaire.indicatoren)).default([]),
  /** Alleen als de maatregel voor een deel van de leeftijden geldt ("voor de groep tot 23 jaar"); leeg: alle leeftijden. */
  leeftijd: leeftijdsbereik.optional(),
  eigenaar,
  status,
  termijn: z
    .strictObject({ tekst, datum: peildatum.optional(), binnen: z.string().optional(), vanaf: peildatum.optional() })
    .superRefine((t, ctx) => {
      const relatief = t.binnen !== undefined || t.vanaf !== undefined;
      if (t.datum !== undefined && relatief) ctx.addIssue({ code: 'custom', message: 'geef datum, of binnen met vanaf, niet allebei' });
      if (t.datum === undefined && (t.binnen === undefined || t.vanaf === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'geef een vaste datum, of binnen (P2Y) met vanaf (de datum waarvan de bron rekent)' });
      }
      if (t.binnen !== undefined && !DUUR.test(t.binnen)) {
        ctx.addIssue({ code: 'custom', path: ['binnen'], message: `${t.binnen} is geen duur in jaren of maanden volgens ISO 8601, zoals P2Y, P6M of P1Y6M` });
      }
    })
    .optional(),
  streefwaarde: z.strictObject({ waarde: z.number(), eenheid: tekst, soort: keuze(vocabulaire.grenssoorten) }).optional(),
  budget: bedrag.optional(),
  bron: bronSchema,
});

/** Een duur in jaren en/of maanden: genoeg voor "binnen 2 jaar" en "binnen een half jaar". */
export const DUUR = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?$/;

const monitoringadvies = bewering('een monitoringadvies', {
  code,
  omschrijving: tekst,
  eigenaar: eigenaar.optional(),
  status,
  indicatoren: z.array(keuze(vocabulaire.indicatoren)).min(1, 'noem minstens één indicator die het advies zou meten'),
  aandachtsgroepen,
  bron: bronSchema,
});

const verband = bewering('een verband', {
  code,
  van: keuze(vocabulaire.indicatoren),
  naar: keuze(vocabulaire.indicatoren),
  score,
  aandachtsgroepen,
  toelichting: tekst,
  bron: bronSchema,
}).refine((v) => v.van !== v.naar, { message: 'van en naar zijn dezelfde indicator; een verband loopt tussen twee indicatoren' });

const partijrol = bewering('een rol', { omschrijving: tekst, aandachtsgroepen, bron: bronSchema });

const eis = bewering('een eis', {
  code,
  omschrijving: tekst,
  instrumenten: z.array(
    z.string().regex(new RegExp(`^(?:${vocabulaire.departementen.join('|')}):[A-Z0-9]+(?:_[A-Z0-9]+)*$`), {
      message: `noem een instrument als DEPARTEMENT:CODE, bijvoorbeeld SZW:KOSTENDELERSNORM (departement: ${vocabulaire.departementen.join(', ')})`,
    }),
  ),
  bedrag: bedrag.optional(),
  peildatum,
  bron: bronSchema,
});

const partij = bewering('een partij', {
  code: keuze(vocabulaire.partijen),
  naam: tekst,
  omschrijving: tekst,
  bron: bronSchema,
  rollen: z.array(partijrol).default([]),
  eisen: z.array(eis).default([]),
});

const cijferverwijzing = z.strictObject({ departement: keuze(vocabulaire.departementen), code, toelichting: tekst });

const waarneming = bewering('een waarneming', {
  peildatum,
  waarde: z.number().nullable(),
  redenGeenWaarde: tekst.optional(),
  bandbreedte: z
    .strictObject({ min: z.number(), max: z.number() })
    .refine((b) => b.min <= b.max, { message: 'min moet kleiner dan of gelijk aan max zijn' })
    .optional(),
  ondergrens: z.number().optional(),
  bovengrens: z.number().optional(),
  soort: keuze(vocabulaire.cijfersoorten),
  toelichting: tekst.optional(),
  bron: bronSchema,
}).superRefine((w, ctx) => {
  if (w.waarde === null && !w.redenGeenWaarde) {
    ctx.addIssue({ code: 'custom', path: ['redenGeenWaarde'], message: 'verplicht als waarde null is: zeg waarom de bron geen getal geeft' });
  }
  if (w.waarde !== null && w.redenGeenWaarde) {
    ctx.addIssue({ code: 'custom', path: ['redenGeenWaarde'], message: 'alleen toegestaan als waarde null is' });
  }
  const gegeven = (['waarde', 'bandbreedte', 'ondergrens', 'bovengrens'] as const).filter((v) => w[v] !== undefined && w[v] !== null);
  if (gegeven.length > 1) {
    ctx.addIssue({
      code: 'custom',
      path: [gegeven[1]],
      message: `geef hooguit één van waarde, bandbreedte, ondergrens en bovengrens (hier: ${gegeven.join(' en ')}); een ondergrens met een bovengrens is een bandbreedte, en bij een grens is waarde null`,
    });
  }
});

const cijferreeks = z.strictObject({
  code,
  naam: tekst,
  eenheid: tekst,
  gebied: z
    .string()
    .refine((g) => g in gebieden, { message: `onbekend gebied; geldig: ${Object.keys(gebieden).join(', ')} (voeg een CBS-code toe aan schema/gebieden.json)` })
    .default('NL01'),
  indicator: keuze(vocabulaire.indicatoren).optional(),
  aandachtsgroepen,
  waarnemingen: z.array(waarneming).min(1, 'een reeks heeft minstens één waarneming'),
});

const aandachtsgroep = bewering('een aandachtsgroep', {
  code: keuze(vocabulaire.aandachtsgroepen),
  naam: tekst,
  omschrijving: tekst,
  /** Alleen als de definitie van de groep in de bron een leeftijd noemt (ouderen: boven de 65 jaar). */
  leeftijd: leeftijdsbereik.optional(),
  bron: bronSchema,
});

/** Elk soort record dat iets beweert en een bron heeft; voor de tests en de documentatie van `afgeleid`. */
export const beweringsoorten = {
  aandachtsgroep,
  verantwoordelijkheid,
  doel,
  instrument,
  effect,
  leeftijdsgrens,
  maatregel,
  partij,
  rol: partijrol,
  eis,
  monitoringadvies,
  verband,
  waarneming,
} as const;

/** Elk soort record in een editie: de ene bron van zijn velden, waartegen test/subgraphs/velden.test.ts tabel, GraphQL-type en docs toetst. */
export const recordsoorten = { ...beweringsoorten, cijferreeks, cijferverwijzing } as const;

export const editieSchema = z.strictObject({
  departement: keuze(vocabulaire.departementen),
  editie: z
    .union([z.string(), z.date()])
    .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
    .refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d), { message: 'editie is een datum JJJJ-MM-DD' })
    // Edities gelden op datumvolgorde en veranderen niet meer: 9999-99-99 of 2031-02-30
    // zou voorgoed de nieuwste zijn en elke peildatum overschrijven.
    .refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || bestaandeDatum(d), { message: 'editie is geen bestaande datum (maand 01-12, een dag die in die maand bestaat)' })
    .refine((d) => !bestaandeDatum(d) || d <= vandaag(), { error: (p) => `editie ${String(p.input)} ligt na vandaag (${vandaag()}); een editie beschrijft wat op haar datum al geldt` }),
  omschrijving: tekst.optional(),
  aandachtsgroepen: z.array(aandachtsgroep).optional(),
  verantwoordelijkheden: z.array(verantwoordelijkheid).default([]),
  doelen: z.array(doel).default([]),
  instrumenten: z.array(instrument).default([]),
  maatregelen: z.array(maatregel).default([]),
  partijen: z.array(partij).optional(),
  monitoring: z.array(monitoringadvies).default([]),
  verbanden: z.array(verband).default([]),
  cijfers: z.array(cijferreeks).default([]),
  cijferverwijzingen: z.array(cijferverwijzing).default([]),
});

export type Editiebestand = z.infer<typeof editieSchema>;
export type Bron = z.infer<typeof bronSchema>;
export type Leeftijd = z.infer<typeof leeftijdsbereik>;
