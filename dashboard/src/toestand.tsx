import type { ReactNode } from 'react';
import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { Laadtoestand } from './overzichten.js';

/** Laden, een fout, of de inhoud; een gedeeltelijk antwoord zegt wat ontbreekt. */
export function Toestand<T>({ toestand, children }: { toestand: Laadtoestand<T>; children: (data: T) => ReactNode }) {
  if (toestand.status === 'laden') return <Paragraph aria-live="polite">Gegevens laden…</Paragraph>;
  if (toestand.status === 'fout') return <Alert type="error"><Paragraph>De gegevens zijn niet te laden: {toestand.melding}</Paragraph></Alert>;
  return (
    <>
      {toestand.fouten.length > 0 && (
        <Alert type="warning"><Paragraph>Onvolledig: {toestand.fouten.join(' ')}</Paragraph></Alert>
      )}
      {children(toestand.data)}
    </>
  );
}
