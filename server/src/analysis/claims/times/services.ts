// Times that name a service rather than say when something happened: "the 06:58 Leeds–Carlisle
// service", "the 06.58 service from Leeds", "the 7:15 flight", "the 8.05 from Paddington". The
// timetable slot of a train is no claim about the story; comparing it with event times would only
// make false alarms. A determiner in front and a service word or "from/to <Place>" after it tell.
import { prevWord } from './words';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'his', 'her', 'our', 'my', 'your',
  'every', 'each', 's']);

const SERVICE_WORDS = 'service|services|train|trains|flight|flights|departure|arrival|sailing|ferry|bus|coach|express|shuttle|boat|crossing|plane|connection|stopping';

// Up to four place words ("Leeds–Carlisle", "London to Paris") and then the service noun; or
// "from Paddington" / "to Glasgow" straight after the time.
const AFTER = new RegExp(
  `^[ \\u00a0]{1,2}(?:(?:(?:\\p{Lu}[\\p{L}'’.]*(?:[-–—]\\p{Lu}[\\p{L}'’.]*)?|to|and)[ \\u00a0]{1,2}){0,4}(?:${SERVICE_WORDS})(?![\\p{L}])` +
  `|(?:from|to)[ \\u00a0]{1,2}\\p{Lu})`, 'u');

/** True when the time at [start, end) is the name of a train, flight or other service. */
export function namesService(text: string, start: number, end: number): boolean {
  if (!AFTER.test(text.slice(end, end + 80))) return false;
  // "the 7:15 flight", "the delayed 7:15 flight", "Monday's 7:15 flight".
  const prev = prevWord(text, start);
  if (!prev) return false;
  if (isDeterminer(text, prev.word, prev.start)) return true;
  const before = prevWord(text, prev.start);
  return before !== null && isDeterminer(text, before.word, before.start);
}

function isDeterminer(text: string, word: string, start: number): boolean {
  const w = word.toLowerCase();
  if (w === 's') return /['’]/.test(text[start - 1] ?? ''); // a possessive: "Monday's"
  return DETERMINERS.has(w);
}
