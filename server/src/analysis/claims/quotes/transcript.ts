// Transcripts: a paragraph that opens with a speaker's label ("SUPT BLACKWOOD:", "**DC LANGTHASA:**",
// "A (MOWBRAY):", "PRIYA NATARAJAN:") is that person's words, verbatim, without quotation marks.
import { personKey } from '../people/nameOrder';
import { firstSurname } from '../people/surnames';
import type { ArticleText, Person, Quote, Span, SpeakerRef, Venue } from '../../types';
import { HONORIFICS, OFFICE_TITLES, ROLE_NOUNS } from '../people/lexicon';
import { mapped } from '../../mapped';
import { foldAccents } from '../people/tokens';
import { isGivenName } from '../people/givenNames';

// Made once: the bundler turns a `\p{…}` literal into a RegExp construction where it stands.
const LETTER = /\p{L}/u;
const NAME_WORD = /^\p{L}[\p{L}'’-]*$/u;

/** Labels that are not people: the questioner, the operator, headers of a page. */
const NOT_SPEAKERS = new Set([
  'q', 'question', 'questions', 'reporter', 'reporters', 'journalist', 'operator', 'moderator', 'interviewer', 'host',
  'audience', 'unidentified', 'unknown', 'voice', 'crowd', 'breaking', 'update', 'updated', 'note', 'editor',
  'correction', 'clarification', 'watch', 'read', 'related', 'live', 'photos', 'video', 'source', 'sources', 'date',
  'time', 'venue', 'location', 'speakers', 'participants', 'presentation', 'transcript', 'summary', 'background',
  'warning', 'disclaimer', 'advertisement', 'sponsored', 'exclusive', 'analysis', 'opinion', 'comment', 'draft',
  'news', 'tags', 'share', 'filed', 'posted', 'published', 'contact', 'email', 'phone', 'credit', 'photo', 'caption',
]);

/**
 * "SPEAKER:", "SPEAKER (NAME):", "SPEAKER (clip):" (a radio script's note in the brackets) or "SPEAKER
 * (Head of Roads, Tarn Council):" in capitals, with a note in square brackets after it or not ("SPEAKER (ROLE)
 * [recording]:", a clip played on air), (accents of any Latin script too: "INÉS SÁNCHEZ:",
 * "ZOFIA WIŚNIEWSKA:"), optionally in
 * markdown bold, at the start of a paragraph, after a script's note in square brackets or not ("[CLIP] SPEAKER
 * (ROLE):", a clip played on air). Bounded: at most 50 characters of name, 80 in brackets, 30 in the note.
 */
const LABEL = /^(?:\[\p{Lu}[\p{L} -]{0,30}\][ \t]*)?(?:\*\*|__)?(\p{Lu}[\p{L}.'’ -]{0,50}?)(?: ?\((\p{L}[\p{L}.'’, -]{0,80})\))?(?: ?\[\p{L}[\p{L} -]{0,30}\])?(?:\*\*|__)?:(?:\*\*|__)?[ \t]+/u;

interface Label {
  words: string[];
  /**
   * "MARA VENN (Head of Roads, Tarn Council):": a name followed by what the person is, in ordinary
   * case; the description makes the label a person's whether or not the text names them again.
   */
  described: boolean;
  /**
   * "THE FIRST MINISTER (Gareth Pennock):": the office in capitals (lower case, words joined) whose
   * holder the brackets name; a later bare "THE FIRST MINISTER:" is that person.
   */
  office?: string;
  /** Offset where the spoken words start. */
  body: number;
  span: Span;
  /** "[CLIP] DR ANA RUIZ (MINISTER):": a script's note before the label, a recording played once. */
  note?: true;
  /** "CLAUDIA REUTER [recorded]:", "TOM HALE (RECORDED):", "[CLIP] …": a recording played on air (RECORDING_NOTE). */
  recording?: true;
}

/** Three in four of the letters are capitals: written as a transcript's labels are. */
function mostlyCapitals(text: string): boolean {
  const letters = text.replace(NOT_LETTERS, '');
  return letters.length > 0 && (letters.match(CAPITALS)?.length ?? 0) >= 0.75 * letters.length;
}
const NOT_LETTERS = /\P{L}/gu;
const CAPITALS = /\p{Lu}/gu;

function readLabel(plain: string, paragraph: Span): Label | null {
  const headEnd = Math.min(paragraph.end, paragraph.start + 140);
  // Every label ends with a colon: most paragraphs have none near their start and skip the pattern.
  let colon = paragraph.start;
  while (colon < headEnd && plain.charCodeAt(colon) !== 58) colon++;
  if (colon >= headEnd) return null;
  const head = plain.slice(paragraph.start, headEnd);
  const m = LABEL.exec(head);
  if (!m) return roleLabel(head, paragraph);
  // A speaker's label is written in capitals ("ACTING SUPERINTENDENT McALISTER"), not as a phrase.
  if (!mostlyCapitals(m[1])) return null;
  // "QUESTION (Radio North):", "Q (Jo Lee, Reuters):": who asked, not a speaker on the record.
  const asker = /^(?:q|question|reporter|journalist)$/i.test(m[1].trim());
  // "A (MOWBRAY):" names the speaker in the brackets, in capitals as labels are; "IAN REID (Radio
  // North):" names the speaker first and the outlet in the brackets.
  // "HELEN KAVANAGH (RECORDED):", "(ON THE LINE)": a script's note in capitals names no one.
  // "CLARE HOLT (SISTER, RECORDED):": a given name and a surname before brackets that hold a script's
  // note among what the speaker is name the speaker; the brackets name no one, though in capitals.
  const nameFirst = !!m[2] && !asker && isPersonName(m[1].trim()) && m[2].split(',').some((part) => SCRIPT_NOTE.test(part.trim())) && !SCRIPT_NOTE.test(m[2].trim());
  const labelWords = (named: string) => mapped(named.split(/[\s]+/), (w) => w.replace(/[.’']+$/g, '').toLowerCase()).filter((w) => w.length > 0);
  // "GRAHAM TULLOCH (HARBOUR MASTER):", "JOAN PETTIFER (LEADER, WEALDMOOR DISTRICT COUNCIL):": a
  // person's name before the brackets, what the person is in them, both in capitals.
  const describedInCapitals = !!m[2] && !asker && namesPerson(labelWords(m[1])) && !isGivenName(labelWords(m[2])[0] ?? '');
  const inBrackets = !!m[2] && !asker && !nameFirst && !describedInCapitals && mostlyCapitals(m[2]) && !SCRIPT_NOTE.test(m[2].trim());
  // "THE FIRST MINISTER (Gareth Pennock):": an office, and its holder's name in ordinary case in the
  // brackets; the holder speaks.
  const office = !!m[2] && !asker && !inBrackets && isOffice(labelWords(m[1])) && isPersonName(m[2]);
  const named = (inBrackets || office ? m[2] : m[1]).trim();
  const words = labelWords(named);
  const nameStart = paragraph.start + (inBrackets || office ? head.indexOf(m[2], m[1].length) : head.indexOf(m[1]));
  const described = !!m[2] && !asker && !inBrackets && !office && (LOWER_CASE.test(m[2]) || nameFirst || describedInCapitals);
  const span = { start: nameStart, end: nameStart + named.length };
  const label: Label = office ? { words, described, office: labelWords(m[1]).join(' '), body: paragraph.start + m[0].length, span } :
    { words, described, body: paragraph.start + m[0].length, span };
  if (head.startsWith('[')) label.note = true;
  if (recordingNote(m[0])) label.recording = true;
  return label;
}

/** A script's note that marks a recording played on air, not words said live in the studio or on the line. */
const RECORDING_NOTE = /^(?:(?:pre-?)?recorded|recording|clip|archive|tape|on tape|sot|actuality)$/i;
/** The notes in brackets of a label ("[recorded]", "(SISTER, RECORDED)", "[CLIP]"): at most 80 characters each. */
const LABEL_NOTE = /[[(]([^\])[(\n]{1,80})[\])]/g;

/** Whether a label's brackets hold a note that the turn is a recording (RECORDING_NOTE). */
function recordingNote(label: string): boolean {
  for (const m of label.matchAll(LABEL_NOTE)) {
    if (m[1].split(',').some((part) => RECORDING_NOTE.test(part.trim()))) return true;
  }
  return false;
}

/** A paragraph's opening in a label's shape: two words or more in capitals, then a bracket or a colon ("MARA VENN (…", "MARA VENN:"). */
const LABEL_OPENING = /^(?:\*\*|__)?\p{Lu}[\p{Lu}.'’-]* \p{Lu}[\p{Lu}.'’ -]{0,50}?(?: \(|:)/u;
const LABEL_OPENING_READ = 64;

/** A label's words that name a person: a given name, then at least one more word ("GRAHAM TULLOCH", "DR ANNA VEIT"). */
function namesPerson(words: readonly string[]): boolean {
  return words.some((w, i) => i < words.length - 1 && isGivenName(w));
}

/** A radio or TV script's note on a turn, in a label's brackets: how the words came, not who spoke them. */
const SCRIPT_NOTE = /^(?:(?:pre-?)?recorded|clip|archive|tape|on tape|vo|v\/o|voice-?over|sot|actuality|(?:on the|by|via) (?:phone|line|telephone|video|video link|satellite)|live|translated|translation|interpreted|contd|cont'd|continued)$/i;

/** "THE SPEAKER", "THE FIRST MINISTER", "CHAIR": a label that opens with "the" or is only titles names an office, not a person. */
function isOffice(words: readonly string[]): boolean {
  return words.length > 0 && (words[0] === 'the' || words.every((w) => OFFICE_TITLES.has(w) || ROLE_NOUNS.has(w)));
}

/** "Gareth Pennock", "Mary Ann Cole": two to four words, the first a given name, the last capitalised. */
function isPersonName(text: string): boolean {
  const words = text.trim().split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return false;
  const last = words[words.length - 1];
  return isGivenName(words[0].toLowerCase()) && last[0] !== last[0].toLowerCase() && words[0][0] !== words[0][0].toLowerCase();
}

/**
 * "DANA REYES, GENERAL MANAGER, HARBOUR AUTHORITY:": an official transcript's label, the name and then,
 * after a comma, what the person is, all in capitals. Bounded: 50 characters of name, 100 of role.
 */
const ROLE_LABEL = /^(?:\*\*|__)?(\p{Lu}[\p{L}.'’ -]{0,50}?), ?(\p{Lu}[\p{L}.'’&, -]{0,100}?)(?:\*\*|__)?:(?:\*\*|__)?[ \t]+/u;

/** A label of a name and its role after a comma, in capitals, read as a described label; or null. */
function roleLabel(head: string, paragraph: Span): Label | null {
  const m = ROLE_LABEL.exec(head);
  if (!m || !mostlyCapitals(m[1]) || !mostlyCapitals(m[2])) return null;
  const named = m[1].trim();
  const words = mapped(named.split(/[\s]+/), (w) => w.replace(/[.’']+$/g, '').toLowerCase()).filter((w) => w.length > 0);
  // A given name before the surname: "ROAD CLOSURES, NORTH:" is a fact box's line, not a person.
  if (!words.some((w, i) => i < words.length - 1 && isGivenName(w))) return null;
  const nameStart = paragraph.start + head.indexOf(m[1]);
  return { words, described: true, body: paragraph.start + m[0].length, span: { start: nameStart, end: nameStart + named.length } };
}

/** A lower-case letter: a description in brackets, not a name in capitals (made once, not per label). */
const LOWER_CASE = /\p{Ll}/u;

/** "A:" or "ANSWER:": the last person who answered goes on. */
function isAnswer(label: Label): boolean {
  return label.words.length === 1 && (label.words[0] === 'a' || label.words[0] === 'answer');
}

/** "Kerry Blackwood" for BLACKWOOD, from a header such as "Speakers: Superintendent Kerry Blackwood, …". */
function fullNameIn(plain: string, surname: string): string | null {
  // Any case for the surname: "McALISTER" is "McAlister" in running text.
  const caseless = [...surname].map((c) => LETTER.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('');
  // A hyphenated given name is one name ("Gian-Reto", "Jean-Luc"): its second half alone is not a first name.
  const re = new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?) ${caseless}(?![\\p{L}])`, 'gu');
  const found = new Set<string>();
  for (const m of plain.matchAll(re)) {
    const first = m[1].toLowerCase();
    if (first !== 'the' && !HONORIFICS.has(first) && !OFFICE_TITLES.has(first) && !ROLE_NOUNS.has(first) && !NOT_SPEAKERS.has(first)) found.add(`${first} ${surname}`);
  }
  return found.size === 1 ? [...found][0] : null;
}

/**
 * The person a label names, keyed as the people reader keys names: "YOON JI-HYE:" is "ji-hye yoon"
 * (claims/people/nameOrder.ts).
 */
function speakerOf(label: Label, people: readonly Person[], plain: string, introduced?: ReadonlyMap<string, string>): string | null {
  const key = labelSpeaker(label, people, plain, introduced);
  return key === null ? null : personKey(key.split(' '));
}

/** The person a label names: by surname among the article's people or in its text, else as written. */
function labelSpeaker(label: Label, people: readonly Person[], plain: string, introduced?: ReadonlyMap<string, string>): string | null {
  // "THE CHAIR:": the article opens an office, it is no part of a name.
  let name = label.words.filter((w) => w !== 'the' && !HONORIFICS.has(w) && !HONORIFICS.has(w + '.') && !OFFICE_TITLES.has(w) &&
    !OFFICE_TITLES.has(w + '.') && !ROLE_NOUNS.has(w) && !/^(?:dc|sp|dm|cm|pm|asp|dsp|ips|ias|commandant|deputy|chief|acting|interim)$/.test(w));
  // "WATCH MANAGER RUTH DALBY (Incident Commander):": the name starts at its given name.
  if (label.described) {
    const given = name.findIndex((w, i) => i < name.length - 1 && isGivenName(w));
    if (given > 0) name = name.slice(given);
  }
  if (name.length === 0 || name.length > 4 || name.some((w) => NOT_SPEAKERS.has(w) || !NAME_WORD.test(w))) return null;
  const surname = name[name.length - 1];
  // People's keys drop accents ("hélène" → "helene"); the label's words keep them to be found in the text.
  const key = foldAccents(name.join(' '));
  const last = foldAccents(surname);
  // "CLARE ROSCOE:" where the article names only Hannah Roscoe: another given name is another person.
  // "ANNEKE DE VRIES:" where the article names Hans de Vries and writes "Anneke de Vries" in its running
  // text: a first word this reader does not know as a given name is one all the same when the text
  // writes the label's whole name as a name, and the person sharing the surname is not named by the
  // label's last words ("DETECTIVE KERRY BLACKWOOD:" is Kerry Blackwood).
  const writtenOut = name.length > 1 && !isGivenName(name[0]) && writtenAsName(plain, name);
  const otherGiven = (p: Person) => name.length > 1 && p.key.split(' ')[0] !== foldAccents(name[0]) &&
    ((isGivenName(name[0]) && isGivenName(p.key.split(' ')[0])) || (writtenOut && !key.endsWith(` ${p.key}`) && !p.key.endsWith(` ${key}`)));
  const sharing = people.filter((p) => p.key.split(' ').pop() === last);
  const known = sharing.filter((p) => !otherGiven(p));
  if (known.length === 1 && known[0].key.includes(' ')) return known[0].key;
  // "JOANNE CARRICK:" where the article names Eileen Carrick: a relative, named by the label itself.
  if (known.length === 0 && sharing.length > 0 && name.length > 1) return key;
  // "RÍOS:" for José Manuel Ríos Gallardo: the first of two surnames, when no one's surname is that word.
  if (known.length === 0 && name.length === 1) {
    const bySurname = people.filter((p) => firstSurname(p.key.split(' ')) === last);
    if (bySurname.length === 1) return bySurname[0].key;
  }
  if (known.length > 1 && name.length > 1) {
    const exact = known.find((p) => p.key === key);
    return exact ? exact.key : null;
  }
  // A label is a person only when the article names that person in running text or a header:
  // "DRAFT:" and "BREAKING NEWS:" are not.
  if (name.length === 1) {
    const full = fullNameIn(plain, surname);
    return full !== null ? foldAccents(full) : introduced?.get(last) ?? (known.length === 1 ? known[0].key : null);
  }
  const written = mapped(name, (w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  // "MAYOR ANNA REYES:": an office and a given name before the surname say a person, named or not elsewhere.
  const titled = label.words.length > name.length && isGivenName(name[0]);
  return plain.includes(written) || known.some((p) => p.key === key) || label.described || titled ? key : null;
}

/**
 * Whether the text writes a label's words as a name in running text ("Anneke de Vries" for ANNEKE DE
 * VRIES): the words in order, any case, its first word capitalised and not in capitals as the label is.
 */
function writtenAsName(plain: string, words: readonly string[]): boolean {
  const pattern = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[ \u00a0]');
  const re = new RegExp(`(?<![\\p{L}'’-])${pattern}(?![\\p{L}])`, 'giu');
  for (const m of plain.matchAll(re)) {
    const first = m[0].slice(0, words[0].length);
    if (first[0] !== first[0].toLowerCase() && first.slice(1) !== first.slice(1).toUpperCase()) return true;
  }
  return false;
}

/** A cast line's name is at most this long ("DR TOMÁS FERREIRA-LUND"). */
const CAST_NAME = 48;

/**
 * A transcript's list of who took part, a line each: "RÍONA CASTELLÁN, Minister for Finance", "DR
 * TOMÁS FERREIRA-LUND, Chief Statistician". A name in capitals of two to four words, then a comma and
 * what the person is in ordinary case: the label "CASTELLÁN:" is that person. Adds surname → full
 * name (keys, accents folded) to `introduced`, leaving names introduced otherwise alone.
 */
function castList(plain: string, people: readonly Person[], introduced: Map<string, string>): void {
  let start = 0;
  while (start < plain.length) {
    let end = plain.indexOf('\n', start);
    if (end < 0) end = plain.length;
    const comma = plain.indexOf(',', start);
    if (comma > start && comma < end && comma - start <= CAST_NAME && !hasAsciiLower(plain, start, comma) && LOWER_CASE.test(plain.slice(comma + 1, end))) {
      const head = plain.slice(start, comma).trim();
      const words = head.split(' ').map((w) => w.toLowerCase()).filter((w) => w.length > 0);
      if (mostlyCapitals(head) && !LOWER_CASE.test(head) && words.length >= 2 && words.length <= 5) {
        // Read as a described label is ("WATCH MANAGER RUTH DALBY (…)"): titles and ranks dropped.
        const full = speakerOf({ words, described: true, body: comma, span: { start, end: comma } }, people, plain);
        if (full?.includes(' ')) {
          const surname = full.split(' ').pop()!;
          if (!introduced.has(surname)) introduced.set(surname, full);
        }
      }
    }
    start = end + 1;
  }
}

/** Whether plain[start, end) holds an ASCII lower-case letter (then LOWER_CASE finds one in it too): most lines are no cast line by their first words. */
function hasAsciiLower(plain: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = plain.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/**
 * Quotations of a transcript's speakers. "A:" continues with the last person who answered.
 * Paragraphs with quotation marks of their own are left to the quotation reader.
 */
/** A turn's paragraph and who speaks it: the quotations marked inside it may be the speaker's own (quotes/index.ts). */
export interface TurnOwner { paragraph: Span; speaker: SpeakerRef }
/** A labelled paragraph of a transcript, in order, with its speaker where the label names one. */
export interface Turn { paragraph: Span; speaker: SpeakerRef | null }

export function transcriptQuotes(text: ArticleText, people: readonly Person[], sentenceAt: (offset: number) => number, owners: TurnOwner[] = [], turns: Turn[] = []): Quote[] {
  const out: Quote[] = [];
  const { plain, original } = text;
  let lastAnswer: { key: string; span: Span } | null = null;
  // The speaker whose turn is running: a paragraph without a label goes on with it.
  let turn: { key: string; span: Span; recording?: true } | null = null;
  // Quotations of turns that are recordings played on air: said where the recording was made, not to the station.
  const recorded = new Set<Quote>();
  let labelled = 0;
  // Whether the article reads as a transcript (two turns labelled with people it names) is known
  // before the first turn goes on: the opening speaker's second paragraph is theirs too.
  const labels = mapped(text.paragraphs, (paragraph) => readLabel(plain, paragraph));
  // "YASMIN OSEI (Leader, …):" or "MAYOR YASMIN OSEI:" then "OSEI:": a surname alone is the person a
  // fuller label introduced.
  const introduced = new Map<string, string>();
  // "THE FIRST MINISTER (Gareth Pennock):" then "THE FIRST MINISTER:": the office is its holder.
  const offices = new Map<string, string>();
  for (const label of labels) {
    const full = label && label.words.length > 1 ? speakerOf(label, people, plain) : null;
    // A clip's label ("[CLIP] DR ESTHER MWALE (MINISTER):") does not take a surname over from a
    // speaker introduced before it: "DR MWALE:" later is still the guest in the studio.
    if (full?.includes(' ') && !(label?.note && introduced.has(full.split(' ').pop()!))) introduced.set(full.split(' ').pop()!, full);
    if (full && label?.office && !offices.has(label.office)) offices.set(label.office, full);
  }
  castList(plain, people, introduced);
  const speakerOfLabel = (label: Label) => offices.get(label.words.join(' ')) ?? speakerOf(label, people, plain, introduced);
  let speakers = 0;
  for (const label of labels) if (label && speakers < 2 && !isAnswer(label) && speakerOfLabel(label)) speakers++;
  for (let pi = 0; pi < text.paragraphs.length; pi++) {
    const paragraph = text.paragraphs[pi];
    const label = labels[pi];
    let key: string | null = null;
    let speakerSpan: Span;
    let body: number;
    if (label) {
      speakerSpan = label.span;
      body = label.body;
      if (isAnswer(label)) {
        key = lastAnswer?.key ?? null;
        if (lastAnswer) speakerSpan = lastAnswer.span;
      } else {
        key = speakerOfLabel(label);
        if (key) lastAnswer = { key, span: label.span };
      }
      turn = key ? (label.recording ? { key, span: speakerSpan, recording: true } : { key, span: speakerSpan }) : null;
      if (key) labelled++;
      turns.push({ paragraph: { start: paragraph.start, end: paragraph.end }, speaker: key ? { key, text: original.slice(speakerSpan.start, speakerSpan.end), span: speakerSpan, via: 'named' } : null });
    } else {
      // A second paragraph of the same answer, once the article reads as a transcript.
      const si = sentenceAt(paragraph.start);
      // A paragraph opening as a label does that this reader could not read ("DENISE LACHAPELLE (a
      // role longer than a label's brackets):") is another speaker's turn, not this one's going on.
      if (!turn || speakers < 2 || si < 0 || text.sentences[si].isHeading || /^[\s*_]*[[(]/.test(plain.slice(paragraph.start, paragraph.start + 4)) ||
        LABEL_OPENING.test(plain.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + LABEL_OPENING_READ)))) {
        turn = null;
        continue;
      }
      key = turn.key;
      speakerSpan = turn.span;
      body = paragraph.start;
    }
    if (!key) continue;
    let end = paragraph.end;
    while (end > body && /\s/.test(plain[end - 1])) end--;
    while (body < end && /\s/.test(plain[body])) body++;
    // A turn that quotes someone else ("… who just kept saying "push back"") is the speaker's own words
    // up to the sentence of the quotation; the quotation is read as quotations are.
    const mark = QUOTE_MARK.exec(plain.slice(body, end));
    if (mark) {
      owners.push({ paragraph: { start: paragraph.start, end: paragraph.end }, speaker: { key, text: original.slice(speakerSpan.start, speakerSpan.end), span: speakerSpan, via: 'named' } });
      const at = sentenceAt(body + mark.index);
      const opens = at >= 0 ? text.sentences[at].span.start : body;
      end = opens;
      while (end > body && /\s/.test(plain[end - 1])) end--;
    }
    // "Dr. Ortiz said it plainly this morning: the dam is safe.": words the speaker reports of someone
    // else are not the speaker's own; the turn is theirs before that sentence and after it.
    const reported = reportedSpeech(text, body, end, sentenceAt);
    // "As the chief put it, quote, we will not reopen, unquote": words read out as another's are theirs.
    const readOut = reported ? null : spokenQuotation(text, body, end, sentenceAt, people);
    if (readOut) out.push(readOut.quote);
    const aside = reported ?? readOut?.sentence ?? null;
    const parts: Span[] = aside ? [{ start: body, end: aside.start }, { start: aside.end, end }] : [{ start: body, end }];
    for (const part of withoutAddressed(text, parts, sentenceAt)) {
      let from = part.start;
      let to = part.end;
      while (to > from && /\s/.test(plain[to - 1])) to--;
      while (from < to && /\s/.test(plain[from])) from++;
      const words = plain.slice(from, to);
      if (words.length < 2 || !LETTER.test(words)) continue;
      const si = sentenceAt(from);
      if (si < 0 || text.sentences[si].isHeading) continue;
      const span = { start: from, end: to };
      const quote: Quote = {
        kind: 'quote', span, text: original.slice(span.start, span.end), pieces: [span],
        speaker: { key, text: original.slice(speakerSpan.start, speakerSpan.end), span: speakerSpan, via: 'named' },
        venue: null, partial: false, sentence: si, transcript: true,
      };
      out.push(quote);
      if (turn?.recording) recorded.add(quote);
    }
  }
  // One labelled paragraph is not a transcript: "DRAFT: …" or a lone "SMITH: …" caption stays out.
  if (labelled < 2) { owners.length = 0; turns.length = 0; return []; }
  // "CLAUDIA REUTER [recorded]: …" after "said on a call with reporters:": a clip played on air was
  // said where it was recorded (a call, a news conference, another outlet's microphone), which the
  // sign-on does not tell; it takes no venue from it.
  const venue = signOnVenue(plain, original);
  return venue ? out.map((q) => (q.venue || recorded.has(q) ? q : { ...q, venue })) : out;
}

/**
 * A sentence reporting someone else's words after a colon: "Dr. Ortiz from the ministry said it
 * plainly: …", "The council told us: …". Not the speaker's own ("I said it then: …", "We told them: …",
 * "And I will say again what I said this morning: …", a conjunction before the first person).
 * Bounded: the verb within 80 characters of the sentence's start, the colon within 40 after it.
 */
const REPORTED_SPEECH = /^(?!(?:(?:And|But|So|Now|Well|Yes|Look|Again),?\s)?(?:I|We|I've|We've|I'd|We'd|I'll|We'll)\b)\p{Lu}[^:!?\n]{0,80}?\b(?:said|says|told|explained|warned|stressed|insisted|made clear)\b[^:!?\n]{0,40}:\s/u;

/** The span of the first sentence of plain[body, end) that reports another's words (REPORTED_SPEECH), or null. */
function reportedSpeech(text: ArticleText, body: number, end: number, sentenceAt: (offset: number) => number): Span | null {
  let si = sentenceAt(body);
  if (si < 0) return null;
  for (; si < text.sentences.length && text.sentences[si].span.start < end; si++) {
    const sentence = text.sentences[si].span;
    const from = Math.max(sentence.start, body);
    const to = Math.min(end, sentence.end);
    if (REPORTED_SPEECH.test(text.plain.slice(from, Math.min(to, from + 160)))) return { start: from, end: to };
  }
  return null;
}

/**
 * "You said nobody is going home tonight.", "And you told the council the plan was dead.": a sentence of a
 * turn that tells the person addressed what they said reports that person's words, not the speaker's own
 * (literal alternatives: linear).
 */
const ADDRESSED_SPEECH = /^(?:(?:And|So|But|Now|Well|Mayor|Minister),?[ \t]+)?[Yy]ou[ \t]+(?:(?:have|had|once|also|then|just)[ \t]+)?(?:said|say|told|wrote|tweeted|posted)\b/;

/**
 * The parts of a turn with every sentence that reports the addressee's words (ADDRESSED_SPEECH) cut
 * out: what is left is the speaker's own. Parts with no such sentence come back as they are.
 */
function withoutAddressed(text: ArticleText, parts: readonly Span[], sentenceAt: (offset: number) => number): Span[] {
  const out: Span[] = [];
  for (const part of parts) {
    let from = part.start;
    let si = sentenceAt(from);
    for (; si >= 0 && si < text.sentences.length && text.sentences[si].span.start < part.end; si++) {
      const sentence = text.sentences[si].span;
      const start = Math.max(sentence.start, part.start);
      const stop = Math.min(part.end, sentence.end);
      if (stop <= start || !ADDRESSED_SPEECH.test(text.plain.slice(start, Math.min(stop, start + 48)))) continue;
      out.push({ start: from, end: start });
      from = stop;
    }
    out.push({ start: from, end: part.end });
  }
  return out;
}

/**
 * Spoken quotation marks: "…, quote, the words, unquote." A broadcaster reading out someone else's
 * words says where they start and end. Bounded: the words within 400 characters.
 */
const READ_OUT = /\bquote,?[ \t]+([^\n]{2,400}?),?[ \t]+unquote\b/i;

/**
 * A sentence of a turn that reads out another person's words between "quote" and "unquote", with the
 * person named before "quote" in the sentence ("As Ines Garrido of the port authority put it, quote,
 * …, unquote"): the words are a quotation of that person, and the sentence is not the speaker's own.
 * The nearest person named before "quote" is the one quoted; null when the sentence names no one.
 */
function spokenQuotation(text: ArticleText, body: number, end: number, sentenceAt: (offset: number) => number,
  people: readonly Person[]): { sentence: Span; quote: Quote } | null {
  const { plain, original } = text;
  const m = READ_OUT.exec(plain.slice(body, end));
  if (!m) return null;
  const open = body + m.index;
  const si = sentenceAt(open);
  if (si < 0) return null;
  const sentence = text.sentences[si].span;
  let named: { key: string; span: Span } | null = null;
  for (const person of people) {
    for (const mention of person.mentions) {
      if (mention.start >= sentence.start && mention.end <= open && (!named || mention.start > named.span.start)) named = { key: person.key, span: mention };
    }
  }
  if (!named) return null;
  const start = open + m[0].indexOf(m[1]);
  const span = { start, end: start + m[1].length };
  const quote: Quote = {
    kind: 'quote', span, text: original.slice(span.start, span.end), pieces: [span],
    speaker: { key: named.key, text: original.slice(named.span.start, named.span.end), span: named.span, via: 'named' },
    venue: null, partial: false, sentence: si, transcript: true,
  };
  return { sentence: { start: Math.max(body, sentence.start), end: Math.min(end, sentence.end) }, quote };
}

/** A quotation mark inside a turn. */
const QUOTE_MARK = /[“”"]/;

/** A name of up to five capitalised words: "Morning Call", "Radio Forth", "WKRV News Talk". */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{N}&'’-]*){0,4}`;
/**
 * A presenter's sign-on: "you're listening to Morning Call on Caledonia Talk", "you're watching
 * Newsline on Channel 9". The station ("on …"), else the show, is where every turn was said.
 */
const SIGN_ON = new RegExp(String.raw`\byou(?:'|’| a)re[ \u00a0](?:listening[ \u00a0]to|watching)[ \u00a0](${NAME})(?:[ \u00a0]on[ \u00a0](${NAME}))?`, 'u');

/** The outlet a transcript names in a presenter's sign-on (in a turn or not); null without one. */
function signOnVenue(plain: string, original: string): Venue | null {
  const m = SIGN_ON.exec(plain);
  if (!m) return null;
  const name = m[2] ?? m[1];
  const start = m.index + m[0].length - name.length;
  const span = { start, end: start + name.length };
  const words = original.slice(span.start, span.end).toLowerCase().split(/[ \u00a0]+/).filter((w) => w !== 'the');
  return { text: original.slice(span.start, span.end), span, words, type: 'outlet' };
}
