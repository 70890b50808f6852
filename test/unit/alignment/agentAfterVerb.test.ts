// "Flood warning issued for the valley at 6:10 p.m.", "an alert sent by the council at 6:10": "for" or
// "by" right after the verb means it has no object there, so the thing acted on is its subject, as in
// "the warning was issued". Invented text.
import { strict as assert } from 'node:assert';
import { eventKeysAt } from '../findings/review';

describe('events: a verb followed by "for" or "by" acts on its subject', () => {
  it('reads the subject of a headline-style passive', () => {
    assert.deepEqual(eventKeysAt('Flood warning issued for the valley at 6:10 p.m.', '6:10 p.m.').sort(), ['~alert:flood', '~alert:warn']);
    assert.deepEqual(eventKeysAt('The evacuation alert sent by the council at 6:10 p.m. reached every phone.', '6:10 p.m.').sort(), ['~alert:alert', '~alert:evacuation']);
  });

  it('still reads the object after the verb otherwise', () => {
    assert.deepEqual(eventKeysAt('The council issued a flood warning at 6:10 p.m.', '6:10 p.m.').sort(), ['~alert:flood', '~alert:warn']);
  });
});
