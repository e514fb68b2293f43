import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPeople, personKey } from '../../src/ingest/people.ts';
import { readStructure } from '../../src/ingest/structure.ts';
import type { Person } from '../../src/ingest/types.ts';

const peopleOf = (text: string) => extractPeople(readStructure(text));
const names = (people: Person[]) => people.map((p) => p.name).sort();
const byName = (people: Person[], name: string) => people.find((p) => p.name === name);

/** Every mention must slice out of the text exactly. */
function expectSpans(text: string, people: Person[]) {
  for (const p of people) for (const m of p.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
}

describe('extractPeople', () => {
  it('drops the title from the name and keeps it as a title', () => {
    const text = '(CNN) -- A video showed Brig. Gen. Omar Faruk Haddad leaving the base on Monday.\nHaddad later spoke to reporters.';
    const people = peopleOf(text);
    const p = byName(people, 'Omar Faruk Haddad');
    expect(p).toBeDefined();
    expect(p!.titles).toContain('Brig. Gen.');
    expect(p!.key).toBe('omar-faruk-haddad');
    expectSpans(text, people);
  });

  it('links a surname used alone to the full name', () => {
    const text = '(CNN) -- The shop was run by Tomas Brenner, a baker from the town.\nBrenner said business had been slow.';
    const people = peopleOf(text);
    expect(names(people)).toEqual(['Tomas Brenner']);
    const kinds = byName(people, 'Tomas Brenner')!.mentions.map((m) => `${m.kind}:${m.text}`);
    expect(kinds).toEqual(['FULL_NAME:Tomas Brenner', 'PARTIAL_NAME:Brenner']);
  });

  it('reads the role from an apposition and from a pre-modifier', () => {
    const text =
      '(CNN) -- "It was quiet," said Lena Varga, a spokeswoman for the regional water board.\nCity engineer Paul Osei disagreed with her account.';
    const people = peopleOf(text);
    expect(byName(people, 'Lena Varga')!.roles).toContain('spokeswoman for the regional water board');
    expect(byName(people, 'Paul Osei')!.roles).toContain('City engineer');
    expectSpans(text, people);
  });

  it('does not take a place for a person', () => {
    const text = '(CNN) -- Fighting spread from Port Salem to New Harlow on Tuesday.\nResidents of Santa Lucia, Mexico, fled north.';
    expect(peopleOf(text)).toEqual([]);
  });

  it('does not take an organisation for a person', () => {
    const text = '(CNN) -- The Northern Relief Agency said the Free Coastal Army had withdrawn.';
    expect(peopleOf(text)).toEqual([]);
  });

  it('does not take a sentence-initial common word for a first name', () => {
    const text = '(CNN) -- Officials met on Friday.\nAfterwards Karim Osman, a local mayor, spoke briefly.';
    expect(names(peopleOf(text))).toEqual(['Karim Osman']);
  });

  it('names the people of the contributor line', () => {
    const text = '(CNN) -- Rain fell across the region.\nCNN\'s Dana Whitfield and Rob Tanaka contributed to this report.';
    expect(names(peopleOf(text))).toEqual(['Dana Whitfield', 'Rob Tanaka']);
  });

  it('keeps a single surname with a person title ("President X")', () => {
    const text = '(CNN) -- President Morales will travel abroad next week.';
    const people = peopleOf(text);
    expect(names(people)).toEqual(['Morales']);
    expect(people[0].mentions[0]).toMatchObject({ kind: 'TITLED_NAME', text: 'President Morales' });
  });

  it('adds a description that stands for exactly one person', () => {
    const text = '(CNN) -- Ivo Petrov, a spokesman for the port authority, confirmed the delay.\nThe spokesman said ships would wait.';
    const p = byName(peopleOf(text), 'Ivo Petrov')!;
    expect(p.mentions.some((m) => m.kind === 'DESCRIPTION' && m.text === 'The spokesman')).toBe(true);
  });

  it('never throws on odd input', () => {
    for (const t of ['', '-', '"', 'A B C D E F G H', '\u2019s \u2018 " al- bin', 'x'.repeat(5000)]) {
      expect(() => extractPeople(readStructure(t))).not.toThrow();
    }
  });

  it('slugs keys without accents or punctuation', () => {
    expect(personKey('Louai Miqdad')).toBe('louai-miqdad');
    expect(personKey('Fran\u00e7ois Hollande')).toBe('francois-hollande');
  });

  it('slugs ASCII names as the Unicode path does', () => {
    const slow = (name: string) =>
      name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    const names = ['', '-', ' Ann  Lee ', "Conan O'Brien", 'J.R.R. Tolkien', 'Robert Downey Jr.', '--x--', 'R2-D2', 'A_B', '~!@#'];
    let seed = 7;
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let i = 0; i < (k % 12); i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        s += String.fromCharCode(32 + (seed % 95));
      }
      names.push(s);
    }
    for (const n of names) expect(personKey(n), JSON.stringify(n)).toBe(slow(n));
  });
});

const SEED = '/work/shared/corpus/cnn/0000.txt';
describe.skipIf(!existsSync(SEED))('seed article', () => {
  it('finds the eight people with their roles', () => {
    const text = readFileSync(SEED, 'utf8');
    const people = extractPeople(readStructure(text));
    expect(names(people)).toEqual(
      [
        'Abdul Aziz Jassim al-Shallal',
        'Angelina Jolie',
        'Bashar al-Assad',
        'Holly Yan',
        'Louai Miqdad',
        'Manaf Tlass',
        'Rami Abdulrahman',
        'Riyad Hijab',
      ].sort(),
    );
    expect(byName(people, 'Louai Miqdad')!.roles).toContain('spokesman for the rebel Free Syrian Army');
    expect(byName(people, 'Rami Abdulrahman')!.roles).toContain('director of the opposition Syrian Observatory for Human Rights');
    expect(byName(people, 'Abdul Aziz Jassim al-Shallal')!.titles).toContain('Maj. Gen.');
    expect(byName(people, 'Riyad Hijab')!.titles).toContain('Prime Minister');
    expectSpans(text, people);
  });
});

describe('extractPeople: general rules', () => {
  it('given-name lexicon: a known given name makes a capitalised pair a person', () => {
    const people = peopleOf('(CNN) -- Rebecca Thornbury opened the bakery at dawn.');
    expect(names(people)).toEqual(['Rebecca Thornbury']);
  });

  it('name list: every name of a comma-and list is a person', () => {
    const people = peopleOf('(CNN) -- The crew were named as Yusuf Ardent, Tamsin Blackwell, Oren Quill and Ilse Varnow.');
    expect(names(people)).toEqual(['Ilse Varnow', 'Oren Quill', 'Tamsin Blackwell', 'Yusuf Ardent']);
  });

  it('surname shape: an O\' or Mc surname makes a capitalised pair a person', () => {
    expect(names(peopleOf("(CNN) -- Here, Tiago O'Rourke takes us inside the harbour."))).toEqual(["Tiago O'Rourke"]);
  });

  it('firm named after a person: "X, head of X Holdings" names one person', () => {
    const people = peopleOf('(CNN) -- No word came from Ruth Kessling, president and CEO of Kessling Freight, co-owner of the depot.');
    expect(names(people)).toEqual(['Ruth Kessling']);
  });

  it('a surname that is also a place word is kept when context confirms it', () => {
    const people = peopleOf('(CNN) -- Veteran hooker Duncan Hall will retire in May. Hall said he was ready.');
    expect(names(people)).toEqual(['Duncan Hall']);
    expect(byName(people, 'Duncan Hall')!.mentions.map((m) => m.text)).toContain('Hall');
  });

  it('name-like common word: "Said" inside a name', () => {
    const people = peopleOf('(CNN) -- "He left in June," according to Said Haddour, his uncle.');
    expect(names(people)).toEqual(['Said Haddour']);
  });

  it('single name: an apposition with a role confirms a one-word name', () => {
    const people = peopleOf('(CNN) -- Rafiq, a ferry driver from the bay, has seen the water rise.');
    expect(names(people)).toEqual(['Rafiq']);
  });

  it('single name: the subject of a speech verb followed by "she" is a person', () => {
    const people = peopleOf('(CNN) -- Zuleika says she will not leave the valley.');
    expect(names(people)).toEqual(['Zuleika']);
  });

  it('single name: a place used with "in" is not a person even as a subject', () => {
    const people = peopleOf('(CNN) -- Riots broke out in Marrowby. Marrowby said it would rebuild.');
    expect(names(people)).toEqual([]);
  });

  it('place after a comma: "Sherman Oaks, California" is a place, given name or not', () => {
    expect(names(peopleOf('(CNN) -- The charity is based in Sherman Oaks, California, and helps burn victims.'))).toEqual([]);
  });

  it('sentence adverbs and contractions are never names', () => {
    expect(names(peopleOf('(CNN) -- Nevertheless, the team said it would play. "I\'m sure," the coach said.'))).toEqual([]);
  });

  it('place prefix: "New York Times" is not a person', () => {
    expect(names(peopleOf('(CNN) -- The report first appeared in The New York Times on Monday.'))).toEqual([]);
  });
});

describe('extractPeople: description mentions', () => {
  it('a description mention matches the head noun of a role, never a modifier or a plural', () => {
    const text =
      '(CNN) -- The rebel army moved north, said Tarek Nassif, a spokesman for the rebel Northern Front. The rebel spokesman said the rebels had help. With the help of rebels, the town fell.';
    const people = peopleOf(text);
    const p = byName(people, 'Tarek Nassif')!;
    expect(p.mentions.map((m) => m.text)).toEqual(['Tarek Nassif', 'The rebel spokesman']);
    expectSpans(text, people);
  });

  it('a rank modifier makes a different role: "the vice president" is not the president', () => {
    const text = '(CNN) -- University President Carla Wendt spoke first. Later the vice president read a statement.';
    const p = byName(peopleOf(text), 'Carla Wendt')!;
    expect(p.mentions.map((m) => m.text)).not.toContain('the vice president');
  });
});

describe('extractPeople: name-shape rules', () => {
  it('generational suffix: "Jr." stays in the name, the surname alone still links', () => {
    const text = '(CNN) -- The cast includes Marcus Peltier Jr., Dana Oyelaran and others. Peltier said the shoot was long.';
    const people = peopleOf(text);
    const p = byName(people, 'Marcus Peltier Jr.');
    expect(p).toBeDefined();
    expect(p!.mentions.map((m) => m.text)).toContain('Peltier');
    expectSpans(text, people);
  });

  it('place modifier: "Leeds-born Tolland" is a mention of Arno Tolland, not a person of its own', () => {
    const text = '(CNN) -- Arno Tolland scored twice. The Leeds-born\u00a0Tolland has played 80 games.';
    const people = peopleOf(text);
    expect(names(people)).toEqual(['Arno Tolland']);
    expect(byName(people, 'Arno Tolland')!.mentions.map((m) => m.text)).toEqual(['Arno Tolland', 'Tolland']);
  });

  it('given name after a role noun: "defender Emir Kovac", "keeper Christian Morlet"', () => {
    const text = '(CNN) -- City defender Emir Kovac was sent off before keeper Christian Morlet saved a penalty.';
    expect(names(peopleOf(text))).toEqual(['Christian Morlet', 'Emir Kovac']);
  });

  it('place word as a given name after a person title: "Foreign Minister Riyadh Talib"', () => {
    const text = '(CNN) -- On Sunday Foreign Minister Riyadh Talib said talks would resume.';
    expect(names(peopleOf(text))).toEqual(['Riyadh Talib']);
  });

  it('four-word name opened by two given names: "Juan Pablo Ortega Vidal"', () => {
    const text = '(CNN) -- He took over from Juan Pablo Ortega Vidal in January.';
    expect(names(peopleOf(text))).toEqual(['Juan Pablo Ortega Vidal']);
  });

  it('family list: "her sons, Tobin and Marek." names two people', () => {
    const text = '(CNN) -- Carla Wendt arrived with her sons, Tobin and Marek. She spoke briefly.';
    expect(names(peopleOf(text))).toEqual(['Carla Wendt', 'Marek', 'Tobin']);
  });

  it('lone title: "Mr. Ambassador" and a bare "Mayor" are not people', () => {
    const text = '(CNN) -- His memoir is called "Mr. Ambassador" and Mayor said nothing. Dr. King was cited.';
    expect(names(peopleOf(text))).not.toContain('Ambassador');
    expect(names(peopleOf(text))).not.toContain('Mayor');
  });

  it('team after "the": "the Wolves" is no surname evidence for "Harbor Wolves"', () => {
    const text = '(CNN) -- He joined Harbor Wolves in 2011. Four months with the Wolves were enough.';
    expect(names(peopleOf(text))).toEqual([]);
  });
});

describe('extractPeople: titles of works', () => {
  it('quoted title: a name-shaped run inside `"The Lonely Don Rivera,"` is part of the title', () => {
    const text = '(CNN) -- Her new series, "The Lonely Don Rivera," opens on Friday.';
    expect(names(peopleOf(text))).toEqual([]);
  });
});

describe('extractPeople: shared surnames and initials', () => {
  it('a relative introduced through the surname does not take the bare surname; a dropped initial is the same person', () => {
    const text =
      '- Pastor Elias Brandt dies at 90\n\n(CNN) -- Pastor Elias K. Brandt died on Monday. "He was kind," said Brandt\'s sister-in-law, Mia Brandt. Brandt founded the chapel in 1970.';
    const people = extractPeople(readStructure(text));
    const elias = people.find((p) => p.name === 'Elias K. Brandt');
    expect(people.map((p) => p.name).sort()).toEqual(['Elias K. Brandt', 'Mia Brandt']);
    expect(elias?.mentions.map((m) => m.text)).toContain('Brandt');
    expect(people.find((p) => p.name === 'Mia Brandt')?.mentions.map((m) => m.text)).toEqual(['Mia Brandt']);
  });
});

describe('extractPeople: place-word surnames in three-word names', () => {
  it('"commentator Jean Paul Hill": a given name, a middle name and a place-word surname, confirmed by the role', () => {
    const people = extractPeople(readStructure('(CNN) -- The show also had commentator Jean Paul Hill. Hill disagreed.'));
    expect(people.map((p) => p.name)).toEqual(['Jean Paul Hill']);
  });
});

describe('extractPeople: nationality or calendar surnames after a role noun', () => {
  it('"attorney Jerryl Christmas" and "actress Stephanie March" are people', () => {
    const doc = readStructure('(CNN) -- His attorney Jerryl Christmas spoke on Monday. The host, actress Stephanie March, laughed.');
    const names = extractPeople(doc).map((p) => p.name);
    expect(names).toContain('Jerryl Christmas');
    expect(names).toContain('Stephanie March');
  });
});

describe('extractPeople: demonym nouns', () => {
  it('"the 45-year-old Briton" names no one', () => {
    const text = '(CNN) -- Skipper Ian Moor sailed on. This is the 45-year-old Briton\'s third race.';
    expect(names(peopleOf(text))).toEqual(['Ian Moor']);
  });
});

describe('extractPeople: a couple sharing a surname', () => {
  it('"Mrs Dalby" is the wife; a bare "Dalby" is the husband', () => {
    const text =
      '(CNN) -- Governor Robert Dalby\'s wife, Susan Dalby, left her job. Mrs Dalby worked at a bank. Dalby said he was proud of her.';
    const people = peopleOf(text);
    const husband = byName(people, 'Robert Dalby')!;
    const wife = byName(people, 'Susan Dalby')!;
    expect(husband.mentions.map((m) => m.text)).toContain('Dalby');
    expect(wife.mentions.some((m) => text.slice(m.span.start - 4, m.span.start) === 'Mrs ')).toBe(true);
    expect(wife.mentions.filter((m) => m.text === 'Dalby').length).toBe(1);
    expectSpans(text, people);
  });
});

describe('extractPeople: highlight authors and titled common words', () => {
  it('"- Tova Reyes: ..." names the opinion author', () => {
    const text = '- Tova Reyes: Parks need more funding .\n\n(CNN)Our parks are crumbling.';
    expect(names(peopleOf(text))).toEqual(['Tova Reyes']);
  });

  it('"the Summit on Criminal Justice Reform" names no one when "reform" is also written in lower case', () => {
    const text = '(CNN) -- Delegates came to the Summit on Criminal Justice Reform. They want prison reform now.';
    expect(names(peopleOf(text))).toEqual([]);
  });
});

describe('extractPeople: organisation words', () => {
  it('"the Kappa Omega Sigma house" and "the Office of Water Administration" name no one', () => {
    const text = '(CNN) -- Members of the Kappa Omega Sigma house left. A memo went to the Office of Water Administration on Friday.';
    expect(names(peopleOf(text))).toEqual([]);
  });
});

describe('family members sharing a surname', () => {
  it('links a bare shared surname to the last full name written with it, not a later first name', () => {
    const text = '- Toby Marsh, 8, was hurt in the crash .\n\n(CNN) -- Peter Marsh knew his son was badly hurt. He stayed with Toby all night. Marsh said he was scared.';
    const people = peopleOf(text);
    const peter = byName(people, 'Peter Marsh');
    expect(peter?.mentions.map((m) => m.text)).toContain('Marsh');
    expect(byName(people, 'Toby Marsh')?.mentions.map((m) => m.text)).not.toContain('Marsh');
    expectSpans(text, people);
  });

  it('gives a mother named by first name the family surname her title uses', () => {
    const text = 'Oliver Dunmore, 10, has a rare allergy. His mother Claire, 35, said he was brave. The school was warned, Mrs Dunmore said. Oliver is now better.';
    const people = peopleOf(text);
    expect(names(people)).toEqual(['Claire Dunmore', 'Oliver Dunmore']);
    expect(byName(people, 'Claire Dunmore')?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Claire', 'Dunmore']));
    expectSpans(text, people);
  });

  it('names a father through "her father Mr X" and reads "her mother" as the other listed parent', () => {
    const text = 'Hazel Lomax, 20, died abroad. Her parents Sarah and John paid tribute. Her father Mr Lomax said she loved the sea. Her mother said the family was proud of her daughter.';
    const people = peopleOf(text);
    expect(names(people)).toEqual(['Hazel Lomax', 'John Lomax', 'Sarah']);
    expect(byName(people, 'Sarah')?.mentions.map((m) => m.text)).toContain('Her mother');
    expectSpans(text, people);
  });
});

describe('hyphenated given names', () => {
  it('reads a run opening with two joined given names as a person', () => {
    const people = peopleOf('Match report\n\nOther players, including Ghana international Pierre-Marc Dube in 2003, never recovered.');
    expect(names(people)).toContain('Pierre-Marc Dube');
  });
});

describe('one-word names and descriptions', () => {
  it('drops a "Mother-of-three" description glued before a name', () => {
    const people = peopleOf('Story\n\nAnn Lowe went out. Grandmother-of-four Ann Lowe lost her husband years ago.');
    expect(names(people)).toEqual(['Ann Lowe']);
  });

  it('confirms a single name with an age that closes the sentence', () => {
    const people = peopleOf('Story\n\nBut now she has found happiness with Colin, 66. They met at a dance.');
    expect(names(people)).toEqual(['Colin']);
  });
});

describe('quoted nicknames', () => {
  it('joins a given name and the surname around a quoted nickname, and lets the nickname name them', () => {
    const people = peopleOf("Story\n\nHis younger brother - Lee 'Uncle Moose' Dunn - said the police knew. Moose then said it was over.");
    expect(names(people)).toEqual(['Lee Dunn']);
    expect(byName(people, 'Lee Dunn')!.mentions.filter((m) => m.text === 'Moose').length).toBeGreaterThanOrEqual(1);
  });

  it('folds a nickname written before a full name into that person', () => {
    const people = peopleOf("Story\n\nTV star 'Nana' Rose Kemp filed a report. Nana Rose was not at home. Rose Kemp called the police.");
    expect(names(people)).toEqual(['Rose Kemp']);
  });
});

describe('couples sharing a surname', () => {
  it('gives "Julian and Jacqueline Voorhees"-style first given name the shared surname', () => {
    const people = peopleOf('Story\n\nThe book was written by Julian and Jacqueline Voorhees, who live in Ohio. Julian said it took years.');
    expect(names(people)).toEqual(['Jacqueline Voorhees', 'Julian Voorhees']);
  });
});

describe('words glued before a name', () => {
  it('drops a show name glued before a given name and surname the article also writes alone', () => {
    const people = peopleOf('Story\n\nTop Gear Jeremy Clarkson was suspended. The presenter Clarkson said nothing about Top Gear.');
    expect(names(people)).toEqual(['Jeremy Clarkson']);
  });

  it('keeps a word that opens another name in the article ("Abu")', () => {
    const people = peopleOf('Story\n\nAbu Omar Adnani spoke first. Abu Bakr Saleh, a spokesman, said nothing. Adnani left.');
    expect(names(people)).toContain('Abu Omar Adnani');
  });
});

describe('extractPeople: offices named with "of"', () => {
  it('drops the office word after "<title> of" ("Minister of Tourism Ann Lee")', () => {
    const people = peopleOf('Story\n\nThe paper says that Minister of Tourism Karim Haddad says the case was referred to police.');
    expect(names(people)).toEqual(['Karim Haddad']);
  });
});
