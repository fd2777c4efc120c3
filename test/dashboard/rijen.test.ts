// De tabel op de pagina van een overzicht (dashboard/src/overzicht/rijen.ts) heeft dezelfde
// rijen en kolommen als de CSV van de gateway (gateway/overzichten/tabel.ts): beide nemen de
// rijen uit kern/rijen.ts; deze test toont dat de kolommen en cellen van de pagina die van
// het bestand zijn.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { alsCsv, rijenVan as gatewayRijen } from '../../gateway/overzichten/tabel.js';
import { celtekst, gekozenKolommen, kolommenVan, rijenVan } from '../../dashboard/src/overzicht/rijen.js';

/** Zoals het antwoord van het overzicht cijfers: groepen, per ministerie een object, daarin een lijst. */
const CIJFERS = {
  aandachtsgroepen: [
    {
      code: 'STUDENTEN',
      naam: 'Studenten',
      bzk: {
        departement: 'BZK',
        beleidspeildatum: '2021-07-08',
        cijfers: [
          { code: 'TEKORT', waarde: 26500, bandbreedte: null, eenheid: 'kamers', bron: { document: 'a.txt', vindplaats: '§ 2' } },
          { code: 'SCHATTING', waarde: null, bandbreedte: { min: 1, max: 2 }, eenheid: 'x', bron: { document: 'b.txt', vindplaats: '§ 3' } },
        ],
      },
      ocw: null,
      vws: { departement: 'VWS', beleidspeildatum: null, cijfers: [] },
    },
    { code: 'OUDEREN', naam: 'Ouderen', bzk: { departement: 'BZK', beleidspeildatum: '2021-07-08', cijfers: [{ code: 'X', waarde: -2, bandbreedte: null, eenheid: '=formule', bron: { document: 'c.txt', vindplaats: '§ 1' } }] } },
  ],
};

/** Zoals prikkels: een lijst met lijsten van objecten erin (één cel met "; "). */
const PRIKKELS = {
  analyse: {
    bzk: { beleidspeildatum: '2021-07-08' },
    tegenwerkendePrikkels: [
      { instrument: { code: 'A', departement: 'SZW' }, score: -2, bronnen: [{ titel: 'T1', vindplaats: 'v1' }, { titel: 'T2', vindplaats: 'v2' }], actief: true },
      { instrument: { code: 'B', departement: 'BZK' }, score: -1, bronnen: [], actief: false },
    ],
  },
};

const GEVALLEN: [string, unknown, string][] = [
  ['cijfers met * over de ministeries', CIJFERS, 'aandachtsgroepen.*.cijfers'],
  ['de groepen zelf', CIJFERS, 'aandachtsgroepen'],
  ['prikkels met lijsten in een cel', PRIKKELS, 'analyse.tegenwerkendePrikkels'],
  ['een pad dat niet bestaat', PRIKKELS, 'analyse.bestaatNiet'],
];

describe('de tabel van een overzicht in het dashboard', () => {
  it.each(GEVALLEN)('%s: dezelfde rijen als de CSV van de gateway', (_, data, pad) => {
    expect(rijenVan(data, pad)).toEqual(gatewayRijen(data, pad));
  });

  it.each(GEVALLEN)('%s: dezelfde kolommen als de kopregel van de CSV', (_, data, pad) => {
    const rijen = rijenVan(data, pad);
    if (rijen.length === 0) return;
    const kop = (parse(alsCsv(gatewayRijen(data, pad)), { to_line: 1 }) as string[][])[0];
    expect(kolommenVan(rijen)).toEqual(kop);
  });

  it('een cel die soms null en soms een object is, is alleen zijn deelkolommen', () => {
    const kolommen = kolommenVan(rijenVan(CIJFERS, 'aandachtsgroepen.*.cijfers'));
    expect(kolommen).toContain('bandbreedte.min');
    expect(kolommen).not.toContain('bandbreedte');
    // Eerst de groep en het ministerie erboven, dan het cijfer zelf.
    expect(kolommen.slice(0, 2)).toEqual(['aandachtsgroepen.code', 'aandachtsgroepen.naam']);
    expect(kolommen.indexOf('departement')).toBeLessThan(kolommen.indexOf('code'));
  });

  it('toont de kolommen die de weergave noemt, in die volgorde, en zegt welke er niet zijn', () => {
    const rijen = rijenVan(PRIKKELS, 'analyse.tegenwerkendePrikkels');
    expect(gekozenKolommen(rijen, ['score', 'instrument.code', 'bestaatNiet'])).toEqual({ kolommen: ['score', 'instrument.code'], onbekend: ['bestaatNiet'] });
    expect(gekozenKolommen(rijen, undefined).kolommen).toEqual(kolommenVan(rijen));
  });

  it('schrijft een cel zoals de pagina haar toont', () => {
    expect(celtekst(null)).toBe('—');
    expect(celtekst('')).toBe('—');
    expect(celtekst(true)).toBe('waar');
    expect(celtekst(26500)).toBe('26.500');
    expect(celtekst(-2.5)).toBe('-2,5');
    expect(celtekst('=formule')).toBe('=formule');
  });
});
