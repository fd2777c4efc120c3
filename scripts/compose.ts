// npm run compose: schrijft schema/supergraph.graphql opnieuw na een schemawijziging.
import { writeFileSync } from 'node:fs';
import { componeer, SUPERGRAPH_PAD } from '../schema/gereedschap/compositie.js';

writeFileSync(SUPERGRAPH_PAD, componeer());
console.log(`supergraph geschreven naar ${SUPERGRAPH_PAD.pathname}`);
