// A word an article writes only inside a newspaper's or broadcaster's name ("told the Brayford
// Gazette") names the outlet, which covers many stories, not the story (alignment/story.ts, the
// forty-fourth round). Invented articles throughout.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';
import { sameStory, sameStoryWords, storyWords, storyWordsOf } from '../../../server/src/analysis/alignment/story';

// A coach crash abroad whose operator is a firm of Brayford.
const CRASH = [
  'Coach carrying British tourists crashes in the Orvanne hills', '',
  'The 49-seat coach, run by Brayford Lynn Tours of Kettlewick, left the road near the village of Saint-Aubrac on Tuesday, the prefecture of Lozaire said.', '',
  'Rescuers from Mende and Florac reached the ravine within the hour, prefect Odile Marchetti said.', '',
  'Brayford Lynn Tours said the group had left Kettlewick on Sunday for a week in the Cevennes.', '',
].join('\n');

// A nurses\' strike ballot at home, one nurse quoted by a local paper of Brayford that sits in Kettlewick.
const BALLOT = [
  'Nurses vote to strike over pay', '',
  'Members of the Allied Nurses Guild backed walkouts in a ballot that closed on Monday, general secretary Petra Lindqvist said.', '',
  'Health Secretary Gideon Farrow said the award was final. From Kettlewick, ward nurse Imogen Tarrant told the Brayford Gazette she could not pay her rent.', '',
  'Talks are due at the Whitcombe House offices on Thursday, the Guild said, and Farrow told Ousel Valley Radio his door was open.', '',
].join('\n');

describe('the same story: outlets\' names', () => {
  it('a word written only in an outlet\'s name is no story word; written otherwise it is', () => {
    const words = storyWordsOf('Ward nurse Imogen Tarrant told the Brayford Gazette she could not pay her rent. Farrow told Ousel Valley Radio his door was open.');
    assert.equal(words.has('brayford'), false);
    assert.equal(words.has('ousel'), false);
    assert.equal(words.has('tarrant'), true);
    const both = storyWordsOf('The mayor of Brayford spoke on Tuesday. She told the Brayford Gazette the bridge would reopen.');
    assert.equal(both.has('brayford'), true);
  });

  it('two stories sharing a town and a word of an outlet\'s name are strangers', () => {
    const crash = analyzeArticle({ path: '001_crash.txt', text: CRASH });
    const ballot = analyzeArticle({ path: '902_ballot.txt', text: BALLOT });
    const shared = [...storyWords(crash)].filter((w) => storyWords(ballot).has(w));
    assert.deepEqual(shared, ['kettlewick']);
    assert.equal(sameStory(crash, ballot), false);
  });
});

describe('the same story: a wire\'s bureau and one person', () => {
  it('the bureau a writer filed from, in a wire\'s credits, is no story word', () => {
    const words = storyWordsOf('The ferry sank off Quarnel on Monday.\n\n(Reporting by Ines Valbuena in Madrid and Tom Ashdown in Quarnel; Editing by Lorna Pike)');
    assert.equal(words.has('madrid'), false);
    assert.equal(words.has('quarnel'), true);
    assert.equal(words.has('ashdown'), false);
  });

  it('one person\'s whole name and surname count once: a person named in two stories does not join them', () => {
    const x = new Set(['halvorsen', 'petra_halvorsen', 'dunmoor', 'keswick', 'tarn', 'orla', 'brannigan', 'ferrow', 'scale']);
    const y = new Set(['halvorsen', 'petra_halvorsen', 'ashgrove', 'quillet', 'marsh', 'polden', 'rivenhall', 'stoke', 'cairn']);
    assert.equal(sameStoryWords(x, y), false);
    // The same person and the same place are two names shared.
    assert.equal(sameStoryWords(x, new Set([...y, 'dunmoor'])), true);
  });
});

describe('the same story: a temperature\'s scale and a newswire', () => {
  it('"degrees Celsius" and a newswire\'s name in a dateline are no story words', () => {
    const words = storyWordsOf('HALDOR, May 2 (Corvin Newswire) - The mercury reached 41 degrees Celsius (106 Fahrenheit) in Haldor, officials in Haldor said.');
    assert.equal(words.has('celsius'), false);
    assert.equal(words.has('fahrenheit'), false);
    assert.equal(words.has('newswire'), false);
    assert.equal(words.has('corvin'), false);
    assert.equal(words.has('haldor'), true);
  });
});

describe('the same story: codes', () => {
  it('the letters of a code glued to its digits ("Flight VX31") are no story word', () => {
    const words = storyWordsOf('Flight VX31 lifted off from Tarsel at dawn. Controllers at Tarsel said Flight VX31 was the third this year.');
    assert.equal(words.has('vx'), false);
    assert.equal(words.has('tarsel'), true);
  });
});
