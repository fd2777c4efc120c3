// BZK beheert als coördinerend ministerie de lijst van aandachtsgroepen.
import { EntitySchema } from '@mikro-orm/core';
import type { Bronvelden } from '../../kern/entiteiten.js';

export interface AandachtsgroepRij extends Bronvelden {
  code: string;
  /** Positie in de bijlage van het rapport, voor een vaste volgorde. */
  volgorde: number;
  naam: string;
  omschrijving: string;
}

export const Aandachtsgroep = new EntitySchema<AandachtsgroepRij>({
  name: 'Aandachtsgroep',
  tableName: 'aandachtsgroep',
  properties: {
    code: { type: 'string', primary: true },
    volgorde: { type: 'integer' },
    naam: { type: 'string' },
    omschrijving: { type: 'text' },
    bronDocument: { type: 'string' },
    bronVindplaats: { type: 'text' },
  },
});
