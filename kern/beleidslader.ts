// DataLoaders per verzoek. Elke soort record wordt per batch met één SQL-statement
// opgehaald, hoeveel aandachtsgroepen een verzoek ook vraagt.
import DataLoader from 'dataloader';
import type { EntityManager, EntitySchema } from '@mikro-orm/core';
import {
  Cijferreeks,
  Doel,
  Effect,
  Groepindex,
  Instrument,
  Leeftijdsgrens,
  Maatregel,
  Verantwoordelijkheid,
  Waarneming,
  type CijferreeksRij,
  type DoelRij,
  type EffectRij,
  type GroepindexRij,
  type InstrumentRij,
  type LeeftijdsgrensRij,
  type MaatregelRij,
  type Recordsoort,
  type VerantwoordelijkheidRij,
  type WaarnemingRij,
} from './entiteiten.js';

function perSleutel<T extends object>(em: EntityManager, entiteit: EntitySchema<T>, veld: keyof T & string) {
  return new DataLoader<string, T | undefined>(async (sleutels) => {
    const rijen = await em.find(entiteit, { [veld]: { $in: [...sleutels] } } as never);
    const opSleutel = new Map(rijen.map((r) => [(r as Record<string, unknown>)[veld], r as T]));
    return sleutels.map((s) => opSleutel.get(s));
  });
}

function perOuder<T extends object>(em: EntityManager, entiteit: EntitySchema<T>, veld: keyof T & string) {
  return new DataLoader<string, T[]>(async (ouders) => {
    const rijen = (await em.find(entiteit, { [veld]: { $in: [...ouders] } } as never)) as T[];
    return ouders.map((o) => rijen.filter((r) => (r as Record<string, unknown>)[veld] === o));
  });
}

export class Beleidslader {
  private readonly index: DataLoader<string, GroepindexRij[]>;
  readonly verantwoordelijkheid;
  readonly doel;
  readonly instrument;
  readonly cijferreeks;
  readonly effecten;
  readonly leeftijdsgrenzen;
  readonly waarnemingen;
  readonly maatregelenPerInstrument;

  constructor(
    readonly em: EntityManager,
    readonly departement: string,
  ) {
    this.index = perOuder(em, Groepindex, 'aandachtsgroep');
    this.verantwoordelijkheid = perSleutel<VerantwoordelijkheidRij>(em, Verantwoordelijkheid, 'code');
    this.doel = perSleutel<DoelRij>(em, Doel, 'code');
    this.instrument = perSleutel<InstrumentRij>(em, Instrument, 'code');
    this.cijferreeks = perSleutel<CijferreeksRij>(em, Cijferreeks, 'code');
    this.effecten = perOuder<EffectRij>(em, Effect, 'instrument');
    this.leeftijdsgrenzen = perOuder<LeeftijdsgrensRij>(em, Leeftijdsgrens, 'instrument');
    this.waarnemingen = perOuder<WaarnemingRij>(em, Waarneming, 'reeks');
    this.maatregelenPerInstrument = new DataLoader<string, MaatregelRij[]>(async (codes) => {
      // Een maatregel verwijst naar instrumenten in een JSON-lijst; het zijn er hooguit
      // enkele tientallen per ministerie, dus één statement voor allemaal.
      const alle = await em.find(Maatregel, {}, { orderBy: { code: 'asc' } });
      return codes.map((c) => alle.filter((m) => m.instrumenten.includes(c)));
    });
  }

  /** Records van één soort voor één aandachtsgroep, op code gesorteerd. */
  async voor<T extends { code: string }>(
    soort: Recordsoort,
    aandachtsgroep: string,
    lader: DataLoader<string, T | undefined>,
  ): Promise<T[]> {
    const sleutels = (await this.index.load(aandachtsgroep)).filter((r) => r.soort === soort).map((r) => r.sleutel);
    const rijen = await lader.loadMany(sleutels.sort());
    return rijen.filter((r): r is T => r !== undefined && !(r instanceof Error));
  }
}
