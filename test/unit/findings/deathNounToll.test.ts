// "The agency has confirmed nine (9) fatalities" (an official release, its number written out and then
// in digits) / "the agency says ten people have died": a count of fatalities counts people told dead, so
// it is the story's one death toll as a count of people is. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'PRESS RELEASE\nNORTHBAY DISASTER AGENCY\n12 March 2026\n\nLANDSLIDE IN UPPER VESTA\n\nThe agency has confirmed nine (9) fatalities. Rescue teams remain on site in Upper Vesta.';
const radio = 'VALLEY RADIO\nEVENING NEWS - THURSDAY 12 MARCH 2026\n\nANCHOR: Good evening. A landslide has buried part of Upper Vesta, and the disaster agency says ten people have died. Our reporter is at the scene.';
const wire = 'UPPER VESTA, 12 March 2026 (Hill Wire) - A landslide swept through the village of Upper Vesta on Thursday, killing nine people, the disaster agency said.';

function flagged(files: Record<string, string>, path: string, words: string): boolean {
  const at = files[path].indexOf(words);
  return findingsIn(files, path, 'figure-conflict').some((f) => f.span.start <= at && f.span.end > at);
}

describe('figures: a count of fatalities is a death toll', () => {
  const files = { '000_release.txt': release, '001_radio.txt': radio, '002_wire.txt': wire };

  it('holds the release\'s "nine (9) fatalities" against the bulletin\'s ten people dead', () => {
    assert.ok(flagged(files, '000_release.txt', 'nine (9) fatalities'));
  });

  it('leaves the release alone where the others tell its number', () => {
    const same = { ...files, '001_radio.txt': radio.replace('ten people', 'nine people') };
    assert.ok(!flagged(same, '000_release.txt', 'nine (9) fatalities'));
  });
});
