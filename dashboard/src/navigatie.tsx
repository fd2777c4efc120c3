// Elke pagina heeft een eigen URL onder /dashboard/, om te delen; navigeren binnen de app
// vervangt de pagina zonder hem opnieuw te laden.
import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { Link as RhcLink } from '@rijkshuisstijl-community/components-react';

export const BASIS = '/dashboard';

export function useLocatie(): URL {
  const [locatie, zet] = useState(() => new URL(window.location.href));
  useEffect(() => {
    const bij = () => zet(new URL(window.location.href));
    window.addEventListener('popstate', bij);
    return () => window.removeEventListener('popstate', bij);
  }, []);
  return locatie;
}

/** Naar een ander pad; een schakelaar op de pagina zelf laat de lezer staan waar hij was (bovenaan: false). */
export function navigeer(pad: string, { bovenaan = true }: { bovenaan?: boolean } = {}): void {
  window.history.pushState(null, '', pad);
  window.dispatchEvent(new PopStateEvent('popstate'));
  if (bovenaan) window.scrollTo(0, 0);
}

/** Een link binnen het dashboard: een echte href (deelbaar, met het toetsenbord te volgen), zonder herladen. */
export function Link({ href = BASIS, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const klik = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || !href.startsWith(BASIS)) return;
    e.preventDefault();
    navigeer(href);
  };
  return (
    <RhcLink href={href} onClick={klik} {...rest}>
      {children}
    </RhcLink>
  );
}
