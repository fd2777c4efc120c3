// Het contract van een vastgelegd overzicht woont bij de gateway (gateway/overzichten/contract.ts):
// die leidt het af als het programmateam een overzicht publiceert. Hier alleen doorgegeven,
// zodat npm run overzichten en de tests het op dezelfde plek blijven vinden.
export { contractVan, vergelijk } from '../../gateway/overzichten/contract.js';
export type { Contract } from '../../kern/overzichten.js';
