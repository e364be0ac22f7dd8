// Finding the token at a text offset, for the style rules that search the text for rare marks
// and then look at the tokens around each: cheaper than reading every token's form.
import type { Token } from '../../text/document';

/**
 * Index of the first token starting at or after `offset` (tokens.length when none), searched
 * forward from index `from`, before which every token starts before `offset`: a galloping search,
 * then halving. For offsets met in order it reads only tokens close to the last one found, which
 * after the other rules have run are far likelier in cache than those of a binary search over all.
 */
export function tokenAtOrAfter(toks: readonly Token[], offset: number, from: number): number {
  let hi = from;
  for (let step = 1; hi < toks.length && toks[hi].start < offset; step *= 2) {
    from = hi + 1;
    hi += step;
  }
  if (hi > toks.length) hi = toks.length;
  while (from < hi) {
    const mid = (from + hi) >> 1;
    if (toks[mid].start < offset) from = mid + 1;
    else hi = mid;
  }
  return from;
}
