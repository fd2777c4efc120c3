// Gelezen edities onthouden tussen twee imports of publicaties van hetzelfde ministerie.
// Elke publicatie voegt de nieuwe editie samen met álle edities (de map en de eerdere
// publicaties); die telkens opnieuw lezen was bij k=20 het grootste deel van de tijd: de
// YAML van twintig bestanden van 400 kB, 1,3-3,9 s per publicatie (issue 25). Een editie
// is een functie van haar tekst: dezelfde tekst met dezelfde bestandsnaam en hetzelfde
// departement geeft dezelfde gelezen editie. Daarom is de sleutel de SHA-256 van de tekst
// (het controlegetal) met die twee; een gewijzigd bestand heeft een andere sleutel en wordt
// gewoon gelezen en gevalideerd. Alleen een goedgekeurde editie staat erin: een editie
// die niet deugt, wordt elke keer opnieuw gelezen, zodat de meldingen dezelfde blijven.
//
// Hoe lang: een ronde (verzamelEdities) houdt alleen wat zij zelf gebruikte, plus wat
// daarna gepubliceerd wordt. De cache bevat zo hooguit de edities die nu gelden, nooit
// een geschiedenis, en nooit de YAML-documenten (het grootste tussenresultaat). De gelezen
// inhoud staat erin als gecomprimeerde JSON, niet als objecten: bij k=20 kosten de 20
// bestanden van BZK (5 MB JSON) als objecten 15,6 MB heap, als JSON-tekst 10,2 MB (een
// citaat met … maakt er tekens van twee bytes van), gecomprimeerd 1,1 MB buiten de heap.
// Uitpakken kost per ronde 30-60 ms, tegen seconden voor de YAML. Elke ronde krijgt zo
// ook haar eigen objecten: niemand deelt gelezen inhoud.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { fase } from './fasen.js';
import { controlegetal, type GelezenEditie } from './lezen.js';

interface Cachesleutel {
  departement: string;
  bestand: string;
}

const sleutel = (som: string, { departement, bestand }: Cachesleutel) => `${departement}\u0000${bestand}\u0000${som}`;

/** Een gelezen editie zoals de cache haar bewaart. */
interface Bewaard {
  bestand: string;
  controlegetal: string;
  /** De inhoud als JSON, gecomprimeerd (deflate). */
  json: Buffer;
}

// Niveau 1: bijna even klein als 6 (1,1 tegen 0,9 MB bij k=20) en half zo duur om uit te pakken.
const bewaar = (e: GelezenEditie): Bewaard => ({ bestand: e.bestand, controlegetal: e.controlegetal, json: deflateRawSync(JSON.stringify(e.inhoud), { level: 1 }) });
const pakUit = (b: Bewaard): GelezenEditie =>
  fase('uit de cache', () => ({ bestand: b.bestand, controlegetal: b.controlegetal, inhoud: JSON.parse(inflateRawSync(b.json).toString('utf8')) as GelezenEditie['inhoud'] }));

/** Per departement de gelezen edities van de laatste ronde. */
const perDepartement = new Map<string, Map<string, Bewaard>>();

/** Eén ronde van lezen: wat de ronde niet gebruikt, vergeet de cache als zij klaar is. */
export class Leesronde {
  private readonly gebruikt = new Map<string, Bewaard>();

  constructor(private readonly departement: string) {}

  /**
   * De gelezen editie van `tekst` onder de naam `bestand`: uit de cache, of van `lees`
   * (die valideert zoals altijd). Een editie die niet deugt, geeft `lees` zijn meldingen; die worden niet onthouden.
   */
  async lees(tekst: string, bestand: string, lees: () => Promise<GelezenEditie | string[]>): Promise<GelezenEditie | string[]> {
    const s = sleutel(fase('vingerafdrukken', () => controlegetal(tekst)), { departement: this.departement, bestand });
    const bekend = this.gebruikt.get(s) ?? perDepartement.get(this.departement)?.get(s);
    if (bekend) {
      this.gebruikt.set(s, bekend);
      return pakUit(bekend);
    }
    const gelezen = await lees();
    if (!Array.isArray(gelezen) && gelezen.bestand === bestand) this.gebruikt.set(s, bewaar(gelezen));
    return gelezen;
  }

  /** Als lees, voor wie synchroon leest (de bestanden in de map). */
  leesNu(tekst: string, bestand: string, lees: () => GelezenEditie | string[]): GelezenEditie | string[] {
    const s = sleutel(fase('vingerafdrukken', () => controlegetal(tekst)), { departement: this.departement, bestand });
    const bekend = this.gebruikt.get(s) ?? perDepartement.get(this.departement)?.get(s);
    if (bekend) {
      this.gebruikt.set(s, bekend);
      return pakUit(bekend);
    }
    const gelezen = lees();
    if (!Array.isArray(gelezen) && gelezen.bestand === bestand) this.gebruikt.set(s, bewaar(gelezen));
    return gelezen;
  }

  /** De ronde is klaar: de cache van dit departement is voortaan precies wat zij las. */
  rondAf(): void {
    perDepartement.set(this.departement, this.gebruikt);
  }
}

/**
 * Na een publicatie: de nieuwe editie komt erbij, onder de naam waaronder de volgende ronde
 * haar uit de database leest (`editie.bestand`). Een editie zonder ?bestand= heet naar haar
 * datum; met die naam gelezen geeft dezelfde tekst dezelfde editie (lezen.ts).
 */
export function onthoud(departement: string, editie: GelezenEditie): void {
  const cache = perDepartement.get(departement) ?? new Map<string, Bewaard>();
  cache.set(sleutel(editie.controlegetal, { departement, bestand: editie.bestand }), bewaar(editie));
  perDepartement.set(departement, cache);
}

/** Vergeet alles (voor tests die willen dat elke editie opnieuw gelezen wordt). */
export function vergeetEdities(): void {
  perDepartement.clear();
}

/** Hoeveel edities de cache nu bewaart, per departement. */
export const aantalOnthouden = (departement: string) => perDepartement.get(departement)?.size ?? 0;
