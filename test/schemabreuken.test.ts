// De breukcontrole (npm run schema:check): een weggehaald veld faalt tot het logboek het
// verantwoordt; een nieuwe enumwaarde is riskant, niet brekend.
import { parse, print, visit, type EnumValueDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { componeer } from '../schema/gereedschap/compositie.js';
import { controleer, leesLogboek, logboekregel, uitgebrachteStand } from '../schema/gereedschap/schemabreuken.js';

const { supergraph: uitgebracht, logboek } = uitgebrachteStand();

/** De uitgebrachte supergraph zonder één veld van één type. */
function zonderVeld(sdl: string, type: string, veld: string): string {
  let weg = 0;
  const nieuw = visit(parse(sdl), {
    ObjectTypeDefinition(knoop) {
      if (knoop.name.value !== type) return undefined;
      const velden = knoop.fields?.filter((v) => v.name.value !== veld);
      weg += (knoop.fields?.length ?? 0) - (velden?.length ?? 0);
      return { ...knoop, fields: velden };
    },
  });
  expect(weg, `${type}.${veld} staat niet in de uitgebrachte supergraph`).toBe(1);
  return print(nieuw);
}

/** De uitgebrachte supergraph met een extra waarde in een enum (met de join-richtlijnen van de eerste waarde). */
function metEnumwaarde(sdl: string, type: string, waarde: string): string {
  return print(
    visit(parse(sdl), {
      EnumTypeDefinition(knoop) {
        if (knoop.name.value !== type || !knoop.values?.length) return undefined;
        const extra: EnumValueDefinitionNode = { ...knoop.values[0], description: undefined, name: { ...knoop.values[0].name, value: waarde } };
        return { ...knoop, values: [...knoop.values, extra] };
      },
    }),
  );
}

const metRegel = (regel: string) => logboek.replace('## Nog niet uitgebracht\n', `## Nog niet uitgebracht\n\n${regel}\n`);

describe('breukcontrole van het schema', () => {
  it('vindt in het huidige schema geen breuk die het logboek niet verantwoordt', async () => {
    const controle = await controleer(uitgebracht, componeer(), logboek);
    expect(controle.onverantwoord).toEqual([]);
    expect(controle.onleesbaar).toEqual([]);
  });

  it('faalt op een weggehaald veld en noemt het, met de regel die in het logboek moet', async () => {
    const controle = await controleer(uitgebracht, zonderVeld(uitgebracht, 'Bron', 'vindplaats'), logboek);
    expect(controle.onverantwoord).toEqual([expect.objectContaining({ pad: 'Bron.vindplaats', soort: 'FIELD_REMOVED' })]);
    expect(logboekregel(controle.onverantwoord[0])).toBe('- Breuk `Bron.vindplaats` (FIELD_REMOVED): <waarom, en wat een client in de plaats gebruikt>');
  });

  it('laat een breuk door die onder "Nog niet uitgebracht" staat, met een reden', async () => {
    const verantwoord = metRegel('- Breuk `Bron.vindplaats` (FIELD_REMOVED): vervangen door Bron.sectie.');
    const controle = await controleer(uitgebracht, zonderVeld(uitgebracht, 'Bron', 'vindplaats'), verantwoord);
    expect(controle.onverantwoord).toEqual([]);
    expect(controle.verantwoord.map((w) => w.pad)).toEqual(['Bron.vindplaats']);
  });

  it('telt een vermelding onder een uitgebrachte versie of zonder reden niet mee', async () => {
    const onderOudeVersie = logboek.replace('## 0.1.0 (2026-11-22)\n', '## 0.1.0 (2026-11-22)\n\n- Breuk `Bron.vindplaats` (FIELD_REMOVED): al uitgebracht.\n');
    const nieuw = zonderVeld(uitgebracht, 'Bron', 'vindplaats');
    expect((await controleer(uitgebracht, nieuw, onderOudeVersie)).onverantwoord).toHaveLength(1);
    const zonderReden = metRegel('- Breuk `Bron.vindplaats` (FIELD_REMOVED):');
    const controle = await controleer(uitgebracht, nieuw, zonderReden);
    expect(controle.onverantwoord).toHaveLength(1);
    expect(controle.onleesbaar).toEqual(['- Breuk `Bron.vindplaats` (FIELD_REMOVED):']);
  });

  it('meldt een vermelding zonder breuk als overbodig', async () => {
    const controle = await controleer(uitgebracht, uitgebracht, metRegel('- Breuk `Bron.titel` (FIELD_REMOVED): nooit gebeurd.'));
    // Het logboek kan zelf al breuken verantwoorden (die zijn hier ook overbodig): kijk alleen naar de toegevoegde regel.
    expect(controle.overbodig.map((v) => v.pad)).toContain('Bron.titel');
  });

  it('noemt een nieuwe enumwaarde riskant, niet brekend', async () => {
    const controle = await controleer(uitgebracht, metEnumwaarde(uitgebracht, 'Partij', 'WATERSCHAPPEN'), logboek);
    expect(controle.onverantwoord).toEqual([]);
    expect(controle.riskant).toEqual([expect.objectContaining({ pad: 'Partij.WATERSCHAPPEN', soort: 'ENUM_VALUE_ADDED' })]);
  });

  it('leest alleen regels in de voorgeschreven vorm', () => {
    const { vastgelegd } = leesLogboek(metRegel('- Breuk `Query.partijen` (FIELD_REMOVED): partners gebruiken analyse.partijen.'));
    expect(vastgelegd).toContainEqual(expect.objectContaining({ pad: 'Query.partijen', soort: 'FIELD_REMOVED', reden: 'partners gebruiken analyse.partijen.' }));
    expect(leesLogboek(metRegel('- Breuk `Query.partijen` (FIELD_REMOVED):')).vastgelegd.map((v) => v.pad)).not.toContain('Query.partijen');
  });
});
