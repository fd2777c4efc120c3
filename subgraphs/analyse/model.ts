// De beleidsgegevens van de analyse: wat de gateway via @requires meestuurt (de groepen en
// per ministerie de stand) en wat het leesmodel per vingerafdruk bij de ministeries leest.
// De typen komen uit de fragmenten in beleid.graphql (npm run generate), dus ze kunnen
// niet afwijken van wat werkelijk over de lijn komt.
import { SUBGRAFEN, type Ministerieveld } from '../../kern/config.js';
import type { AlleGroepenFragment, BeleidFragment, GroepsbeleidFragment, LeesbeleidFragment, RegisterbeleidFragment, RegisterFragment, StandFragment } from './generated/beleid.js';

export type Beleid = BeleidFragment;
export type Doel = Beleid['doelen'][number];
export type Instrument = Beleid['instrumenten'][number];
export type Effect = Instrument['effecten'][number];
export type Maatregel = Instrument['maatregelen'][number];
export type Bron = Doel['bron'];
export type Leeftijd = NonNullable<Doel['leeftijd']>;

/**
 * Het beleidsveld van elk ministerie, uit de lijst in kern/config.ts. De fragmenten hebben
 * er elk een (sdl.ts vult elkMinisterie in); na een nieuw ministerie maakt npm run generate
 * ze in generated/beleid.ts, anders klopt dit type niet.
 */
export const MINISTERIEVELDEN: readonly (Ministerieveld & keyof GroepsbeleidFragment)[] = SUBGRAFEN.map((s) => s.naam);
export type Beleidsveld = (typeof MINISTERIEVELDEN)[number];

/** Welke generatie van een ministerie de gateway zag; null als het niet antwoordde. */
export type Stand = StandFragment;

/** Wat het leesmodel per vingerafdruk bij een ministerie leest: het hele beleid, voor elk analyseveld. */
export type Leesbeleid = LeesbeleidFragment;

/** Per ministerie iets, of null voor een ministerie dat niet antwoordde. */
export type PerMinisterie<T> = { [V in Beleidsveld]: T | null };

/**
 * Een aandachtsgroep met het beleid van de vijf ministeries voor die groep; null voor een
 * ministerie dat niet antwoordde. Zo rekenen de regels (prikkels.ts, leeftijden.ts).
 */
export type AandachtsgroepMetBeleid = AlleGroepenFragment['aandachtsgroepen'][number] & PerMinisterie<Beleid>;

/** Het beleid van de ministeries die antwoordden; wie ontbrak, meldt de resolver (onvolledig.ts). */
export const beleidVan = (groep: PerMinisterie<Beleid>): Beleid[] => MINISTERIEVELDEN.flatMap((veld) => groep[veld] ?? []);

/** Zo komt een groep binnen: met de stand van elk ministerie als @requires die meestuurt, anders alleen de code. */
export type AandachtsgroepMogelijkMetBeleid = Pick<AandachtsgroepMetBeleid, 'code'> & Partial<GroepsbeleidFragment>;

/** Zo komt de analyse binnen: met alle groepen en de stand van elk ministerie als @requires die meestuurt. */
export type AnalyseMogelijkMetBeleid = { id: string } & Partial<AlleGroepenFragment>;

/** Wat het register (toezeggingen, lasten, monitoring, gebieden, indirecte prikkels) per ministerie leest. */
export type Registerbeleid = RegisterbeleidFragment;
export type Toezegging = Registerbeleid['maatregelen'][number];
export type Monitoringadvies = Registerbeleid['monitoring'][number];
export type Verband = Registerbeleid['verbanden'][number];
export type Reeks = Registerbeleid['cijferreeksen'][number];
export type Eis = RegisterFragment['partijen'][number]['eisen'][number];

/** Zo komt de analyse binnen voor de registervelden: met partijen en de stand van elk ministerie als @requires die meestuurt. */
export type AnalyseMogelijkMetRegister = { id: string } & Partial<RegisterFragment>;

/**
 * Wat een resolver op Analyse krijgt. De gateway voegt de @requires-selecties van alle
 * gevraagde velden samen, dus elk veld vindt er minstens zijn eigen fragment in.
 */
export type Analyseinvoer = AnalyseMogelijkMetBeleid & AnalyseMogelijkMetRegister;
