// "after talks with the port authority that ended at 6:15 p.m." / "The talks began at 9:30 and concluded
// at 17:45" / "They broke up at a quarter to six" (after "The talks began …") / a list under "The talks:"
// whose item reads "- ended at 17:45" / a timeline's "- 17:45 (15:45 UTC): Talks conclude.": the end of a
// story's talks told in other verbs is one moment, so half an hour between two tellings is a conflict.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'ROTTERDAM, May 6 (Harbour Wire) - Dock workers in Rotterdam agreed on Wednesday to end a walkout that had idled the container terminals for three days, after talks with the port authority that ended at 18:15 CEST (16:15 UTC).\n\nThe union\'s chair, Pieter Hulst, said members would be back on shift on Thursday.';
const release = 'PRESS RELEASE\nPORT AUTHORITY\n6 May\n\nWALKOUT ENDS\n\nThe Port Authority and the dockers\' union met today at the harbour office. The talks began at 09:30 and concluded at 17:45.\n\nTimeline (CEST):\n\n- 09:30 (07:30 UTC): Talks begin at the harbour office.\n- 17:45 (15:45 UTC): Talks conclude.\n';
const radio = 'HARBOUR RADIO\nEVENING NEWS - WEDNESDAY 6 MAY\n\nREPORTER: It was a long day. The talks began at half past nine this morning, behind closed doors, with the union and the port authority in the room. They broke up at a quarter to six this evening, and the two sides came out with a deal.';
const guide = '# Explainer: how the dock walkout ended\n\n## How did the talks go?\n\nThe union and the port authority met at the harbour office on Wednesday 6 May. The talks:\n\n- began at 09:30 CEST (07:30 UTC);\n- ended at 17:45 CEST (15:45 UTC), after more than eight hours;\n- produced a written agreement.\n';

function flagged(files: Record<string, string>, path: string, time: string): boolean {
  const at = files[path].indexOf(time);
  return findingsIn(files, path, 'time-conflict').some((f) => f.span.start <= at && f.span.end > at);
}

describe('times: the end of talks told in other verbs', () => {
  const files = { '000_wire.txt': wire, '001_release.txt': release, '002_radio.txt': radio, '003_guide.md': guide };

  it('holds the wire\'s 18:15 against the others\' 17:45', () => {
    assert.ok(flagged(files, '000_wire.txt', '18:15 CEST'));
  });

  it('holds each telling of 17:45 against the wire: "concluded", "They broke up", a list item', () => {
    assert.ok(flagged(files, '001_release.txt', '17:45.'));
    assert.ok(flagged(files, '002_radio.txt', 'a quarter to six'));
    assert.ok(flagged(files, '003_guide.md', '17:45 CEST'));
  });

  it('reads a timeline\'s "Talks conclude" as the end', () => {
    const timelineOnly = { '000_wire.txt': wire, '001_release.txt': release.replace('The talks began at 09:30 and concluded at 17:45.', 'The two sides reached a deal.') };
    assert.ok(flagged(timelineOnly, '000_wire.txt', '18:15 CEST'));
  });

  it('leaves them alone where the wire tells the same end', () => {
    const same = { ...files, '000_wire.txt': wire.replace('18:15 CEST (16:15 UTC)', '17:45 CEST (15:45 UTC)') };
    assert.ok(!flagged(same, '000_wire.txt', '17:45 CEST'));
    assert.ok(!flagged(same, '002_radio.txt', 'a quarter to six'));
  });

  it('does not read "They broke up" as the talks\' end where the sentence before names something else', () => {
    const other = { '000_wire.txt': wire, '002_radio.txt': radio.replace('The talks began at half past nine this morning', 'The pickets gathered at half past nine this morning') };
    assert.ok(!flagged(other, '002_radio.txt', 'a quarter to six'));
  });
});
