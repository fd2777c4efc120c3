// Reparaties aan de opmaak van GraphiQL die axe-core (WCAG 2.1 AA) anders afkeurt en die
// geen prop of CSS oplost. GraphiQL rendert ze steeds opnieuw (een nieuwe tab, een nieuwe
// regel in de geschiedenis, een andere actieve tab), dus een MutationObserver herstelt ze
// telkens, alleen binnen de GraphiQL op deze pagina.
//
// - De tabs van de operaties zijn een `role="tab"` met knoppen erin (sluiten, slepen):
//   een interactief element in een interactief element (axe: nested-interactive). Ze
//   worden een gewone lijst van knoppen; de actieve tab krijgt `aria-current`.
// - Een regel in de geschiedenis is een knop met als tekst de query, maar als naam
//   "Set active" (axe: label-content-name-mismatch, WCAG 2.5.3): zonder aria-label is de
//   zichtbare query de naam.
// - In de lijst met suggesties van Monaco wijst aria-activedescendant naar een id dat niet
//   bestaat (de regels hebben een ander id; axe: aria-valid-attr-value), en heeft elke
//   regel een aria-label zonder het type dat ernaast staat (label-content-name-mismatch):
//   de lijst wijst naar de regel die de focus heeft, en een regel heet naar zijn tekst.
import { useEffect, type KeyboardEvent, type RefObject } from 'react';

function herstel(wortel: Element): void {
  for (const lijst of wortel.querySelectorAll('[role="tablist"]')) lijst.removeAttribute('role');
  // GraphiQL zet aria-selected opnieuw als een andere tab actief wordt; de klasse zegt welke.
  for (const tab of wortel.querySelectorAll('.graphiql-tab')) {
    if (tab.hasAttribute('role')) tab.removeAttribute('role');
    if (tab.hasAttribute('aria-selected')) tab.removeAttribute('aria-selected');
    const knop = tab.querySelector('.graphiql-tab-button');
    const actief = tab.classList.contains('graphiql-tab-active');
    if (actief && knop?.getAttribute('aria-current') !== 'true') knop?.setAttribute('aria-current', 'true');
    if (!actief && knop?.hasAttribute('aria-current')) knop.removeAttribute('aria-current');
  }
  for (const regel of wortel.querySelectorAll('.graphiql-history-item-label[aria-label]')) regel.removeAttribute('aria-label');
  for (const lijst of wortel.querySelectorAll('.suggest-widget .monaco-list[aria-activedescendant]')) {
    const id = lijst.getAttribute('aria-activedescendant')!;
    if (lijst.ownerDocument.getElementById(id)) continue;
    const focus = lijst.querySelector('.monaco-list-row.focused[id]');
    if (focus) lijst.setAttribute('aria-activedescendant', focus.id);
    else lijst.removeAttribute('aria-activedescendant');
  }
  for (const regel of wortel.querySelectorAll('.suggest-widget .monaco-list-row[aria-label]')) regel.removeAttribute('aria-label');
}

export function useToegankelijkeGraphiQL(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const wortel = container.current;
    if (!wortel) return;
    herstel(wortel);
    const waarnemer = new MutationObserver(() => herstel(wortel));
    waarnemer.observe(wortel, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-selected', 'aria-label', 'aria-activedescendant'] });
    return () => waarnemer.disconnect();
  }, [container]);
}

/** Wat Monaco met Esc sluit; staat er een open, dan is Esc voor Monaco. */
const MONACO_PANELEN = ['.suggest-widget.visible', '.find-widget.visible', '.parameter-hints-widget.visible', '.monaco-hover:not(.hidden)', '.rename-box', '.context-view .monaco-menu'];

/**
 * Esc in een editor zet de focus terug op de editor zelf (het vak dat Tab bereikt), zodat
 * Tab weer naar het volgende onderdeel gaat: in de editor zelf springt Tab in. Monaco
 * heeft daarvoor Ctrl+M, maar op een Mac valt dat samen met een sneltoets van GraphiQL.
 * Staat er een suggestielijst, zoekvak of uitleg open, dan sluit Esc eerst die (Monaco).
 * Voor onKeyDownCapture: Monaco zelf mag deze Esc niet meer krijgen.
 */
export function verlaatEditorMetEscape(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Escape' || !(e.target instanceof HTMLTextAreaElement)) return;
  const monaco = e.target.closest('.monaco-editor');
  const editor = monaco?.parentElement?.closest<HTMLElement>('[tabindex="0"]');
  if (!monaco || !editor || MONACO_PANELEN.some((p) => document.querySelector(p))) return;
  e.preventDefault();
  e.stopPropagation();
  editor.focus();
}
