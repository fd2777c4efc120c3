// De root-velden van de analyse hebben het beleid van alle groepen nodig. Dat vraagt
// de analyselaag aan de graaf zelf (via de gateway), met precies de selectie die het
// @requires van de groepsvelden gebruikt: één bron voor wat de analyse leest.
import { readFileSync } from 'node:fs';
import { GraphQLError, Kind, parse, print, type ConstDirectiveNode } from 'graphql';
import type { AandachtsgroepMetBeleid } from './model.js';

export const ANALYSE_SDL = readFileSync(new URL('schema.graphql', import.meta.url), 'utf8');

function vereisteSelectie(): string {
  for (const def of parse(ANALYSE_SDL).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION || def.name.value !== 'Aandachtsgroep') continue;
    const veld = def.fields?.find((f) => f.name.value === 'tegenwerkendePrikkels');
    const requires = veld?.directives?.find((d: ConstDirectiveNode) => d.name.value === 'requires');
    const argument = requires?.arguments?.find((a) => a.name.value === 'fields');
    if (argument?.value.kind === Kind.STRING) return argument.value.value;
  }
  throw new Error('Aandachtsgroep.tegenwerkendePrikkels mist @requires(fields: …) in subgraphs/analyse/schema.graphql');
}

export const BELEIDSQUERY = print(parse(`{ aandachtsgroepen { code ${vereisteSelectie()} } }`));

export async function haalAlleGroepen(gatewayUrl: string): Promise<AandachtsgroepMetBeleid[]> {
  let antwoord: Response;
  try {
    antwoord = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: BELEIDSQUERY }),
    });
  } catch (fout) {
    throw new GraphQLError(`De analyselaag kon de graaf niet bevragen op ${gatewayUrl}: ${fout instanceof Error ? fout.message : fout}`);
  }
  const inhoud = (await antwoord.json()) as { data?: { aandachtsgroepen: AandachtsgroepMetBeleid[] }; errors?: { message: string }[] };
  if (!inhoud.data || inhoud.errors?.length) {
    throw new GraphQLError(`De graaf gaf geen volledig beleid terug: ${inhoud.errors?.map((e) => e.message).join('; ') ?? antwoord.status}`);
  }
  return inhoud.data.aandachtsgroepen;
}
