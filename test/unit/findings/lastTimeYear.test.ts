// "The town last closed the bridge for floods in 1979": when a thing last happened is a record of the
// past a source must give. A draft's year told so, that no source writes anywhere, is unsourced, marked
// from "last" to the year; not "last year", not one a source writes, not in a quotation (findings/years.ts).
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'KELSO, March 3 (Borderwire) - The river Teviot burst its banks at Kelso on Tuesday, flooding 180 homes, and the council closed the old bridge.\n',
  '002_paper.md': '# Kelso floods\n\nThe Teviot flooded 180 homes in Kelso on Tuesday. The old bridge, which opened in 1803, was closed at noon.\n',
};
const unsourced = (draft: string) => findingsIn({ ...sources, 'draft_kelso.md': draft }, 'draft_kelso.md', 'unsourced-claim').map((f) => f.text);

describe('unsourced findings: a draft\'s year of when a thing last happened', () => {
  it('flags the year no source gives, from "last" to the year', () => {
    const draft = '# Floods in Kelso\n\nThe Teviot flooded 180 homes in Kelso on Tuesday. The council last closed the old bridge in 1979, after a winter storm.\n';
    assert.deepEqual(unsourced(draft), ['last closed the old bridge in 1979']);
  });

  it('leaves a year a source writes, and one inside a quotation', () => {
    const sourced = '# Floods in Kelso\n\nThe Teviot flooded 180 homes in Kelso on Tuesday. The bridge last opened to traffic in 1803, the paper said.\n';
    assert.deepEqual(unsourced(sourced), []);
    const quoted = '# Floods in Kelso\n\nThe Teviot flooded 180 homes in Kelso on Tuesday. "We last closed the old bridge in 1979," a councillor said.\n';
    // (The quotation itself is unsourced as a quotation; its year is the speaker's.)
    assert.deepEqual(unsourced(quoted).filter((t) => t.startsWith('last')), []);
  });
});
