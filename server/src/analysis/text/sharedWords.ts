// One string for a short word met again. Tokenisers cut every word out of the text; most are the
// same few hundred short words ("the", "said", "of"), each a new string the young generation must
// hold and then drop. A word equal to the one last kept in its slot is handed out again: strings
// compare by value, so nothing reads the difference, and a string met before has its hash worked
// out already for the Set and Map look-ups that follow.

/** Slots (a power of two): a word's hash picks one, and the last word cut there stays. */
const SLOTS = 4096;
const slots: string[] = new Array<string>(SLOTS).fill('');

/**
 * Longer words are cut as views into the text (V8's sliced strings from 13 code units): kept in a
 * slot, one would hold a whole article alive. So they are cut afresh each time.
 */
const SHARED_MAX = 12;

/** plain.slice(start, end): for a short word, the string kept for an equal word when there is one. */
export function sharedSlice(plain: string, start: number, end: number): string {
  const n = end - start;
  if (n > SHARED_MAX) return plain.slice(start, end);
  let hash = 0;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + plain.charCodeAt(k)) | 0;
  const at = hash & (SLOTS - 1);
  const known = slots[at];
  if (known.length === n) {
    let k = 0;
    while (k < n && known.charCodeAt(k) === plain.charCodeAt(start + k)) k++;
    if (k === n) return known;
  }
  const word = plain.slice(start, end);
  slots[at] = word;
  return word;
}
