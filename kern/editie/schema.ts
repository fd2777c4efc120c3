// Vorm van een editiebestand (docs/dataformaat.md). De toegestane waarden komen uit
// schema/gedeeld.graphql, zodat een fout bestand precies zegt wat wel mag.
import { z } from 'zod';
import { documenten, PEILDATUM, vocabulaire } from '../vocabulaire.js';

z.config(z.locales.nl());

const keuze = (waarden: readonly string[]) => z.enum(waarden as [string, ...string[]]);

const code = z
  .string()
  .regex(/^[A-Z0-9]+(?:_[A-Z0-9]+)*$/, 'code moet uit HOOFDLETTERS, cijfers en _ bestaan, bijvoorbeeld KOSTENDELERSNORM');
const tekst = z.string().trim().min(1, 'mag niet leeg zijn');

export const bronSchema = z.strictObject({
  document: z.string().refine((d) => d in documenten, {
    message: `onbekend document; geldig: ${Object.keys(documenten).join(', ')} (voeg een nieuw document toe aan schema/documenten.json)`,
  }),
  vindplaats: tekst,
});

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

const verantwoordelijkheid = z.strictObject({
  code,
  omschrijving: tekst,
  aandachtsgroepen,
  bron: bronSchema,
});

const doel = z.strictObject({
  code,
  naam: tekst,
  omschrijving: tekst,
  indicator: keuze(vocabulaire.indicatoren),
  richting: keuze(vocabulaire.richtingen),
  aandachtsgroepen,
  leeftijd: leeftijdsbereik.optional(),
  bron: bronSchema,
});

const effect = z.strictObject({
  indicator: keuze(vocabulaire.indicatoren),
  score: z
    .number()
    .int('score moet een geheel getal zijn')
    .min(-3, 'score ligt tussen -3 en +3')
    .max(3, 'score ligt tussen -3 en +3')
    .refine((s) => s !== 0, { message: 'score 0 is geen effect; laat het effect weg of kies -3..-1 of 1..3' }),
  aandachtsgroepen: aandachtsgroepen.optional(),
  leeftijd: leeftijdsbereik.optional(),
  gedragenDoor: z.array(keuze(vocabulaire.partijen)).min(1, 'noem wie het effect draagt'),
  toelichting: tekst,
  bron: bronSchema,
});

const leeftijdsgrens = z.strictObject({
  leeftijd: z.number().int().min(0).max(120),
  /** Vanaf deze leeftijd behandelt het instrument iemand als volwassene; nodig voor de leeftijdsgaten. */
  volwassenVanaf: z.boolean(),
  wijziging: tekst,
  bron: bronSchema,
});

const instrument = z
  .strictObject({
    code,
    naam: tekst,
    soort: keuze(vocabulaire.instrumentsoorten),
    omschrijving: tekst,
    aandachtsgroepen,
    leeftijd: leeftijdsbereik.optional(),
    leeftijdsgrenzen: z.array(leeftijdsgrens).default([]),
    effecten: z.array(effect).default([]),
    bron: bronSchema,
  })
  .superRefine((i, ctx) => {
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

const maatregel = z.strictObject({
  code,
  naam: tekst,
  pakket: keuze(vocabulaire.maatregelpakketten),
  thema: tekst,
  /** Leeg als de maatregel een nieuw instrument voorstelt in plaats van een bestaand aan te passen. */
  instrumenten: z.array(code),
  /** De indicatoren waarop de maatregel het effect van die instrumenten wegneemt; leeg: het instrument als geheel. */
  indicatoren: z.array(keuze(vocabulaire.indicatoren)).default([]),
  bron: bronSchema,
});

const waarneming = z
  .strictObject({
    peildatum: z
      .union([z.string(), z.number(), z.date()])
      .transform((p) => (p instanceof Date ? p.toISOString().slice(0, 10) : String(p)))
      .refine((p) => PEILDATUM.test(p), {
        message: 'peildatum volgens ISO 8601: 2020, 2021-07, 2020-01-01, een periode 2019/2020 of ../2021',
      }),
    waarde: z.number().nullable(),
    redenGeenWaarde: tekst.optional(),
    bandbreedte: z
      .strictObject({ min: z.number(), max: z.number() })
      .refine((b) => b.min <= b.max, { message: 'min moet kleiner dan of gelijk aan max zijn' })
      .optional(),
    soort: keuze(vocabulaire.cijfersoorten),
    toelichting: tekst.optional(),
    bron: bronSchema,
  })
  .superRefine((w, ctx) => {
    if (w.waarde === null && !w.redenGeenWaarde) {
      ctx.addIssue({ code: 'custom', path: ['redenGeenWaarde'], message: 'verplicht als waarde null is: zeg waarom de bron geen getal geeft' });
    }
    if (w.waarde !== null && w.redenGeenWaarde) {
      ctx.addIssue({ code: 'custom', path: ['redenGeenWaarde'], message: 'alleen toegestaan als waarde null is' });
    }
  });

const cijferreeks = z.strictObject({
  code,
  naam: tekst,
  eenheid: tekst,
  aandachtsgroepen,
  waarnemingen: z.array(waarneming).min(1, 'een reeks heeft minstens één waarneming'),
});

const aandachtsgroep = z.strictObject({
  code: keuze(vocabulaire.aandachtsgroepen),
  naam: tekst,
  omschrijving: tekst,
  bron: bronSchema,
});

export const editieSchema = z.strictObject({
  departement: keuze(vocabulaire.departementen),
  editie: z
    .union([z.string(), z.date()])
    .transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))
    .refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d), { message: 'editie is een datum JJJJ-MM-DD' }),
  omschrijving: tekst.optional(),
  aandachtsgroepen: z.array(aandachtsgroep).optional(),
  verantwoordelijkheden: z.array(verantwoordelijkheid).default([]),
  doelen: z.array(doel).default([]),
  instrumenten: z.array(instrument).default([]),
  maatregelen: z.array(maatregel).default([]),
  cijfers: z.array(cijferreeks).default([]),
});

export type Editiebestand = z.infer<typeof editieSchema>;
export type Bron = z.infer<typeof bronSchema>;
export type Leeftijd = z.infer<typeof leeftijdsbereik>;
