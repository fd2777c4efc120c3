// TIJDELIJK: wordt gevuld (issue 9).
import { Heading } from '@rijkshuisstijl-community/components-react';

export function Query() {
  return <Heading level={1}>Query</Heading>;
}
