// Generated source folders for the ingestion tests: wire-style reports of our own invented events
// (a dam spill, a port strike, a tram collision), each told by several outlets with figures, clock
// times, dates, quotations and speakers, some of which disagree, plus a draft. Written to real files.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const OUTLETS = ['Valley Courier', 'North Shore Times', 'Metro Wire', 'Coastal Herald', 'Daily Ledger', 'Ridge Radio', 'The Lantern', 'Plains Post'];
const PEOPLE = [
  ['Marisol Achterberg', 'the dam operator\'s spokeswoman'], ['Kwame Osei-Lindqvist', 'the port authority director'],
  ['Ilse Varga', 'the transit commissioner'], ['Rohan Pellegrini', 'a union organiser'], ['Fenna Zuiderveld', 'the county fire chief'],
];
const EVENTS = [
  { place: 'LOWBRIDGE', what: 'released water from the Arlen dam', unit: 'households', verb: 'were evacuated', venue: 'told the Valley Courier' },
  { place: 'KESTRELPORT', what: 'halted the container terminal', unit: 'dockworkers', verb: 'walked off the job', venue: 'said at a news conference' },
  { place: 'ORMSBY', what: 'stopped the Line 4 trams', unit: 'passengers', verb: 'were hurt', venue: 'told Ridge Radio' },
];

/** One article: deterministic in `i`; articles of one event share most facts and differ in a few. */
export function story(i: number): { name: string; text: string } {
  const e = EVENTS[i % EVENTS.length];
  const outlet = OUTLETS[i % OUTLETS.length];
  const [person, role] = PEOPLE[(i >> 1) % PEOPLE.length];
  const base = 120 + (i % EVENTS.length) * 35;
  // Every seventh article gives another number, every eleventh another time: real disagreements.
  const count = i % 7 === 3 ? base + 40 : base;
  const minute = i % 11 === 5 ? 50 : 15;
  const day = 3 + (i % 3);
  const markdown = i % 4 === 1;
  const title = markdown ? `# ${e.place.charAt(0)}${e.place.slice(1).toLowerCase()}: ${count} ${e.unit} affected\n\n` : '';
  const quote = i % 5 === 2
    ? `“We acted as soon as the gauges rose,” ${person}, ${role}, ${e.venue}.`
    : `"We acted as soon as the readings rose," ${person} said.`;
  const text = `${title}${e.place}, June ${day} (${outlet}) - Officials ${e.what} at 9:${minute} a.m. on Tuesday, and ${count} ${e.unit} ${e.verb}.\n\n` +
    `${quote} About ${(i % 9) + 2},000 people live downstream, according to the county.\n\n` +
    `By noon ${Math.round(count / 4)} of them had returned, ${person} added. The last update came at ${(i % 4) + 1}:30 p.m.\n`;
  return { name: `${String(i + 1).padStart(4, '0')}_${outlet.toLowerCase().replace(/\s+/g, '_')}.${markdown ? 'md' : 'txt'}`, text };
}

export const DRAFT = '# Three incidents in one morning\n\nOfficials released water from the Arlen dam at 9:15 a.m. on Tuesday, and 190 households were evacuated.\n\n' +
  '"We acted as soon as the gauges rose," Marisol Achterberg said. Line 4 trams stopped and 200 passengers were hurt.\n';

/** Writes `count` sources (and the draft when asked) into a new temporary folder; returns it. */
export function writeStories(count: number, withDraft = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-ingest-'));
  for (let i = 0; i < count; i++) {
    const s = story(i);
    fs.writeFileSync(path.join(dir, s.name), s.text);
  }
  if (withDraft) fs.writeFileSync(path.join(dir, 'draft.md'), DRAFT);
  return dir;
}
