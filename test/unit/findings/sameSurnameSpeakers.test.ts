// Two people of one surname ("Anita Korhonen" and "Mikko Korhonen", a family firm, a city's two
// officials) are two speakers: a source crediting a quotation to one by "she said" after naming her,
// and another crediting it to the other by name, disagree on who said it. The same surname with one
// given name shortening the other ("Alex Kerr" / "Alexander Kerr") or an initial may be one person.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { otherPeople } from '../../../server/src/analysis/findings/quotes';

describe('quote findings: two speakers of one surname', () => {
  const wire = 'TAMPERE, June 2 (Nordic Wire) - Ferries stayed in port all day.\n\nAnita Korhonen, safety director for the ferry line, defended the crews who turned back in the storm. "Our captains did exactly what the manual tells them to do," she said.';
  const release = 'KORHONEN LINES\nPRESS RELEASE\n\n"Our captains did exactly what the manual tells them to do," said Mikko Korhonen, chief executive of Korhonen Lines.';

  it('holds a credit to one Korhonen against a credit to the other', () => {
    assert.equal(findingsIn({ '000_wire.txt': wire, '002_release.txt': release }, '000_wire.txt', 'attribution-conflict').length, 1);
  });

  it('does not hold a full given name against its short form', () => {
    const short = wire.replace(/Anita Korhonen/g, 'Mik Korhonen').replace('she said', 'he said');
    assert.deepEqual(findingsIn({ '000_wire.txt': short, '002_release.txt': release }, '000_wire.txt', 'attribution-conflict'), []);
  });

  it('is not sure of a "she" in a paragraph that names both people of the surname', () => {
    const explainer = '# Ferries stay in port\n\nMikko Korhonen, a former harbour master, runs the line; Anita Korhonen, 12 years his junior, runs its safety office. On Monday he praised the crews; she said the captains “did exactly what the manual tells them to do”.';
    const named = release.replace('said Mikko Korhonen, chief executive of Korhonen Lines', 'said Anita Korhonen, safety director of Korhonen Lines');
    assert.deepEqual(findingsIn({ '002_release.txt': named, '004_explainer.md': explainer }, '004_explainer.md', 'attribution-conflict'), []);
    assert.deepEqual(findingsIn({ '002_release.txt': named, '004_explainer.md': explainer }, '002_release.txt', 'attribution-conflict'), []);
  });

  it('reads the given name before the surname, not a rank before it', () => {
    assert.equal(otherPeople('sgt anita korhonen', 'anita korhonen'), false);
    assert.equal(otherPeople('anita korhonen', 'mikko korhonen'), true);
    assert.equal(otherPeople('alex kerr', 'alexander kerr'), false);
    assert.equal(otherPeople('jo hale', 'jo a. hale'), false);
  });
});
