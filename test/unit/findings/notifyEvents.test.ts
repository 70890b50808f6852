// "Schools were alerted at 11:15am" / "the board emailed schools at 11.45am" / "colleges were
// notified": one notice to one group, told in newsroom synonyms, is one moment (alignment/events.ts,
// '~notify'); half an hour apart the sources disagree. Notices to two groups are two moments.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

const times = (files: Record<string, string>, path: string) => findingsIn(files, path, 'time-conflict').map((f) => `${f.text} vs ${f.against.map((a) => a.label).join(',')}`);

describe('events: a notice told as alerted, notified or emailed', () => {
  it('reads the notice and who was told, as object or passive subject', () => {
    assert.deepEqual(eventKeysAt('Pharmacies were alerted at 9:20am on Monday.', '9:20am'), ['~notify:pharmacy']);
    assert.deepEqual(eventKeysAt('The agency emailed pharmacies at 9.50am.', '9.50am'), ['~notify:pharmacy']);
    assert.deepEqual(eventKeysAt('The agency will notify pharmacies at 9.50am.', '9.50am'), []);
  });

  it('holds one notice to one group half an hour apart as a disagreement', () => {
    const files = {
      '001_wire.txt': 'LONDON, Feb 3 (Wire) - Pharmacies were alerted at 9:20am on Monday, the regulator said, after a batch of inhalers failed tests.',
      '002_trade.md': '# Inhaler batch recalled\n\n*Monday 3 February 2025*\n\nThe regulator emailed pharmacies at 9.50am to warn them of the faulty batch.',
      'draft.md': '# Inhalers\n\nA batch was recalled.',
    };
    assert.deepEqual(times(files, '001_wire.txt'), ['9:20am vs 002']);
  });

  it('leaves notices to two groups, or at one time, alone', () => {
    const groups = {
      '001_wire.txt': 'LONDON, Feb 3 (Wire) - Pharmacies were alerted at 9:20am on Monday, the regulator said, after a batch of inhalers failed tests.',
      '002_trade.md': '# Inhaler batch recalled\n\n*Monday 3 February 2025*\n\nThe regulator emailed patients at 9.50am to warn them of the faulty batch.',
      'draft.md': '# Inhalers\n\nA batch was recalled.',
    };
    assert.deepEqual(times(groups, '001_wire.txt'), []);
    const same = { ...groups, '002_trade.md': groups['002_trade.md'].replace('patients at 9.50am', 'pharmacies at 9.20am') };
    assert.deepEqual(times(same, '001_wire.txt'), []);
  });
});
