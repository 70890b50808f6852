// The people and quotes stages' shortcuts (thirteenth round) against the plain computations they
// replace, on every sentence and paragraph of the gold sets and on generated text: runs trimmed once
// and kept with the runs, the quick checks before the role-suffix and past-tense patterns, the
// quotation-mark search that lets paragraphs without marks skip pairMarks, the in-place word count,
// and the one string kept per non-Latin-1 punctuation mark.
import { strict as assert } from 'node:assert';
import { prepareText } from '../../../server/src/analysis/text';
import type { ArticleText } from '../../../server/src/analysis/types';
import { findRuns, isVerbLike, rejectReason, trimRun, trimmedRuns, type NameRun } from '../../../server/src/analysis/claims/people/names';
import {
  COMMON_VERBS, FIRST_NAMES, HONORIFICS, MONTHS_AND_DAYS, OFFICE_TITLES, ORG_WORDS, PARTICLES, PLACES, ROLE_NOUNS, SPEECH_VERBS, isRoleWord,
} from '../../../server/src/analysis/claims/people/lexicon';
import { tokenize, type Token } from '../../../server/src/analysis/claims/people/tokens';
import { isGivenName } from '../../../server/src/analysis/claims/people/givenNames';
import { familyNameFirst } from '../../../server/src/analysis/claims/people/nameOrder';
import { pairMarks } from '../../../server/src/analysis/claims/quotes/marks';
import { holdsQuotationMark, quotationMarks } from '../../../server/src/analysis/text/quotationMarks';
import { wordCount } from '../../../server/src/analysis/claims/quotes/index';
import { LocalMemo, withMemo } from '../../../server/src/analysis/local';
import { corpora } from '../incremental/corpora';
import { seeded } from '../robustness/arbitraries';

const texts = (): ArticleText[] => corpora().flatMap((set) => set.files.map((f) => prepareText(f.text, f.path)));

/** The plain forms, as they were written before the shortcuts. */
const plainRoleWord = (lower: string): boolean => ROLE_NOUNS.has(lower) || (lower.length >= 6 && /^\p{Ll}{3,}(?:ologist|ist|ician|iatrist)$/u.test(lower));
const plainVerbLike = (t: Token | undefined): boolean => {
  if (!t || t.kind !== 'word' || t.cap) return false;
  if (SPEECH_VERBS.has(t.lower) || COMMON_VERBS.has(t.lower)) return true;
  return t.lower.length >= 4 && /^\p{Ll}+ed$/u.test(t.lower) && !/eed$/.test(t.lower) && t.lower !== 'hundred';
};
const plainWordCount = (plain: string, pieces: { start: number; end: number }[]): number => {
  let n = 0;
  for (const p of pieces) n += plain.slice(p.start, p.end).split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
  return n;
};

/** rejectReason as written before the fifteenth round: an array of the core words, then one of their lower cases. */
function plainRejectReason(tokens: Token[], run: NameRun): string | null {
  const words: Token[] = [];
  for (let i = run.first; i <= run.last; i++) if (!PARTICLES.has(tokens[i].lower)) words.push(tokens[i]);
  if (words.length === 0) return 'empty';
  const lowers = words.map((w) => w.lower);
  const named = run.title >= 0 || (FIRST_NAMES.has(lowers[0]) && !MONTHS_AND_DAYS.has(lowers[0]));
  for (let i = 0; i < words.length; i++) if (MONTHS_AND_DAYS.has(lowers[i]) && !(named && i > 0)) return 'date';
  if (PLACES.has(lowers.join('_'))) return 'place';
  if (lowers.every((w) => ROLE_NOUNS.has(w) || OFFICE_TITLES.has(w) || HONORIFICS.has(w) || w === 'chief' || w === 'deputy' || w === 'acting')) return 'role';
  if (words.length > 1 && ['officer', 'executive', 'secretary', 'minister', 'director', 'commissioner', 'adviser', 'advisor', 'administrator', 'superintendent', 'spokesperson', 'spokesman', 'spokeswoman'].includes(lowers[lowers.length - 1]) &&
    !isGivenName(lowers[0]) && !FIRST_NAMES.has(lowers[0])) return 'role';
  for (let i = 0; i < lowers.length - 1; i++) if (['cyclone', 'hurricane', 'typhoon', 'superstorm', 'supertyphoon'].includes(lowers[i]) || (lowers[i] === 'tropical' && lowers[i + 1] === 'storm')) return 'storm';
  const lastWord = lowers[lowers.length - 1];
  const firstKnown = FIRST_NAMES.has(lowers[0]);
  // Round 45: a Korean family name that is also a word of places ("Park Ji-woo") before a hyphened given name.
  const familyFirst = familyNameFirst(lowers);
  if (ORG_WORDS.has(lastWord) && !(firstKnown && words.length === 2) && !familyFirst) return 'organisation';
  // Round 38: a department's last word ("Corporate Communications", "Public Affairs").
  if (['affairs', 'resources', 'logistics', 'marketing', 'procurement', 'compliance'].includes(lastWord) || (lastWord.length >= 8 && /(?:tions|sions)$/.test(lastWord))) return 'department';
  for (let i = 0; i < lowers.length - 1; i++) if (ORG_WORDS.has(lowers[i]) && !firstKnown && !familyFirst) return 'organisation';
  const w0 = lowers[0];
  if (words.length > 1 && w0.length >= 5 && w0.endsWith('ed') && !w0.endsWith('eed') && !firstKnown) return 'participle';
  if (w0.endsWith('ing') && w0.length >= 6 && !firstKnown) return 'participle';
  return null;
}

/** Generated text: ASCII words, accented and astral letters, marks, digits, Unicode spaces, quotation marks, breaks. */
function generated(seed: number, length: number): string {
  const rnd = seeded(seed);
  const parts = ['Musk', 'said', 'hydrologist', 'Paediatrician', 'expressed', 'speed', 'hundred', 'Ólafsdóttir', 'naïve',
    '𝒜𝒷', '𐐀𐐨', 'e\u0301', '42', '3.5', ' ', '  ', '\u00a0', '\u2003', '\u3000', '\t', '\n', '\r\n', '\r', '“', '”', '"',
    '’', '—', '…', ',', '.', ':', 'Sen.', 'U.S.', 'O’Brien', 'Hamas’', 'Jr.', 'ΟΔΥΣΣΕΑΣ', 'ß', '\u200b', '\ufeff'];
  let out = '';
  while (out.length < length) out += parts[Math.floor(rnd() * parts.length)];
  return out;
}

describe('people and quotes shortcuts give the plain answers', () => {
  it('trimmed runs are trimRun of every run, kept with the runs, while editing too', () => {
    let runs = 0;
    const check = (): void => {
      for (const text of texts()) {
        for (const s of text.sentences) {
          const tokens = tokenize(text.plain, s.span.start, s.span.end);
          const trimmed = trimmedRuns(text.plain, tokens);
          assert.deepStrictEqual(trimmed, findRuns(text.plain, tokens).map((r) => trimRun(tokens, r)));
          assert.equal(trimmedRuns(text.plain, tokens), trimmed, 'asked again: the kept array');
          runs += trimmed.length;
        }
      }
    };
    check();
    withMemo(new LocalMemo(), check);
    assert.ok(runs > 1000, `${runs} runs`);
  });

  it('role words and past tenses answer as the patterns alone, on every word of the gold sets and generated words', () => {
    const words = new Set<string>();
    for (const text of texts()) for (const t of tokenize(text.plain, 0, text.plain.length)) if (t.kind === 'word') words.add(t.lower);
    for (let seed = 1; seed <= 50; seed++) for (const t of tokenize(generated(seed, 400), 0, 400)) if (t.kind === 'word') words.add(t.lower);
    for (const w of ['hydrologist', 'psychiatrist', 'paediatrician', 'optician', 'ist', 'twist', 'artist', 'exist', 'persist', 'musician', 'hundred', 'speed', 'agreed', 'red', 'bled', 'naïveed', 'ólafsed']) words.add(w);
    let roles = 0;
    let past = 0;
    for (const w of words) {
      assert.equal(isRoleWord(w), plainRoleWord(w), w);
      const token: Token = { kind: 'word', text: w, lower: w, start: 0, end: w.length, cap: false, possessive: false, after: w.length };
      assert.equal(isVerbLike(token), plainVerbLike(token), w);
      if (isRoleWord(w)) roles++;
      if (isVerbLike(token)) past++;
    }
    assert.ok(words.size > 3000 && roles > 50 && past > 100, `${words.size} words, ${roles} roles, ${past} verb-like`);
  });

  it('a span holds a quotation mark exactly when holdsQuotationMark says so; without one pairMarks finds no pair', () => {
    const rnd = seeded(7);
    let skipped = 0;
    const check = (plain: string, spans: { start: number; end: number }[]): void => {
      const marks = quotationMarks(plain);
      for (const s of spans) {
        const has = /[“”"]/.test(plain.slice(s.start, s.end));
        assert.equal(holdsQuotationMark(marks, s.start, s.end), has, `${s.start}-${s.end}`);
        if (!has) { assert.deepStrictEqual(pairMarks(plain, s), []); skipped++; }
      }
    };
    for (const text of texts()) {
      check(text.plain, text.paragraphs);
      // Out of order and overlapping, as no caller asks today: still the plain answer.
      const spans = Array.from({ length: 30 }, () => { const a = Math.floor(rnd() * text.plain.length); return { start: a, end: Math.min(text.plain.length, a + Math.floor(rnd() * 300)) }; });
      check(text.plain, spans);
    }
    for (let seed = 1; seed <= 30; seed++) {
      const plain = generated(seed, 2000);
      const spans = Array.from({ length: 40 }, () => { const a = Math.floor(rnd() * plain.length); return { start: a, end: Math.min(plain.length, a + Math.floor(rnd() * 120)) }; });
      check(plain, spans.sort((x, y) => x.start - y.start));
      check(plain, spans);
    }
    assert.ok(skipped > 200, `${skipped} spans without a mark`);
  });

  it('word counts equal split-and-filter on every quotation, paragraph and generated piece', () => {
    const rnd = seeded(11);
    let pieces = 0;
    for (const text of texts()) {
      const spans = [...text.paragraphs, ...text.paragraphs.flatMap((p) => pairMarks(text.plain, p).map((m) => ({ start: m.open + 1, end: m.close })))];
      for (const s of spans) { assert.equal(wordCount(text.plain, [s]), plainWordCount(text.plain, [s])); pieces++; }
      assert.equal(wordCount(text.plain, spans), plainWordCount(text.plain, spans));
    }
    for (let seed = 1; seed <= 200; seed++) {
      const plain = generated(seed, 300);
      const a = Math.floor(rnd() * 150);
      const spans = [{ start: a, end: a + Math.floor(rnd() * 150) }, { start: 0, end: plain.length }];
      assert.equal(wordCount(plain, spans), plainWordCount(plain, spans), JSON.stringify(plain));
      pieces++;
    }
    assert.ok(pieces > 1000, `${pieces} pieces`);
  });

  it('a punctuation token is the character it stands for', () => {
    let wide = 0;
    const check = (plain: string): void => {
      for (const t of tokenize(plain, 0, plain.length)) {
        if (t.kind !== 'punct') continue;
        assert.equal(t.text, plain[t.start]);
        assert.equal(t.lower, plain[t.start]);
        if (t.text.charCodeAt(0) > 255) wide++;
      }
    };
    for (const text of texts()) check(text.plain);
    for (let seed = 1; seed <= 30; seed++) check(generated(seed, 500));
    assert.ok(wide > 100, `${wide} non-Latin-1 marks`);
  });

  it('rejectReason, reading the core words in place, gives the plain answer for every run and trimmed run', () => {
    const reasons = new Map<string | null, number>();
    const check = (plain: string, tokens: Token[], run: NameRun): void => {
      const got = rejectReason(tokens, run);
      assert.equal(got, plainRejectReason(tokens, run), `${plain.slice(tokens[run.first].start, tokens[run.last].end)}`);
      reasons.set(got, (reasons.get(got) ?? 0) + 1);
    };
    const sentences = texts().flatMap((t) => t.sentences.map((s) => ({ plain: t.plain, span: s.span })));
    for (let seed = 1; seed <= 40; seed++) {
      const plain = generated(seed, 3000);
      sentences.push({ plain, span: { start: 0, end: plain.length } });
    }
    // Runs made of particles, titles, months, places, organisations and participles, every way round.
    const words = ['von', 'der', 'al', 'bin', 'Chief', 'Executive', 'Officer', 'Monday', 'March', 'May', 'Theresa', 'New', 'York',
      'United', 'Airlines', 'Recorded', 'Future', 'Acting', 'Deputy', 'Group', 'Bank', 'Leading', 'Elon', 'Musk', 'Sen.', 'Mr'];
    const rnd = seeded(15);
    for (let n = 0; n < 3000; n++) {
      const plain = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => words[Math.floor(rnd() * words.length)]).join(' ') + ' said.';
      sentences.push({ plain, span: { start: 0, end: plain.length } });
    }
    for (const { plain, span } of sentences) {
      const tokens = tokenize(plain, span.start, span.end);
      for (const run of findRuns(plain, tokens)) check(plain, tokens, run);
      for (const run of trimmedRuns(plain, tokens)) if (run) check(plain, tokens, run);
      // Every span of up to four tokens, as a run with and without a title.
      for (let first = 0; first < Math.min(tokens.length, 40); first++) {
        for (let last = first; last < Math.min(tokens.length, first + 4); last++) {
          check(plain, tokens, { first, last, title: -1 });
          check(plain, tokens, { first, last, title: first > 0 ? first - 1 : -1 });
        }
      }
    }
    for (const r of ['empty', 'date', 'place', 'role', 'organisation', 'participle', null]) assert.ok((reasons.get(r) ?? 0) > 0, `no run gave ${r}`);
  });
});
