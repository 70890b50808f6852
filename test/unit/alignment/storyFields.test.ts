// Which words of a name tell two stories apart (alignment/story.ts, the forty-third round): the field a
// public body works in ("Fire and Rescue Service", "Health and Safety Executive", "Transport
// Directorate", "Accident Investigation Board"), the kind of a river, lake, valley or mountain ("River
// Tolley", "Mount Sarvo"), the riverside or lakeside a street is named for, the words of the commonest
// countries' names ("United States", "United Kingdom", and so a club's "United"), a clock's region ("East
// Africa Time"), the Red Cross and the social networks are in the news of every town, so they are no
// story words; the word that names which river or which town is. Invented articles throughout.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';
import { sameStory, storyWords } from '../../../server/src/analysis/alignment/story';

// A chemical leak at a works beside a river in Brackmoor.
const LEAK = [
  '# Acid cloud closes Brackmoor schools', '',
  'BRACKMOOR — A valve failed at the Pellinor Chemicals works beside the River Tolley at 6.50am, and Hexley Fire and Rescue Service declared a major incident.', '',
  'Residents of Riverside Walk were told to keep windows shut. The Health and Safety Executive has opened an inquiry, and the Dunlin Valley Trust closed its nature reserve.', '',
  '"The cloud drifted east towards Carrow Mount," said Pellinor director Ottilie Brisk. Schools in Brackmoor and Faxby stayed shut, with Red Cross volunteers at the Faxby hall.', '',
  'Crews from Hexley and Sandholt pumped foam until noon, Brisk said. The Chemical Accident Investigation Board sent two inspectors.', '',
].join('\n');

// A climbers' rescue on a mountain far away.
const CLIMB = [
  'Eleven climbers rescued below Mount Sarvo', '',
  'PELRANI — Helicopters of Zandu Rescue Air lifted eleven climbers off Mount Sarvo at 7.20am, the Alpine Safety Directorate said, after an ice fall above Lake Omera.', '',
  'The climbers, from the United States, the United Kingdom and Kestavia, had camped on the Tarvi Valley side, said directorate head Rinzen Olmak.', '',
  '"They walked down to Riverside Camp on their own," Olmak said. Families posted thanks on Facebook and WhatsApp, and the Red Cross took the climbers to Pelrani.', '',
  'Pilots from Zandu and Gorvat flew nine sorties, Olmak said.', '',
].join('\n');

describe('the same story: the field of a body, the kind of a river or mountain, the commonest countries', () => {
  it('the field a body works in and the kind of a river, valley or mountain are no story words; the name of which is', () => {
    const leak = storyWords(analyzeArticle({ path: '/ws/001_leak.txt', text: LEAK }));
    for (const w of ['rescue', 'health', 'safety', 'river', 'valley', 'mount', 'riverside', 'red', 'cross', 'accident', 'investigation']) assert.ok(!leak.has(w), `${w} in ${[...leak].join(' ')}`);
    for (const w of ['brackmoor', 'tolley', 'pellinor', 'hexley', 'dunlin', 'carrow', 'faxby']) assert.ok(leak.has(w), w);
    const climb = storyWords(analyzeArticle({ path: '/ws/901_climb.txt', text: CLIMB }));
    for (const w of ['rescue', 'safety', 'directorate', 'lake', 'valley', 'mount', 'riverside', 'united', 'states', 'kingdom', 'facebook', 'whatsapp']) assert.ok(!climb.has(w), `${w} in ${[...climb].join(' ')}`);
    for (const w of ['sarvo', 'zandu', 'omera', 'tarvi', 'kestavia', 'pelrani']) assert.ok(climb.has(w), w);
  });

  it('a clock\'s region, a markets body\'s field and a club\'s "United" are no story words either', () => {
    const text = [
      'Thornley United sold at the Kessa bourse', '',
      'KESSA — Shares in Thornley United opened at 10:00 East Africa Time after the Capital Markets Authority approved the listing, the club said.', '',
      'Fans in Amberly Vale, where the club plays, queued at Ombura bank branches, chairman Jabari Wendo said.', '',
    ].join('\n');
    const words = storyWords(analyzeArticle({ path: '/ws/001_listing.txt', text }));
    for (const w of ['time', 'capital', 'united']) assert.ok(!words.has(w), `${w} in ${[...words].join(' ')}`);
    for (const w of ['thornley', 'kessa', 'amberly', 'ombura', 'wendo']) assert.ok(words.has(w), w);
  });

  it('two stories whose bodies, rivers and mountains share only their kinds are strangers', () => {
    const leak = analyzeArticle({ path: '/ws/001_leak.txt', text: LEAK });
    const climb = analyzeArticle({ path: '/ws/901_climb.txt', text: CLIMB });
    assert.equal(sameStory(leak, climb), false);
  });

  it('two reports of one story still share the names of which body, river and mountain', () => {
    const other = [
      'Brackmoor leak: inquiry opens', '',
      'Hexley firefighters contained the leak at Pellinor Chemicals by noon, and the River Tolley showed no harm, the Dunlin Valley Trust said.', '',
      'Faxby schools reopen on Monday, Ottilie Brisk said.', '',
    ].join('\n');
    assert.equal(sameStory(analyzeArticle({ path: '/ws/001_leak.txt', text: LEAK }), analyzeArticle({ path: '/ws/002_inquiry.txt', text: other })), true);
  });
});
