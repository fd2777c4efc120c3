// graphql-js meldt een onbekende enumwaarde zonder de geldige waarden te noemen.
// Gebruikers van deze API moeten in de fout lezen wat wel mag.
import { Kind, parse, type GraphQLFormattedError } from 'graphql';

const enumCache = new Map<string, Map<string, string[]>>();

function enumsVan(sdl: string): Map<string, string[]> {
  let enums = enumCache.get(sdl);
  if (!enums) {
    enums = new Map();
    for (const def of parse(sdl).definitions) {
      if (def.kind === Kind.ENUM_TYPE_DEFINITION) enums.set(def.name.value, (def.values ?? []).map((v) => v.name.value));
    }
    enumCache.set(sdl, enums);
  }
  return enums;
}

const ONBEKENDE_ENUMWAARDE = /Value "([^"]*)" does not exist in "(\w+)" enum/;

export function verrijkEnumfout(fout: GraphQLFormattedError, sdl: string): GraphQLFormattedError {
  const treffer = ONBEKENDE_ENUMWAARDE.exec(fout.message);
  const geldig = treffer && enumsVan(sdl).get(treffer[2]);
  if (!treffer || !geldig) return fout;
  return {
    ...fout,
    message: `Onbekende waarde "${treffer[1]}" voor ${treffer[2]}. Geldige waarden: ${geldig.join(', ')}.`,
    extensions: { ...fout.extensions, code: 'BAD_USER_INPUT', geldigeWaarden: geldig, oorspronkelijkeMelding: fout.message },
  };
}
