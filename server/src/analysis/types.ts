// The engine's vocabulary, shared by every stage. Offsets are UTF-16 code units into the article's
// original text (JavaScript string indices), so they convert to LSP positions without drift.

/** Half-open range [start, end) of UTF-16 offsets into an article's original text. */
export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- text

export type ArticleRole = 'source' | 'draft';

/**
 * An article's text ready for extraction. `plain` has exactly the length of `original`: markup
 * (front matter, code, link targets, emphasis markers, heading hashes) is blanked with spaces, so
 * every offset found in `plain` is valid in `original`.
 */
export interface ArticleText {
  original: string;
  plain: string;
  /** Paragraphs: runs of non-blank lines (a heading is its own paragraph). */
  paragraphs: Span[];
  /** Sentences in order; each lies inside one paragraph. Quotes spanning sentences stay whole. */
  sentences: Sentence[];
  /** Front matter keys (lower-case) with their string values, when the article has any. */
  frontMatter: Record<string, string>;
}

export interface Sentence {
  span: Span;
  /** Index into ArticleText.paragraphs. */
  paragraph: number;
  /** A title-case headline, byline, or page clutter ("READ: …", "JOIN US ON TELEGRAM"). */
  isHeading: boolean;
}

/** A calendar date; parts may be missing ("March 2023" has no day). Month is 1–12. */
export interface CalendarDate {
  year?: number;
  month?: number;
  day?: number;
}

// ---------------------------------------------------------------- claims

/** A numeric range after qualifiers: "nearly 40,000" → [36000, 40000]. Inclusive. */
export interface Interval {
  low: number;
  high: number;
}

export type Qualifier =
  | 'exact' // no qualifier
  | 'about' // around, about, approximately, roughly, some, an estimated
  | 'nearly' // nearly, almost, just under
  | 'more-than' // more than, over, above, upwards of
  | 'at-least' // at least, no fewer than
  | 'up-to' // up to, as much as, as many as
  | 'fewer-than' // fewer than, less than, under, below
  | 'past' // (times) past, after, later than
  | 'until' // (times) until, before, by
  | 'vague'; // "thousands", "dozens", "tens of thousands"

export type FigureUnit = 'count' | 'percent' | 'money' | 'duration';

export interface Figure {
  kind: 'figure';
  span: Span;
  /** The figure's words as written, qualifier included: "nearly 40,000 users". */
  text: string;
  /** The number as stated, in base units (8.5 million → 8500000; "an hour" → 1). */
  value: number;
  interval: Interval;
  qualifier: Qualifier;
  unit: FigureUnit;
  /** Currency code for money ("USD"), time unit for durations ("hour", "minute", "day", "year"). */
  measure?: string;
  /** Lemma of the thing counted: "user", "person", "device", "share", "hour"; null when unknown. */
  counted: string | null;
  /** For percentages, what it is a percent of ("issue", "market capitalization"), when stated. */
  of?: string | null;
  /** Index into ArticleText.sentences. */
  sentence: number;
  /** Spelled out in words ("eight hours", "two dozen", "an hour"). */
  inWords: boolean;
  /** Told as a range of two numbers ("£318m-£332m", "20,000 to 30,000"): its interval is the range. */
  range?: true;
  /** The number as written, where `value` is worked out from it ("97 degrees Fahrenheit" is 36.1 °C). */
  told?: number;
}

export interface TimeClaim {
  kind: 'time';
  span: Span;
  text: string;
  /** 'clock' for "10 a.m. ET"; 'date' for "Mar. 10, 2025", "last August", "Monday". */
  granularity: 'clock' | 'date';
  /** Clock times: minutes after 00:00 UTC of `date` (may be negative or ≥ 1440 before wrapping). */
  utcMinutes?: number;
  /** Clock times: minutes after local midnight as written (10:00 a.m. → 600). */
  localMinutes?: number;
  /** The zone as written or carried from earlier in the passage ("ET"); null when unknown. */
  zone: string | null;
  /** True when the zone is written next to this time, false when carried or assumed. */
  zoneExplicit: boolean;
  /** The zone is the one the article keeps for all its zone-less times (a heading, "All times EEST"): the story's local clock. */
  zoneOfStory?: boolean;
  /** Told on a named clock the engine does not know ("16:01 (Marlow time)"): zone 'local time', never read on a guessed story clock. */
  clockNamed?: boolean;
  /** The calendar date, as far as it is known (resolved against the dateline when relative). */
  date: CalendarDate;
  /** 0 = Sunday … 6 = Saturday, when a weekday was written. */
  weekday?: number;
  /** 'about' for "around 10 a.m.", 'past' for "past 1:30 p.m.", 'until' for "until 2 p.m.". */
  qualifier: Qualifier;
  sentence: number;
}

/**
 * What a clock time's distance from another reads (alignment/figures.ts, minutesApart): its values,
 * not where it stands. A claim kept only to be compared as a moment is kept as this, so its place in
 * the article is no part of the key of the claim that keeps it (findings/incremental.ts).
 */
export type ClockReading = Pick<TimeClaim, 'granularity' | 'utcMinutes' | 'localMinutes' | 'zone' | 'zoneExplicit' | 'clockNamed' | 'date'>;

export interface SpeakerRef {
  /** Canonical key of the person across all articles: lower-case full name ("elon musk"). */
  key: string;
  /** The words that name the speaker in this sentence ("Musk", "he", "the company"). */
  text: string;
  span: Span;
  /** 'named' when a name is written beside the quote, 'pronoun'/'role' when resolved. */
  via: 'named' | 'pronoun' | 'role';
}

export interface Venue {
  /** As written: "Fox Business Network's Kudlow", "Bluesky", "a post on X". */
  text: string;
  span: Span;
  /** Lower-case words of the outlet or platform, without articles: ["fox", "business", "network"]. */
  words: string[];
  /** 'outlet' for a news organisation or show, 'platform' for a social network or post. */
  type: 'outlet' | 'platform' | 'other';
}

export interface Quote {
  kind: 'quote';
  /** From the opening mark to the closing mark, both included (the whole run, if interrupted). */
  span: Span;
  text: string;
  /** The quoted words only, one span per piece ("…,” he said. “…" has two pieces). */
  pieces: Span[];
  speaker: SpeakerRef | null;
  venue: Venue | null;
  /** A fragment woven into the writer's sentence rather than a full quotation. */
  partial: boolean;
  sentence: number;
  /** A speaker's turn in a transcript ("SUPT BLACKWOOD: …"): the record itself, not a quotation in a report. */
  transcript?: boolean;
}

/** A person mentioned in the article, with the roles the article gives them. */
export interface Person {
  key: string;
  /** Longest form of the name seen in this article ("Elon Musk"). */
  name: string;
  mentions: Span[];
  /** "cybersecurity expert at Recorded Future", "CEO of CyberSheath". */
  roles: string[];
}

export type Claim = Figure | TimeClaim | Quote;

/** Everything extracted from one article. Pure data: safe to cache by content. */
export interface ArticleAnalysis {
  path: string;
  label: string;
  role: ArticleRole;
  text: ArticleText;
  /** The date the article is written on ("date 2025-03-11", a dateline), when it states one. */
  dateline: CalendarDate | null;
  figures: Figure[];
  times: TimeClaim[];
  quotes: Quote[];
  people: Person[];
  /** Where a figure or quote belongs in time: index into `times` per figure, or -1. */
  figureAnchors: number[];
}

// ---------------------------------------------------------------- findings

export type FindingKind =
  | 'figure-conflict'
  | 'time-conflict'
  | 'quote-mismatch'
  | 'attribution-conflict'
  | 'unsourced-claim';

export const FINDING_KINDS: readonly FindingKind[] = [
  'figure-conflict',
  'time-conflict',
  'quote-mismatch',
  'attribution-conflict',
  'unsourced-claim',
];

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** The other side of a finding: where another article says it differently. */
export interface Evidence {
  label: string;
  path: string;
  span: Span;
  text: string;
  /** attribution-conflict (optional, for quick fixes): whom the other article credits, full name. */
  speaker?: string;
  /** attribution-conflict (optional, for quick fixes): the venue the other article names, as written. */
  venue?: string;
}

export interface Finding {
  /** Stable across runs and unrelated edits: kind + label + normalised claim text. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  path: string;
  span: Span;
  /** The claim's words in this article. */
  text: string;
  against: Evidence[];
  /** attribution-conflict (optional, for quick fixes): which part disagrees and where this article writes it. */
  attribution?: { part: 'speaker' | 'venue'; span: Span; text: string };
}

/** How one article's claim stands against another article. */
export type Relation = 'agrees' | 'conflicts' | 'not-mentioned';

export interface ClaimComparison {
  label: string;
  path: string;
  relation: Relation;
  /** The other article's wording, when it mentions the claim. */
  span?: Span;
  text?: string;
  /** Normalised value for display: "40,000 users", "14:00 UTC", "Elon Musk". */
  value?: string;
}

/** A claim with every other article's version of it, for hovers and reports. */
export interface ClaimView {
  kind: 'figure' | 'time' | 'quote';
  span: Span;
  text: string;
  value: string;
  comparisons: ClaimComparison[];
}

export interface SpeakerQuote {
  path: string;
  label: string;
  span: Span;
  text: string;
  venue: string | null;
}

export interface SpeakerSummary {
  key: string;
  name: string;
  roles: string[];
  labels: string[];
  quotes: SpeakerQuote[];
}

export interface DocumentReview {
  path: string;
  label: string;
  role: ArticleRole;
  findings: Finding[];
  claims: ClaimView[];
}

export interface Review {
  documents: DocumentReview[];
  speakers: SpeakerSummary[];
}
