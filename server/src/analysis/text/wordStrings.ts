// A word's string, read from the text in place and shared when the same word was read before.
//
// The two tokenisers (people's and figures') each made a new string for every word of every sentence
// they read ("the", "said", "customers" again and again): about 800 slices per bench source, and a
// lower-case copy of every capitalised one. A small table of the words read last, found by a hash of
// the word's code units, hands back the string read before instead. Strings are immutable and compared
// by value everywhere, so which copy a token holds changes nothing but the bytes allocated.

import { ownCopy } from '../ownCopy';

/** Table size (a power of two): a bench source has about 300 distinct words. */
const SIZE = 4096;
const MASK = SIZE - 1;
/** Words longer than this are sliced as before (rare, and seldom repeated). */
const LONGEST = 24;

const hashes = new Int32Array(SIZE);
const texts: string[] = new Array<string>(SIZE).fill('');
/** The code units of texts[k] at LONGEST per slot: compared in place of the string's (a typed array reads faster than a string of any representation). */
const units = new Uint16Array(SIZE * LONGEST);
/** The lower case of texts[k] (String.prototype.toLowerCase), or '' until asked for. */
const lowers: string[] = new Array<string>(SIZE).fill('');

/** The slot of plain[start, end) after sharedWord (or -1 when the word was not kept). */
let lastSlot = -1;

/** The running hash of a word's code units, one unit `code` more (start from 0): a scanner may hash as it reads. */
export const hashUnit = (h: number, code: number): number => (Math.imul(h, 31) + code) | 0;

/**
 * plain.slice(start, end), the same string as the last time this word was read while it is still in
 * the table. Use sharedLower right after for its lower case.
 */
export function sharedWord(plain: string, start: number, end: number): string {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + plain.charCodeAt(i)) | 0;
  return sharedWordHashed(plain, start, end, h);
}

/** sharedWord, given the hash of plain[start, end) (hashUnit over its code units from 0). */
export function sharedWordHashed(plain: string, start: number, end: number, h: number): string {
  const n = end - start;
  if (n > LONGEST || n <= 0) {
    lastSlot = -1;
    return plain.slice(start, end);
  }
  const k = (h ^ (h >>> 13) ^ n) & MASK;
  lastSlot = k;
  const base = k * LONGEST;
  if (hashes[k] === h && texts[k].length === n) {
    let i = 0;
    while (i < n && units[base + i] === plain.charCodeAt(start + i)) i++;
    if (i === n) return texts[k];
  }
  // Kept in the table past this text: a word long enough to be a slice is copied (ownCopy.ts).
  const text = n >= 13 ? ownCopy(plain.slice(start, end)) : plain.slice(start, end);
  hashes[k] = h;
  texts[k] = text;
  for (let i = 0; i < n; i++) units[base + i] = plain.charCodeAt(start + i);
  lowers[k] = '';
  return text;
}

/** text.toLowerCase(), where `text` is what sharedWord returned last (then kept with it). */
export function sharedLower(text: string): string {
  const k = lastSlot;
  if (k < 0 || texts[k] !== text) return text.toLowerCase();
  let lower = lowers[k];
  if (lower === '') lowers[k] = lower = text.toLowerCase();
  return lower;
}
