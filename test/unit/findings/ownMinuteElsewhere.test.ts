// "The Coastal Safety Board ordered the beaches shut at 1 p.m. … The order was issued at 10:25 a.m." /
// a release's "The Coastal Safety Board signed the order at 10:25": the wire tells the release's very
// minute itself, at a clock time of its own, so its 1 p.m. told in like words (the board, the order) is
// another step of the story (what the order set), not the signing told wrong (findings/times.ts
// ownMinuteElsewhere). A draft that tells one moment twice, once wrong, is still held. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = (signed: string) => 'PORTVALE, Aug. 3 (Wirepost) - Three beaches in Portvale were cleared on Saturday after a large shark was seen close to the shore.\n\n' +
  'The Coastal Safety Board ordered the beaches shut at 1 p.m., when the tide was expected to turn.\n\n' +
  `${signed}, after a drone crew filmed the shark near the pier.\n`;
const release = 'COASTAL SAFETY BOARD\n\nMedia release, Saturday 3 August\n\nThe Coastal Safety Board signed the order at 10:25 to close North Beach, Pier Beach and Gull Cove for the afternoon.\n';

const radio = 'SURF REPORT - 3 August\n\nPRESENTER: Lifeguards say the swell at Pier Beach is still big, and the water is warm for August.\n';

const conflicts = (files: Record<string, string>, path: string) =>
  findingsIn(files, path, 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);

describe('time findings: the other article\'s minute told elsewhere in this one', () => {
  it('leaves the wire\'s 1 p.m. alone where the wire tells the signing at 10:25 itself', () => {
    const files = { '001_wire.txt': wire('The order was issued at 10:25 a.m.'), '002_release.txt': release, '003_radio.txt': radio };
    assert.deepEqual(conflicts(files, '001_wire.txt'), []);
    assert.deepEqual(conflicts(files, '002_release.txt'), []);
  });

  it('holds it where the wire tells no such minute (the rule needs the minute told)', () => {
    const files = { '001_wire.txt': wire('The order was issued in the morning'), '002_release.txt': release, '003_radio.txt': radio };
    assert.deepEqual(conflicts(files, '001_wire.txt').map((c) => c[0]), ['1 p.m.']);
  });
});
