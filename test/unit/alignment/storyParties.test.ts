// Kinds that name no story (alignment/story.ts, the forty-seventh round): the kind and family of a party
// or an alliance ("Civic Alliance", "the Greens"), a row or a quay, a chief statistician's title; and a
// transcript's questioners, reporters named with their outlets ("ISLA BRODIE (Kelton Radio):"), who
// ask about many stories. Invented articles throughout.
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../server/src/analysis';
import { sameStory, storyWords, storyWordsOf } from '../../../server/src/analysis/alignment/story';

// A council budget in one town and a by-election in another, where a party of the same name stands.
const BUDGET = [
  '# Marlby council passes budget', '',
  'MARLBY — Marlby council approved a budget of 212 million on Wednesday after the Civic Alliance group backed it.', '',
  'Council leader Oona Threlkeld said the Tarrant Road depot and the Fenner Lane library would stay open. Civic Alliance councillor Piet Orsolya voted for it.', '',
  'Residents of Sutterby and Quenwell had protested outside the Gannet Rooms on Monday.', '',
].join('\n');
const BYELECTION = [
  '# Civic Alliance holds Dunmarsh seat', '',
  'DUNMARSH — The Civic Alliance candidate Radek Pilsworth won the Dunmarsh by-election on Thursday with 8,412 votes.', '',
  'Turnout in Carrowby and Lessingham was 41 per cent. Pilsworth said he would fight for the Ettrick ferry.', '',
  'His rival, Marit Svanholm, said the Civic Alliance had spent heavily in Carrowby.', '',
].join('\n');

// Two news conferences on two stories where two reporters ask a question at each.
const CUP_PRESSER = [
  'Transcript: Halder Athletic news conference after the Brenner Cup final', '',
  'MODERATOR: Welcome. Manager Dougie Farrant first.', '',
  'FARRANT: The lads from Halder were magnificent against Coldwater Town.', '',
  'ISLA BRODIE (Kelton Radio): Dougie, what did you tell Tomek Wisniak at half-time?', '',
  'FARRANT: I told Wisniak to keep running at Okafor and the Coldwater back four.', '',
  'NIAMH TULLY (Ferrow Gazette): Will Wisniak start the next game?', '',
].join('\n');
const SPILL_BRIEFING = [
  'Transcript: Ferrish Coastguard briefing on the Maran Star spill', '',
  'MODERATOR: Good afternoon. Commander Lise Harrowgate will speak first.', '',
  'HARROWGATE: Oil from the Maran Star reached Pellock Sands at dawn. Crews from Ferrish and Dunbeck are on the beach.', '',
  'ISLA BRODIE (Kelton Radio): Commander, how many birds have been found at Pellock?', '',
  'HARROWGATE: Volunteers from the Skellan Bird Trust counted 140 at Dunbeck.', '',
  'NIAMH TULLY (Ferrow Gazette): When will the Maran Star be towed?', '',
].join('\n');

describe('the same story: parties and alliances', () => {
  it('the words of a party\'s name are no story words; the town beside them is', () => {
    const words = storyWordsOf(BUDGET);
    assert.ok(!words.has('civic') && !words.has('alliance'), [...words].join(' '));
    assert.ok(words.has('marlby') && words.has('threlkeld'), [...words].join(' '));
  });

  it('two stories where a party of one name stands are strangers', () => {
    const budget = analyzeArticle({ path: '/ws/001_budget.md', text: BUDGET });
    const election = analyzeArticle({ path: '/ws/902_election.md', text: BYELECTION });
    assert.equal(sameStory(budget, election), false);
  });

  it('a row, a quay and a chief statistician\'s title are no story words; a surname after an honorific is', () => {
    const words = storyWordsOf('Chief Statistician Aino Ketola spoke at Harbour Row, then at Castle Quay. Ms Green of Tolland asked for the Tolland figures.');
    assert.ok(!words.has('row') && !words.has('quay') && !words.has('statistician'), [...words].join(' '));
    assert.ok(words.has('green') && words.has('ketola'), [...words].join(' '));
  });
});

describe('the same story: a transcript\'s questioners', () => {
  it('a reporter named with her outlet before her question is no story word; a speaker named with a role is', () => {
    const words = storyWords(analyzeArticle({ path: '/ws/001_cup.md', text: CUP_PRESSER }));
    assert.ok(!words.has('isla') && !words.has('brodie'), [...words].join(' '));
    assert.ok(words.has('farrant') && words.has('wisniak'), [...words].join(' '));
    const role = storyWordsOf('TESSA MORVEN (harbour master): The tanker is holding off Pellock.\n\nMORVEN: We will know at Pellock by noon.');
    assert.ok(role.has('morven'), [...role].join(' '));
  });

  it('two stories whose news conferences the same two reporters attended are strangers', () => {
    const cup = analyzeArticle({ path: '/ws/001_cup.md', text: CUP_PRESSER });
    const spill = analyzeArticle({ path: '/ws/902_spill.md', text: SPILL_BRIEFING });
    assert.equal(sameStory(cup, spill), false);
  });
});

// Two firms fined by one national regulator, months apart, both with offices in London.
const fined = (firm: string, names: string) => [
  `${firm} fined by regulator`, '',
  `${firm} was fined 12 million pounds by the Prudential Markets Authority on Tuesday, the PMA said in London.`, '',
  `The PMA found that ${names}.`, '',
].join('\n');
const INSURER = fined('Hollins Mutual', 'Hollins staff at Brackley and Tewsford had mis-sold cover, and chief executive Odile Varga and chair Sefton Ruddock had been told in 2024');
const BROKER = fined('Quarry Lane Brokers', 'Quarry Lane traders at Merrivale and Ostley had hidden losses, and founder Amos Keddle and finance chief Pia Lundqvist had signed the accounts');

describe('the same story: a regulator\'s acronym', () => {
  it('the acronym of a body named only in common words and kinds ("Prudential Markets Authority", "PMA") is no story word', () => {
    const words = storyWordsOf(INSURER);
    assert.ok(!words.has('pma') && !words.has('prudential') && !words.has('markets'), [...words].join(' '));
    assert.ok(words.has('hollins') && words.has('brackley'), [...words].join(' '));
    // A bank is a kind of body, as a trust is: "Hollins Bank" is named by "Hollins".
    assert.ok(!storyWordsOf('Customers of Hollins Bank in Brackley were refunded by Hollins Bank.').has('bank'));
    // A body whose name has a story word keeps its acronym ("the Tewsford Harbour Commission", "THC").
    assert.ok(storyWordsOf('The Tewsford Harbour Commission met at noon. The THC said the THC would appeal.').has('thc'));
  });

  it('two firms fined by one regulator in one city are strangers', () => {
    const insurer = analyzeArticle({ path: '/ws/001_insurer.md', text: INSURER });
    const broker = analyzeArticle({ path: '/ws/902_broker.md', text: BROKER });
    assert.equal(sameStory(insurer, broker), false);
  });
});

describe('the same story: kinds in other languages and a mountain range', () => {
  it('"Empresa Metropolitana", "Universidad", "Calle" and the Andes are no story words; the city\'s name is', () => {
    const words = storyWordsOf('Drivers of the Empresa Metropolitana de Quelba marched from the Universidad Quelbeña along Calle Ferraz, high in the Andes, and Quelba officials said the Andes towns would follow.');
    for (const w of ['empresa', 'metropolitana', 'universidad', 'calle', 'andes']) assert.ok(!words.has(w), `${w}: ${[...words].join(' ')}`);
    assert.ok(words.has('quelba') && words.has('ferraz'), [...words].join(' '));
  });
});
