// Text generators for the robustness tests: any UTF-16 (lone surrogates included), news-shaped token
// soup (figures, clock times, quotation marks, names, markup, line endings), and the nasty bits
// (NUL, BOM, emoji sequences, right-to-left text and marks). All example words are our own.
import fc from 'fast-check';

/** Pieces of news copy, markup and junk, joined at random. */
export const NEWS_TOKENS = [
  '1,200', '3,400', '0', '7', '12.5', '40,000', '1.2 million', '$4.5 million', '€3bn', '12%', '2024', '1999', 'No. 3',
  '9 a.m.', '10:15 p.m. ET', '0630 GMT', 'noon', 'Monday', 'March 2', 'Mar. 10, 2025', 'last week', 'two hours', 'a dozen',
  'about', 'more than', 'nearly', 'at least', 'up to', 'fewer than', 'thousands of', 'people', 'homes', 'customers', 'users',
  'were evacuated', 'lost power', 'said', 'told', 'wrote', 'according to', 'in a post on X', 'on Bluesky', 'told Channel 9',
  'Mayor', 'Chief', 'Dr.', 'Mr.', 'Ms.', 'Ana Ruiz', 'Tom Okafor', 'the company', 'he', 'she', 'they', 'U.S.', 'a.m.', 'p.m.',
  '“', '”', '"', "'", '‘', '’', '«', '»', '(', ')', '[', ']', '{', '}', ',', '.', ';', ':', '?', '!', '…', '—', '–', '-',
  ' ', ' ', ' ', '\t', '\u00a0', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n',
  '---\n', '# ', '## ', '* ', '1. ', '> ', '```', '`', '**', '_', '[link](https://example.org/a_(b))', '<!-- x -->', '| a | 1 |',
  'ASHFORD, Vt., March 2 (Ridge Wire) - ', 'draft: true', 'title: x',
  '\u0000', '\ufeff', '\u200b', '\u200f', '\u202e', '\u2028', '\ud800', '\udfff', '😀', '👩‍👩‍👧', '🇺🇸', 'é', 'e\u0301',
  'שלום 12 אנשים', 'مرحبا ٣٤٥', '١٢٣', '中文 1,200 人', 'Ωμέγα', 'İstanbul',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const codePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });

/** Any sequence of UTF-16 code units: unpaired surrogates, NUL, controls, every plane. */
export const anyUtf16 = (maxLength = 400) => fc.string({ unit: fc.oneof(codeUnit, codePoint), maxLength, size: 'max' });

/** News-shaped text: tokens from NEWS_TOKENS mixed with random characters and words. */
export const newsSoup = (maxTokens = 200) =>
  fc.array(fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...NEWS_TOKENS) },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z]{1,10}$/) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(String) },
    { weight: 1, arbitrary: codeUnit },
  ), { maxLength: maxTokens, size: 'max' }).map((parts) => parts.join(''));

/** Either kind, so one property sees both. */
export const anyArticleText = fc.oneof(anyUtf16(), newsSoup());

export const articlePath = fc.constantFrom('001_wire.txt', '002_outlet.md', 'notes.markdown', 'draft_story.md', 'draft_story.txt');

/** Deterministic pseudo-random numbers for the fixed large inputs (same text every run). */
/**
 * `count` pieces drawn with `r`, each after the first preceded by a join drawn with `r` (the join
 * first): the random phrases the fast-path tests compare a shortcut and its plain answer on.
 */
export function joinedPieces(r: () => number, pieces: readonly string[], joins: readonly string[], count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += (i > 0 ? joins[Math.floor(r() * joins.length)] : '') + pieces[Math.floor(r() * pieces.length)];
  return text;
}

export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` UTF-16 units of news tokens on ONE line (no line breaks), from a fixed seed. */
export function singleLineSoup(length: number, seed = 1): string {
  const rand = seeded(seed);
  const tokens = NEWS_TOKENS.filter((t) => !/[\n\r\u2028]/.test(t));
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const t = tokens[Math.floor(rand() * tokens.length)] + ' ';
    parts.push(t);
    n += t.length;
  }
  return cut(parts.join(''), length);
}

/** The first `length` units of `text`, not ending inside a surrogate pair. */
export function cut(text: string, length: number): string {
  const c = text.charCodeAt(length - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? length - 1 : length);
}

/** `unit` repeated to `length` units. */
export function repeat(unit: string, length: number): string {
  return cut(unit.repeat(Math.ceil(length / unit.length)), length);
}
