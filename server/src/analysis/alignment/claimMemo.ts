// What the checks work out once per claim ref and keep for its life: the two-word phrases beside a
// time (phrases.ts), the words of another thing its clause names (findings/otherThingWords.ts), and
// the fellows' identity (findings/fellows.ts). Kept on the ref itself, under a symbol property that
// is not enumerable (not in its keys, for-in, JSON, spread copies or structured clones, so no key or
// comparison sees it), not in WeakMaps by ref: V8's scavenges (Node 20) hold a WeakMap's values as
// strong, so what a keystroke's claims had worked out (words cut from that keystroke's text, which
// keep all of it) outlived the next scavenge though the claims were dead (docs/PERFORMANCE.md,
// thirty-fourth and thirty-fifth rounds). On the ref, it dies with the ref.

const MEMO = Symbol('claimMemo');

/** One claim's kept readings; undefined until first worked out. */
export class ClaimMemo {
  phrases: string[] | undefined = undefined;
  otherThing: Set<string> | null | undefined = undefined;
  fellows: string | undefined = undefined;
}

type WithMemo = { [MEMO]?: ClaimMemo };

/** The kept readings of `ref` (made empty on the first ask). */
export function claimMemo(ref: object): ClaimMemo {
  let memo = (ref as WithMemo)[MEMO];
  if (memo === undefined) {
    memo = new ClaimMemo();
    Object.defineProperty(ref, MEMO, { value: memo, writable: true, configurable: true, enumerable: false });
  }
  return memo;
}
