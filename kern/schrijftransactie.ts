// Eén transactie voor lezen, samenvoegen en schrijven, voor elke dienst met een eigen
// database (een ministerie, het overzichtenregister). In PostgreSQL wacht een tweede
// schrijver (een import, een publicatie via een andere replica) op de eerste, doordat de
// tabel die de volgorde bepaalt vergrendeld wordt; zo ziet hij diens werk en schrijft het
// niet weg. SQLite kent één schrijver tegelijk. Alleen typen uit MikroORM: wie dit
// importeert zonder database (de gateway), laadt het niet.
import type { EntityManager } from '@mikro-orm/core';

/** De schrijftransactie van een dienst, die `tabel` vergrendelt (de entiteit met de publicaties of versies). */
export function schrijftransactie(tabel: { meta: { className: string } }) {
  return async function inSchrijftransactie<T>(em: EntityManager, werk: (tx: EntityManager) => Promise<T>): Promise<T> {
    return em.fork().transactional(async (tx) => {
      // Aan de URL, niet aan de klasse van het platform: dan hoeft een SQLite-proces het PostgreSQL-stuurprogramma niet te laden.
      if (tx.getConnection().getClientUrl().startsWith('postgres')) {
        const naam = tx.getMetadata().get(tabel.meta.className).tableName;
        await tx.getConnection().execute(`lock table "${naam}" in share row exclusive mode`, [], 'run', tx.getTransactionContext());
      }
      return werk(tx);
    });
  };
}
