// Years said in words, as transcripts give them after a month or a day: "the tenth of January
// twenty twenty-five", "in March twenty twenty-one", "May nineteen ninety-eight", "two thousand
// and nine". One flat pattern read at a given place (no nested quantifiers).

const UNIT = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TEN = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const S = '[ \\u00a0]';

const UNIT_VALUES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_VALUES = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TEN_VALUES = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * Right at the start of the text read: a space (a comma before it allowed), then "nineteen" or
 * "twenty" and the year's last two digits in words ("twenty twenty-five", "twenty oh nine",
 * "nineteen eighty"), or "two thousand (and) nine". Not a word or a hyphened word after it
 * ("twenty twenty-five-year-olds").
 */
const SPOKEN_YEAR = new RegExp(
  `^,?${S}(?:(nineteen|twenty)${S}(?:(${TEEN})|(${TEN})(?:[- ](${UNIT}))?|oh[ -](${UNIT}))` +
  `|two${S}thousand(?:${S}and)?${S}(?:(${TEEN})|(${UNIT})|(twenty)(?:[- ](${UNIT}))?))(?![\\p{L}\\p{N}]|-\\p{L})`, 'iu');

/** Most characters a spoken year with its lead-in takes ("nineteen seventy-seven" and a comma). */
const REACH = 40;

const indexIn = (list: string[], word: string | undefined): number => (word === undefined ? -1 : list.indexOf(word.toLowerCase()));

/** The year said in words right after `at` in `text` and where its words end, or null. */
export function spokenYearAfter(text: string, at: number): { year: number; end: number } | null {
  const m = SPOKEN_YEAR.exec(text.slice(at, at + REACH));
  if (!m) return null;
  let year: number;
  if (m[1] !== undefined) {
    const century = m[1].toLowerCase() === 'nineteen' ? 1900 : 2000;
    const teen = indexIn(TEEN_VALUES, m[2]);
    const ten = indexIn(TEN_VALUES, m[3]);
    const unit = indexIn(UNIT_VALUES, m[4] ?? m[5]);
    year = century + (teen >= 0 ? 10 + teen : (ten >= 0 ? 20 + ten * 10 : 0) + (unit >= 0 ? unit + 1 : 0));
  } else {
    const teen = indexIn(TEEN_VALUES, m[6]);
    const unit = indexIn(UNIT_VALUES, m[7] ?? m[9]);
    year = 2000 + (teen >= 0 ? 10 + teen : (m[8] !== undefined ? 20 : 0) + (unit >= 0 ? unit + 1 : 0));
  }
  return { year, end: at + m[0].length };
}
