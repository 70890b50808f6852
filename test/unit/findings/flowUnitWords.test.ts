// The words a flow's unit is written in ("cubic metres per second") say what it is measured in, not
// which flow: read as the figure's own describing words, they made every two flows in cubic metres per
// second "the same words", and a draft's right figure for an earlier flood was held against a
// source's figure for this one. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);

const SOURCES = {
  '001_wire.txt': 'TARVOS, June 3 (Rivernews) - Hydrologist Ines Varga estimated that water poured over the spillway at around 900 cubic metres per second in the first hour.\n\nThe previous flood on the same river, in May, peaked at about 1,300 cubic metres per second before easing after 12 days.',
  '002_blog.md': 'Tarvos Courier live\n\n**08.10** Ines Varga of the water board spoke at the morning briefing. Her estimate for the first hour is about 900 cubic metres per second.',
  '003_explainer.md': 'How big is it?\n\nFor comparison, the May flood peaked at about 1,300 m³/s, so this one is not a record.',
};

describe('figure findings: the words of a flow\'s unit', () => {
  it('does not hold a draft\'s flow of an earlier flood to a source\'s flow of this one', () => {
    const files = { ...SOURCES, 'draft_flood.md': 'The May flood on the same river peaked at about 1,300 cubic metres per second.' };
    assert.deepEqual(conflicts(files, 'draft_flood.md'), []);
  });

  it('still holds two flows of one peak told in like words', () => {
    const files = { ...SOURCES, 'draft_flood.md': 'The May flood on the same river peaked at about 1,700 cubic metres per second.' };
    assert.deepEqual(conflicts(files, 'draft_flood.md'), ['about 1,700 cubic metres per second']);
  });
});
