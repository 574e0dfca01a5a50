/** Which indicators a respondent is asked: all but those shown from another indicator (`sameAs`). */
import type { Indicator } from './schema';

/** `sameAs`: the figure is asked once, under the indicator it names, and only shown here. */
export function isCollected(indicator: Pick<Indicator, 'formation'>): boolean {
  return indicator.formation.kind !== 'sameAs';
}
