/**
 * items.map(f), as an array built by push. Why: optimised code that inlines Array.prototype.map
 * makes a holey array, the built-in a packed one, so code that read the one deoptimises at the
 * first of the other (a "wrong map"), as soon as the function making the list is optimised. An
 * array grown by push is packed whichever tier made it. Same elements, in the same order.
 */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i], i));
  return out;
}
