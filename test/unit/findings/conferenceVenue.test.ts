// Words said at a news conference ("told a packed news conference", "at a press briefing") were said
// to the press at large: a draft that has them told to one station credits them wrongly. A speaker
// who "apologises" before a colon said the quotation that follows.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const attributions = (files: Record<string, string>, path: string) => findingsIn(files, path, 'attribution-conflict');

const quote = '"I am sorry for every delay this bridge has caused,"';
const blog = '# Bridge live\n\n**09:12** Mayor Ana Ruiz apologises at a press conference in Dunmore: "I am sorry for every delay this bridge has caused." She says it will reopen in March.';
const paper = `# The bridge\n\n"The bridge will reopen in March," Mayor Ana Ruiz told a packed news conference at the town hall on Monday.`;

describe('venues: a news conference', () => {
  it('a quotation told to a station conflicts with the same words at a news conference', () => {
    const files = { '001_blog.md': blog, 'draft_bridge.md': `# Bridge\n\nMayor Ana Ruiz said the bridge would reopen. ${quote} she told Valley Radio.` };
    const found = attributions(files, 'draft_bridge.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /at a press conference/);
  });

  it('reads "told a packed news conference" as the venue, and a station against it', () => {
    const files = { '001_paper.md': paper, 'draft_bridge.md': '# Bridge\n\n"The bridge will reopen in March," Mayor Ana Ruiz told Valley Radio.' };
    assert.equal(attributions(files, 'draft_bridge.md').length, 1);
  });

  it('leaves words told to reporters, or at a news conference on both sides, alone', () => {
    const reporters = { '001_blog.md': blog, 'draft_bridge.md': `# Bridge\n\n${quote} Mayor Ana Ruiz told reporters.` };
    assert.deepEqual(attributions(reporters, 'draft_bridge.md'), []);
    const both = { '001_blog.md': blog, 'draft_bridge.md': `# Bridge\n\n${quote} Mayor Ana Ruiz told a news conference.` };
    assert.deepEqual(attributions(both, 'draft_bridge.md'), []);
  });
});
