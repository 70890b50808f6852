// A transcript's guest who repeats their own words in quotation marks ("OWUSU: I said it this morning
// and I say it again: "…"") is quoting themselves: the quotation is theirs. A host who reports another
// person's words ("the mayor said, and I wrote it down, "…"") is not credited with them. And a live
// blog's "Ama Owusu, chair of the union, spoke to our reporter outside the court:" introduces the
// quotation set in the next paragraph. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const speakerOf = (path: string, text: string, opening: string) =>
  analyzeArticle({ path, text }).quotes.find((q) => q.text.replace(/^["“]/, '').startsWith(opening))?.speaker?.key ?? null;

const transcript = [
  '**RADIO TEMA — MORNING LINE**', '',
  'KOJO ASANTE (HOST): Good morning. The port strike is in its second day.', '',
  'YAW OWUSU (CALLER): Good morning, Kojo. I am Yaw Owusu, a crane driver at the harbour.', '',
  'ASANTE: What do the dockers want?', '',
  'OWUSU: Fair pay. I said it this morning at the gate and I say it again: "We will not unload one more ship at these rates." That is all.', '',
  'ASANTE: The harbour master said, and I wrote it down, "The cranes will move by Friday." Next caller.', '',
].join('\n');

describe('quotes: a speaker quoting their own words, and a colon introduction after "spoke to"', () => {
  it('credits a turn\'s self-quotation to the turn\'s speaker', () => {
    assert.equal(speakerOf('003_radio.md', transcript, 'We will not unload'), 'yaw owusu');
  });

  it('leaves another person\'s words a host reports uncredited to the host', () => {
    assert.notEqual(speakerOf('003_radio.md', transcript, 'The cranes will move'), 'kojo asante');
  });

  it('reads "spoke to our reporter outside the court:" as introducing the next paragraph\'s quotation', () => {
    const blog = '### 14:10 — Union speaks\n\nAma Owusu, chair of the Tema Dockers Union, spoke to our reporter outside the court:\n\n> “We will load the ships tonight, not next week.”\n';
    assert.equal(speakerOf('001_blog.md', blog, 'We will load'), 'ama owusu');
  });
});
