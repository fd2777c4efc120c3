// De beleidsgegevens die de analyse via @requires krijgt. De typen komen uit de
// fragmenten in beleid.graphql (npm run generate), dus ze kunnen niet afwijken van
// wat de gateway werkelijk meestuurt.
import { SUBGRAFEN, type Ministerieveld } from '../../kern/config.js';
import type { AlleGroepenFragment, BeleidFragment, GroepsbeleidFragment, RegisterbeleidFragment, RegisterFragment } from './generated/beleid.js';

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

/**
 * Een aandachtsgroep met het beleid van de vijf ministeries voor die groep (de
 * @requires-velden); null voor een ministerie dat niet antwoordde.
 */
export type AandachtsgroepMetBeleid = AlleGroepenFragment['aandachtsgroepen'][number] & GroepsbeleidFragment;

/** Het beleid van de ministeries die antwoordden; wie ontbrak, meldt de resolver (onvolledig.ts). */
export const beleidVan = (groep: GroepsbeleidFragment): Beleid[] => MINISTERIEVELDEN.flatMap((veld) => groep[veld] ?? []);

/** Zo komt een groep binnen: met het beleid als @requires het meestuurt, anders alleen de code. */
export type AandachtsgroepMogelijkMetBeleid = Pick<AandachtsgroepMetBeleid, 'code'> & Partial<GroepsbeleidFragment>;

/** Zo komt de analyse binnen: met alle groepen en het hele beleid van elk ministerie als @requires die meestuurt. */
export type AnalyseMogelijkMetBeleid = { id: string } & Partial<AlleGroepenFragment>;

/** Wat het register (toezeggingen, lasten, monitoring, gebieden, indirecte prikkels) per ministerie leest. */
export type Registerbeleid = RegisterbeleidFragment;
export type Toezegging = Registerbeleid['maatregelen'][number];
export type Monitoringadvies = Registerbeleid['monitoring'][number];
export type Verband = Registerbeleid['verbanden'][number];
export type Reeks = Registerbeleid['cijferreeksen'][number];
export type Eis = RegisterFragment['partijen'][number]['eisen'][number];

/** Zo komt de analyse binnen voor de registervelden: met partijen en het registerbeleid als @requires die meestuurt. */
export type AnalyseMogelijkMetRegister = { id: string } & Partial<RegisterFragment>;

/**
 * Wat een resolver op Analyse krijgt. De gateway voegt de @requires-selecties van alle
 * gevraagde velden samen, dus elk veld vindt er minstens zijn eigen fragment in.
 */
export type Analyseinvoer = AnalyseMogelijkMetBeleid & AnalyseMogelijkMetRegister;
