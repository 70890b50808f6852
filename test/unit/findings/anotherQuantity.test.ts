// A draft's figure whose number the sources give only to another quantity, while three sources or
// more tell the draft's own thing, in its words, with one other number ("weekday admissions rose
// 7.3%" where weekday admissions rose 4.1% and 7.3% was the box office): the number is misplaced.
// Not when a source tells the draft's figure in like words with no such rival, nor when the sources
// disagree among themselves, nor for a rounded figure, nor on two sources alone.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

const sources = {
  '000_wire.txt': 'Published May 6, 2027\n\nWeekday admissions, which leave out premieres, rose 4.1 percent in the first quarter, ahead of the 3 percent forecast.\n\nTotal takings rose 7.3 percent to 58 million euros.',
  '001_call.txt': 'Published May 6, 2027\n\nFINANCE CHIEF: Takings were up seven point three per cent. Weekday admissions at the cinema chain grew four point one per cent in the first quarter.',
  '002_release.txt': 'Published May 6, 2027\n\nTakings rose 7.3% to EUR 58m, and weekday admissions rose 4.1%.',
  '003_blog.md': 'Published May 6, 2027\n\nThe chain beat forecasts.\n\n- Weekday admissions +4.1% (forecast 3%)',
  '004_paper.md': 'Published May 6, 2027\n\nThe cinema chain said weekday admissions rose 4.1% in the first quarter, while takings from food and drink grew 11%.\n\n| Takings | EUR 58m (+7.3%) |',
};
const draft = (figure: string, thing = 'weekday admissions') => `The cinema chain said ${thing} rose ${figure} in the first quarter, comfortably ahead of the 3% forecast.`;

describe('figure findings: the draft\'s number belongs to another quantity', () => {
  it('flags a draft that gives its thing the number the sources give to another', () => {
    const files = { ...sources, 'draft_cinema.md': draft('7.3%') };
    const found = figureConflicts(files, 'draft_cinema.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '7.3%');
    assert.ok(found[0].against.length >= 3, JSON.stringify(found[0].against));
  });

  it('does not flag the number told of its own quantity', () => {
    const files = { ...sources, 'draft_cinema.md': draft('7.3%', 'takings') };
    assert.deepEqual(figureConflicts(files, 'draft_cinema.md'), []);
  });

  it('a draft that sides with a source telling its thing with its number is held only to the source that disputes it in like words', () => {
    const files = {
      ...sources,
      '005_column.txt': 'Published May 6, 2027\n\nBy our count weekday admissions at the cinema chain rose 7.3% in the first quarter.',
      'draft_cinema.md': draft('7.3%'),
    };
    const found = figureConflicts(files, 'draft_cinema.md');
    // Not the misplaced-number finding against three sources or more: the sources dispute the number.
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.ok(found[0].against.length < 3, JSON.stringify(found[0].against));
  });

  it('does not flag when the sources give the draft\'s thing different numbers among themselves', () => {
    const files = {
      ...sources,
      '003_blog.md': 'Published May 6, 2027\n\nThe chain beat forecasts.\n\n- Weekday admissions +5.6% (forecast 3%)',
      'draft_cinema.md': draft('7.3%'),
    };
    assert.deepEqual(figureConflicts(files, 'draft_cinema.md'), []);
  });

  it('does not flag a rounded figure of the thing', () => {
    const files = { ...sources, 'draft_cinema.md': draft('about 4%') };
    assert.deepEqual(figureConflicts(files, 'draft_cinema.md'), []);
  });

  it('does not flag on two sources alone', () => {
    const files = { '002_release.txt': sources['002_release.txt'], '003_blog.md': sources['003_blog.md'], 'draft_cinema.md': draft('7.3%') };
    assert.deepEqual(figureConflicts(files, 'draft_cinema.md'), []);
  });
});
