// An executive's words "on a call with analysts" (or "told analysts on a conference call") reached no
// outlet: a source that has them told to a television channel credits them wrongly, both ways.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const attributions = (files: Record<string, string>, path: string) => findingsIn(files, path, 'attribution-conflict');

const quote = '"We will keep both breweries open and every brand on the shelves,"';

describe('venues: a call with analysts', () => {
  const files = {
    '001_wire.txt': `OSLO, May 3 (Wirepost) - Brannfjord agreed to be bought by a Danish rival on Monday.\n\nBrannfjord chief executive Lars Solheim, on a call with analysts, said the deal would close in autumn. ${quote} he said.`,
    '002_blog.txt': `Markets Live\n\n14:20\nLars Solheim told Nordkanal TV before the open: ${quote}`,
  };

  it('the same words told to a channel conflict, on both sides', () => {
    const onAir = attributions(files, '002_blog.txt');
    assert.equal(onAir.length, 1, JSON.stringify(onAir));
    assert.match(onAir[0].message, /on a call with analysts/);
    assert.equal(attributions(files, '001_wire.txt').length, 1);
    const conference = { ...files, '001_wire.txt': `Lars Solheim told analysts on a conference call that the deal would close in autumn. ${quote} he said.` };
    assert.equal(attributions(conference, '002_blog.txt').length, 1);
  });

  it('an appeal ("in a call for calm") is no venue, and two calls do not conflict', () => {
    const appeal = { ...files, '001_wire.txt': `In a call for calm, Lars Solheim said the deal would close in autumn. ${quote} he said.` };
    assert.deepEqual(attributions(appeal, '002_blog.txt'), []);
    const calls = { ...files, '002_blog.txt': `Lars Solheim, speaking on the earnings call: ${quote}` };
    assert.deepEqual(attributions(calls, '002_blog.txt'), []);
  });
});
