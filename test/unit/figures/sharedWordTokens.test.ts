// readSentenceFigures reads a source sentence's words from the people stage's tokens of it
// (sentenceFigureTokens), not by scanning them again: the figure tokens must be exactly those
// figureTokens gives, where the two tokenisers cut words differently (a possessive, a title's
// period, a joined hyphen or apostrophe, digits inside a word, "a.m.", "U.S.") or fold case
// differently (the people stage drops accents).
import { strict as assert } from 'node:assert';
import { figureTokens, sentenceFigureTokens } from '../../../server/src/analysis/claims/figures/tokens';
import { tokenize } from '../../../server/src/analysis/claims/people/tokens';
import { prepareText } from '../../../server/src/analysis/text';
import { corpora } from '../incremental/corpora';
import { joinedPieces, seeded } from '../robustness/arbitraries';

/** Fails where the two readings of plain[start, end) differ; the number of tokens read. */
function same(plain: string, start: number, end: number): number {
  const own = figureTokens(plain, start, end);
  const shared = sentenceFigureTokens(plain, start, end, tokenize(plain, start, end));
  assert.deepEqual(shared, own, JSON.stringify(plain.slice(start, end)));
  return own.length;
}

const sentence = (s: string): number => same(s, 0, s.length);

describe('figures: words read from the people stage\'s tokens', () => {
  it('reads possessives, titles, initials and dotted abbreviations as figureTokens does', () => {
    sentence('Mayor Okafor’s office said 12 homes were hit.');
    sentence("The council's 40,000 tenants and the Harrises' 3 dogs.");
    sentence('Dr. Ines Varga and Sen. Tom Reyes met at 9 a.m. on Friday in the U.S. capital.');
    sentence('Wm. Boateng, 54, and J. Ortiz paid $1.2bn.');
    sentence('The 3 p.m. session, the A.B.C. panel and the e.g. list.');
    sentence('Rana Haddad KC told the court 14 people were hurt.');
  });

  it('reads joined words, digits in words and apostrophes as figureTokens does', () => {
    sentence('A twelve-hour cyber-attack on the F16 plant cut 2nd-quarter output by 8%.');
    sentence("They don't know; we’re told 300 were there, O'Neill said.");
    sentence('The COVID-19 ward had 20 beds (twenty) and 4,00,000 rupees.');
    sentence('Workers—about 500—walked out; “we won’t go back,” one said.');
  });

  it('keeps the figures\' own case folding where the people stage folds accents', () => {
    // The people stage's lower case of "Hélène" is "helene"; the figures' is "hélène".
    const plain = 'Hélène Duré said the Søndergaard firm lost 2 million kroner.';
    sentence(plain);
    const tokens = sentenceFigureTokens(plain, 0, plain.length, tokenize(plain, 0, plain.length));
    assert.equal(tokens[0].lower, 'hélène');
    assert.equal(tokens.find((t) => t.text.startsWith('S'))?.lower, 'søndergaard');
    // The Kelvin sign is no ASCII letter: read by the figures' own scan.
    sentence('Temperatures near 300 \u212Aelvin in WEE\u212A 3.');
  });

  it('reads a sentence cut short of its end, spaces of every width and table gaps as figureTokens does', () => {
    const plain = 'Zone\tA  had 1 500 cases\u2009and\u202fB 12,15 mln zł, call 0800 123 456.';
    for (let end = 0; end <= plain.length; end++) same(plain, 0, end);
    for (let start = 0; start <= plain.length; start++) same(plain, start, plain.length);
    // With the people's tokens of the whole sentence: a word they read past the clause's end is not taken.
    const whole = tokenize(plain, 0, plain.length);
    for (let end = 0; end <= plain.length; end++) assert.deepEqual(sentenceFigureTokens(plain, 0, end, whole), figureTokens(plain, 0, end));
  });

  it('reads random sentences of words, numerals and marks as figureTokens does', () => {
    const pieces = ['one', 'One', 'Half', 'a', 'An', 'US', 'U.S.', 'a.m.', 'Dr.', 'Sen', 'KC', 'MP', 'don', "'t", '’s', "s'", 's’', 'é', 'ſ', 'ﬁ',
      'Ana', 'Ruiz', 'x', 'F', '16', '4', '12', '2.5', '40,000', '1 500', '-', '‐', "'", '.', ',', ':', '$', '£', '%', '(', ')', '“', '”', 'K', '\u212A',
      'million', 'bn', 'mln', 'customers', 'said', 'Monday', 'O', 'Neill'];
    const joins = ['', ' ', ' ', ' ', '-', '\u00a0', '\t', '  ', '\n', "'", '’', '.', ', '];
    const r = seeded(45);
    let tokens = 0;
    for (let n = 0; n < 5000; n++) tokens += sentence(joinedPieces(r, pieces, joins, 1 + Math.floor(r() * 12)));
    assert.ok(tokens > 20000, `only ${tokens} tokens`);
  });

  it('reads every sentence of the gold sets as figureTokens does', () => {
    let tokens = 0;
    for (const set of corpora()) {
      for (const file of set.files) {
        const text = prepareText(file.text, file.path);
        for (const s of text.sentences) tokens += same(text.plain, s.span.start, s.span.end);
      }
    }
    assert.ok(tokens > 10000, `only ${tokens} tokens`);
  });
});
