// "dialled 999 at 15:42 GMT (14:42 in Sollwick)": a bracketed time on a place's clock, no zone
// written, is on a clock the engine cannot read; read on the first time's clock it would be a wrong
// moment of its own, held against a source's other reading of the call. The time before carries the
// claim. Invented text only.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = (draft: string): Record<string, string> => ({
  '001_wire.txt': 'PORTHAVEN, March 3 (Northwire) - The group\'s leader, Tam Orrin, 44, called the emergency services at 15:58 GMT (16:58 in Estmark), police said. The lifeboat was paged minutes later.',
  '002_release.txt': 'PORTHAVEN - Emergency call received at 15:42 on Saturday 3 March. Lifeboat paged at 15:50.',
  '003_paper.md': '# Anglers rescued\n\nThe coastguard confirmed a rescue after a call from a group of anglers at 15:42. The lifeboat was paged at 15:50.',
  '004_radio.txt': 'PRESENTER: The lifeboat reached the anglers at five and all five were brought ashore at Porthaven by seven o\'clock.',
  'draft_anglers.md': draft,
});

describe('time findings: a bracketed time on a place\'s clock', () => {
  it('does not read the place\'s time on the first time\'s clock', () => {
    const found = findingsIn(files('The group\'s leader, Tam Orrin, 44, dialled 999 at 15:42 GMT (14:42 in Sollwick). The lifeboat was paged at 15:50.'), 'draft_anglers.md', 'time-conflict');
    assert.deepEqual(found.filter((f) => f.text === '14:42').map((f) => f.message), []);
    // The time before it still carries its own claim (the draft sides with most sources against 001).
    assert.deepEqual(found.map((f) => f.text), ['15:42 GMT']);
  });

  it('still holds a bracketed time on a zone written out', () => {
    const found = findingsIn(files('The group\'s leader, Tam Orrin, 44, dialled 999 at 15:42 GMT (14:42 CET). The lifeboat was paged at 15:50.'), 'draft_anglers.md', 'time-conflict');
    assert.ok(found.some((f) => f.text.startsWith('14:42')), JSON.stringify(found));
  });
});
