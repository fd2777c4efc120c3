import type { ReactNode } from 'react';
import { Alert, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { aanmeldpad } from './api.js';
import type { Laadtoestand } from './overzichten.js';

/** Laden, een fout, of de inhoud; een gedeeltelijk antwoord zegt wat ontbreekt; wie niet aangemeld is, krijgt de weg daarheen. */
export function Toestand<T>({ toestand, children }: { toestand: Laadtoestand<T>; children: (data: T) => ReactNode }) {
  if (toestand.status === 'laden') return <Paragraph aria-live="polite">Gegevens laden…</Paragraph>;
  if (toestand.status === 'fout' && toestand.httpStatus === 401) {
    // Niet aangemeld (productie): de weg erheen, niet de melding voor clients met een token.
    return (
      <Alert type="warning">
        <Paragraph>
          U bent niet aangemeld. <Link href={aanmeldpad()}>Meld u aan</Link> om de gegevens te zien.
        </Paragraph>
      </Alert>
    );
  }
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
