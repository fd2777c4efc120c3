// De voorbeeldquery's in README.md en docs/*.md tegen de hele stapel: elke uitvoer in de
// documentatie moet het echte antwoord zijn. De regels voor koppelen en vergelijken staan
// in hulp/readme.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controleer, leesAlleVoorbeelden, leesVoorbeelden, MEER, type Antwoord, type Voorbeeld } from './hulp/readme.js';
import { startStapel, type Stapel } from './hulp/stapel.js';

const { voorbeelden, fouten } = leesAlleVoorbeelden();

describe('voorbeeldquery\'s in README.md en docs/*.md (SQLite)', () => {
  let stapel: Stapel;
  beforeAll(async () => {
    stapel = await startStapel('sqlite');
  });
  afterAll(() => stapel?.stop());

  // Zonder deze test zou een query zonder markering of uitkomst stil wegvallen.
  it('koppelt elk graphql-blok aan een uitkomst', () => {
    expect(fouten).toEqual([]);
    expect(voorbeelden.length).toBeGreaterThan(0);
  });

  it.each(voorbeelden)('voorbeeld $naam ($plaats) geeft de getoonde uitvoer', async (voorbeeld) => {
    const verschil = controleer(voorbeeld, await vraag(stapel, voorbeeld.query));
    if (verschil !== undefined) throw new Error(`voorbeeld "${voorbeeld.naam}" (${voorbeeld.plaats}): ${verschil}`);
  });
});

/** Het antwoord zoals curl het ziet: de HTTP-status hoort niet bij de JSON. */
async function vraag(stapel: Stapel, query: string): Promise<Antwoord> {
  const { status: _status, ...antwoord } = await stapel.query(query);
  return antwoord;
}

/** Eén voorbeeld uit een stukje markdown, of een fout als het er niet precies één is. */
function enigVoorbeeld(markdown: string): Voorbeeld {
  const { voorbeelden, fouten } = leesVoorbeelden(markdown);
  expect(fouten).toEqual([]);
  expect(voorbeelden).toHaveLength(1);
  return voorbeelden[0];
}

const blok = (taal: string, inhoud: string) => `\`\`\`${taal}\n${inhoud}\n\`\`\``;
const query = blok('graphql', '{ x }');

describe('regels van de README-controle', () => {
  it('weigert een query zonder markering, met regel en begin van de query', () => {
    const { fouten } = leesVoorbeelden(`Tekst\n\n${query}\n\n${blok('json', '{"data": {}}')}`);
    expect(fouten).toEqual(['```graphql-blok op regel 3 ({ x }) heeft geen <!-- voorbeeld: naam --> of <!-- geen voorbeeld: reden --> erboven']);
  });

  it('weigert een voorbeeld zonder uitkomst vóór de volgende kop of na een ander soort blok', () => {
    expect(leesVoorbeelden(`<!-- voorbeeld: a -->\n${query}\n\nTekst.\n\n## Verder\n\n${blok('json', '{}')}`).fouten).toEqual([
      'voorbeeld "a" (regel 2): geen uitkomst vóór de kop "## Verder" (regel 8)',
    ]);
    expect(leesVoorbeelden(`<!-- voorbeeld: a -->\n${query}\n${blok('sh', 'ls')}`).fouten[0]).toContain('```sh-blok');
  });

  it('weigert een markering die niet boven een query staat, en een … midden in een lijst', () => {
    expect(leesVoorbeelden('<!-- voorbeeld: los -->\n\nTekst.').fouten[0]).toContain('markering "los"');
    expect(leesVoorbeelden(`<!-- voorbeeld: a -->\n${query}\n${blok('json', '{"data": [1, …, 3]}')}`).fouten[0]).toContain('staat … op data[1]');
  });

  it('slaat een query met <!-- geen voorbeeld: reden --> bewust over', () => {
    expect(leesVoorbeelden(`<!-- geen voorbeeld: alleen de vorm -->\n${query}`)).toEqual({ voorbeelden: [], fouten: [] });
  });

  it('leest een kale … als "en meer": de getoonde elementen vooraan en minstens één meer', () => {
    const v = enigVoorbeeld(`<!-- voorbeeld: a -->\n${query}\n${blok('json', '{"data": {"x": [1, 2,\n  …\n]}}')}`);
    expect(v.uitkomst).toEqual({ soort: 'antwoord', json: { data: { x: [1, 2, MEER] } } });
    expect(controleer(v, { data: { x: [1, 2, 3] } })).toBeUndefined();
    expect(controleer(v, { data: { x: [1, 2] } })).toBe('het antwoord verschilt, eerst op data.x: README toont 2 element(en) en "…" (meer), antwoord heeft er 2');
    expect(controleer(v, { data: { x: [1, 5, 3] } })).toBe('het antwoord verschilt, eerst op data.x[1]: README 2, antwoord 5');
  });

  it('vergelijkt een volledig antwoord letterlijk, behalve een tekst die op … eindigt', () => {
    const v = enigVoorbeeld(`<!-- voorbeeld: a -->\n${query}\n${blok('json', '{"data": {"x": "Een lange…", "y": "…"}}')}`);
    expect(controleer(v, { data: { x: 'Een lange zin', y: '…' } })).toBeUndefined();
    expect(controleer(v, { data: { x: 'Een korte zin', y: '…' } })).toContain('data.x: README (ingekort)');
    expect(controleer(v, { data: { x: 'Een lange zin', y: '…', z: 1 } })).toBe('het antwoord verschilt, eerst op data.z: staat in het antwoord (1), niet in de README');
    expect(controleer(v, { errors: [{ message: 'Cannot query field "x"' }] })).toBe('de query gaf een fout: Cannot query field "x"');
  });

  it('zoekt een fragment ergens in het antwoord en noemt anders het meest gelijkende deel', () => {
    const v = enigVoorbeeld(`<!-- voorbeeld: a -->\n${query}\n${blok('json', '{"code": "B", "n": [1, 2]}')}`);
    expect(v.uitkomst.soort).toBe('fragment');
    const reeksen = (n: number[]) => ({ data: { g: { reeksen: [{ code: 'A', n: [1, 2] }, { code: 'B', n }] } } });
    expect(controleer(v, reeksen([1, 2]))).toBeUndefined();
    expect(controleer(v, reeksen([1, 3]))).toBe(
      'het fragment staat niet in het antwoord; het meest gelijkende deel is data.g.reeksen[1] en verschilt op data.g.reeksen[1].n[1]: README 2, antwoord 3',
    );
  });

  it('vergelijkt een tabel met de lengtes van de lijstvelden per code en kolom, en geeft de juiste tabel', () => {
    const tabel = '| groep | BZK | OCW |\n| --- | --- | --- |\n| A | 1 / 0 | 0 / 0 |';
    const v = enigVoorbeeld(`<!-- voorbeeld: a -->\n${query}\n\nGeteld:\n\n${tabel}`);
    const antwoord = (n: number) => ({ data: { groepen: [{ code: 'A', bzk: { doelen: Array.from({ length: n }, () => ({})), cijfers: [] }, ocw: { doelen: [], cijfers: [] } }] } });
    expect(controleer(v, antwoord(1))).toBeUndefined();
    expect(controleer(v, antwoord(2))).toBe(
      'rij A, kolom BZK: README "1 / 0", antwoord "2 / 0"\nVolgens het antwoord moet de tabel zijn:\n| groep | BZK | OCW |\n| --- | --- | --- |\n| A | 2 / 0 | 0 / 0 |',
    );
  });

  it('vergelijkt een kaal blok met de eerste foutmelding', () => {
    const v = enigVoorbeeld(`<!-- voorbeeld: a -->\n${query}\n\nFout:\n\n${blok('', 'Onbekend.')}`);
    expect(controleer(v, { errors: [{ message: 'Onbekend.' }] })).toBeUndefined();
    expect(controleer(v, { errors: [{ message: 'Anders.' }] })).toContain('README:   Onbekend.');
    expect(controleer(v, { data: { x: 1 } })).toContain('de query gaf geen fout');
  });
});
