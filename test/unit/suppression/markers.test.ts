import * as assert from 'node:assert/strict';
import { isMarkedSourceNeeded, sourceNeededInsertion } from '../../../server/src/suppression/markers';

const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('suppression: [source needed] markers', () => {
  it('a marker right after the claim, later in its sentence, or after its full stop marks it', () => {
    for (const text of [
      'The pier cost £4.2 million [source needed] to rebuild.',
      'The pier cost £4.2 million to rebuild [source needed].',
      'The pier cost £4.2 million to rebuild. [source needed]',
      'The pier cost £4.2 million to rebuild at 9 a.m. on Friday. [Citation needed]',
    ]) assert.equal(isMarkedSourceNeeded(text, span(text, '£4.2 million')), true, text);
  });

  it('a marker after the next sentence, or in the next paragraph, does not', () => {
    for (const text of [
      'The pier cost £4.2 million to rebuild. Work starts in May. [source needed]',
      'The pier cost £4.2 million to rebuild.\n\n[source needed]',
      'The pier cost £4.2 million to rebuild.',
    ]) assert.equal(isMarkedSourceNeeded(text, span(text, '£4.2 million')), false, text);
  });

  it('the fix puts the marker before the sentence\'s full stop, and what it writes is read back as a mark', () => {
    const cases: [string, string, string][] = [
      ['The ferry carries 90,000 people a year. Its owner is local.', '90,000 people', 'The ferry carries 90,000 people a year [source needed]. Its owner is local.'],
      ['"We will rebuild the pier," said Rhona Vey, the council leader.\nNext line.', '"We will rebuild the pier,"', '"We will rebuild the pier," said Rhona Vey, the council leader [source needed].\nNext line.'],
      ['It opened at 9 a.m. with 40 stalls', '40 stalls', 'It opened at 9 a.m. with 40 stalls [source needed]'],
      ['She said the pier "drew 40,000 visitors."', '40,000 visitors', 'She said the pier "drew 40,000 visitors [source needed]."'],
    ];
    for (const [text, words, want] of cases) {
      const at = sourceNeededInsertion(text, span(text, words));
      const out = text.slice(0, at.offset) + at.text + text.slice(at.offset);
      assert.equal(out, want);
      assert.equal(isMarkedSourceNeeded(out, span(out, words)), true, out);
    }
  });
});
