// The stored review's key must change with anything the diagnostics are made from.
import * as assert from 'node:assert/strict';
import { reviewKey, type KeyedInput } from '../../../server/src/reviewCache';

const inputs = (): KeyedInput[] => [
  { path: '/w/a.txt', uri: 'file:///w/a.txt', text: 'The council met on Monday; 12 members voted.', version: null },
  { path: '/w/b.txt', uri: 'file:///w/b.txt', text: 'Twelve members of the council voted on Monday.', version: null },
  { path: '/w/draft.md', uri: 'file:///w/draft.md', text: '# Council vote\n\n14 members voted on Monday.', role: 'draft', version: 1 },
];
const context = { global: { figureTolerance: 0.05 }, rules: { levels: {} } };
const base = reviewKey('engine-1', '/w/draft.md', inputs(), context);

describe('review cache: the key', () => {
  it('is the same for the same inputs, settings and engine (new objects)', () => {
    assert.equal(reviewKey('engine-1', '/w/draft.md', inputs(), JSON.parse(JSON.stringify(context))), base);
  });

  it('changes with the engine, the article, any text, role, order, open state or the context', () => {
    const variants: [string, string][] = [
      ['engine', reviewKey('engine-2', '/w/draft.md', inputs(), context)],
      ['article', reviewKey('engine-1', '/w/a.txt', inputs(), context)],
      ['source text', reviewKey('engine-1', '/w/draft.md', inputs().map((i, k) => k === 1 ? { ...i, text: i.text.replace('Twelve', 'Eleven') } : i), context)],
      ['draft text', reviewKey('engine-1', '/w/draft.md', inputs().map((i, k) => k === 2 ? { ...i, text: i.text + ' ' } : i), context)],
      ['role', reviewKey('engine-1', '/w/draft.md', inputs().map((i, k) => k === 0 ? { ...i, role: 'draft' } : i), context)],
      ['order', reviewKey('engine-1', '/w/draft.md', [inputs()[1], inputs()[0], inputs()[2]], context)],
      ['open', reviewKey('engine-1', '/w/draft.md', inputs().map((i, k) => k === 0 ? { ...i, version: 3 } : i), context)],
      ['a source left', reviewKey('engine-1', '/w/draft.md', inputs().slice(1), context)],
      ['uri', reviewKey('engine-1', '/w/draft.md', inputs().map((i, k) => k === 0 ? { ...i, uri: 'file:///v/a.txt' } : i), context)],
      ['settings', reviewKey('engine-1', '/w/draft.md', inputs(), { ...context, global: { figureTolerance: 0.1 } })],
    ];
    for (const [what, key] of variants) assert.notEqual(key, base, what);
    assert.equal(new Set(variants.map((v) => v[1])).size, variants.length);
  });
});
