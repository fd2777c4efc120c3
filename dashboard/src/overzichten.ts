// Het dashboard leest alleen vastgelegde overzichten, op dezelfde oorsprong als de gateway.
import { useEffect, useState } from 'react';

export type Laadtoestand<T> = { status: 'laden' } | { status: 'fout'; melding: string } | { status: 'klaar'; data: T; fouten: string[] };

export async function haalOverzicht<T>(id: string, variabelen: Record<string, string> = {}): Promise<{ data: T; fouten: string[] }> {
  const zoek = new URLSearchParams(variabelen).toString();
  const antwoord = await fetch(`/overzichten/${id}${zoek ? `?${zoek}` : ''}`, { headers: { accept: 'application/json' } });
  const inhoud = (await antwoord.json()) as { data?: T; errors?: { message: string }[] };
  if (!inhoud.data) throw new Error(inhoud.errors?.map((f) => f.message).join(' ') ?? `HTTP ${antwoord.status}`);
  return { data: inhoud.data, fouten: inhoud.errors?.map((f) => f.message) ?? [] };
}

export function useOverzicht<T>(id: string, variabelen: Record<string, string> = {}): Laadtoestand<T> {
  const sleutel = JSON.stringify(variabelen);
  const [toestand, zet] = useState<Laadtoestand<T>>({ status: 'laden' });
  useEffect(() => {
    let actueel = true;
    zet({ status: 'laden' });
    haalOverzicht<T>(id, JSON.parse(sleutel) as Record<string, string>).then(
      ({ data, fouten }) => actueel && zet({ status: 'klaar', data, fouten }),
      (e: unknown) => actueel && zet({ status: 'fout', melding: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      actueel = false;
    };
  }, [id, sleutel]);
  return toestand;
}
