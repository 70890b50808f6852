// "a sitting that began on Monday morning and ended in the early hours of Wednesday" against a
// source's "… and ended in the small hours of Tuesday": the part of the day told before a weekday
// ("in the early hours of", "early on", "before dawn on") is stepped over to the action it dates,
// so the day of the action is held to the sources' as plannedDays.ts holds "reopen on Thursday".
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'CARVEN, March 4 (Northwire) - After a sitting that began on Monday morning and ended in the small hours of Tuesday, the Carven council approved the harbour levy by 31 votes to 12.',
  '002_paper.txt': 'The Carven council approved the harbour levy after a marathon sitting that ended in the early hours of Tuesday.',
};
const draft = (day: string) => `The Carven council approved the harbour levy after a sitting that began on Monday morning and ended in the early hours of ${day}.`;

describe('time findings: the action before a part of the day and its weekday', () => {
  it('flags a draft that ends the sitting on another weekday', () => {
    const files = { ...sources, 'draft_levy.md': draft('Wednesday') };
    const found = findingsIn(files, 'draft_levy.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_levy.md'].slice(found[0].span.start, found[0].span.end), 'Wednesday');
  });

  it('flags an action told "early on" another weekday', () => {
    const files = {
      '001_wire.txt': 'The Carven ferry terminal reopened early on Thursday after the storm, the harbour board said.',
      'draft_levy.md': 'The Carven ferry terminal reopened early on Friday after the storm.',
    };
    assert.equal(findingsIn(files, 'draft_levy.md', 'time-conflict').length, 1);
  });

  it('reads the part of the day as the event where no action is told before it ("a vigil at dawn on Saturday")', () => {
    const files = {
      '001_wire.txt': 'A vigil will be held at dawn on Saturday before the wreck is lifted from the harbour by a crane barge.',
      'draft_levy.md': 'The families will hold a vigil at dawn on Sunday, after which the wreck will be lifted at the Carven wharf.',
    };
    const found = findingsIn(files, 'draft_levy.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_levy.md'].slice(found[0].span.start, found[0].span.end), 'Sunday');
    assert.deepEqual(findingsIn({ ...files, 'draft_levy.md': files['draft_levy.md'].replace('Sunday', 'Saturday') }, 'draft_levy.md', 'time-conflict'), []);
  });

  it('leaves the same weekday, and sources that disagree among themselves, alone', () => {
    assert.deepEqual(findingsIn({ ...sources, 'draft_levy.md': draft('Tuesday') }, 'draft_levy.md', 'time-conflict'), []);
    const split = { ...sources, '003_radio.txt': 'Councillors said the Carven sitting ended in the early hours of Wednesday, after the harbour levy vote.', 'draft_levy.md': draft('Wednesday') };
    assert.deepEqual(findingsIn(split, 'draft_levy.md', 'time-conflict'), []);
  });

  it('leaves a state that lasts, and another action, alone', () => {
    const stay = {
      '001_wire.txt': 'The Carven ferry terminal will stay closed until late on Thursday, the harbour board said.',
      'draft_levy.md': 'The Carven ferry terminal will stay closed until late on Friday.',
    };
    assert.deepEqual(findingsIn(stay, 'draft_levy.md', 'time-conflict'), []);
    const other = { ...sources, 'draft_levy.md': 'The Carven council published the harbour levy vote in the early hours of Wednesday.' };
    assert.deepEqual(findingsIn(other, 'draft_levy.md', 'time-conflict'), []);
  });
});
