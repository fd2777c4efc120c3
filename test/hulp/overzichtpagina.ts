/// <reference lib="dom" />
// Wat de Chromium-tests van de Overzichten-pagina's en van Opslaan als overzicht delen
// (test/e2e/dashboard-overzichten*.test.ts): de editor van de Query-pagina vullen, de tabel
// van een overzicht lezen, en een overzicht om vast te leggen.
import type { Page } from 'playwright-core';

/** De query in de editor van GraphiQL (het model van Monaco, zoals de Query-pagina het leest). */
export const zetQuery = (pagina: Page, tekst: string) =>
  pagina.evaluate((t) => {
    const monaco = (globalThis as unknown as { __MONACO: { editor: { getModels(): { uri: { path: string }; setValue(t: string): void }[] } } }).__MONACO;
    monaco.editor.getModels().find((m) => m.uri.path.endsWith('operation.graphql'))!.setValue(t);
  }, tekst);

/** Wacht tot de editor van GraphiQL klaar is (Monaco geladen, een query erin: de voorbeeldquery of wat de browser bewaarde). */
export const editorKlaar = (pagina: Page) => pagina.locator('.graphiql-query-editor .monaco-editor .view-lines .view-line').first().waitFor();

/** Een overzicht dat het programmateam vastlegt: tegenwerkende prikkels per paar ministeries, als grafiek en tabel. */
export const PRIKKELS_PER_PAAR = `query PrikkelsPerPaar($aandachtsgroep: AandachtsgroepCode) {
  analyse {
    prikkelmatrix(filter: { aandachtsgroep: $aandachtsgroep }) { instrumentDepartement doelDepartement aantal sterksteScore }
  }
}`;

/** De tabel van de rijen op de pagina van een overzicht: koppen en cellen als tekst. */
export async function rijentabel(pagina: Page): Promise<{ koppen: string[]; rijen: string[][] }> {
  const tabel = pagina.locator('table.thuis-overzicht-tabel');
  await tabel.waitFor();
  const koppen = await tabel.locator('thead th').allInnerTexts();
  const rijen = await tabel.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())));
  return { koppen: koppen.map((k) => k.trim()), rijen };
}

