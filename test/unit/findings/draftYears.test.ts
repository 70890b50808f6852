// A draft's year told alone for a thing the sources date otherwise ("the pier was built in 1957" /
// "built in 1975") is the year misreported: a figure-conflict naming the sources. Years of other
// things, years in "since", plans against past years, sources that disagree among themselves and a
// draft year some source writes are left alone.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { hasYear, slipsOf, yearSlip } from '../../../server/src/analysis/findings/years';

const wire = 'SALTHAVEN, March 3 (Coastwire) - Storm waves tore a 40-metre gap in Salthaven pier on Tuesday. ' +
  'The Victorian-style pier was built by the harbour trust in 1957. It was last repainted in 2016. ' +
  'In 2011, 212 volunteers cleared the beach after a smaller storm.';
const paper = 'Published 3 March 2026\n\nSalthaven pier, which the harbour trust built in 1957, lost a 40-metre section overnight. ' +
  'The trust said repairs would start in 2027. A lifeboat station opened beside the pier in 1962.';

const yearConflicts = (draft: string, sources: Record<string, string> = { '001_wire.txt': wire, '002_paper.md': paper }) =>
  findingsIn({ ...sources, 'draft.md': draft }, 'draft.md', 'figure-conflict').filter((f) => f.message.startsWith('year conflicts')).map((f) => [f.text, ...f.against.map((e) => e.label)]);

describe('figure findings: a draft year for a thing the sources date otherwise', () => {
  it('swapped digits for the same thing in like words disagree with every source that dates it', () => {
    assert.deepEqual(yearConflicts('Salthaven pier was built by the harbour trust in 1975.'), [['1975', '001', '002']]);
  });

  it('the same year agrees', () => {
    assert.deepEqual(yearConflicts('Salthaven pier was built by the harbour trust in 1957.'), []);
  });

  it('a year one digit off for the same thing disagrees', () => {
    assert.deepEqual(yearConflicts('Salthaven pier was built by the harbour trust in 1958.'), [['1958', '001', '002']]);
  });

  it('the same count beside both years makes them one event', () => {
    assert.deepEqual(yearConflicts('In 2013, 212 volunteers cleared the beach after a smaller storm.'), [['2013', '001']]);
  });

  it('a count no one rounds to, beside both years, ties them in unlike words; "since 2011, when …" dates what happened', () => {
    const bay = {
      '001_wire.txt': 'KERRICK, Jan. 14, 2027 (Coastwire) - Forty pilot whales stranded on Kerrick Sands on Tuesday. It is the bay\'s worst stranding since 2011, when 63 whales came ashore near the lighthouse.',
      '002_paper.md': 'Published 14 January 2027\n\nRescuers refloated 12 whales. In 2011, 63 pilot whales beached at Kerrick Sands; only nine survived.',
    };
    assert.deepEqual(yearConflicts('Forty pilot whales stranded on Kerrick Sands on Tuesday. In 2013, 63 whales came ashore near the lighthouse.', bay), [['2013', '001', '002']]);
    assert.deepEqual(yearConflicts('Forty pilot whales stranded on Kerrick Sands on Tuesday. In 2013, 63 whales came ashore near the lighthouse.', { '002_paper.md': bay['002_paper.md'] }), [['2013', '002']]);
    // A round count in unlike words may be another year's: "Forty" is no tie.
    const round = { '002_paper.md': 'Published 14 January 2027\n\nIn 2011, 40 pilot whales beached at Kerrick Sands; only nine survived.' };
    assert.deepEqual(yearConflicts('In 2013, 40 whales came ashore near the lighthouse.', round), []);
    // "since 2011" alone is a stretch of time, not the year of an event.
    const since = { '001_wire.txt': 'KERRICK, Jan. 14, 2027 (Coastwire) - In all, 63 whales have come ashore near the lighthouse since 2011, wardens say.' };
    assert.deepEqual(yearConflicts('In 2013, 63 whales came ashore near the lighthouse.', since), []);
  });

  it('another thing dated in another year is not compared', () => {
    // The pier was built in 1957 and a lifeboat station opened beside it in 1962.
    assert.deepEqual(yearConflicts('The pier was last repainted in 2017.'), [['2017', '001']]);
    assert.deepEqual(yearConflicts('A lifeboat station opened beside the pier in 1958.'), []);
    assert.deepEqual(yearConflicts('The harbour trust opened a new cafe beside the pier in 1963.'), []);
    const inspected = { '001_wire.txt': 'The Marsh Lane bridge over the Wend was last inspected in 2024.' };
    assert.deepEqual(yearConflicts('The Marsh Lane bridge over the Wend was next inspected in 2042.', inspected), []);
    assert.deepEqual(yearConflicts('The Marsh Lane bridge over the Wend was last inspected in 2042.', inspected), [['2042', '001']]);
    assert.deepEqual(yearConflicts('The south pier was built by the harbour trust in 1975.', { '001_wire.txt': wire.replace('The Victorian-style pier', 'The north pier') }), []);
  });

  it('a bridge named otherwise is another bridge', () => {
    const other = 'BRAMLEY, June 2 (Coastwire) - The Kelso Street bridge, a concrete span over the canal, was built in 1968 and closed on Monday.';
    assert.deepEqual(yearConflicts('The Hallam Road bridge, a concrete span over the canal, was built in 1986.', { '001_wire.txt': other }), []);
    assert.deepEqual(yearConflicts('The bridge, a concrete span over the canal, was built in 1986.', { '001_wire.txt': other }), [['1986', '001']]);
  });

  it('a draft sentence that gives the source\'s year to one thing and its own to another is not compared', () => {
    const one = 'The Marsh Lane bridge over the Wend was built in 1968.';
    assert.deepEqual(yearConflicts('The Marsh Lane bridge over the Wend was built in 1968 and rebuilt in 1986.', { '001_wire.txt': one }), []);
    assert.deepEqual(yearConflicts('The Marsh Lane bridge over the Wend was built in 1986.', { '001_wire.txt': one }), [['1986', '001']]);
  });

  it('a year inside a source\'s quotation is the speaker\'s, not the record', () => {
    const quote = 'BRAMLEY, June 2 (Coastwire) - "The Marsh Lane bridge over the Wend was built in 1968," the county engineer said.';
    assert.deepEqual(yearConflicts('The Marsh Lane bridge over the Wend was built in 1986.', { '001_wire.txt': quote }), []);
    assert.deepEqual(yearConflicts('The Marsh Lane bridge over the Wend was built in 1986.', { '001_wire.txt': quote.replace(/"/g, '') }), [['1986', '001']]);
  });

  it('years far apart are not one year mistyped, whatever the words', () => {
    assert.deepEqual(yearConflicts('Salthaven pier was built by the harbour trust in 1932.'), []);
  });

  it('a year in "since" and a year in an age are not a year told as a point', () => {
    assert.deepEqual(yearConflicts('The Victorian-style pier has belonged to the harbour trust since 1958.'), []);
    assert.deepEqual(yearConflicts('The 1975-built pier lost a 40-metre section, the harbour trust said.'), []);
  });

  it('a planned year is not held to a past year in the same words', () => {
    const past = 'The council repaired the sea wall in 2017 after the winter floods.';
    assert.deepEqual(yearConflicts('The council will repair the sea wall in 2027 after the winter floods.', { '001_wire.txt': past }), []);
    assert.deepEqual(yearConflicts('The council repaired the sea wall in 2007 after the winter floods.', { '001_wire.txt': past }), [['2007', '001']]);
  });

  it('a year on the other side of the story\'s own year is a plan, not the past told wrong', () => {
    const past = 'HULLBY, May 2 2026 (Coastwire) - Harbour engineers rebuilt the north breakwater in 2025 after storms.';
    assert.deepEqual(yearConflicts('Harbour engineers rebuilt the north breakwater in 2052 after storms.', { '001_wire.txt': past }), []);
  });

  it('sources that date the thing differently leave the draft alone', () => {
    const other = 'Salthaven pier was built by the harbour trust in 1959, according to the council.';
    assert.deepEqual(yearConflicts('Salthaven pier was built by the harbour trust in 1958.', { '001_wire.txt': wire, '003_council.txt': other }), []);
  });

  it('a draft year some source writes may be that thing\'s: no conflict', () => {
    const extra = 'The pier was extended in 1975, when the trust added a cafe.';
    assert.deepEqual(yearConflicts('Salthaven pier was built by the harbour trust in 1975.', { '001_wire.txt': wire, '003_extra.txt': extra }), []);
  });

  it('sources are not held to each other on years', () => {
    const other = 'Salthaven pier was built by the harbour trust in 1975, according to the council.';
    const analyses = findingsIn({ '001_wire.txt': wire, '003_council.txt': other }, '003_council.txt', 'figure-conflict');
    assert.deepEqual(analyses.filter((f) => f.message.startsWith('year conflicts')), []);
  });

  it('one year mistyped: a digit changed or neighbours swapped', () => {
    assert.equal(yearSlip(1968, 1986), true);
    assert.equal(yearSlip(2034, 2043), true);
    assert.equal(yearSlip(2018, 2019), true);
    assert.equal(yearSlip(2011, 2013), true);
    assert.equal(yearSlip(1968, 1896), false);
    assert.equal(yearSlip(2005, 2024), false);
    assert.equal(yearSlip(2019, 2019), false);
    assert.equal(slipsOf(1968).length, 38); // 35 digits changed (not a leading 0) and 3 swaps
    assert.ok(slipsOf(1968).includes(1986) && slipsOf(1968).includes(1969) && !slipsOf(1968).includes(1896));
    assert.equal(hasYear('built in 1968.', 1968), true);
    assert.equal(hasYear('ref 119680 and 1968.5', 1968), false);
  });
});
