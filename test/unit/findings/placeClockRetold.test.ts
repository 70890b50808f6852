// An explainer that tells the instant a verdict was read on UTC with the place's clock in brackets
// ("at 08:00 UTC (09:00 in Madrid)") and again in its timeline with no clock written ("- **09:00** –
// Judge begins reading the verdict") has one disagreement with a radio that tells another hour: the
// first telling carries it, and the timeline line is not flagged again (carriedBefore). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files: Record<string, string> = {
  '000_wire.txt': 'Madrid court orders Atlantis Pesca to pay fishermen\n\nMADRID, Feb 3 (PTW) - A Madrid court on Tuesday ordered trawler operator Atlantis Pesca to pay 4,100 fishermen for lost catches.\n\nJudge Rita Saraiva began reading the verdict at 9 a.m. (0800 GMT) in a full courtroom.\n',
  '001_paper.txt': 'A Madrid court on Tuesday ordered Atlantis Pesca to compensate the fishermen. Judge Rita Saraiva began reading the verdict at 09:00 local time (08:00 UTC).\n',
  '002_radio.txt': 'RADIO ATLANTICO\nTranscript\n\nANA COSTA: Our reporter Rui Matos was in court. Rui?\n\nRUI MATOS: Ana, Judge Rita Saraiva began reading the verdict at ten o\'clock.\n\nANA COSTA: Thank you, Rui.\n',
  '003_explainer.md': '# Explained: the Atlantis Pesca verdict\n\n*Coast Weekly · 3 February 2026*\n\nOn Tuesday a Madrid court ordered Atlantis Pesca to pay 4,100 fishermen. Judge Rita Saraiva read the verdict at 08:00 UTC (09:00 in Madrid).\n\n## The day, step by step\n\n- **09:00** – Judge Rita Saraiva begins reading the verdict.\n- **11:30** – Lawyers for the fishermen speak outside.\n',
};

describe('time findings: a place\'s clock time told again with no clock written', () => {
  it('flags the explainer\'s first telling, not its timeline line', () => {
    const found = findingsIn(files, '003_explainer.md', 'time-conflict');
    assert.equal(found.length, 1);
    assert.ok(found[0].span.start < files['003_explainer.md'].indexOf('step by step'));
  });

  it('still flags the radio\'s hour against the others', () => {
    assert.equal(findingsIn(files, '002_radio.txt', 'time-conflict').length, 1);
  });
});
