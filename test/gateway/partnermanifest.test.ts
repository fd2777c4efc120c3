// Wat de gateway nakijkt aan het manifest van een partnerapp voordat beheer het registreert
// (gateway/partners/manifest.ts), zonder stapel: beide vormen (Apollo en graphql-codegen), en
// elke reden om te weigeren met de plaats in het manifest en wat wel mag. Dezelfde controle als
// een overzicht van het programmateam, dus dezelfde zinnen voor schema en grenzen.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publiekSchema } from '../../gateway/overzichten/apischema.js';
import { KOSTENTABEL } from '../../gateway/limieten/kosten.js';
import { controleerManifest, MAXIMAAL_OPERATIES } from '../../gateway/partners/manifest.js';
import { ingecheckteSupergraph } from '../../schema/gereedschap/compositie.js';

const sdl = ingecheckteSupergraph();
const middelen = { schema: publiekSchema(sdl), sdl, kostentabel: KOSTENTABEL };
const sha = (tekst: string) => createHash('sha256').update(tekst).digest('hex');
const op = (body: string, extra: Record<string, unknown> = {}) => ({ id: sha(body), name: /(?:query|mutation|subscription) (\w+)/.exec(body)?.[1], type: 'query', body, ...extra });
const apollo = (...operations: unknown[]) => ({ format: 'apollo-persisted-query-manifest', version: 1, operations });
const GOED = 'query Studenten($code: AandachtsgroepCode!) { aandachtsgroep(code: $code) { code naam } }';

describe('het manifest van een partnerapp', () => {
  it('aanvaardt een Apollo-manifest en de persisted documents van graphql-codegen, ook met een verplichte variabele zonder standaard', async () => {
    const tweede = 'query Leeftijden($van: Int!) { analyse { leeftijdsgaten(van: $van) { van tot } } }';
    const a = await controleerManifest(apollo(op(GOED), op(tweede)), middelen);
    expect(a.redenen).toEqual([]);
    expect(a.operaties.map((o) => o.name)).toEqual(['Studenten', 'Leeftijden']);
    const c = await controleerManifest({ [sha(GOED)]: GOED }, middelen);
    expect(c.redenen).toEqual([]);
    expect(c.operaties).toEqual([{ id: sha(GOED), name: 'Studenten', body: GOED }]);
  });

  it('noemt elke reden tegelijk, met de plaats in het manifest en wat wel mag', async () => {
    const mutatie = 'mutation Wijzig { aandachtsgroepen { code } }';
    const onbekend = 'query Onbekend { aandachtsgroepen { bestaatNiet } }';
    const duur = `query Duur { analyse { ${Array.from({ length: 11 }, (_, i) => `p${i}: tegenwerkendePrikkels { score }`).join(' ')} } }`;
    const { redenen, operaties } = await controleerManifest(
      apollo(
        { ...op(GOED), id: sha(`${GOED} `) },
        op(mutatie, { type: 'mutation' }),
        op(onbekend),
        op(duur),
        op(GOED, { name: 'AndereNaam' }),
      ),
      middelen,
    );
    expect(operaties).toEqual([]);
    const bij = (plaats: string) => redenen.filter((r) => r.startsWith(plaats)).join(' | ');
    expect(bij('operations[0] (Studenten)')).toMatch(new RegExp(`is niet de sha256 van body zoals gestuurd \\(die is ${sha(GOED)}\\)`));
    expect(bij('operations[1] (Wijzig)')).toMatch(/type is "mutation"; partners sturen alleen queries/);
    expect(bij('operations[1] (Wijzig)')).toMatch(/document is een mutation/);
    expect(bij('operations[2] (Onbekend)')).toMatch(/bestaatNiet/);
    expect(bij('operations[3] (Duur)')).toMatch(/De operatie kost \d+; de grens is 25000/);
    expect(bij('operations[4] (AndereNaam)')).toMatch(/name is "AndereNaam", maar de operatie in body heet Studenten/);
  });

  it('weigert dubbele ids en dubbele namen, een kapotte vorm en te veel operaties, zonder ze allemaal na te kijken', async () => {
    const dubbel = await controleerManifest(apollo(op(GOED), op(GOED)), middelen);
    expect(dubbel.redenen.join(' ')).toMatch(/staat ook bij operations\[0\]/);
    const zelfdeNaam = await controleerManifest(apollo(op(GOED), op(GOED.replace('code naam', 'naam'))), middelen);
    expect(zelfdeNaam.redenen.join(' ')).toMatch(/de operatienaam Studenten staat ook bij operations\[0\]/);
    expect((await controleerManifest([], middelen)).redenen[0]).toMatch(/een lijst, geen JSON-object/);
    expect((await controleerManifest({ format: 'iets', version: 2, operations: 'nee' }, middelen)).redenen).toEqual([
      'format is "iets"; verwacht "apollo-persisted-query-manifest".',
      'version is 2; de gateway kent versie 1 van het manifestformaat.',
      'operations is "nee"; verwacht een lijst van {id, name, type, body}.',
    ]);
    expect((await controleerManifest({}, middelen)).redenen[0]).toMatch(/geen operaties/);
    expect((await controleerManifest({ [sha('{')]: '{' }, middelen)).redenen[0]).toMatch(/^"[0-9a-f]{16}…": document: /);
    const veel = Object.fromEntries(Array.from({ length: MAXIMAAL_OPERATIES + 1 }, (_, i) => [String(i), `query Q${i} { aandachtsgroepen { code } }`]));
    const begin = performance.now();
    const teVeel = await controleerManifest(veel, middelen);
    expect(teVeel.redenen).toEqual([`Het manifest heeft ${MAXIMAAL_OPERATIES + 1} operaties; de gateway neemt er hoogstens ${MAXIMAAL_OPERATIES} per app. Registreer alleen wat de client echt stuurt.`]);
    expect(performance.now() - begin).toBeLessThan(100);
  });

  it('noemt hoogstens vijftig redenen en telt de rest', async () => {
    const fout = Object.fromEntries(Array.from({ length: 80 }, (_, i) => ['0'.repeat(64 - String(i).length) + String(i), `query Q${i} { aandachtsgroepen { code } }`]));
    const { redenen } = await controleerManifest(fout, middelen);
    expect(redenen).toHaveLength(51);
    expect(redenen[50]).toBe('… en nog 30 reden(en); los eerst deze op.');
  });
});
