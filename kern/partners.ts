// Wat de gateway en het overzichtenregister uitwisselen over het manifest van een
// partnerapplicatie: de operaties die de eigen clientbuild van die partner genereerde
// (Apollo's persisted query manifest, of de persisted documents van graphql-codegen). Het
// register bewaart elke versie van elk manifest; de gateway controleert een nieuw manifest en
// laat een partner die aan die app gebonden is precies die operaties uitvoeren. Alleen typen en
// kleine pure functies, zoals kern/overzichten.ts.
import { MAXIMALE_NAAMLENGTE, NAAMPATROON, type Vastlegging } from './overzichten.js';

/** Eén operatie uit een manifest: het id is de sha256 (hex) van `body`, precies zoals de partner hem stuurde. */
export interface Manifestoperatie {
  id: string;
  name: string;
  body: string;
}

/** De nieuwste versie van het manifest van één app, zoals het register het aan de gateway geeft. */
export interface Partnermanifest extends Vastlegging {
  app: string;
  versie: number;
  operaties: Manifestoperatie[];
}

/** Wat de gateway het register vraagt vast te leggen (PUT), na zijn controles. */
export interface Partnerregistratie {
  operaties: Manifestoperatie[];
}

/** Eén regel van het verslag van een app: elke versie, en elke intrekking. */
export interface Partnerverslagregel extends Vastlegging {
  versie: number;
  ingetrokken: boolean;
  aantal: number;
  /** De ids die erbij kwamen en die verdwenen tegenover de vorige versie. */
  toegevoegd: string[];
  verwijderd: string[];
}

/**
 * Het id zonder het voorvoegsel `sha256:` dat graphql-codegen (persistedDocuments met
 * hashAlgorithm sha256) en GraphQL over HTTP ervoor zetten; Apollo schrijft alleen de hex.
 */
export const hexVanId = (id: string) => (id.startsWith('sha256:') ? id.slice('sha256:'.length) : id);

/** Een app heet zoals een overzicht: kleine letters en cijfers met streepjes, hoogstens 60 tekens (ook in een URL zonder codering). */
export const isAppnaam = (tekst: string) => tekst.length <= MAXIMALE_NAAMLENGTE && NAAMPATROON.test(tekst);

export const APPNAAMREGEL = `kleine letters en cijfers met streepjes ertussen, beginnend met een letter, hoogstens ${MAXIMALE_NAAMLENGTE} tekens (bijvoorbeeld "gemeente-utrecht-app")`;
