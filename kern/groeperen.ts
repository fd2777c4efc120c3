// Een lijst gegroepeerd per sleutel, met de volgorde van de lijst binnen elke groep. Node 20
// kent Map.groupBy nog niet, en een element kan hier onder meer sleutels vallen (een doel
// voor drie groepen, een prikkel voor elk criterium van het filter).

/** Per sleutel de elementen die `sleutels` eronder zet, in de volgorde van `lijst`. */
export function perSleutel<T, K>(lijst: readonly T[], sleutels: (element: T) => readonly K[]): Map<K, T[]> {
  const uitkomst = new Map<K, T[]>();
  for (const element of lijst) {
    for (const sleutel of sleutels(element)) {
      const groep = uitkomst.get(sleutel);
      if (groep) groep.push(element);
      else uitkomst.set(sleutel, [element]);
    }
  }
  return uitkomst;
}
