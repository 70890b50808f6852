// An invented story for the quick-fix and suppression tests: a ferry aground off a harbour town,
// one wire report and one draft with one planted error of every kind.

export const WIRE = [
  'PORT LELLAN, March 4 (Coastline Wire) - A passenger ferry ran aground outside Port Lellan harbour on Tuesday.',
  '',
  'The ferry struck a sandbank at 7:40 a.m. GMT on Tuesday, the coastguard said.',
  '',
  'About 310 passengers were brought ashore by lifeboat, harbour master Ines Calloway said.',
  '',
  '"The crew kept everyone calm and nobody was seriously hurt in the evacuation," Calloway said.',
  '',
  '"We expect the vessel to be towed clear on the evening tide," coastguard spokesman Tobias Wren said.',
  '',
  '"Every passenger is accounted for and the lifeboat crews did everything right," Calloway told the Harbour Gazette.',
  '',
].join('\n');

export const DRAFT = [
  '# Ferry aground off Port Lellan',
  '',
  'The ferry struck a sandbank at 9:15 a.m. GMT on Tuesday, the coastguard said.',
  '',
  'About 520 passengers were brought ashore by lifeboat, harbour master Ines Calloway said.',
  '',
  '"The crew kept everyone calm and nobody was badly hurt in the evacuation," Calloway said.',
  '',
  '"We expect the vessel to be towed clear on the evening tide," Calloway said.',
  '',
  '"Every passenger is accounted for and the lifeboat crews did everything right," Calloway told Radio Lellan.',
  '',
  'The operator has run the route for 46 years and carries 90,000 people a year.',
  '',
  '"We will review every crossing schedule before the summer season begins," said Marta Quill, the operator\'s chief executive.',
  '',
].join('\n');

/** The same draft as plain text (bracket comments instead of HTML comments). */
export const DRAFT_TXT = DRAFT.replace(/^# /, '');

/** Two wire reports that disagree with each other about one figure at one moment. */
export const WIRE_A = [
  'PORT LELLAN, March 4 (Coastline Wire) - A passenger ferry ran aground outside Port Lellan harbour on Tuesday.',
  '',
  'By 10 a.m. GMT, about 310 passengers had been brought ashore by lifeboat, the coastguard said.',
  '',
].join('\n');

export const WIRE_B = [
  'PORT LELLAN (Harbour Gazette) - Lifeboat crews worked through the morning after the ferry Orla Bay ran aground on Tuesday.',
  '',
  'By 10 a.m. GMT, 640 passengers had been brought ashore by lifeboat, the coastguard said.',
  '',
].join('\n');
