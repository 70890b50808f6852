// What a misattribution fix replaces: the speaker's name or the venue where this article writes it,
// and what each other article writes instead. Read from the finding when the engine fills
// `Finding.attribution` / `Evidence.speaker|venue`, otherwise from the articles' quotations (the
// engine's analyses, pure data).
import type { ArticleAnalysis, Finding, Quote, Span, Venue } from '../analysis/types';

export interface AttributionTarget {
  part: 'speaker' | 'venue';
  /** Where this article writes the speaker or venue. */
  span: Span;
  /** The words there now. */
  text: string;
  /** What each other article writes instead, by label (ready to insert). */
  others: { label: string; text: string }[];
}

const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** The quotation of `article` that the span points at: the same span, else the one overlapping most. */
function quoteAt(article: ArticleAnalysis, span: Span): Quote | undefined {
  let best: Quote | undefined;
  let most = 0;
  for (const q of article.quotes) {
    if (q.span.start === span.start && q.span.end === span.end) return q;
    const o = overlap(q.span, span);
    if (o > most) { best = q; most = o; }
  }
  return best;
}

const lastWord = (name: string) => name.trim().split(/\s+/).pop()?.toLowerCase() ?? '';

/** The full name of a quotation's speaker in its article ("Darnell Hughes"), when it is named. */
function speakerName(article: ArticleAnalysis, q: Quote): string | undefined {
  const s = q.speaker;
  if (!s) return undefined;
  const person = article.people.find((p) => p.key === s.key);
  if (person) return person.name;
  return s.via === 'named' ? s.text : undefined;
}

/** The name part of a venue as written: "a post on Bluesky" → "Bluesky", "the BBC" stays whole. */
export function venueName(text: string, offset: number): { span: Span; text: string } | undefined {
  const words: { start: number; end: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) words.push({ start: m.index, end: m.index + m[0].length });
  // Lower-case lead words ("a post on", "an interview with") are not the name; "the" before one is.
  const isLower = (w: { start: number }) => /\p{Ll}/u.test(text.charAt(w.start));
  let k = 0;
  while (k < words.length && isLower(words[k])) k++;
  if (k >= words.length) return undefined;
  if (k > 0 && text.slice(words[k - 1].start, words[k - 1].end) === 'the') k--;
  const start = words[k].start;
  const end = words[words.length - 1].end;
  return { span: { start: offset + start, end: offset + end }, text: text.slice(start, end) };
}

function venueWords(v: Venue): string {
  return v.words.join(' ');
}

/**
 * The other side's speaker in the form this article uses: a surname for a surname ("Calloway" →
 * "Wren"); for a pronoun or a full name, the full name unless the article already names them.
 */
function nameAsWritten(full: string | undefined, written: string, text: string): string | undefined {
  if (!full) return undefined;
  const name = full.trim();
  const surname = name.split(/\s+/).pop() ?? name;
  const pronoun = /^(?:he|she|they)$/i.test(written.trim());
  if (!pronoun) return /\s/.test(written.trim()) ? name : surname;
  const known = new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text);
  return known ? surname : name;
}

/**
 * The speaker or venue to correct for an attribution-conflict finding. `self` is the finding's
 * article; `articleOf` finds the other articles. Undefined when there is nothing safe to replace.
 */
export function attributionTarget(finding: Finding, self: ArticleAnalysis, articleOf: (path: string) => ArticleAnalysis | undefined): AttributionTarget | undefined {
  if (finding.kind !== 'attribution-conflict') return undefined;
  const text = self.text.original;
  // The engine's own account, when it gives one.
  if (finding.attribution) {
    const part = finding.attribution.part;
    const written = finding.attribution.text;
    const others = finding.against
      .map((e) => ({ label: e.label, text: (part === 'speaker' ? nameAsWritten(e.speaker, written, text) : e.venue) ?? '' }))
      .filter((o) => o.text !== '');
    if (others.length > 0) return { part, span: finding.attribution.span, text: written, others };
  }
  const mine = quoteAt(self, finding.span);
  if (!mine) return undefined;
  const theirs = finding.against.map((e) => {
    const article = articleOf(e.path);
    const q = article ? quoteAt(article, e.span) : undefined;
    return article && q ? { label: e.label, article, q } : undefined;
  }).filter((x): x is { label: string; article: ArticleAnalysis; q: Quote } => x !== undefined);
  if (theirs.length === 0) return undefined;

  // A different person: replace the name as this article writes it (surname for surname; a
  // pronoun or a role becomes the name, in full unless the article already names them).
  const s = mine.speaker;
  const mineName = s ? speakerName(self, mine) : undefined;
  if (s) {
    const written = text.slice(s.span.start, s.span.end);
    const others: AttributionTarget['others'] = [];
    for (const t of theirs) {
      const name = speakerName(t.article, t.q);
      if (!name || lastWord(name) === lastWord(mineName ?? written)) continue;
      const surname = name.trim().split(/\s+/).pop()!;
      const known = new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text);
      const short = s.via === 'named' ? !/\s/.test(written.trim()) : known;
      others.push({ label: t.label, text: short ? surname : name.trim() });
    }
    if (others.length > 0) return { part: 'speaker', span: s.span, text: written, others };
  }

  // The same person, a different venue: replace the venue's name.
  const v = mine.venue;
  if (!v) return undefined;
  const here = venueName(text.slice(v.span.start, v.span.end), v.span.start);
  if (!here) return undefined;
  const others: AttributionTarget['others'] = [];
  for (const t of theirs) {
    const tv = t.q.venue;
    if (!tv || tv.type !== v.type || venueWords(tv) === venueWords(v)) continue;
    const there = venueName(t.article.text.original.slice(tv.span.start, tv.span.end), tv.span.start);
    if (there) others.push({ label: t.label, text: there.text.replace(/\s+/g, ' ') });
  }
  return others.length > 0 ? { part: 'venue', span: here.span, text: here.text, others } : undefined;
}
