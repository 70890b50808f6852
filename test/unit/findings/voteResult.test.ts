// A vote's moment told as its result ("The result was declared at 21:48", "Result declared at 21:48")
// or as the decision arriving ("The decision came late last night, at twenty past ten"): the words
// reporters use for the end of a vote, as much the vote's moment as "voted" or "approved". Invented text.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

const files = {
  '001_wire.txt': 'DERWICK, May 6 (Wirepost) - The county council approved the budget by 40 votes to 21 at 9.48pm local time (2048 GMT) after a six-hour debate.',
  '002_explainer.md': '# What the county decided\n\n*The Ledger · 7 May 2027*\n\nOn Thursday night the county council backed the budget. The result was declared at 21:48, to cheers.\n',
  '003_radio.txt': 'COUNTY RADIO - BREAKFAST\nFriday 7 May 2027, 07:10\n\nPRESENTER (JO HART): Derwick has a budget. The decision came late last night, at twenty past ten, after a long and bad-tempered meeting.\n',
};
const draft = '# Derwick passes budget\n\nThe county council approved the budget by 40 votes to 21 on Thursday 6 May. The result was declared at 9.48pm.\n';

describe('events: a vote told by its result or its decision', () => {
  it('keys "the result was declared", "Result declared" and "the decision came" as the vote', () => {
    assert.ok(eventKeysAt('The result was declared at 21:48, to cheers.', '21:48').includes('~vote'));
    assert.ok(eventKeysAt('Result declared at 21:48 to boos from the gallery.', '21:48').includes('~vote'));
    assert.ok(eventKeysAt('The decision came late last night, at twenty past ten, after a long meeting.', 'twenty past ten').includes('~vote'));
  });

  it('"declared" of anything but a result is no vote', () => {
    assert.ok(!eventKeysAt('A major incident was declared at 4.30am.', '4.30am').includes('~vote'));
    assert.ok(!eventKeysAt('The mayor declared an emergency at 4.30am.', '4.30am').includes('~vote'));
  });

  it('holds the source half an hour out to each of the others, and each to it', () => {
    const found = findingsIn(files, '003_radio.txt', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    for (const path of ['001_wire.txt', '002_explainer.md']) assert.equal(findingsIn(files, path, 'time-conflict').length, 1, path);
  });

  it('holds a draft on the side of the others to the source half an hour out', () => {
    const found = findingsIn({ ...files, 'draft.md': draft }, 'draft.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].against[0].label, '003');
  });

  // A live blog's entry that tells its stamp's very minute again in its text: the text's time carries
  // the moment, and a conflict is flagged once, there, not on the stamp as well.
  it('flags a blog entry that retells its stamp\'s minute once, at the time in its text', () => {
    const blog = '# LIVE: Derwick budget vote\n\n*The Derwick Echo live blog · Thursday 6 May 2027 · all times BST*\n\n' +
      '**21:48** 🚨 **BREAKING: The budget is approved.** Councillors voted 40 to 21. Result declared at 21:48 to cheers.\n\n' +
      '**21:30** Voting is under way.\n';
    const withBlog = { ...files, '004_blog.md': blog };
    const found = findingsIn(withBlog, '004_blog.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(blog.slice(found[0].span.start, found[0].span.end), '21:48');
    assert.ok(found[0].span.start > blog.indexOf('declared'));
  });
});

