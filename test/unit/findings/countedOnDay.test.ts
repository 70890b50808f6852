// "Parents first reported damp in the hall floor on Monday, and council surveyors inspected it the
// following day": a later clause that counts its own day on from the weekday ("the following day",
// "the next day") leaves the weekday its own clause's event, held to the sources' day for it; a
// weekday that is itself the day counted on ("the following day, on Monday, …") is still left out.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_paper.md': 'BRIGHTWELL, May 6 (Wire) - The school hall was shut on Thursday. Damp in the hall floor was first reported by parents on Tuesday, and council surveyors inspected it on Wednesday.',
  '002_blog.md': 'Live: Brightwell school. Background: parents first reported new damp in the hall floor on Tuesday.',
};

describe('findings: a weekday with a later day counted on from it', () => {
  it('holds the weekday when a later clause counts "the following day" from it', () => {
    const files = { ...sources, 'draft_hall.md': 'The school hall was shut on Thursday. Parents first reported damp in the hall floor of Brightwell school on Monday, and council surveyors inspected it the following day.' };
    const found = findingsIn(files, 'draft_hall.md', 'time-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Tuesday/);
  });

  it('still leaves a weekday that is itself counted on from another day', () => {
    const files = { ...sources, 'draft_hall.md': 'The school hall was shut on Thursday. Surveyors came, and the following day, on Monday, parents first reported damp in the hall floor of Brightwell school.' };
    assert.equal(findingsIn(files, 'draft_hall.md', 'time-conflict').length, 0);
  });
});
