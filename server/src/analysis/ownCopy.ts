// A string that shares no memory with the text it was cut from. V8 keeps a slice of 13 code units or
// more as a view of its whole parent, so a slice kept from one keystroke to the next (a memo's key)
// holds that keystroke's whole article text in memory, and with it every version of an edited draft
// whose sentences are still remembered: each of them outlives a scavenge and is promoted
// (docs/PERFORMANCE.md, thirty-fourth round). A copy holds only its own code units.

/** `text` as a string of its own (a concatenation flattened, then sliced: a view of that copy only). */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * Replaces, in place, every string of 13 code units or more held by `value`'s plain objects and
 * arrays (at any depth) with an equal string of its own. Other objects (sets, class instances) are
 * left as they are. Equal strings compare equal, so nothing that reads the value can tell.
 */
export function ownStrings(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') { if (v.length >= 13) value[i] = ownCopy(v); }
      else if (v !== null && typeof v === 'object') ownStrings(v);
    }
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return;
  const record = value as Record<string, unknown>;
  for (const k in record) {
    const v = record[k];
    if (typeof v === 'string') { if (v.length >= 13) record[k] = ownCopy(v); }
    else if (v !== null && typeof v === 'object') ownStrings(v);
  }
}
