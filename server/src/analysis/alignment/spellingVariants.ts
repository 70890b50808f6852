// British and American spellings of one word quoted ("subsidised" / "subsidized", "colour" / "color",
// "centre" / "center", "analyse" / "analyze"): outlets respell a quotation to their house style, so
// a quotation's words are compared on one folded form. Only endings whose two spellings are the same
// word are folded, and only on words long enough that no other word shares the folded form ("four" is
// not "for", "hour" not "hor").
import { foldAccents } from '../claims/people/tokens';

/** -ize/-yze and their forms ("subsidized", "organizing", "realization", "analyzes"): read as -ise/-yse. */
const IZE = /([iy])z(e|ed|es|er|ers|ing|ation|ations)$/;
/** -our and its forms on words of six letters or more ("colour", "labourers", "favoured"): read as -or. */
const OUR = /our(s|ed|ing|er|ers|able|ite|ites)?$/;
/** -tre/-bre ("centre", "theatres", "metre", "fibre"): read as -ter/-ber. */
const RE = /([tb])re(s|d)?$/;
/** Words in -bre whose -ber form is another word ("timbre" is not "timber"). */
const OWN_RE = new Set(['timbre', 'timbres']);

/** The one form under which a quotation's word is compared: accents folded, British and American spellings as one, "an" as "a". */
export function foldSpelling(norm: string): string {
  const w = foldAccents(norm);
  // "an easy option" / "a soft option": the article's form follows the next word's sound, so a word
  // changed after it would otherwise read as two words changed.
  if (w === 'an') return 'a';
  if (w.length < 5) return w;
  let out = w;
  if (out.indexOf('z') >= 0) out = out.replace(IZE, '$1s$2');
  if (out.length >= 6 && out.indexOf('our') >= 0) {
    const m = OUR.exec(out);
    // The stem before -our must leave a word of its own ("col-", "lab-", "neighb-"), not a short one.
    if (m && m.index >= 3) out = out.slice(0, m.index) + 'or' + (m[1] ?? '');
  }
  if (out.indexOf('re') >= 0 && !OWN_RE.has(out)) {
    const m = RE.exec(out);
    if (m && m.index >= 2) out = out.slice(0, m.index) + m[1] + 'er' + (m[2] === 'd' ? 'ed' : m[2] ?? '');
  }
  return out;
}

/** Whether another house style may spell the word otherwise ("organised"): not a word to look a quotation up by. */
export function hasSpellingVariant(norm: string): boolean {
  return foldSpelling(norm) !== foldAccents(norm);
}
