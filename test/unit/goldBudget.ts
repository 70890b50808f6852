// Tests that check every gold set against all of them pooled grow with the square of the number of
// sets, and a set is added every few days: one such test outgrew its five-minute limit in CI. These
// keep such a test's work fixed however many sets there are, while still reaching every part of the
// list.

/**
 * How many gold sets a test that types into every set's draft and one source, keystroke by keystroke,
 * takes (spread over the list): three such tests grew past 200 s each at 68 sets, about 5 % more a
 * round. Other incremental tests still meet every set.
 */
export const TYPING_SETS = 36;

/**
 * At most `n` of `items`, spread evenly over the list in their order (the first always kept): a new
 * set moves which ones are taken, so over time every set is met.
 */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
}

/**
 * Which of `kinds` kinds of change item `index` of `count` gets, when `budget` changes in all are
 * shared among the items: at least one each, the budget split as evenly as whole numbers allow (so
 * passing 100 items does not halve the work, as a whole share each did), taken in turn, so that every
 * kind is applied to some items and, over neighbouring items, every item meets different kinds.
 */
export function kindsInTurn(index: number, count: number, kinds: number, budget: number): number[] {
  const items = Math.max(1, count);
  const start = Math.floor((index * budget) / items);
  const end = Math.floor(((index + 1) * budget) / items);
  const each = Math.min(kinds, Math.max(1, end - start));
  return Array.from({ length: each }, (_, j) => (start + j) % kinds);
}
