// De schrijvers van één registerproces na elkaar: SQLite kent één schrijver, en een tweede
// transactie op dezelfde verbinding zou in de eerste vallen. Eén rij voor alles wat dit proces
// schrijft (overzichten en manifesten van partners); tussen replica's van het register zorgen
// transactie en unieke sleutel ervoor (kern/schrijftransactie.ts).
export type Schrijfrij = <T>(werk: () => Promise<T>) => Promise<T>;

export function schrijfrij(): Schrijfrij {
  let rij: Promise<unknown> = Promise.resolve();
  return (werk) => {
    const stap = rij.then(werk);
    rij = stap.catch(() => undefined);
    return stap;
  };
}
