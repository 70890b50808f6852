// "14:15 local time" against "1040 GMT": a time told in "local time" is read on the clock a source
// keeps for the story, as a briefing's heading gives it ("Friday, 14 June 2030, 17:30 CEST"); a
// "Published"/"Updated" stamp is the publisher's clock and gives none.
import { strict as assert } from 'node:assert';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';

function conflicts(files: Record<string, string>, path: string): string[][] {
  const analyses = Object.entries(files).map(([p, text]) => analyzeArticle({ path: p, text }));
  const doc = reviewArticles(analyses).documents.find((d) => d.path === path);
  return (doc?.findings ?? []).filter((f) => f.kind === 'time-conflict').map((f) => f.against.map((e) => e.label));
}

const wire = 'VALLETTA, June 14 (Medwire) - The ferry Gozo Star ran aground at 0710 GMT on Friday off the north coast, the coastguard said.';
const local = 'Valletta, 14 June 2030 (Island Times)\n\nThe ferry ran aground at 9:55 local time on Friday, the harbour master said.';

describe('time findings: "local time" on the story\'s clock', () => {
  it('a briefing heading its transcript with a zone gives the story\'s clock: its times and "local time" are read on it', () => {
    const briefing = 'MARITIME AUTHORITY BRIEFING ON THE GOZO STAR\nHarbour House, Valletta\nFriday, 14 June 2030, 17:30 CEST\n\nSPOKESMAN: The ferry ran aground at 09:10 this morning.';
    const files = { '001_briefing.txt': briefing, '002_wire.txt': wire, '003_paper.txt': local };
    assert.deepEqual(conflicts(files, '002_wire.txt'), [['003']]);
    assert.deepEqual(conflicts(files, '001_briefing.txt'), [['003']]);
  });

  it('an "Updated … BST" stamp is the publisher\'s clock: "local time" is not read on it', () => {
    const page = 'Ferry aground off Gozo\n\nUpdated 14 June 2030, 17:30 BST\n\nThe ferry ran aground in calm seas on Friday, the coastguard said. Rescue boats reached it at 9:40.';
    assert.deepEqual(conflicts({ '001_page.txt': page, '002_wire.txt': wire, '003_paper.txt': local }, '002_wire.txt'), []);
  });
});
