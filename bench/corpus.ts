// Benchmark corpora made from the project's own sample articles (samples/). A generated archive is
// a set of "stories" of five outlets each, like a news cycle: story 0 is the samples themselves (the
// draft's story); every other story rewrites the five samples with its own names, places, outlets,
// counted things, figures, clock times and quotation wording, consistently across its five outlets,
// so each story keeps the samples' internal agreements and disagreements but shares no claims with
// the others. Drafts of a given length are built from the sample draft plus story paragraphs.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ArticleInput } from '../server/src/review';

export const SAMPLES_DIR = path.resolve(__dirname, '..', 'samples');
export const STORY_SIZE = 5;

export interface Sample {
  /** File name in samples/. */
  name: string;
  ext: '.txt' | '.md';
  text: string;
}

export interface GeneratedArticle {
  /** File name relative to the workspace. */
  name: string;
  text: string;
  words: number;
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

export function loadSamples(dir = SAMPLES_DIR): { sources: Sample[]; draft: Sample } {
  const files = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const read = (f: string): Sample => ({ name: f, ext: f.endsWith('.md') ? '.md' : '.txt', text: fs.readFileSync(path.join(dir, f), 'utf8') });
  const draftName = files.find((f) => /^draft/i.test(f));
  if (!draftName) throw new Error(`no draft* article in ${dir}`);
  const sources = files.filter((f) => f !== draftName).map(read);
  if (sources.length === 0) throw new Error(`no source articles in ${dir}`);
  return { sources, draft: read(draftName) };
}

// ------------------------------------------------------------------ deterministic randomness

/** FNV-1a over a string: a stable seed for per-story choices. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A number in [0, 1) fixed by its key. */
function unit(key: string): number {
  let t = (hash(key) + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const pick = <T>(key: string, list: readonly T[]): T => list[Math.floor(unit(key) * list.length)];

// ------------------------------------------------------------------ vocabulary

/** Capitalised words that are never names: calendar, zones, titles, pronouns. */
const KEEP = new Set([
  'I', 'A', 'An', 'The', 'No', 'AM', 'PM', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gov', 'Sen', 'Rep', 'Lt', 'Sgt', 'Capt', 'Jr', 'Sr',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'GMT', 'UTC', 'EDT', 'EST', 'ET', 'CDT', 'CST', 'CT', 'MDT', 'MST', 'PDT', 'PST', 'PT', 'BST', 'CET', 'CEST',
  'Eastern', 'Central', 'Mountain', 'Pacific', 'Time', 'Celsius', 'Fahrenheit', 'DRAFT',
]);

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'dor', 'sel', 'tra', 'ben', 'rio', 'gal', 'fen', 'mar', 'zu', 'pel', 'hart', 'wick',
  'ston', 'ley', 'cor', 'an', 'bel', 'da', 'ro', 'tis', 'vel', 'quin', 'os', 'ber', 'ma', 'lin', 'tor', 'ga'];

/** A pronounceable made-up name for `word` in `story`, capitalised like the original. */
function pseudoName(word: string, story: number): string {
  if (word.length > 1 && word === word.toUpperCase()) {
    let out = '';
    for (let i = 0; i < word.length; i++) out += String.fromCharCode(65 + Math.floor(unit(`${story}:${word}:${i}`) * 26));
    return out;
  }
  const n = 2 + Math.floor(unit(`${story}:${word}:n`) * 2);
  let out = '';
  for (let i = 0; i < n; i++) out += pick(`${story}:${word}:${i}`, SYLLABLES);
  return out[0].toUpperCase() + out.slice(1);
}

/** Counted things swapped per story so unrelated stories count different things. */
const COUNTED = ['customers', 'homes', 'businesses', 'workers', 'people', 'transformers', 'lines', 'hospitals', 'intersections',
  'residents', 'households', 'crews', 'substations', 'libraries', 'centers', 'neighbors', 'calls', 'streets'];
const COUNTED_POOL = ['passengers', 'students', 'patients', 'tenants', 'voters', 'subscribers', 'visitors', 'employees', 'vehicles',
  'flights', 'trains', 'schools', 'farms', 'buses', 'ships', 'riders', 'members', 'shoppers', 'bridges', 'wells', 'clinics',
  'stores', 'trucks', 'pumps', 'towers', 'cabins', 'parcels', 'ferries', 'nurses', 'teachers', 'drivers', 'pilots'];

/** Words inside quotations that keep their meaning: function words and speech verbs. */
const QUOTE_KEEP = new Set(['that', 'this', 'what', 'when', 'with', 'from', 'have', 'they', 'their', 'there', 'were', 'will',
  'would', 'could', 'should', 'about', 'into', 'than', 'then', 'them', 'your', 'just', 'because', 'every', 'know', 'said']);

const WORD = /[A-Za-z][A-Za-z'’]*/g;

/** Rewrites sample articles as other stories. */
export class Varier {
  /** Capitalised words used as names somewhere (never seen in lower case). */
  readonly names = new Set<string>();
  /** Lower-case words seen inside quotations: the pool quotation words are drawn from per story. */
  private readonly quoteWords: string[];

  constructor(texts: readonly string[]) {
    const lower = new Set<string>();
    const capitalised = new Set<string>();
    const inQuotes = new Set<string>();
    for (const text of texts) {
      for (const m of text.matchAll(WORD)) {
        const w = m[0].replace(/['’]s$/, '');
        if (w === w.toLowerCase()) lower.add(w);
        else if (!sentenceStart(text, m.index)) capitalised.add(w);
      }
      for (const q of quotations(text)) for (const m of q.text.matchAll(WORD)) if (m[0].length >= 4 && m[0] === m[0].toLowerCase()) inQuotes.add(m[0]);
    }
    for (const w of capitalised) if (!lower.has(w.toLowerCase()) && !KEEP.has(w) && !KEEP.has(w.replace(/\.$/, ''))) this.names.add(w);
    this.quoteWords = [...inQuotes].filter((w) => !QUOTE_KEEP.has(w)).sort();
  }

  /** `text` as story `story` tells it (story 0 is the text unchanged). */
  vary(text: string, story: number): string {
    if (story === 0) return text;
    const quoted = quotations(text);
    let q = 0;
    let out = '';
    let last = 0;
    // Words and numbers in one left-to-right pass; everything else is copied.
    const token = /[A-Za-z][A-Za-z'’]*|\d+(?:[.,:]\d+)*/g;
    for (const m of text.matchAll(token)) {
      const at = m.index;
      const w = m[0];
      while (q < quoted.length && quoted[q].end <= at) q++;
      const inQuote = q < quoted.length && quoted[q].start <= at;
      let replacement = w;
      if (/^\d/.test(w)) replacement = this.figure(w, text, at, story);
      else {
        const base = w.replace(/['’]s$/, '');
        const suffix = w.slice(base.length);
        if (this.names.has(base)) replacement = pseudoName(base, story) + suffix;
        else if (COUNTED.includes(w)) replacement = pick(`${story}:counted:${w}`, COUNTED_POOL);
        else if (inQuote && w.length >= 4 && w === w.toLowerCase() && !QUOTE_KEEP.has(w)) replacement = pick(`${story}:quote:${w}`, this.quoteWords);
      }
      out += text.slice(last, at) + replacement;
      last = at + w.length;
    }
    return out + text.slice(last);
  }

  /** A number rewritten for the story: clock times shifted, years and dates kept, amounts scaled. */
  private figure(token: string, text: string, at: number, story: number): string {
    const after = text.slice(at + token.length, at + token.length + 6);
    const before = text.slice(Math.max(0, at - 6), at);
    const shift = Math.round((unit(`${story}:shift`) - 0.5) * 240); // the whole story moves by up to ±2 h
    if (/^\d{1,2}:\d\d$/.test(token)) {
      const [h, m] = token.split(':').map(Number);
      const minutes = (((h % 12) * 60 + m + shift) % 720 + 720) % 720;
      const hh = Math.floor(minutes / 60) || 12;
      return `${hh}:${String(minutes % 60).padStart(2, '0')}`;
    }
    if (/^\d{4}$/.test(token) && /^\s?(GMT|UTC|Z\b)/.test(after)) {
      const minutes = ((Number(token.slice(0, 2)) * 60 + Number(token.slice(2)) + shift) % 1440 + 1440) % 1440;
      return `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
    }
    if (/^(19|20)\d\d$/.test(token) || /^0\d/.test(token) || /-$/.test(before) || /^-\d/.test(after)) return token; // years, ISO dates
    if (/(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s$/.test(before)) return token; // day of month
    if (/^\s?(a\.m|p\.m|am\b|pm\b|o'clock)/i.test(after)) {
      const h = Number(token.replace(/,/g, ''));
      if (h >= 1 && h <= 12) return String(((h - 1 + Math.round(shift / 60)) % 12 + 12) % 12 + 1);
    }
    const value = Number(token.replace(/,/g, ''));
    if (!Number.isFinite(value) || value === 0) return token;
    const decimals = /\.(\d+)$/.exec(token)?.[1].length ?? 0;
    const factor = 0.3 + unit(`${story}:factor`) * 2.7;
    let scaled = value * factor;
    if (/^\s?(%|percent|per cent)/.test(after)) scaled = Math.min(scaled, 99);
    let s = decimals > 0 ? scaled.toFixed(decimals) : String(Math.max(1, Math.round(scaled)));
    if (token.includes(',')) s = Number(s).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    return s;
  }
}

function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '"' || text[i] === '“' || text[i] === '*' || text[i] === '(' || text[i] === '#')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '.' || text[i] === '?' || text[i] === '!' || text[i] === ':';
}

/** Spans of quotations (straight or curly double quotes), found by a single linear scan. */
function quotations(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') open = -1;
    else if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"') && open >= 0) {
      out.push({ start: open, end: i + 1, text: text.slice(open + 1, i) });
      open = -1;
    }
  }
  return out;
}

// ------------------------------------------------------------------ archives and drafts

const slug = (sample: Sample) => sample.name.replace(/^\d+[_-]?/, '').replace(/\.(txt|md)$/, '');

/** Source `i` of a generated archive: story ⌊i/5⌋, outlet i mod 5. */
export function sourceArticle(i: number, samples: readonly Sample[], varier: Varier): GeneratedArticle {
  const story = Math.floor(i / STORY_SIZE);
  const sample = samples[i % samples.length];
  const outlet = story === 0 ? slug(sample) : pseudoName(slug(sample), story).toLowerCase();
  const text = varier.vary(sample.text, story);
  return { name: `${String(i + 1).padStart(5, '0')}_${outlet}${sample.ext}`, text, words: countWords(text) };
}

/** Writes `count` sources into `dir` (flat), returns their names and the total word count. */
export function writeArchive(dir: string, count: number, samples: readonly Sample[], varier: Varier): { names: string[]; words: number } {
  fs.mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  let words = 0;
  for (let i = 0; i < count; i++) {
    const a = sourceArticle(i, samples, varier);
    fs.writeFileSync(path.join(dir, a.name), a.text);
    names.push(a.name);
    words += a.words;
  }
  return { names, words };
}

/**
 * The bench's sources written once per size into the temp folder (`name`-COUNT; the same texts every
 * time), for the tools that run a pass under valgrind in another process (instructions.ts, setCost.ts).
 */
export function tempArchive(name: string, count: number): string {
  const dir = path.join(os.tmpdir(), `${name}-${count}`);
  const have = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).length : 0;
  if (have !== count) {
    fs.rmSync(dir, { recursive: true, force: true });
    const { sources, draft } = loadSamples();
    writeArchive(dir, count, sources, new Varier([...sources, draft].map((s) => s.text)));
  }
  return dir;
}

/** Body paragraphs of a sample: no front matter, headings, bylines or one-line clutter. */
function bodyParagraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) =>
    countWords(p) >= 12 && !p.startsWith('#') && !p.startsWith('---') && !/^date\b/i.test(p) && !/^\*?By\b/.test(p));
}

/**
 * A draft of about `targetWords` words: the sample draft, then body paragraphs of the draft's own
 * story (the sources as written), then of later stories, until the target is reached.
 */
export function buildDraft(targetWords: number, draft: Sample, samples: readonly Sample[], varier: Varier): GeneratedArticle {
  let text = draft.text.trimEnd();
  let words = countWords(text);
  for (let story = 0; words < targetWords; story++) {
    for (const sample of samples) {
      for (const p of bodyParagraphs(varier.vary(sample.text, story))) {
        if (words >= targetWords) break;
        text += `\n\n${p}`;
        words += countWords(p);
      }
    }
  }
  return { name: `draft_bench${draft.ext}`, text: text + '\n', words };
}

/** One keystroke: insert `text` (one character) at `offset`, or delete the character there. */
export interface Keystroke {
  offset: number;
  insert: string;
  deleteCount: 0 | 1;
}

/**
 * `count` one-character edits of `text`, as an editor types: at several places spread over the
 * draft, a phrase is typed character by character (figures included), with an occasional backspace.
 */
export function typingEdits(text: string, count: number): Keystroke[] {
  const phrase = ' and 35 more crews arrived by 9:15 p.m.';
  const paragraphEnds: number[] = [];
  for (let i = text.indexOf('.\n'); i >= 0; i = text.indexOf('.\n', i + 1)) paragraphEnds.push(i + 1);
  if (paragraphEnds.length === 0) paragraphEnds.push(text.length);
  const places = Math.max(1, Math.ceil(count / phrase.length));
  const out: Keystroke[] = [];
  let shift = 0; // characters inserted so far before later places (places are visited in order)
  for (let p = 0; p < places && out.length < count; p++) {
    const base = paragraphEnds[Math.floor((p * paragraphEnds.length) / places)] - 1 + shift; // before the full stop
    let cursor = base;
    for (let k = 0; k < phrase.length && out.length < count; k++) {
      if (k > 0 && k % 13 === 0 && out.length + 1 < count) {
        // A typo and its backspace.
        out.push({ offset: cursor, insert: 'x', deleteCount: 0 });
        out.push({ offset: cursor, insert: '', deleteCount: 1 });
      }
      if (out.length >= count) break;
      out.push({ offset: cursor, insert: phrase[k], deleteCount: 0 });
      cursor++;
    }
    shift += cursor - base;
  }
  return out.slice(0, count);
}

/** Applies a keystroke to a text. */
export function applyKeystroke(text: string, k: Keystroke): string {
  return text.slice(0, k.offset) + k.insert + text.slice(k.offset + k.deleteCount);
}

/**
 * What the in-process typing benches type into: the 2,000-word draft and `count` sources, as
 * LiveReview inputs under `dir` (nothing is written there), from the project's samples.
 */
export function typingWorkspace(dir: string, count: number): { draft: GeneratedArticle; draftPath: string; uri: string; sources: ArticleInput[] } {
  const { sources: samples, draft } = loadSamples();
  const varier = new Varier([...samples, draft].map((s) => s.text));
  const built = buildDraft(2000, draft, samples, varier);
  const draftPath = path.join(dir, built.name);
  const sources: ArticleInput[] = Array.from({ length: count }, (_, i) => {
    const a = sourceArticle(i, samples, varier);
    const p = path.join(dir, a.name);
    return { path: p, uri: `file://${p}`, text: a.text, version: null };
  });
  return { draft: built, draftPath, uri: `file://${draftPath}`, sources };
}
