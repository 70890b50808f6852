// A double-barrelled surname is one name (alignment/story.ts, the forty-seventh round): "Okonjo-Brandt"
// is one person's, and its halves are other people's names ("Samuel Okonjo", "Brandt-Haas"), so two
// stories that each name one of them share no name for it. Invented articles throughout.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { sameStory, storyWords, storyWordsOf } from '../../../server/src/analysis/alignment/story';

// A glacier survey quoting a glaciologist with a double-barrelled surname.
const GLACIER = [
  '# Velmar glacier retreats 40 metres in a year', '',
  'TROMVIK — The Velmar glacier retreated about 40 metres last year, the Kestral Polar Institute said on Tuesday.', '',
  '"The front is thinning faster than we modelled," said Dr Ilse Okonjo-Brandt, who led the survey from Tromvik.', '',
  'Okonjo-Brandt said crews from Harnes and Skellvik had measured the ice with drones. Jonas Pettersen of the Arvik Observatory said the melt season had started early.', '',
].join('\n');

// A census in another country, whose people carry the halves of her name.
const CENSUS = [
  '# Dorrin population passes 900,000', '',
  'CALLOWAY — The population of Dorrin rose to 912,400, the Dorrin Statistics Office said on Thursday.', '',
  'Chief statistician Samuel Okonjo said the growth was strongest in Fenbury and Lisker. Okonjo said the count cost about 38 million crowns.', '',
  'Margit Brandt-Haas, who chairs the Calloway census board, said response rates in Pellow had doubled. Brandt-Haas said Wexley would get two more seats.', '',
].join('\n');

describe('the same story: hyphenated surnames', () => {
  it('a double-barrelled surname is one story word, in running text and in a transcript\'s capitals', () => {
    const words = storyWordsOf('Dr Ilse Okonjo-Brandt spoke first.\n\nOKONJO-BRANDT: We measured it twice.\n\nOkonjo-Brandt said the ice was thin.');
    assert.ok(words.has('okonjo-brandt'), [...words].join(' '));
    assert.ok(!words.has('okonjo') && !words.has('brandt'), [...words].join(' '));
  });

  it('a part common in any news ("Vice-President") or in lower case ("Tromvik-based") is read apart', () => {
    const words = storyWordsOf('Vice-President Harlan Moss met the Tromvik-based crews in Skellvik.');
    assert.ok(!words.has('vice-president'), [...words].join(' '));
    assert.ok(words.has('tromvik') && !words.has('tromvik-based'), [...words].join(' '));
  });

  it('the people\'s finder keeps the name whole too', () => {
    const words = storyWords(analyzeArticle({ path: '/ws/001_glacier.md', text: GLACIER }));
    assert.ok(words.has('okonjo-brandt'), [...words].join(' '));
    assert.ok(!words.has('okonjo') && !words.has('brandt'), [...words].join(' '));
  });

  it('two stories whose people share only the halves of a name are strangers', () => {
    const glacier = analyzeArticle({ path: '/ws/001_glacier.md', text: GLACIER });
    const census = analyzeArticle({ path: '/ws/902_census.md', text: CENSUS });
    assert.equal(sameStory(glacier, census), false);
  });

  it('two reports of one story naming the same hyphenated person are one story, and a figure there is still held', () => {
    const again = GLACIER.replace('about 40 metres last year', 'about 55 metres last year').replace('# Velmar glacier retreats 40 metres in a year', '# Velmar glacier in fast retreat');
    const corpus = new Corpus();
    const draft = analyzeArticle({ path: '/ws/draft.md', text: GLACIER });
    const source = analyzeArticle({ path: '/ws/001_glacier.md', text: again });
    corpus.set(source);
    assert.equal(sameStory(draft, source), true);
    const found = checkArticle(corpus, draft).findings.filter((f) => f.kind === 'figure-conflict');
    assert.ok(found.length >= 1, 'the glacier\'s 40 against 55 metres');
  });
});
