// Words every story's furniture writes (alignment/story.ts, the forty-seventh round): a live blog's or
// a call's greeting ("Good morning"), a pictograph opening a blog's entry as a bullet does ("👋 Fresh
// figures"), and the law a listed company's release cites ("the EU Market Abuse Regulation") say
// nothing about which story. Invented articles throughout.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';
import { sameStory, storyWordsOf } from '../../../server/src/analysis/alignment/story';

// Two live blogs of two stories, both with London in them and a greeting at their first entry.
const LAYOFFS_BLOG = [
  '# Live: Harrowgate Robotics to cut 900 jobs', '',
  '**08:00** Good morning. Harrowgate Robotics will cut 900 jobs and close its offices in Tulvik and Osterby.', '',
  '**08:40** Chief executive Mirja Salonen told analysts in London the cuts would save 60 million kronor.', '',
  '**09:15** The Verkstad union at Tulvik said it had not been consulted. Its chair, Oskar Bremmer, called the cuts a betrayal. Good luck to everyone at Osterby today.', '',
].join('\n');
const FLOODS_BLOG = [
  '# Live: Tamsford floods', '',
  '**07:30** Good morning and welcome. The River Quell burst its banks at Tamsford overnight.', '',
  '**08:10** Councillor Brid Hennessy said 140 homes in Ashleigh and Parrow were flooded. The Gorran Trust opened a shelter.', '',
  '**09:00** Engineers from Quellside Water flew in from London. Good news from Parrow: the water is falling. Good luck to all at Ashleigh.', '',
].join('\n');

// Two listed companies' releases of two stories, both ending with the market regulator's boilerplate.
const release = (company: string, names: string) => [
  `${company} announces results`, '',
  `${company} said on Monday ${names}.`, '',
  `Contact: Investor relations, ${company}, London.`, '',
  `This information is information that ${company} is obliged to make public pursuant to the EU Market Abuse Regulation.`, '',
].join('\n');
const BREWER = release('Tollund Breweries', 'it would shut its Grenaa plant, and that chief executive Aksel Morup and finance chief Ditte Havn would meet the Braskov union');
const LENDER = release('Corbel Lending', 'it had settled with the Fenwick ombudsman, and that chair Rosalind Pyke and chief executive Tobias Wren would meet lawyers from Halberd Quayle');

describe('the same story: a blog\'s and a call\'s greetings', () => {
  it('"Good morning" and "Good luck" are no story words, however often they open a sentence', () => {
    const words = storyWordsOf(FLOODS_BLOG);
    assert.ok(!words.has('good') && !words.has('welcome'), [...words].join(' '));
    assert.ok(words.has('tamsford') && words.has('parrow'), [...words].join(' '));
  });

  it('two live blogs that share a city and a greeting are strangers', () => {
    const layoffs = analyzeArticle({ path: '/ws/001_layoffs.md', text: LAYOFFS_BLOG });
    const floods = analyzeArticle({ path: '/ws/902_floods.md', text: FLOODS_BLOG });
    assert.equal(sameStory(layoffs, floods), false);
  });
});

describe('the same story: a pictograph opening an entry', () => {
  it('a word after an emoji or a dingbat opens its entry, as after a bullet', () => {
    const words = storyWordsOf('**09:05** 📣 Fresh figures from Harnes.\n\n**09:20** ⚠️ Warning for Harnes and Tulvik.\n\n**09:40** ✅ Confirmed by Tulvik.');
    assert.ok(!words.has('fresh') && !words.has('warning') && !words.has('confirmed'), [...words].join(' '));
    assert.ok(words.has('harnes') && words.has('tulvik'), [...words].join(' '));
  });
});

describe('the same story: a law\'s name', () => {
  it('a word written only inside a law\'s name is no story word; the same word used otherwise is', () => {
    assert.equal(storyWordsOf(BREWER).has('abuse'), false);
    assert.equal(storyWordsOf('Under the Harbour Dues Act, Dues collectors at Grenaa must report to Braskov.').has('dues'), true);
  });

  it('two companies\' releases that cite one regulation from one city are strangers', () => {
    const brewer = analyzeArticle({ path: '/ws/001_brewer.txt', text: BREWER });
    const lender = analyzeArticle({ path: '/ws/902_lender.txt', text: LENDER });
    assert.equal(sameStory(brewer, lender), false);
  });
});

// Two companies' calls with analysts: each transcript's operator and moderator speak, and an analyst
// of a common given name asks at each.
const call = (company: string, broker: string, lines: string[]) => [
  `${company} results call: transcript`, '',
  'OPERATOR: Good morning and welcome to the call. I will now hand over.', '',
  ...lines.flatMap((l) => [l, '']),
  `OPERATOR: Thank you. The next question comes from Priya at ${broker}.`, '',
  'MODERATOR: That concludes the call.', '',
];
const MILLER_CALL = call('Tarrowby Mills', 'Castellane Securities', [
  'GRETA LINDHOLM (chief executive): Tarrowby Mills sold 4 million tonnes of flour from Osgrave and Fellick.',
  'LINDHOLM: Our Osgrave mill will close in May, and Anders Vikstrom will run Fellick.',
]).join('\n');
const SHIPPER_CALL = call('Pellucid Shipping', 'Dornay Brokers', [
  'MARCO ABENDANO (chief executive): Pellucid Shipping carried 90,000 containers through Quarrow and Tessaly.',
  'ABENDANO: Our Quarrow terminal will grow, and Ines Halloran will run Tessaly.',
]).join('\n');

describe('the same story: a call\'s furniture', () => {
  it('"OPERATOR" and "MODERATOR" are no story words', () => {
    const words = storyWordsOf(MILLER_CALL);
    assert.ok(!words.has('operator') && !words.has('moderator'), [...words].join(' '));
    assert.ok(words.has('osgrave') && words.has('lindholm'), [...words].join(' '));
  });

  it('two companies\' calls that share their furniture and an analyst\'s given name are strangers', () => {
    const miller = analyzeArticle({ path: '/ws/001_miller.txt', text: MILLER_CALL });
    const shipper = analyzeArticle({ path: '/ws/902_shipper.txt', text: SHIPPER_CALL });
    assert.equal(sameStory(miller, shipper), false);
  });
});
