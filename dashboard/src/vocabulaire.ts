// De vaste waarden van de graaf die het dashboard in zijn menu's en tabellen gebruikt, één
// keer: de ministeries (uit de lijst in kern/config.ts, in de volgorde van de graaf), hun
// veldnaam op een aandachtsgroep, en de negen aandachtsgroepen in de volgorde van de
// bijlage van het rapport.
import { DEPARTEMENTEN as LIJST, type DepartementCode } from '../../kern/config.js';

export const DEPARTEMENTEN = LIJST;
export type Departement = DepartementCode;

/** Het veld met het beleid van een ministerie: `aandachtsgroep { bzk { … } }`. */
export type Ministeriesleutel = Lowercase<Departement>;
export const MINISTERIES: readonly Ministeriesleutel[] = DEPARTEMENTEN.map((d) => d.toLowerCase() as Ministeriesleutel);

export const GROEPEN = ['ARBEIDSMIGRANTEN', 'DAK_EN_THUISLOZEN', 'OUDEREN', 'SOCIAAL_URGENTEN', 'MEDISCH_URGENTEN', 'STATUSHOUDERS', 'STUDENTEN', 'UITSTROOM_INTRAMURAAL', 'WOONWAGENBEWONERS'] as const;
export type Groep = (typeof GROEPEN)[number];

export const isGroep = (w: string): w is Groep => (GROEPEN as readonly string[]).includes(w);
export const isDepartement = (w: string): w is Departement => (DEPARTEMENTEN as readonly string[]).includes(w);
