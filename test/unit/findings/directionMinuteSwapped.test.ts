// A wire: "The eastbound lanes reopened at 2:05 p.m. and the westbound lanes at 4:25 p.m." / a draft:
// "The eastbound lanes reopened at 4:25 p.m.": the draft gives one direction the other's time. The
// source tells that very minute, but of the other direction, and tells the draft's direction at a time
// of its own: the draft's time is that direction's moment told wrong, not another step of the story
// (findings/times.ts: minuteToldElsewhere, otherMomentAgrees). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'HOLTBY, June 3 (Eastline News) - A tanker fire shut the Holtby bypass in both directions on Tuesday morning.\n\nThe eastbound lanes reopened at 2:05 p.m. and the westbound lanes at 4:25 p.m., after engineers checked the road surface, police said.\n';

describe('time findings: one direction given the other direction\'s time', () => {
  it('holds the draft\'s time against the source\'s time for that direction', () => {
    const draft = '# Bypass reopens\n\nA tanker fire shut the Holtby bypass on Tuesday. The eastbound lanes reopened at 4:25 p.m., police said.\n';
    const found = findingsIn({ '000_wire.txt': wire, 'draft_bypass.md': draft }, 'draft_bypass.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.text), ['2:05 p.m.']);
  });

  it('leaves a draft that gives each direction its own time', () => {
    const draft = '# Bypass reopens\n\nA tanker fire shut the Holtby bypass on Tuesday. The westbound lanes reopened at 4:25 p.m., police said.\n';
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, 'draft_bypass.md': draft }, 'draft_bypass.md', 'time-conflict'), []);
  });
});
