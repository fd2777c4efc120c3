// Een tabel die op een smal scherm horizontaal schuift; alleen dan is het vlak met het
// toetsenbord te bereiken (en heeft het een naam), zodat axe geen lege regio ziet.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function Schuifvlak({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  const vlak = useRef<HTMLDivElement>(null);
  const [schuift, zet] = useState(false);
  useEffect(() => {
    const el = vlak.current;
    if (!el) return;
    const meet = () => zet(el.scrollWidth > el.clientWidth + 1);
    meet();
    const waarnemer = new ResizeObserver(meet);
    waarnemer.observe(el);
    if (el.firstElementChild) waarnemer.observe(el.firstElementChild);
    return () => waarnemer.disconnect();
  }, []);
  return (
    <div ref={vlak} className={className} {...(schuift ? { tabIndex: 0, role: 'region', 'aria-label': `${label} (schuift horizontaal)` } : {})}>
      {children}
    </div>
  );
}
