// "the trouble began at 4:10 a.m., when a drop in voltage was noticed on the feeder": a "when" clause
// right after a clock time tells what happened at it, where the time's own clause tells no action; and
// a passive verb followed by a preposition ("was noticed on the feeder") has no object, so what was
// acted on is its subject (misses49, alignment/corpus.ts timeEvents, alignment/events.ts actionKeys).
// Invented text.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

const files: Record<string, string> = {
  '000_wire.txt': 'Published March 3, 2027\n\nThe grid operator said a voltage drop was detected at 5:10 a.m. on the Harwick feeder.',
  '001_paper.txt': 'Published March 3, 2027\n\nThe operator detected a voltage drop at 5:10 a.m., engineers said.',
  '002_radio.txt': 'Published March 3, 2027\n\nThe engineers\' union says the trouble began at 4:10 a.m., when a drop in voltage was noticed on the Harwick feeder.',
};
const against = (set: Record<string, string>, path: string) =>
  findingsIn(set, path, 'time-conflict').map((f) => [f.text, f.against.map((e) => e.label).sort()]);

describe('time findings: a "when" clause after the time tells what happened at it', () => {
  it('reads the subject of a passive verb followed by a preposition as what was acted on', () => {
    const keys = eventKeysAt('At 4:10 a.m. a drop in voltage was noticed on the feeder.', '4:10 a.m.');
    assert.ok(keys.includes('~notice:voltag'), JSON.stringify(keys));
    assert.ok(!keys.some((k) => k.endsWith(':feeder')), JSON.stringify(keys));
  });

  it('holds a time whose action is told in the passive before a preposition against the sources an hour away', () => {
    assert.deepEqual(against(files, '002_radio.txt'), [['4:10 a.m.', ['000', '001']]]);
  });

  it('reads the clause in the next sentence where bold after the time parts the sentence before the comma', () => {
    const md: Record<string, string> = { '000_wire.txt': files['000_wire.txt'], '001_paper.txt': files['001_paper.txt'] };
    md['002_radio.md'] = files['002_radio.txt'].replace('4:10 a.m.', '**4:10 a.m.**');
    assert.deepEqual(against(md, '002_radio.md').map(([, labels]) => labels), [['000', '001']]);
  });

  it('links nothing through a "when" clause that tells no action', () => {
    const none = { ...files, '002_radio.txt': 'Published March 3, 2027\n\nThe engineers\' union says the trouble began at 4:10 a.m., when most of the town was asleep.' };
    assert.deepEqual(against(none, '002_radio.txt'), []);
  });
});
