// "recorded three meetings between the mayor and the developer's founder" / "a series of four meetings
// between the mayor and the developer's founder": how often the same parties met, told in like words
// (three words or more shared beside both), is one tally of what is over, so two sources are held to
// each other on it. Not held: counts of meetings in unlike words, or a count still moving ("so far").
// Invented text only.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figure findings: a tally of meetings between the same parties', () => {
  it('holds two sources to each other on the number of meetings', () => {
    const files = {
      '000_wire.txt': 'The inquiry also recorded three meetings between Mayor Ingram and Corbel Homes founder Petra Vance before the vote, none of them minuted.',
      '001_guide.md': '# Guide\n\nAt the centre of the inquiry is a series of four meetings between Mayor Ingram and Corbel Homes founder Petra Vance last spring.',
      'draft_inquiry.md': '# Inquiry\n\nThe inquiry reported on Tuesday.',
    };
    const found = conflicts(files, '001_guide.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'four meetings');
  });

  it('leaves meetings in unlike words, or still being counted, alone', () => {
    const unlike = {
      '000_wire.txt': 'The inquiry also recorded three meetings between Mayor Ingram and Corbel Homes founder Petra Vance before the vote.',
      '001_guide.md': '# Guide\n\nThe residents\' association has held four meetings in the church hall since the plans were published.',
      'draft_inquiry.md': '# Inquiry\n\nThe inquiry reported on Tuesday.',
    };
    assert.deepEqual(conflicts(unlike, '001_guide.md'), []);
    const moving = {
      '000_wire.txt': 'Mayor Ingram has so far held three meetings with Corbel Homes founder Petra Vance about the site.',
      '001_guide.md': '# Guide\n\nMayor Ingram has now held four meetings with Corbel Homes founder Petra Vance about the site.',
      'draft_inquiry.md': '# Inquiry\n\nThe inquiry reported on Tuesday.',
    };
    assert.deepEqual(conflicts(moving, '001_guide.md'), []);
  });
});
