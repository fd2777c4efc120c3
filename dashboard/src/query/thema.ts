// Het kleurenthema van de Monaco-editors in GraphiQL. Het standaardthema van GraphiQL
// haalt op de achtergrond van het resultaat geen contrast van 4,5:1 (WCAG 1.4.3) voor
// getallen, typen, variabelen, annotaties, commentaar en regelnummers; dit thema is
// hetzelfde, met die kleuren donkerder. GraphiQL zet het thema van Monaco zelf (via de
// prop editorTheme); dit thema bestaat pas als Monaco geladen is, dus zet de hook het
// dan nog een keer.
import { useEffect } from 'react';
import { useMonaco } from '@graphiql/react';

export const EDITORTHEMA = 'thuis-licht';

const ACCENT = '#a3046d'; // het roze van GraphiQL, donker genoeg voor tekst
const ACCENT_ACHTERGROND = '#d6059019';

export function useEditorthema(): void {
  const monaco = useMonaco((s) => s.monaco);
  useEffect(() => {
    if (!monaco) return;
    monaco.editor.defineTheme(EDITORTHEMA, {
      base: 'vs',
      inherit: true,
      rules: [
        { token: 'comment', foreground: '006b00' },
        { token: 'number', foreground: '07704a' },
        { token: 'type', foreground: '006b6b' },
        { token: 'annotation', foreground: '5c5c5c' },
        { token: 'argument.identifier.gql', foreground: '4b47b8' },
      ],
      colors: {
        // Zoals GraphiQL: de editor doorzichtig op de achtergrond van GraphiQL.
        'editor.background': '#ffffff00',
        'scrollbar.shadow': '#ffffff00',
        'editorLineNumber.foreground': '#1d6078',
        'editorLineNumber.dimmedForeground': '#1d6078',
        'editorLineNumber.activeForeground': '#0b216f',
        'editorBracketHighlight.foreground2': '#1e6b1e',
        'textLink.foreground': ACCENT,
        'textLink.activeForeground': ACCENT,
        'editorLink.activeForeground': ACCENT,
        'editorHoverWidget.background': '#ffffff',
        'editorWidget.background': '#ffffff',
        'editorSuggestWidget.background': '#ffffff',
        'editorSuggestWidget.selectedBackground': ACCENT_ACHTERGROND,
        'editorSuggestWidget.selectedForeground': ACCENT,
        'editorSuggestWidget.highlightForeground': ACCENT,
        'editorSuggestWidget.focusHighlightForeground': ACCENT,
        'list.hoverBackground': ACCENT_ACHTERGROND,
        'list.highlightForeground': ACCENT,
        'list.focusHighlightForeground': ACCENT,
        'menu.background': '#ffffff',
        'menu.selectionBackground': ACCENT_ACHTERGROND,
        'menu.selectionForeground': ACCENT,
        'quickInput.background': '#ffffff',
        focusBorder: ACCENT,
      },
    });
    monaco.editor.setTheme(EDITORTHEMA);
  }, [monaco]);
}
