import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/ingest/people.ts';
import { extractQuotes } from '../../src/ingest/quotes.ts';
import { readStructure } from '../../src/ingest/structure.ts';
import type { Quote } from '../../src/ingest/types.ts';

function run(text: string) {
  const doc = readStructure(text);
  const people = extractPeople(doc);
  const result = extractQuotes(doc, people);
  // Span check: every quote and mention slices out of the text exactly.
  for (const q of result.quotes) {
    expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
    if (q.cue) expect(text.slice(q.cue.span.start, q.cue.span.end)).toBe(q.cue.text);
    if (q.attribution) expect(text.slice(q.attribution.span.start, q.attribution.span.end)).toBe(q.attribution.text);
  }
  for (const p of result.people) for (const m of p.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  return { ...result, input: people };
}
const pairs = (qs: Quote[]) => qs.map((q) => [q.text, q.speakerName]);

describe('extractQuotes', () => {
  it('attributes "X said" after the quote, with cue and attribution', () => {
    const { quotes } = run('(CNN) -- "The bridge will reopen in May," Nora Fields said on Monday.');
    expect(pairs(quotes)).toEqual([['The bridge will reopen in May,', 'Nora Fields']]);
    expect(quotes[0].cue?.text).toBe('said');
    expect(quotes[0].attribution?.text).toBe('Nora Fields');
    expect(quotes[0].kind).toBe('DIRECT');
  });

  it('attributes "said X, a ROLE" after the quote', () => {
    const { quotes } = run('(CNN) -- "We are short of beds," said Amir Tal, a doctor at the clinic.');
    expect(quotes[0].speakerName).toBe('Amir Tal');
  });

  it('resolves "he said" to the nearest preceding person', () => {
    const text =
      '(CNN) -- Local farmer Jonas Ekberg lost most of his crop in the storm.\n"Nothing like this has happened in forty years," he said.';
    const { quotes, people } = run(text);
    expect(quotes[0].speakerName).toBe('Jonas Ekberg');
    const ekberg = people.find((p) => p.name === 'Jonas Ekberg')!;
    expect(ekberg.mentions.some((m) => m.kind === 'PRONOUN' && m.text === 'he')).toBe(true);
  });

  it('skips a possessive when resolving a pronoun', () => {
    const text =
      '(CNN) -- Maria Kohl, a union leader, backed the strike.\nBut Kohl said it was time to follow Petra Lind\'s plan.\n"We will not wait any longer," she said.';
    expect(run(text).quotes[0].speakerName).toBe('Maria Kohl');
  });

  it('splits an interrupted quote into two items with the same speaker', () => {
    const { quotes } = run('(CNN) -- "The roads are closed," Hugo Baptiste said, "and the schools will stay shut."');
    expect(pairs(quotes)).toEqual([
      ['The roads are closed,', 'Hugo Baptiste'],
      ['and the schools will stay shut.', 'Hugo Baptiste'],
    ]);
  });

  it('attributes a continuation paragraph to the previous speaker', () => {
    const text =
      '(CNN) -- Rescue chief Ana Ruiz spoke at dawn.\n"We searched all night. We found the last family at six,\n"Everyone is safe now," Ruiz said.\n"We thank the volunteers."';
    const { quotes } = run(text);
    expect(quotes.map((q) => q.speakerName)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
    expect(quotes[1].continuation).toBe(true);
  });

  it('gives one item per paragraph for a quote that runs over paragraphs', () => {
    const text = '(CNN) -- Ola Berg, a fisherman, described the night.\n"The waves were huge.\n"Then the engine died," Berg said.';
    const { quotes } = run(text);
    expect(pairs(quotes)).toEqual([
      ['The waves were huge.', 'Ola Berg'],
      ['Then the engine died,', 'Ola Berg'],
    ]);
  });

  it('resolves a description to the person with that role', () => {
    const text =
      '(CNN) -- Sami Haddad, a spokesman for the harbour police, confirmed the arrests.\nThe spokesman said the men were "known to officers."';
    const { quotes } = run(text);
    expect(quotes[0]).toMatchObject({ text: 'known to officers.', kind: 'PARTIAL', speakerName: 'Sami Haddad' });
  });

  it('names an organisation speaker as written', () => {
    const { quotes } = run('(CNN) -- The Northern Water Company said the leak was "under control."');
    expect(quotes[0].speakerName).toBe('Northern Water Company');
  });

  it('leaves the speaker null when nobody is named', () => {
    const { quotes } = run('(CNN) -- "It sounded like thunder," a witness said.');
    expect(quotes[0].speakerName).toBeNull();
  });

  it('reads "according to X"', () => {
    const { quotes } = run('(CNN) -- The fire "spread within minutes," according to Lisa Moreau, a fire officer.');
    expect(quotes[0].speakerName).toBe('Lisa Moreau');
  });

  it('marks a fragment as PARTIAL and a full sentence as DIRECT', () => {
    const { quotes } = run('(CNN) -- Tom Adler said the plan was "a serious mistake." Adler added: "We will appeal."');
    expect(quotes.map((q) => q.kind)).toEqual(['PARTIAL', 'DIRECT']);
  });

  it('reads single curly quotes and keeps apostrophes inside words', () => {
    const text = "By . Kay Reed . PUBLISHED: . 1 May . | . UPDATED: . 1 May . Pat Doyle\u2019s lawyer Ian Webb said the matter was closed. \u2018He didn\u2019t see the car,\u2019 Mr Webb said. \u2018It wasn\u2019t his fault.\u2019";
    const { quotes } = run(text);
    expect(pairs(quotes)).toEqual([
      ['He didn\u2019t see the car,', 'Ian Webb'],
      ['It wasn\u2019t his fault.', 'Ian Webb'],
    ]);
  });

  it('does not take the title of a work for a quote', () => {
    const { quotes } = run('(CNN) -- She starred in the film "The Silent Harbour Road" last year.');
    expect(quotes).toEqual([]);
  });

  it('does not take a nickname for a quote', () => {
    const { quotes } = run('(CNN) -- Robert "Bobby" Lang won the race on Sunday.');
    expect(quotes).toEqual([]);
  });

  it('does not take a scare quote nobody is reported saying', () => {
    const { quotes } = run('(CNN) -- The group declared a so-called "emirate" in the hills.');
    expect(quotes).toEqual([]);
  });

  it('ignores the highlight lines', () => {
    const { quotes } = run('- Minister calls the deal "historic"\n\n(CNN) -- Nothing was quoted in the body.');
    expect(quotes).toEqual([]);
  });

  it('does not mutate the input people', () => {
    const text = '(CNN) -- Jonas Ekberg, a farmer, lost his crop.\n"It is gone," he said.';
    const { input, people } = run(text);
    const before = input[0].mentions.length;
    expect(people[0].mentions.length).toBe(before + 1);
    expect(input[0].mentions.length).toBe(before);
  });

  it('never throws on odd input', () => {
    for (const t of ['', '"', '\u201c', '"a" "b', '\u2018x', '"'.repeat(1000), 'He said "' + 'word '.repeat(3000)]) {
      expect(() => run(t)).not.toThrow();
    }
  });
});

const SEED = '/work/shared/corpus/cnn/0000.txt';
describe.skipIf(!existsSync(SEED))('seed article', () => {
  it('finds every body quote with its key speakers', () => {
    const { quotes } = run(readFileSync(SEED, 'utf8'));
    const speakerOf = (start: string) => quotes.find((q) => q.text.startsWith(start))?.speakerName;
    expect(quotes.length).toBe(12);
    expect(speakerOf('The Syrian military has strayed')).toBe('Abdul Aziz Jassim al-Shallal');
    expect(speakerOf('The last three hours')).toBe('Louai Miqdad');
    expect(speakerOf('We would like to warn')).toBe('Louai Miqdad');
    expect(speakerOf('We urge them to defect now')).toBe('Louai Miqdad');
    expect(speakerOf('If the rebels manage')).toBe('Rami Abdulrahman');
    expect(speakerOf('Wadi al-Deif is considered')).toBe('Rami Abdulrahman');
    expect(speakerOf('Hundreds of regime forces')).toBe('Rami Abdulrahman');
    expect(speakerOf('to confront the aggression')).toBe('Syrian Arab News Agency');
    expect(speakerOf('the start of the liberation')).toBeNull();
  });
});

describe('extractQuotes: general rules', () => {
  it('inverted attribution before a quote: `," said X, "`', () => {
    const { quotes } = run('(CNN) -- Tomas Reyes, a ferry pilot, was hopeful. "We will sail again," said Tomas Reyes, "like we did last spring."');
    expect(pairs(quotes)).toEqual([
      ['We will sail again,', 'Tomas Reyes'],
      ['like we did last spring.', 'Tomas Reyes'],
    ]);
  });

  it('inverted attribution after a fragment: `" ..., said X`', () => {
    const { quotes } = run('(CNN) -- "Most of the boats we repair" are older than ten years, said Petra Lindqvist, a boatwright.');
    expect(quotes[0].speakerName).toBe('Petra Lindqvist');
  });

  it('"as X puts it" attributes the quote', () => {
    const { quotes } = run('(CNN) -- Greta Solberg runs the shelter. The aim, as Solberg puts it, "is to keep the doors open."');
    expect(quotes[0].speakerName).toBe('Greta Solberg');
  });

  it('a whole-sentence quote with no cue takes the speaker of its paragraph', () => {
    const text =
      '(CNN) -- Amira Haddad, a nurse, spoke first.\n\n"We had no power," said Lionel Burke, a porter.\n\nAmira Haddad says the nights were the worst. "You could hear every cough."';
    const { quotes } = run(text);
    expect(pairs(quotes)).toContainEqual(['You could hear every cough.', 'Amira Haddad']);
  });

  it('a whole-sentence quote with no cue keeps the last speaker when nobody else is named', () => {
    const text = '(CNN) -- "The river came fast," said Oskar Brandt, a farmer.\n\nWhat he saw still haunts him. "I lost every animal."';
    const { quotes } = run(text);
    expect(pairs(quotes)).toContainEqual(['I lost every animal.', 'Oskar Brandt']);
  });

  it('"the N-year-old said" stands for the person last mentioned', () => {
    const { quotes } = run('(CNN) -- Marta Quinlan will retire this year. "It is time," the 61-year-old said.');
    expect(quotes[0].speakerName).toBe('Marta Quinlan');
  });

  it('single-quoted paragraphs run together in one line give one item each', () => {
    const text = "(CNN) -- Lena Brooks, 30, told her story. 'I started walking every day. 'Then I started running.' She never stopped.";
    const { quotes } = run(text);
    expect(quotes.map((q) => q.text)).toEqual(['I started walking every day.', 'Then I started running.']);
  });

  it("a quotation nested in a single-quoted one does not end it", () => {
    const text = "(CNN) -- 'You start telling yourself 'this is the last one' and you enjoy it,' said Rory Tait, a runner.";
    const { quotes } = run(text);
    expect(pairs(quotes)).toEqual([["You start telling yourself 'this is the last one' and you enjoy it,", 'Rory Tait']]);
  });
});

describe('extractQuotes: descriptions, subjects and cues', () => {
  it('"X also said": a description\'s quotes take the source named in the next sentence', () => {
    const text =
      '(CNN) -- On Friday, provincial state television said troops were fighting "armed bands" that "burned two farms" near the river. The Northern Press Service also said the army would "restore order within days."';
    const { quotes } = run(text);
    expect(pairs(quotes)).toEqual([
      ['armed bands', 'Northern Press Service'],
      ['burned two farms', 'Northern Press Service'],
      ['restore order within days.', 'Northern Press Service'],
    ]);
  });

  it('an unnamed description takes the person introduced right after it as the next speaker', () => {
    const text =
      '(CNN) -- "We will appeal this," the lawyer for the tenants said, according to a local paper.\n\n"Nobody here can pay those rents," the paper quotes Dalia Ferreira as saying.';
    const { quotes } = run(text);
    expect(quotes[0].speakerName).toBe('Dalia Ferreira');
  });

  it('an indefinite description takes the nearby person with that role', () => {
    const text =
      '(CNN) -- Surgeons removed a cyst on Monday, and "all looked harmless," a City Hall spokeswoman said.\n\nThe tissue was sent for tests, spokeswoman Ines Ballard said.';
    const { quotes } = run(text);
    expect(quotes[0].speakerName).toBe('Ines Ballard');
  });

  it('a description never takes a person whose role contradicts it', () => {
    const text =
      '(CNN) -- "The water rose in minutes," a witness said.\n\n"We evacuated the school first," said Paul Okafor, a police commander.';
    const { quotes } = run(text);
    expect(quotes[0].speakerName).toBeNull();
  });

  it('a fragment with no cue takes the subject of its sentence, resolved forward when it is a description', () => {
    const text =
      "(CNN) -- In a surprise move on Sunday, the city's deputy fire chief has resigned to join \"the volunteers' cause.\"\n\nIn a letter, a man identified as Capt. Hugo Marchetti announced his resignation and said he was leaving at once.";
    const { quotes, people } = run(text);
    expect(quotes[0].speakerName).toBe('Hugo Marchetti');
    expect(people.find((p) => p.name === 'Hugo Marchetti')!.mentions.map((m) => m.text)).toContain("the city's deputy fire chief");
  });

  it('a fragment with no cue whose subject is an organisation takes the organisation', () => {
    const { quotes } = run('(CNN) -- The Harbor Authority is presenting the plan as a way to "cut waiting times in half" for ships.');
    expect(quotes[0].speakerName).toBe('Harbor Authority');
  });

  it('a trailing attribution after a fragment: `"..." of ..., an official said`', () => {
    const text =
      'WASHINGTON (CNN) -- There is "little chance" of reopening the tunnel this year, a federal official said Friday.\n\n"We have run every test we know," Margaret Olsen, head of the transit agency, said.';
    const { quotes } = run(text);
    expect(quotes[0].speakerName).toBe('Margaret Olsen');
  });

  it('a post-quote attribution with a long apposition, and the quotes that continue it', () => {
    const text =
      '(CNN) -- "Clubs will always chase the money," Helen Varga, professor of sports economics and finance at Leeds University, told CNN. "Television pays for almost everything now.\n\n"That will not change soon."';
    const { quotes } = run(text);
    expect(quotes.map((q) => q.speakerName)).toEqual(['Helen Varga', 'Helen Varga', 'Helen Varga']);
  });

  it('a participle cue ("saying:") and "described ... as" take the subject of the sentence', () => {
    const text =
      "(CNN) -- Officers want to question councillor Derek Hollis about the raffle. He described the claims as 'absurd', saying: 'We sold a few tickets to friends and that was all.'";
    const { quotes } = run(text);
    expect(pairs(quotes)).toEqual([
      ['absurd', 'Derek Hollis'],
      ['We sold a few tickets to friends and that was all.', 'Derek Hollis'],
    ]);
  });

  it('"the X family said" names the family, not a member; a lawyer for the family is not the family', () => {
    const text =
      '(CNN) -- Police are looking for Nadia Karimi, 19. A lawyer for the Karimi family said relatives were "shocked and angry" at the delay.\n\n"Nobody called us," Tomas Lindqvist said.\n\nThe Karimi family condemned the decision, calling it "a grave mistake" by the council. But they also said officers "must now act fast" to find her.';
    const { quotes } = run(text);
    expect(pairs(quotes)).toEqual([
      ['shocked and angry', 'Tomas Lindqvist'],
      ['Nobody called us,', 'Tomas Lindqvist'],
      ['a grave mistake', 'Karimi family'],
      ['must now act fast', 'Karimi family'],
    ]);
  });

  it('a naming verb with an object before a short quote is a cue ("called the loss "tragic"")', () => {
    const { quotes } = run('(CNN) -- Health Secretary Joan Pryce called the outbreak "alarming."');
    expect(pairs(quotes)).toEqual([['alarming.', 'Joan Pryce']]);
  });

  it('a naming verb with no object, in the passive or far from the quote is no cue', () => {
    const { quotes } = run('(CNN) -- He is what is called a "night owl" in the trade, and a monk called Zhao who practiced "silent fasting" lived there.');
    expect(quotes).toEqual([]);
  });

  it('a passive cue with "by" names its agent: `"...," as it was described by X`', () => {
    const { quotes } = run('(CNN) -- The show is a "homecoming," as it was described by gallery director Ruth Asante at the opening.');
    expect(pairs(quotes)).toEqual([['homecoming,', 'Ruth Asante']]);
  });

  it('the subject before a relative clause is the speaker, not a noun inside the clause', () => {
    const text =
      '(CNN) -- The owner of a warehouse where three workers were hurt in a blast said Tuesday that his staff "did everything right."\n\nGerald Mbeki said two of the workers were still in hospital.';
    const { quotes } = run(text);
    expect(quotes[0].speakerName).toBe('Gerald Mbeki');
  });

  it('"the N-year-old" is the person the article gives that age; a passive "was told" is no cue', () => {
    const text =
      "(CNN) -- Maria Lopes answered questions on Monday. The probe follows candidate Victor Hale, who was questioned last month. The 48-year-old has criticised the 'totally absurd' probe after he was told it was over. Candidate Victor Hale, 48, is standing in Leeds.";
    const { quotes } = run(text);
    expect(quotes[0].speakerName).toBe('Victor Hale');
  });
});

describe('extractQuotes: signs, scripts and speaker sanity', () => {
  it('sign after the quote: `"...," reads a sign held by a boy` is no quote', () => {
    const { quotes } = run('(CNN) -- Fans rallied in the square. "We will come back next year," reads a sign held by a boy from Peru.');
    expect(quotes).toEqual([]);
  });

  it('sign before a colon: `holds a placard: "..."` and a sentence-opening `The message: "..."` are no quotes', () => {
    const { quotes } = run('(CNN) -- A woman holds a placard: "Open the borders now." The message: "Together we stand." Later Omar Reyes said: "We are grateful."');
    expect(pairs(quotes)).toEqual([['We are grateful.', 'Omar Reyes']]);
  });

  it('held sheet: `a man\'s paper says: "..."` is a sign; a person posting "with the message:" still speaks', () => {
    const { quotes } = run('(CNN) -- An old man\'s paper says: "Thank you, heroes!" Then Dana Kovacs posted a photo with the message: "Home at last."');
    expect(pairs(quotes)).toEqual([['Home at last.', 'Dana Kovacs']]);
  });

  it('hashtag gloss: `#JeSuisLyon ("I am Lyon")` is no quote', () => {
    const { quotes } = run('(CNN) -- Thousands posted #JeSuisLyon ("I am Lyon") and #StandTogether on Twitter, the network said.');
    expect(quotes).toEqual([]);
  });

  it('title after "titled": `a memoir titled "Mr. Consul"` is no quote even with a cue nearby', () => {
    const { quotes } = run('(CNN) -- The aim, says the blog Persia Today, which cites his memoir titled "Mr. Consul", was to win.');
    expect(quotes).toEqual([]);
  });

  it('script line: `Greta: "..."` names its speaker, after a list number or another quote', () => {
    const text = '(CNN) -- Consider these lines. 1. Greta: "I never lose my keys." Marcus: "You lost them today." 2. "Nothing here," the narrator adds.';
    const { quotes } = run(text);
    expect(quotes[0].speakerName).toBe('Greta');
    expect(quotes[1].speakerName).toBe('Marcus');
  });

  it('speaker sanity: a place, an opener or a hashtag is never a speaker; a surname leads to the fuller speaker name', () => {
    const text =
      '(CNN) -- "Prices will fall," Tessa Lindqvist said. "It will take time," Lindqvist added. "All options remain open," Norway said.';
    const { quotes } = run(text);
    expect(quotes.map((q) => q.speakerName)).toEqual(['Tessa Lindqvist', 'Tessa Lindqvist', null]);
  });
});

describe('extractQuotes: descriptions and organisation names', () => {
  it('age description with role words: "the 52-year-old singer and activist said" is the person of that age', () => {
    const text = '(CNN) -- Mira Solberg, 52, took the stage. "Different is good," the 52-year-old singer and activist said.';
    expect(run(text).quotes[0].speakerName).toBe('Mira Solberg');
  });

  it('fuller organisation: "a Rotor spokesman" in an article naming "Rotor Volgograd" speaks for Rotor Volgograd', () => {
    const text = '(CNN) -- Rotor Volgograd lost again on Sunday. A Rotor spokesman said: "We will appeal the decision."';
    expect(run(text).quotes[0].speakerName).toBe('Rotor Volgograd');
  });
});

describe('extractQuotes: organisations, joint speakers and shared subjects', () => {
  it('a long run of name words before the cue: two officials named jointly', () => {
    const text =
      '(CNN) -- The vote was calm. "We saw no fraud," Dutch Trade Minister Anke Voss and Belgian Finance Minister Pieter Claes said.';
    expect(run(text).quotes[0].speakerName).toBe('Anke Voss and Pieter Claes');
  });

  it('a possessive organisation issuing a statement, then "the statement said" and "police said"', () => {
    const text =
      '(CNN) -- On Monday, Kenya\'s police force issued a statement saying officers and a "neighbourhood patrol" stopped the raid. "The attackers fled north," the statement said. "Two of them were hurt," police said.';
    const speakers = run(text).quotes.map((q) => q.speakerName);
    expect(speakers).toEqual(["Kenya's police force", "Kenya's police force", "Kenya's police force"]);
  });

  it('"it says" stands for the organisation-shaped name before it; a relative clause keeps its head', () => {
    const text =
      '(CNN) -- The Ohio Appeals Court on Friday blocked the new map. "The map breaks state law," it says. The Freedom Counsel, which had sued the state\'s Election Board said that "the court got it right."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Ohio Appeals Court', 'Freedom Counsel']);
  });

  it('"the Sunday Herald reported": a day word inside a newspaper name', () => {
    const text = '(CNN) -- Ministers are planning a "quiet reshuffle" before the summer, the Sunday Herald reported.';
    expect(run(text).quotes[0].speakerName).toBe('Sunday Herald');
  });

  it('one-line Daily Mail run: "meanwhile" is no subject, "and added:" shares the speaker, a lost stop before "He"', () => {
    const text =
      "By Staff Writer . Party donor Helen Marsh, who has given millions, meanwhile has criticised the 'tired message' of the leader. She said the party must 'find its voice' and added: 'We are sleepwalking to defeat.' Tom Reed spoke to reporters in Leeds He told supporters: 'We will win.'";
    const speakers = run(text).quotes.map((q) => q.speakerName);
    expect(speakers).toEqual(['Helen Marsh', 'Helen Marsh', 'Helen Marsh', 'Tom Reed']);
  });
});

describe('extractQuotes: naming verbs, relatives and returning speakers', () => {
  it('"he called X a "..."" and "what he calls "..."" are partial quotes of the subject', () => {
    const text =
      '(CNN) -- Pastor Elias Brandt built a chapel in a parking lot. He called the sudden growth of his small flock a "blessing," and he preached what he calls "hopeful living."';
    const quotes = run(text).quotes;
    expect(pairs(quotes)).toEqual([['blessing,', 'Elias Brandt'], ['hopeful living.', 'Elias Brandt']]);
  });

  it('"dismissed the theory as "..."": a naming verb whose object ends in "as"', () => {
    const text = "(CNN) -- However, the respected Lena Ortiz dismissed the rumour as 'plainly absurd'.";
    expect(pairs(run(text).quotes)).toEqual([['plainly absurd', 'Lena Ortiz']]);
  });

  it('"said Brandt\'s sister-in-law, Mia Brandt": the name after the relation speaks', () => {
    const text = '(CNN) -- Pastor Elias Brandt died on Monday. "He was kind to everyone," said Brandt\'s sister-in-law, Mia Brandt, in a post.';
    expect(run(text).quotes[0].speakerName).toBe('Mia Brandt');
  });

  it('a cue-less quote after a sentence whose subject already spoke', () => {
    const text =
      '(CNN) -- "It was too slow," said Omar Quist, a professor at the college.\n\nStill, Quist gives the team some credit. "They finished the job."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Omar Quist', 'Omar Quist']);
  });
});

describe('extractQuotes: joint subjects and exchanges', () => {
  it('"A and B issued a pledge ... "...""": the joined names speak the fragment', () => {
    const text =
      '(CNN) -- The candidates are Ruth Okafor and Daniel Mensah. Okafor and Mensah on Friday signed a pledge backing "calm and honest polling" across the country.';
    expect(run(text).quotes[0].speakerName).toBe('Ruth Okafor and Daniel Mensah');
  });

  it('a quote ending its own sentence is not in the next cue\'s sentence; a name set off by dashes is the subject', () => {
    const text =
      '(CNN) -- Host Paul Rider pressed singer Tia Moss on the lyrics. "I write what I live," Moss responded. "Nobody buys a record for one word." To which Rider responded: "Then drop the word." The panel included commentator Omar Lee. When Rider kept going, the other guest -- Lee -- cut in. "Nobody here is listening," he said.';
    const speakers = run(text).quotes.map((q) => q.speakerName);
    expect(speakers).toEqual(['Tia Moss', 'Tia Moss', 'Paul Rider', 'Omar Lee']);
  });
});

describe('extractQuotes: "according to" openings', () => {
  it('a sentence opened by "According to the blog Pixel Harbor," gives its fragment to that source', () => {
    const text = '(CNN) -- According to the gaming blog Pixel Harbor, the sequel will star a pilot who "never learned to land."';
    expect(run(text).quotes[0].speakerName).toBe('Pixel Harbor');
  });
});

describe('extractQuotes: numbered lists of quotes', () => {
  it('a numbered quote takes the subject of the sentence after it; a first name takes the fuller speaker name', () => {
    const text =
      '(CNN) -- Here are the best lines. 1. "I never asked for a crown." Marta Quill, the reluctant heiress, sighs at her lawyer. 2. "Bring me the cake, please!" Marta demands at the party. 3. "No one leaves this room." Quill\'s butler, Osric, warns the guests.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Marta Quill', 'Marta Quill', 'Osric']);
  });
});

describe('extractQuotes: relative clauses before the cue', () => {
  it('"Brightair, whose CEO Ola Berg had said ..., described the move as "..."": the subject speaks, not the name in the clause', () => {
    const text =
      '(CNN) -- Brightair, whose CEO Ola Berg had said the pilot was fit, described its statement as a "full and open account" of the case.';
    expect(run(text).quotes[0].speakerName).toBe('Brightair');
  });
});

describe('extractQuotes: statement issuers', () => {
  it('"the ABC issued a statement saying": the issuer speaks even when it is a bare acronym; "the report said" stays unnamed', () => {
    const text =
      '(CNN) -- Earlier, the Harbor Board said it would meet. Later the ABC issued a statement saying there had been a "brief dispute" backstage. The report said the crew had been "under strain."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['ABC', null]);
  });
});

describe('extractQuotes: sentence starts after a closing mark', () => {
  it('`... "The Tide." Mara Vell has said`: a name opening the sentence after `."` is its subject for "he/she said"', () => {
    const text =
      '(CNN) -- Tom Arden starred in the film "The Tide." Mara Vell has argued the studio moved to drop Arden just as it opened. On Friday, she said she was not worried. "They are acting in a panic," she said.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Mara Vell']);
  });
});

describe('extractQuotes: Daily Mail single marks and "X of ORG said"', () => {
  it('`Nell Moss of Skybet said:` speaks as Nell Moss, not the firm; `...name.\' Ray Dunn ... He explained:` resolves to Ray Dunn', () => {
    const text =
      "(CNN) -- Bets poured in. Nell Moss of Skybet said: 'Punters are backing the favourite.' Ray Dunn, from bookmakers Tote, confirmed they cut the odds. He explained: 'We had no choice.'";
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Nell Moss', 'Ray Dunn']);
  });
});

describe('extractQuotes: texts owned by an organisation', () => {
  it('"the Energy Department\'s report said" speaks as the Energy Department', () => {
    const text =
      '(CNN) -- The plant failed twice. "No inspector was ever told of the leaks," the Energy Department\'s report said.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Energy Department']);
  });
});

describe('extractQuotes: fuller "NAME of Place" organisation names', () => {
  it('"the High Court said" after "the High Court of Ruritania" speaks as the High Court of Ruritania', () => {
    const text =
      '(CNN) -- The case moved on Monday. "We have assigned the matter to a new panel," the High Court said in a statement. The High Court of Ruritania rarely intervenes.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['High Court of Ruritania']);
  });
});

describe('extractQuotes: a title before the subject', () => {
  it('"Dutch Foreign Minister Pieter Vos pointed ... He accused" after "Tom Reed reported": the pronoun is not the reporter', () => {
    const text =
      '(CNN) -- The talks stalled, Tom Reed reported. Dutch Foreign Minister Pieter Vos pointed to the port on Sunday. He accused the rebels of trying to "seize the whole coast."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Pieter Vos']);
  });
});

describe('extractQuotes: an interview printed as a run of quotes', () => {
  it('"Coach Lena Park spoke about the season." then cue-less quotes: all hers until someone else is named', () => {
    const text =
      '(CNN) -- The league opens next week. Veteran coach Lena Park spoke about the season ahead. This is the 50-year-old\'s tenth year. "We worked hard all winter. The squad is fit." "Nobody expects much of us, and that suits me."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Lena Park', 'Lena Park']);
  });

  it('a person named in the reporter\'s voice after the interview sentence stops the run', () => {
    const text =
      '(CNN) -- Veteran coach Lena Park spoke about the season ahead. The club was bought by Omar Vance in May. "Nobody expects much of us."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual([null]);
  });
});

describe('extractQuotes: pronouns after a second-clause or apposition subject', () => {
  it('"The Harbor Commissioner, Ada Quill, last week urged ..." after a quoted paragraph: "she said" is Ada Quill', () => {
    const text =
      '(CNN) -- "The port is safe," Mia Rowe said.\n\n"We checked every crane."\n\nThe Harbor Commissioner, Ada Quill, last week urged calm.\n\n"Nobody was hurt," she said.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Mia Rowe', 'Mia Rowe', 'Ada Quill']);
  });

  it('"Colm Reid met the players, but neither was punished and Reid now wants ... He said:" is Reid', () => {
    const text =
      '(CNN) -- Striker Tom Ashe was seen at a party. Coach Colm Reid spoke to Ashe on Friday but neither was punished and Reid now wants to move on. He said: "It is finished."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Colm Reid']);
  });
});

describe('extractQuotes: a report speaks for its publisher', () => {
  it('"the report stated" after "Harbor Watch Alliance warns in its yearly report" speaks as Harbor Watch Alliance', () => {
    const text =
      '(CNN) -- Fishing is collapsing, Harbor Watch Alliance warns in its yearly report.\n\nCatches fell again.\n\n"Most coastal stocks are now below safe levels," the report stated.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Harbor Watch Alliance']);
  });

  it('"The report notes that ... "fragment"" and a later "Harbor estimates that ... "fragment"" take the publisher', () => {
    const text =
      '(CNN) -- Fishing is collapsing, Harbor Watch Alliance warns in its yearly report.\n\nThe report notes that the decline is fastest in warm waters, "where whole fleets have stopped."\n\nHarbor estimates that prices will rise, "faster than anyone has planned for."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Harbor Watch Alliance', 'Harbor Watch Alliance']);
  });
});

describe('extractQuotes: gendered pronouns', () => {
  it('"she wrote" skips a man named in between and goes to the woman', () => {
    const text =
      '(CNN) -- Judge Alice Marsh kept working. Detective Peter Lang said he had looked into it. "Nobody will scare me off," she wrote.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Alice Marsh']);
  });
});

describe('extractQuotes: small attribution shapes', () => {
  it('"says her website, SnowDropNow.com" keeps the domain ending', () => {
    const text = '(CNN) -- "We ship to every state but Maine!" says Ola Fenn\'s website, SnowDropNow.com.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['SnowDropNow.com']);
  });

  it('"during his visit to the plant he insisted" takes "he" as the subject', () => {
    const text = '(CNN) -- Governor Paul Ruddock toured the region. However, during his visit to a local dairy board he insisted the farms were "in good shape."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Paul Ruddock']);
  });
});

describe('extractQuotes: quotes introduced by a colon', () => {
  it('"That led Rosa Vint, the niece of Dan Vint, to reply with a post of her own: "..."" is Rosa Vint', () => {
    const text =
      '(CNN) -- The mayor wished everyone a good harvest. That led Rosa Vint, the niece of Dan Vint, to reply with a post of her own: "Thanks. Now fix the roads, please."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Rosa Vint']);
  });

  it('"I have three words for you: "..."" in an opinion piece is the author named by the highlights', () => {
    const text =
      '- Nia Calder: Cities should plant more trees .\n\n(CNN)People keep asking me, "Why trees?" I have three words for you: "Shade for everyone."';
    expect(run(text).quotes.map((q) => q.speakerName).at(-1)).toBe('Nia Calder');
  });
});

describe('extractQuotes: subjects across opening phrases', () => {
  it('"Riding home from the stadium, Omar Brandt kept quiet ... "..." he said" takes the subject after the opening adverbial', () => {
    const text =
      '(CNN) -- Coach Ivo Marsh praised the team, Marsh said. Riding home from the stadium, Omar Brandt kept quiet. "I just wanted to sleep," he said.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Omar Brandt']);
  });

  it('"Another of the runners, Ruth Mello, also recalled ... she said" takes the name set off by commas', () => {
    const text =
      '(CNN) -- Nurse Dana Price treated the runners, Price said. Another of the runners, Ruth Mello, also recalled the heat. "It felt like an oven," she said.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Ruth Mello']);
  });

  it('"Tom Hale made a plea to the crowd: "..."" is the subject of the colon sentence', () => {
    const text = '(CNN) -- Singer Tom Hale made a plea to the crowd: "Go home safely tonight. Look after each other."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Tom Hale']);
  });

  it('"Describing the "strange" evening ..., Lia Dorn said:" gives the fragment to the main clause subject', () => {
    const text = '(CNN) -- The ferry was late. Describing the "strange" evening she spent on the ferry, later filmed by friends, Lia Dorn said: "We never saw the shore."';
    expect(run(text).quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ['strange', 'Lia Dorn'],
      ['We never saw the shore.', 'Lia Dorn'],
    ]);
  });

  it('"..., according to his trainer Kim Alder, \'...\'" takes the source right before the quote', () => {
    const text = '(CNN) -- Coach Ben Rudd watched the colt win. The colt is now 9 and, according to his trainer Kim Alder, "eats like a horse twice his size" on race days.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Kim Alder']);
  });
});

describe('extractQuotes: feature-writing cues and dialogue', () => {
  it('"tweets Channel 9 KC" takes present-tense cues and a name with a number', () => {
    const text = '(CNN) -- The storm arrived. "Roads are closed until noon," tweets Channel 9 KC. "Stay home," recommends Ida Fenwick.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Channel 9 KC', 'Ida Fenwick']);
  });

  it('a quote in a one-line body does not follow on from an earlier speaker once another person is named', () => {
    const text =
      '(CNN) -- "We lost everything," said Paul Orrin. Mayor Lena Vasquez visited the town on Monday. Her office sent a letter to every home. "We will rebuild the school first."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Paul Orrin', null]);
  });

  it('"..., "in the open," as she put it" is the subject of "put it"', () => {
    const text = '(CNN) -- Judge Mara Lind spoke to CNN. It was the first time Lind had seen Tom Reyes outside court, "in the open," as she put it.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Mara Lind']);
  });

  it('"...," she said Reyes told her: the teller named after the cue said the words', () => {
    const text = '(CNN) -- Judge Mara Lind met Tom Reyes at a mall. "I remember you," she said Reyes told her.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Tom Reyes']);
  });

  it('`Reyes said, "...," she recalled` is the words of the one introduced before the quote', () => {
    const text = '(CNN) -- Judge Mara Lind met Tom Reyes at a mall. Reyes said, "You look different without the robe," she recalled.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Tom Reyes']);
  });

  it('a quote ending its sentence does not share the speaker of the next quote\'s sentence', () => {
    const text = '(CNN) -- Judge Mara Lind met Tom Reyes. "I kept calm," she said. "I smiled at him." "Nice to see you," Tom Reyes told her.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Mara Lind', 'Mara Lind', 'Tom Reyes']);
  });

  it('"his foreign ministry notes" is the organisation the article names with those words', () => {
    const text =
      '(CNN) -- Minister Ali Daneshi studied abroad. His foreign ministry notes that "he always planned to return." The Veloran Foreign Ministry website lists his degrees.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Veloran Foreign Ministry']);
  });
});

describe('extractQuotes: subjects of descriptions and colon lines', () => {
  it('"A young man named Omar Pell shared a video ... he said" takes the named man as the subject', () => {
    const text =
      '(CNN) -- Reporter Gina Holt spent a year on the story, Holt said. A young man named Omar Pell shared a video with her. It shows guards pushing Omar. "Nobody listened to me," he said.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Omar Pell']);
  });

  it('"She sent it under the subject line: "..."" is the pronoun\'s person', () => {
    const text = '(CNN) -- Professor Edda Morrow teaches law. She sent the message under the subject line: "Read this before class."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Edda Morrow']);
  });
});

describe('extractQuotes: short quotes and script names', () => {
  it('a one-word quote joined by "and" to a quote with a cue is kept with its speaker', () => {
    const text = '(CNN) -- Captain Rolf Amsel told CNN that the claims were "utterly false" and "absurd." The search went on.';
    expect(run(text).quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ['utterly false', 'Rolf Amsel'],
      ['absurd.', 'Rolf Amsel'],
    ]);
  });

  it('a lone one-word quote with no cue stays a scare quote', () => {
    const text = '(CNN) -- The so-called "miracle" diet spread fast. Its "fans" met in town.';
    expect(run(text).quotes).toEqual([]);
  });

  it('a script line "Marcel:" takes the full name the article gives to "Marcel and Odile Brandt"', () => {
    const text = '(CNN) -- The show has sharp lines. 2. Marcel: "My first car ..." Odile: "... was a bike." The couple, Marcel and Odile Brandt, are rich.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Marcel Brandt', 'Odile Brandt']);
  });
});

describe('extractQuotes: findings of reports and bodies', () => {
  it('"The organization found "..."" and "Oxfam estimates that ... "..."" are quotes of the organisation', () => {
    const text =
      '(CNN) -- "Hunger is rising," said the Brightwater Foundation in its annual report. The organization found "small gains" in Asia. While data are thin, Brightwater estimates that Kenya lost "millions" of crops.';
    expect(run(text).quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ['Hunger is rising,', 'Brightwater Foundation'],
      ['small gains', 'Brightwater Foundation'],
      ['millions', 'Brightwater Foundation'],
    ]);
  });
});

describe('extractQuotes: websites and appositions as sources', () => {
  it('"LeafCount.com, the oldest such tool, reports that ... \'real\'" and "bellnews.com reports" name the websites', () => {
    const text =
      "(CNN) -- The singer has many fans. LeafCount.com, the oldest such tool, reports that half of them are 'real' and 'active.' Separately, bellnews.com reports that fans saw 'a video of a cat'.";
    expect(run(text).quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ['real', 'LeafCount.com'],
      ['active.', 'LeafCount.com'],
      ['a video of a cat', 'bellnews.com'],
    ]);
  });

  it('"Ann Lee - a lawyer and blogger -suggests \'...\'" is the name before the dashed apposition', () => {
    const text = "(CNN) -- The email caused a stir. Regarding the scandal, Dora Quist - a lawyer and legal blogger -suggests she was 'hacked' by a rival.";
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Dora Quist']);
  });
});

describe('extractQuotes: relayed words and clause leads', () => {
  it('"Ann responded that she \'...\', reports the Daily Wire" keeps the speaker of the sentence', () => {
    const text = "(CNN) -- Golfer Dina Rolle was mocked online. Rolle hit back and responded that the critic 'should check the facts first', reports the Daily Wire.";
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Dina Rolle']);
  });

  it('"saving all emails" is no cue: the partial quote keeps the speaker named before it', () => {
    const text = '(CNN) -- At the same time, spokesman Ivo Brandt said the office changed its policy -- by saving all emails -- "because it was a flawed system."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Ivo Brandt']);
  });

  it('a name after a comma that closes a clause of its own ("Bob said that while he ..., Ann now") is not a new subject', () => {
    const text =
      '(CNN) -- Senator Omar Pike spoke at the dinner. Pike joked that while he was once the savvy one, Clara Dunn now seemed ahead. "Now I am old news," he said.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Omar Pike']);
  });
});

describe('extractQuotes: speaker named after the quote', () => {
  it('"That is a direct quote from Ann Lee." names whose words the quote before it were', () => {
    const text =
      '- Tom Vale: Reform is coming .\n\n(CNN)I was on the radio on Monday. Here is a quote: "Too many kids end up in prison. Give them a second chance." There is one catch: I did not say that. That is a direct quote from Ruth Okafor, an executive at a steel firm.';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Ruth Okafor']);
  });
});

describe('extractQuotes: captions run into a one-line quote', () => {
  it("a mark right after a word reopens a single-quoted quote, which ended at its last full stop (a caption ran in)", () => {
    const text =
      "(CNN) -- 'It was soft,' said coach Ray Dunmore. 'He expects the free-kick to be given. The home fans protest after the penalty at the Den 'It is one of those calls you never get.'";
    expect(run(text).quotes.map((q) => [q.text, q.speakerName])).toEqual([
      ['It was soft,', 'Ray Dunmore'],
      ['He expects the free-kick to be given.', 'Ray Dunmore'],
      ['It is one of those calls you never get.', 'Ray Dunmore'],
    ]);
  });

  it("a quote nested after \"I said, '\" stays inside the quote", () => {
    const text = "(CNN) -- Coach Ray Dunmore spoke. 'He was leaving them out. I said, 'Do you know how big this game is?'. He did not care.' The game was lost.";
    expect(run(text).quotes).toHaveLength(1);
  });
});

describe('extractQuotes: role heads', () => {
  it('a "role" holding a speech verb ("chairman then said") gives its person no role head', () => {
    const text =
      '(CNN) -- Chairman Ole Brink thanked aide Kai Moss. "He worked hard," Brink said. Turning to Moss, the chairman then said: "I wish you the best."';
    expect(run(text).quotes.map((q) => q.speakerName)).toEqual(['Ole Brink', 'Ole Brink']);
  });
});

describe('speakers introduced without a speech verb before the quote', () => {
  it('reads "Among them was X" as the subject a following "she" stands for', () => {
    const { quotes } = run('(CNN) -- Rita Vance, a guide, said the queue was long. Thousands came to the hall. Among them was Olive Brand, who drove for hours to get there. "It was worth every minute," she told CNN.');
    expect(pairs(quotes)).toEqual([['It was worth every minute,', 'Olive Brand']]);
  });

  it('gives a colon quote to the agent named by "by" right before the colon', () => {
    const { quotes } = run('(CNN) -- Bishop Alan Rowe spoke first. But Rowe insisted the day was about "peace," a thought echoed by Dean Carl Pike: "We all end up in the same place."');
    expect(pairs(quotes)).toEqual([
      ['peace,', 'Alan Rowe'],
      ['We all end up in the same place.', 'Carl Pike'],
    ]);
  });
});

describe('a possessive topic before a pronoun quote', () => {
  it('lets a clause opening with "X\'s <thing>" make X the person a following "he" stands for', () => {
    const { quotes } = run('(CNN) -- Mark Lee played beside Tom Bell for years. Tom Bell missed a penalty in the final. It was a sad day, but Lee\'s fondest memory came a week earlier. "The semifinal was the best," he says.');
    expect(pairs(quotes)).toEqual([['The semifinal was the best,', 'Mark Lee']]);
  });

  it('does not do so when the possessive owns a person ("Lee\'s lawyer")', () => {
    const { quotes } = run('(CNN) -- Mark Lee played beside Tom Bell for years. Tom Bell missed a penalty in the final. Lee\'s lawyer arrived a week earlier. "The semifinal was the best," he says.');
    expect(pairs(quotes)).toEqual([['The semifinal was the best,', 'Tom Bell']]);
  });
});

describe('outlets named by an acronym', () => {
  it('gives "the broadcaster said" to the "the <ACRONYM>" written just before, not a place acronym', () => {
    const { quotes } = run('(CNN) -- The show was due on Sunday, but the ZBC aired it Monday in the UK on ZBC Two "to let viewers see it early," the broadcaster said in a statement.');
    expect(pairs(quotes)).toEqual([['to let viewers see it early,', 'ZBC']]);
  });
});

describe('texts sent by someone, and described subjects', () => {
  it('gives "said a letter sent to outlets by X" to X', () => {
    const { quotes } = run('(CNN) -- "The press will be a voice for the criminal," said a letter sent to media outlets by the Ruritanian government.');
    expect(pairs(quotes)).toEqual([['The press will be a voice for the criminal,', 'Ruritanian government']]);
  });

  it('reads "History buff X stood ..." as a new subject, so a colon quote after it is not the previous speaker\'s', () => {
    const { quotes } = run('(CNN) -- "It was worth it," said Jane Gray, a visitor. History enthusiast Paul Evans stood in the rain and watched the show on his phone after missing a ticket -- to his wife Karen: "I applied for tickets for both of us."');
    expect(pairs(quotes)).toEqual([
      ['It was worth it,', 'Jane Gray'],
      ['I applied for tickets for both of us.', 'Paul Evans'],
    ]);
  });
});

describe('subjects after an opening participle phrase', () => {
  it('reads "Hounded by X, Name, a role, announced" as a new subject, so the next quote is not the previous speaker\'s', () => {
    const { quotes } = run('(CNN) -- Sam Kay, a director, said his film was banned. "It is sad," he said. Hounded by protests over his novel, Ravi Nair, a Tamil author, announced he was quitting in a post on Facebook in January. "Ravi Nair the writer is dead," he wrote.');
    expect(pairs(quotes)).toEqual([
      ['It is sad,', 'Sam Kay'],
      ['Ravi Nair the writer is dead,', 'Ravi Nair'],
    ]);
  });
});

describe('participles after a comma, and "the latter"', () => {
  it('gives "X founded it a year earlier, saying ..." to X, not to "a year"', () => {
    const { quotes } = run('(CNN) -- Greg Mollison ruled before. Mollison founded the party a year earlier, saying it was "a fresh start for all of us."');
    expect(pairs(quotes)).toEqual([['a fresh start for all of us.', 'Greg Mollison']]);
  });

  it('gives "the latter said" to the second and "the former said" to the first of "X and Y"', () => {
    const a = run('(CNN) -- Pundits Tom Harland and Greg Mollison were critical of the striker. Of the forward, the latter said that he had become "a real burden" to the side.');
    expect(pairs(a.quotes)).toEqual([['a real burden', 'Greg Mollison']]);
    const b = run('(CNN) -- Pundits Tom Harland and Greg Mollison were critical of the striker. The former said: "He is a real burden to the side."');
    expect(pairs(b.quotes)).toEqual([['He is a real burden to the side.', 'Tom Harland']]);
  });
});
