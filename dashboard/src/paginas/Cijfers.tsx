// TIJDELIJK: wordt gevuld (issue 9).
import { Heading } from '@rijkshuisstijl-community/components-react';

export function Cijfers({ zoek }: { zoek: URLSearchParams }) {
  return <Heading level={1}>Cijfers {zoek.toString()}</Heading>;
}
