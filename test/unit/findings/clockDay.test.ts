// A draft's weekday told alone ("erupted early on Friday") against the weekday a source writes
// beside a clock time of the same event ("began erupting at 03:40 local time on Thursday"): 03:40 on
// Thursday is a Thursday or a Wednesday on every clock a newsroom writes in, never a Friday; and a
// draft that tells the day beside the source's own clock ("on Tuesday … at 14:30 CET") reads it on
// that clock.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = (time: string, day: string) => `Mount Keldra, a volcano beneath the Sorvik ice cap in Norland, began erupting at ${time} local time on ${day}, sending ash over the fjords.`;
const draft = (day: string) => `Norland's Mount Keldra volcano erupted beneath the Sorvik ice cap early on ${day}, sending ash over the fjords.`;

const release = (date: string) => `---\ndate: ${date}\n---\nThe Halden trial results will be presented at the Nordic Oncology Forum in Malberg at 14:30 CET on Monday 6 October, the company said.`;
const presented = 'The Halden trial results were presented on Tuesday at the Nordic Oncology Forum in Malberg at 14:30 CET.';

describe('time findings: a weekday held to a source\'s weekday beside a clock time', () => {
  it('flags a draft that puts the event on a day no clock can reach', () => {
    const files = { '001_wire.txt': wire('03:40', 'Thursday'), 'draft_keldra.md': draft('Friday') };
    const found = findingsIn(files, 'draft_keldra.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_keldra.md'].slice(found[0].span.start, found[0].span.end), 'Friday');
    assert.equal(found[0].against[0].text, '03:40 local time on Thursday');
  });

  it('leaves the same day, and a day another clock can reach, alone', () => {
    assert.deepEqual(findingsIn({ '001_wire.txt': wire('03:40', 'Thursday'), 'draft_keldra.md': draft('Thursday') }, 'draft_keldra.md', 'time-conflict'), []);
    // 23:10 on Thursday is already Friday east of the source's clock.
    assert.deepEqual(findingsIn({ '001_wire.txt': wire('23:10', 'Thursday'), 'draft_keldra.md': draft('Friday') }, 'draft_keldra.md', 'time-conflict'), []);
  });

  it('reads the draft\'s day on the clock its own sentence tells', () => {
    const files = { '001_release.md': release('2025-10-06'), 'draft_halden.md': presented };
    const found = findingsIn(files, 'draft_halden.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(presented.slice(found[0].span.start, found[0].span.end), 'Tuesday');
  });

  it('leaves a plan for a later day, which may move, alone', () => {
    assert.deepEqual(findingsIn({ '001_release.md': release('2025-10-01'), 'draft_halden.md': presented }, 'draft_halden.md', 'time-conflict'), []);
  });

  it('leaves a draft alone where the sources disagree, and a day told from another', () => {
    const split = { '001_wire.txt': wire('03:40', 'Thursday'), '002_paper.txt': wire('03:40', 'Wednesday'), 'draft_keldra.md': draft('Friday') };
    assert.deepEqual(findingsIn(split, 'draft_keldra.md', 'time-conflict'), []);
    const after = 'Norland\'s Mount Keldra volcano erupted beneath the Sorvik ice cap again on Friday, a day after the first blast.';
    assert.deepEqual(findingsIn({ '001_wire.txt': wire('03:40', 'Thursday'), 'draft_keldra.md': after }, 'draft_keldra.md', 'time-conflict'), []);
  });

  it('never holds a source to another source this way', () => {
    const files = { '001_wire.txt': wire('03:40', 'Thursday'), '002_paper.txt': draft('Friday') };
    assert.deepEqual(findingsIn(files, '002_paper.txt', 'time-conflict'), []);
  });
});
