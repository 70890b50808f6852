// A duration told as a limit or a target, not as how long something lasted: "the four-hour target",
// "an 18-week standard", "a target of four hours", "patients should be seen within four hours",
// "95% were seen within four hours". Such a limit is a rule, and how long patients waited is an
// event: "within four hours" and "waited 12 hours" do not disagree. A limit is held only to limits.
import type { ArticleText, Figure } from '../types';
import { changesOverTime, isLength } from './figures';
import { CAPACITY } from '../claims/figures/units';

/** Nouns of a limit after a duration told as a compound ("four-hour target", "18-week referral standard"). */
const LIMIT_NOUNS = new Set(['target', 'targets', 'standard', 'standards', 'limit', 'limits', 'deadline', 'deadlines', 'pledge',
  'goal', 'maximum', 'guarantee', 'ceiling', 'threshold', 'benchmark', 'rule', 'cap']);
/** Words a limit noun may be read past to its duration: "a four-hour A&E waiting target". */
const NOUN_REACH = 3;
/** Right before the duration: "a target of", "the legal limit of", "a deadline of". */
const LIMIT_OF = /\b(?:target|standard|limit|deadline|maximum|ceiling|threshold|benchmark|pledge|guarantee|goal)\s+(?:is\s+|was\s+|of\s+)(?:just\s+|only\s+)?$/i;
/** "within" (or "inside", "in under") right before the duration. */
const WITHIN = /\b(?:within|inside|in\s+under)\s+(?:the\s+|a\s+)?$/i;
/** A word of duty or aim earlier in the clause: "should be seen within", "must be treated within", "aims to answer within". */
const DUTY = /\b(?:should|must|ought|meant|supposed|required|obliged|expected|aims?|aiming|pledged?|promised?|promises|guaranteed?|target(?:ed)?|has\s+to|have\s+to|had\s+to|needs?\s+to|is\s+to\s+be|are\s+to\s+be)\b/i;
/** A share measured against the duration: "95% were seen within four hours", "three in four … within". */
const SHARE_BEFORE = /%|\bper\s*cent\b|\bpercent\b/i;
/** Characters before the duration read for "within", a duty word or a share. */
const REACH = 80;
/** A clause break: a duty or share before it is another clause's. */
const BREAK = /[;:]|,\s+(?:but|while|whereas|although|though)\b/gi;

/** "within 5 km of", "inside a 3-mile": a length right after it is a radius. */
const WITHIN_RADIUS = /\b(?:within|inside)[ \t]+(?:an?[ \t]+|the[ \t]+)?$/i;
/** Characters before a length read for "within". */
const RADIUS_REACH = 16;

/**
 * Right before a measure: what a thing is built to take, not what it took ("a design capacity of",
 * "Spillway design capacity |" in a table row, "is designed to carry", "rated at").
 */
const CAPACITY_BEFORE = /\b(?:capacity|designed[ \t]+(?:for|to[ \t]+(?:carry|take|handle|hold|pass))|rated[ \t]+(?:at|for))[ \t]*(?:(?:of|is|was|:)[ \t]*)?(?:(?:about|around|some|roughly|up[ \t]+to)[ \t]+)?$/i;
/** Characters before a measure read for CAPACITY_BEFORE. */
const CAPACITY_REACH = 40;

/**
 * "Spillway design capacity | 4,000 cu ft/s" beside "Peak spillway flow | 3,600 cu ft/s": a measure
 * told as what a thing is built to take is its limit, and held only to limits, not to a reading of
 * what it took ("water poured down the spillway at 3,400 cubic feet per second"). Read in the figure's
 * sentence only.
 */
function capacityBefore(text: ArticleText, f: Figure): boolean {
  const sentence = text.sentences[f.sentence];
  if (!sentence) return false;
  return CAPACITY_BEFORE.test(text.plain.slice(Math.max(sentence.span.start, f.span.start - CAPACITY_REACH), f.span.start));
}

/**
 * Whether a figure is told as a limit or a target (see above); also a length told as a radius
 * ("Drones are banned within 5 km of the site"): a zone's bound is a rule, held only to limits, not
 * a distance or a size measured ("the crack is 3.4 km long"); and a measure told as a capacity
 * (capacityBefore).
 */
export function timeLimit(text: ArticleText, f: Figure): boolean {
  const plain = text.plain;
  if (isLength(f)) return WITHIN_RADIUS.test(plain.slice(Math.max(0, f.span.start - RADIUS_REACH), f.span.start));
  // What a place holds ("can take 600 people": units.ts CAPACITY) is a capacity already, and a class of its own.
  if (f.unit === 'count' && f.counted !== CAPACITY && !changesOverTime(f)) return capacityBefore(text, f);
  if (f.unit !== 'duration') return false;
  const sentence = text.sentences[f.sentence];
  if (!sentence) return false;
  // "the four-hour target": a compound before a limit noun.
  if (/-/.test(f.text)) {
    const after = plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + 48)).match(/^[\s]*([^\s.,;:!?()]+(?:\s+[^\s.,;:!?()]+){0,3})/);
    if (after) {
      const words = after[1].toLowerCase().split(/\s+/);
      for (let k = 0; k < words.length && k < NOUN_REACH + 1; k++) if (LIMIT_NOUNS.has(words[k])) return true;
    }
  }
  let before = plain.slice(Math.max(sentence.span.start, f.span.start - REACH), f.span.start);
  BREAK.lastIndex = 0;
  let cut = -1;
  for (let m = BREAK.exec(before); m; m = BREAK.exec(before)) cut = m.index + m[0].length;
  if (cut >= 0) before = before.slice(cut);
  if (LIMIT_OF.test(before)) return true;
  // "within four hours" is a limit when a duty or a share measured against it comes first.
  const within = WITHIN.exec(before);
  if (!within) return false;
  const lead = before.slice(0, within.index);
  return DUTY.test(lead) || SHARE_BEFORE.test(lead);
}
