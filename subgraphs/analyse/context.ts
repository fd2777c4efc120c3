import type { AandachtsgroepMetBeleid } from './model.js';

/** Per verzoek: het beleid van alle groepen, hooguit één keer opgehaald. */
export interface Analysecontext {
  alleGroepen(): Promise<AandachtsgroepMetBeleid[]>;
}
