// A draft that sides with some sources against a source that disagrees with them: the claim is in
// dispute, and the draft is told which source disagrees (the sources are held to each other first).
import { strict as assert } from 'node:assert';
import type { FindingKind } from '../../../server/src/analysis/types';
import { findingsIn } from './review';

const findings = (files: Record<string, string>, path: string, kind: FindingKind) => findingsIn(files, path, kind);

describe('findings: a draft that sides with some sources', () => {
  it('a time: flagged against the source that disagrees with the others', () => {
    const files = {
      '001_tide.txt': 'Stewards halted the regatta at 3:25 p.m. ET on Saturday as the wind rose, officials said.',
      '002_gull.txt': 'Organizers stopped the regatta at 3:25 p.m. ET on Saturday and towed the dinghies ashore.',
      '003_bay.txt': 'Race officers called off the regatta at 4:05 p.m. ET on Saturday.',
      'draft_regatta.md': 'Stewards halted the regatta at 3:25 p.m. ET on Saturday.',
    };
    const found = findings(files, 'draft_regatta.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['003']);
    const agreed = { ...files, '003_bay.txt': 'Race officers called off the regatta at 3:25 p.m. ET on Saturday.' };
    assert.deepEqual(findings(agreed, 'draft_regatta.md', 'time-conflict'), []);
  });

  it('a figure: flagged against the source the agreeing sources are held to', () => {
    const files = {
      '001_wire.txt': 'The district opened 19 relief camps for families displaced by the floods.',
      '002_daily.txt': 'Officials said 19 relief camps were running across the district on Monday night.',
      '003_radio.txt': 'The district has opened 27 relief camps for displaced families.',
      'draft_floods.md': 'The district opened 19 relief camps for families displaced by the floods.',
    };
    const found = findings(files, 'draft_floods.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['003']);
  });

  it('a quotation: flagged against the source that words it otherwise, unless that source joins two remarks', () => {
    const said = (words: string) => `Mayor Ilse Varga spoke at the harbour on Monday. "${words}," Varga said.`;
    const files = {
      '001_wire.txt': said('We will rebuild the pier before the summer season, whatever it costs the town'),
      '002_daily.txt': said('We will rebuild the pier before the summer season, whatever it costs the town'),
      '003_radio.txt': said('We will rebuild the jetty before the summer season, whatever it costs the town'),
      'draft_pier.md': said('We will rebuild the pier before the summer season, whatever it costs the town'),
    };
    const found = findings(files, 'draft_pier.md', 'quote-mismatch');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['003']);
    const joined = { ...files, '003_radio.txt': 'Mayor Ilse Varga spoke at the harbour on Monday. "We will rebuild the pier before the summer season," Varga told Coast FM. "Whatever it takes the town."' };
    assert.deepEqual(findings(joined, 'draft_pier.md', 'quote-mismatch'), []);
  });

  it('a venue: flagged against the outlet the other sources do not name', () => {
    const told = (outlet: string) => `"We will rebuild the pier before the summer season, whatever it costs the town," Mayor Ilse Varga told ${outlet}.`;
    const files = {
      '001_wire.txt': told('Coast FM'),
      '002_daily.txt': told('Coast FM'),
      '003_radio.txt': told('Harbour Radio 98'),
      'draft_pier.md': told('Coast FM'),
    };
    const found = findings(files, 'draft_pier.md', 'attribution-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['003']);
  });
});
