// Het dashboard: een React-app in de Rijkshuisstijl (NL Design System), gebouwd naar
// dashboard/dist en door de gateway geserveerd op /dashboard/. Het leest alleen de
// vastgelegde overzichten (GET /overzichten/<id>), net als een partner.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';


export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/dashboard/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Welke chunks het eerste beeld laadt en welke een pagina pas later: bench/bundel.ts
    // rekent er het budget mee uit.
    manifest: true,
    // Het budget (gzip) bewaakt test/e2e/dashboard.test.ts; dit is alleen de waarschuwing van Vite.
    // De grootste chunk is Monaco's editor.api (≈ 1,8 MB, alleen op de Query-pagina).
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // GraphiQL's React-compiler zet "use no memo" boven zijn modules; bij bundelen valt
      // die weg en dat is zonder gevolg. Zonder dit filter vult die melding de bouwuitvoer
      // en verdwijnt een echte waarschuwing ertussen.
      onLog(niveau, melding, standaard) {
        if (melding.code === 'MODULE_LEVEL_DIRECTIVE' && melding.id?.includes('/node_modules/')) return;
        standaard(niveau, melding);
      },
    },
  },
  logLevel: 'warn',
});
