// TIJDELIJK: wordt gevuld (issue 9).
import { Heading } from '@rijkshuisstijl-community/components-react';

export function Netwerk({ zoek }: { zoek: URLSearchParams }) {
  return <Heading level={1}>Netwerk {zoek.toString()}</Heading>;
}
