// De sha256 als hex, zoals de gateway hem overal gebruikt: voor API-sleutels in het
// sleutelbestand, voor het id van een vastgelegd document (Apollo's persisted queries,
// graphql-codegen) en in het register dat de manifesten van partners nakijkt.
import { createHash } from 'node:crypto';

export const sha256 = (tekst: string): string => createHash('sha256').update(tekst).digest('hex');
