// "Ruth Hale said …" ¶ "“…,” she said afterwards." ¶ "She added that “…”": a run of paragraphs that
// each go on with "he"/"she" (or open with the quotation that "she said" follows) keeps the person
// named before them, so the draft surely credits the last quotation to her. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('credit findings: "she" carried over a run of paragraphs', () => {
  const wire = 'LANWICK, May 6 (Northwire) - The new lifeboat station opened on Wednesday.\n\n"The sea does not wait for anyone, and now neither do we," said coxswain Pieter Ambrose.\n\nHarbour master Ingrid Soll said: "This station will cut our response time along the whole northern shore by half."\n';
  const paper = '# Station opens\n\nThe lifeboat station opened on Wednesday.\n\nHarbour master Ingrid Soll said: “This station will cut our response time along the whole northern shore by half.”\n';
  const draft = (opener: string) => '# Lifeboat station opens\n\nThe lifeboat station opened on Wednesday.\n\n"We are ready," coxswain Pieter Ambrose said as the doors opened.\n\n"The sea does not wait for anyone, and now neither do we," he said afterwards.\n\n' +
    `${opener} that the station "will cut our response time along the whole northern shore by half".\n`;

  it('credits "He added" two paragraphs on to the person named before the run', () => {
    const found = findingsIn({ '001_wire.txt': wire, '002_paper.md': paper, 'draft_station.md': draft('He added') }, 'draft_station.md', 'attribution-conflict');
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    assert.match(found[0].message, /Soll/);
  });

  it('does not carry over a paragraph that names someone else', () => {
    const broken = draft('He added').replace('"The sea does not wait', 'Volunteer Tom Rusk, 52, watched. "The sea does not wait');
    const found = findingsIn({ '001_wire.txt': wire, '002_paper.md': paper, 'draft_station.md': broken }, 'draft_station.md', 'attribution-conflict');
    assert.ok(found.every((f) => !/Soll/.test(f.message) || !/Ambrose/.test(f.message)), JSON.stringify(found.map((f) => f.message)));
  });
});
