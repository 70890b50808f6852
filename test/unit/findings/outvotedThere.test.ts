// "all lanes … opened again at 3.32pm" in a blog whose words link only to a wire's "open to full traffic
// at 3:22 p.m.", which another source tells to the minute: the wire's check outvotes the blog's
// reading (two sources to the minute against one), so the blog is held to the wire's time as the wire is
// to the blog's; a source and a draft at the wire's minute hold the blog's reading too, though their
// words link only to the wire.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files: Record<string, string> = {
  '001_wire.txt': 'PORTHAVEN, Maine, June 9 (Coastwire) - A crack in a support beam closed the Elm Street bridge in Porthaven on Tuesday morning. All lanes were open to full traffic at 3:22 p.m. EDT, the city said.\n',
  '002_city.txt': 'Tuesday 9 June 2026\n\nCity of Porthaven: Elm Street bridge\n\nEngineers found a crack in a support beam at 7:10 a.m. EDT. Full traffic on the Elm Street bridge was restored at 15:22 after the beam was braced.\n',
  '003_paper.md': 'Tuesday 9 June 2026\n\n# Elm Street bridge reopens after repairs\n\nCrews braced the cracked beam through the day, and full traffic was restored at 3.22pm.\n',
  '004_blog.txt': 'Tuesday 9 June 2026\n\nPorthaven news live\n\nThe city says all lanes over the crossing opened again at 3.32pm. Drivers had queued for hours on the Harbour Road detour.\n',
  'draft.md': 'The Elm Street bridge was closed for most of Tuesday after engineers found a cracked support beam. Full traffic was restored at 3.22pm.\n',
};

const flagged = (path: string) => findingsIn(files, path, 'time-conflict').map((f) => `${f.text} / ${f.message.replace(/^.*: /, '')}`);

describe('time findings: a reading another source\'s check outvotes', () => {
  it('holds the single reading against the source that outvotes it', () => {
    assert.deepEqual(flagged('004_blog.txt'), ['3.32pm / “3:22 p.m. EDT”']);
    assert.deepEqual(flagged('001_wire.txt'), ['3:22 p.m. EDT / “3.32pm”']);
  });

  it('holds a source and a draft at the outvoting minute against the single reading', () => {
    assert.deepEqual(flagged('003_paper.md'), ['3.22pm / “3.32pm”']);
    assert.deepEqual(flagged('draft.md'), ['3.22pm / “3.32pm”']);
  });

  it('holds nothing against a source two links away', () => {
    assert.deepEqual(flagged('002_city.txt'), []);
  });
});
