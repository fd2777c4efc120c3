// Wie er is aangemeld, rechts in de kop: in productie meldt de lezer zich aan bij de gateway
// (OpenID Connect; de gateway houdt de tokens, het dashboard krijgt alleen een sessiecookie)
// en weer af. In de ontwikkelmodus is er geen aanmelden en staat hier niets.
import { useState } from 'react';
import { aanmeldpad, afmelden, useSessie } from './api.js';
import { useLocatie } from './navigatie.js';

export function Aanmelding() {
  const sessie = useSessie();
  const locatie = useLocatie();
  const [bezig, zetBezig] = useState(false);
  if (!sessie?.aanmelden) return null;
  if (!sessie.aangemeld) {
    return (
      <p className="thuis-aanmelding">
        <a href={aanmeldpad(`${locatie.pathname}${locatie.search}`)}>Aanmelden</a>
      </p>
    );
  }
  const rollen = sessie.rollen.join(', ');
  return (
    <p className="thuis-aanmelding">
      <span>
        Aangemeld als <strong>{sessie.naam ?? 'onbekend'}</strong>
        {rollen && ` (${rollen})`}
      </span>
      <button
        type="button"
        className="thuis-afmelden"
        disabled={bezig}
        onClick={() => {
          zetBezig(true);
          afmelden().catch(() => zetBezig(false));
        }}
      >
        Afmelden
      </button>
    </p>
  );
}
