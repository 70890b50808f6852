// A speaker's number quoted in words by one source and in digits by another: the same words, so
// neither is a misquote; a word changed next to the number still is.
import { strict as assert } from 'node:assert';
import { asNumeral, numbersAsValues } from '../../../server/src/analysis/alignment/numberWords';
import { tokenize } from '../../../server/src/analysis/alignment/words';

/** The norms a quotation's words are compared by, numbers read as values. */
function norms(text: string): string[] {
  const words = tokenize(text).map((t) => ({ norm: asNumeral(t.norm), start: t.start, end: t.end, wildBefore: false }));
  return numbersAsValues(text, { start: 0, end: text.length }, words).map((w) => w.norm);
}
import { findingsIn } from '../findings/review';

describe('quotations: numbers in words and in digits', () => {
  it('compares a number word as its numeral', () => {
    assert.equal(asNumeral('forty'), '40');
    assert.equal(asNumeral('sixtyseven'), '67');
    assert.equal(asNumeral('eleven'), '11');
    assert.equal(asNumeral('third'), '3rd');
    assert.equal(asNumeral('eightyfirst'), '81st');
    assert.equal(asNumeral('twelfth'), '12th');
    assert.equal(asNumeral('often'), 'often');
    assert.equal(asNumeral('someone'), 'someone');
    assert.equal(asNumeral('tent'), 'tent');
  });

  it('reads a number told in several words or with a sign as one value', () => {
    assert.deepEqual(norms('a rise of six and a half per cent'), norms('a rise of 6.5%'));
    assert.deepEqual(norms('a rise of 6.5%'), ['a', 'rise', 'of', '6.5%']);
    assert.deepEqual(norms('some 12,400 homes'), ['some', '12400', 'homes']);
    assert.deepEqual(norms('two hundred and ten homes'), ['210', 'homes']);
    // Words a number covers only in part stay as they are: a score, a clock time.
    assert.deepEqual(norms('won 3-0 by 4pm'), ['won', '30', 'by', '4pm']);
  });

  it('reads a currency named after a number as the sign before it', () => {
    assert.deepEqual(norms('we borrowed thirty-one million dollars for a bridge'), norms('we borrowed $31 million for a bridge'));
    assert.deepEqual(norms('a bill of 4,000 pounds'), norms('a bill of £4,000'));
    assert.deepEqual(norms('it cost him nine pounds'), ['it', 'cost', 'him', '9']);
    // A word that only follows the number is still a word: "two dollar coins" keeps "coins".
    assert.deepEqual(norms('two dollar coins'), ['2', 'coins']);
  });

  it('raises no misquote between "$31 million" and "thirty-one million dollars"', () => {
    const money = {
      '001_radio.txt': 'PAUL ESTRADA: Nobody fixes the library roof, but "we borrowed thirty-one million dollars for a bridge nobody uses," Paul Estrada said.',
      '002_paper.txt': 'Resident Paul Estrada said: "We borrowed $31 million for a bridge nobody uses."',
    };
    assert.deepEqual(findingsIn(money, '001_radio.txt', 'quote-mismatch'), []);
    assert.deepEqual(findingsIn(money, '002_paper.txt', 'quote-mismatch'), []);
    const other = { ...money, '002_paper.txt': 'Resident Paul Estrada said: "We borrowed $41 million for a bridge nobody uses."' };
    assert.equal(findingsIn(other, '002_paper.txt', 'quote-mismatch').length, 1);
  });

  const files = {
    '001_radio.txt': '"We have forty-eight hours to get the bridge open again, and we will use every one of them," Mayor Priya Okafor said on Thursday.',
    '002_paper.txt': 'Mayor Priya Okafor told reporters: "We have 48 hours to get the bridge open again, and we will use every one of them."',
  };

  it('raises no misquote between "forty-eight hours" and "48 hours"', () => {
    assert.deepEqual(findingsIn(files, '001_radio.txt', 'quote-mismatch'), []);
    assert.deepEqual(findingsIn(files, '002_paper.txt', 'quote-mismatch'), []);
  });

  it('still finds a word changed beside the number', () => {
    const changed = { ...files, '002_paper.txt': 'Mayor Priya Okafor told reporters: "We have 48 hours to get the road open again, and we will use every one of them."' };
    assert.equal(findingsIn(changed, '002_paper.txt', 'quote-mismatch').length, 1);
  });

  it('finds a different number, whichever way each side writes it', () => {
    const other = { ...files, '002_paper.txt': 'Mayor Priya Okafor told reporters: "We have 72 hours to get the bridge open again, and we will use every one of them."' };
    assert.equal(findingsIn(other, '002_paper.txt', 'quote-mismatch').length, 1);
  });
});
