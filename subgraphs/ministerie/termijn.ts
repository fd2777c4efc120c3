// De uiterste datum van een termijn. De bron geeft een vaste datum ("uiterlijk 1 juli
// 2025") of een duur vanaf een datum die zij noemt ("binnen twee jaar" na de afspraak
// van september 2020). Een register dat op termijn sorteert, moet die twee vergelijken
// kunnen, dus rekent het de relatieve termijn uit, met de precisie van het vertrekpunt:
// wie vanaf een jaar rekent, krijgt een jaar terug en geen verzonnen dag.
import { DUUR } from './editie/schema.js';

export interface Termijnrecord {
  tekst: string;
  datum?: string | null;
  binnen?: string | null;
  vanaf?: string | null;
}

const tweecijferig = (n: number) => String(n).padStart(2, '0');

/** vanaf + binnen; een onbekende vorm geeft een fout, want de import heeft hem al gecontroleerd. */
export function telOp(vanaf: string, binnen: string): string {
  const duur = DUUR.exec(binnen);
  const datum = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(vanaf);
  if (!duur || !datum) throw new Error(`Termijn ${binnen} vanaf ${vanaf} is niet te berekenen`);
  const maanden = Number(duur[1] ?? 0) * 12 + Number(duur[2] ?? 0);
  const [jaar, maand, dag] = [Number(datum[1]), datum[2] ? Number(datum[2]) : undefined, datum[3] ? Number(datum[3]) : undefined];
  // Vanaf een jaar: een duur die geen hele jaren is, eindigt ergens in het jaar erna, dus naar boven afgerond.
  if (maand === undefined) return String(jaar + Math.ceil(maanden / 12));
  const totaal = jaar * 12 + (maand - 1) + maanden;
  const [nieuwJaar, nieuweMaand] = [Math.floor(totaal / 12), (totaal % 12) + 1];
  if (dag === undefined) return `${nieuwJaar}-${tweecijferig(nieuweMaand)}`;
  const laatsteDag = new Date(Date.UTC(nieuwJaar, nieuweMaand, 0)).getUTCDate();
  return `${nieuwJaar}-${tweecijferig(nieuweMaand)}-${tweecijferig(Math.min(dag, laatsteDag))}`;
}

/** De termijn zoals GraphQL hem geeft, met de uiterste datum. */
export function termijnVan(t: Termijnrecord) {
  const uiterlijk = t.datum ?? telOp(t.vanaf ?? '', t.binnen ?? '');
  return { tekst: t.tekst, uiterlijk, binnen: t.binnen ?? null, vanaf: t.vanaf ?? null };
}
