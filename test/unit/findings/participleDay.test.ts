// "A patrol found the lynx in one of three cage traps laid on Saturday": the weekday after a noun and
// its passive participle dates when the traps were laid, not when the lynx was found; a source's
// clock time of the find on another weekday is no conflict with it.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { participleBefore } from '../../../server/src/analysis/findings/weekdays';

const wire = 'Rangers found a young lynx in a cage trap set in a birch wood near the village of Holmvik at 06:20 local time on Tuesday, county officials said.';

describe('time findings: a weekday of a participle clause is not the main event\'s day', () => {
  it('leaves a draft alone whose weekday tells when the traps were laid', () => {
    const draft = 'A patrol found the young lynx in one of three cage traps laid on Saturday in a birch wood near the village of Holmvik.';
    assert.deepEqual(findingsIn({ '001_wire.txt': wire, 'draft_lynx.md': draft }, 'draft_lynx.md', 'time-conflict'), []);
  });

  it('still flags the find itself told on another day', () => {
    const draft = 'A patrol found the young lynx in one of three cage traps in a birch wood near the village of Holmvik on Saturday.';
    const found = findingsIn({ '001_wire.txt': wire, 'draft_lynx.md': draft }, 'draft_lynx.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(draft.slice(found[0].span.start, found[0].span.end), 'Saturday');
  });

  it('reads the participle only after a noun, not after an auxiliary', () => {
    assert.equal(participleBefore('Crews found it behind two barriers erected on '), true);
    assert.equal(participleBefore('The barriers were erected on '), false);
    assert.equal(participleBefore('The shop opened on '), false);
    assert.equal(participleBefore('Police quickly sealed on '), false);
  });
});
