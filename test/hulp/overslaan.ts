// Tests die een dienst nodig hebben (PostgreSQL, Redis) slaan zonder die dienst luid
// over; in CI is een ontbrekende dienst een fout, zodat ze daar altijd draaien.
export function overslaanBuitenCI(tests: string, melding: string): false {
  if (process.env.CI) throw new Error(`In CI moeten de ${tests} draaien. ${melding}`);
  console.warn(`\n!!!!!!!!!!\n!! ${tests} OVERGESLAGEN: ${melding}\n!!!!!!!!!!\n`);
  return false;
}
