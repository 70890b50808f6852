// "ahead of high tide at 4.51pm" / "High tide is at 3.51 this afternoon": a time told right after the
// tide it is the moment of is that tide's time, whatever else the sentences tell; a later tide ("the
// next high tide") is another moment.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

const sources = {
  '001_wire.txt': 'Salvage crews began lifting the trawler shortly after 3 p.m., ahead of high tide at 3:51 p.m., and had it clear of the reef by about 4:40 p.m.',
  '002_paper.md': 'The harbourmaster said high tide was at 3.51pm. The lift began at 3.05pm and the trawler was floating by 4.40pm. The next high tide is at 4.20am.',
};

describe('time findings: the time of a tide', () => {
  it('keys a time by the tide told right before it', () => {
    assert.ok(eventKeysAt('ahead of high tide at 3:51 p.m. on Friday', '3:51 p.m.').includes('~tide:high'));
    assert.ok(eventKeysAt('The count was done at low tide (7.12am) by rangers.', '7.12am').includes('~tide:low'));
    assert.ok(eventKeysAt('The next high tide is at 4.20am.', '4.20am').includes('~tide:next high'));
    assert.ok(!eventKeysAt('The tide turned and crews left at 4.20am.', '4.20am').some((k) => k.startsWith('~tide')));
  });

  it('flags a draft\'s tide an hour off, though another time of the sources\' sentence is near it', () => {
    const files = { ...sources, 'draft_salvage.md': 'The lift began at 3.05pm, ahead of high tide at 4.51pm, and the trawler was clear of the reef by 4.40pm.' };
    const found = findingsIn(files, 'draft_salvage.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_salvage.md'].slice(found[0].span.start, found[0].span.end), '4.51pm');
  });

  it('leaves the right tide, and the next tide, alone', () => {
    const right = { ...sources, 'draft_salvage.md': 'The lift began at 3.05pm, ahead of high tide at 3.51pm, and the trawler was clear of the reef by 4.40pm.' };
    assert.deepEqual(findingsIn(right, 'draft_salvage.md', 'time-conflict'), []);
    const next = { ...sources, 'draft_salvage.md': 'Crews will check the trawler again before the next high tide at 4.20am.' };
    assert.deepEqual(findingsIn(next, 'draft_salvage.md', 'time-conflict'), []);
  });
});
