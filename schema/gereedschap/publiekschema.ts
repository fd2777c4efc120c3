// Het schema dat clients zien woont bij de gateway (gateway/overzichten/apischema.ts): die
// controleert er een nieuw overzicht mee. Hier doorgegeven voor de breukcontrole en de tests.
export { publiekSchema } from '../../gateway/overzichten/apischema.js';
