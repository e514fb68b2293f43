import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../src/ingest/people.ts';
import { readStructure } from '../../src/ingest/structure.ts';
import type { Person } from '../../src/ingest/types.ts';

const peopleOf = (text: string) => extractPeople(readStructure(text));
const names = (people: Person[]) => people.map((p) => p.name).sort();

describe('extractPeople: animals, things and works are not people', () => {
  it('"his horse Red Lantern", "Red Lantern, the horse" name an animal', () => {
    const text = '(CNN) -- Trainer Jonas Pell watched his horse Copper Lantern win. The 9-year-old Copper Lantern, the horse he bought in May, was 20/1.';
    expect(names(peopleOf(text))).toEqual(['Jonas Pell']);
  });

  it('"his terriers, Rolo and Miss Pip" name pets', () => {
    const text = '(CNN) -- Senator Dana Hollis played with her terriers, Rolo and Miss Pip, on Sunday.';
    expect(names(peopleOf(text))).toEqual(['Dana Hollis']);
  });

  it('"the condition Brennic Syndromia" and "firm Hollis Garrow & Co" name no one', () => {
    const text = '(CNN) -- The boy suffers from the condition Verdic Porphyra, whose victims avoid the sun. His aunt works at Martin Garrow & Co in town.';
    expect(names(peopleOf(text))).toEqual([]);
  });

  it('"the Tommy Quill star" makes Tommy Quill a work, and a quoted title names no one', () => {
    const text = '(CNN) -- Tommy Quill star Dana Holt turned 30. Fans of Tommy Quill queued. Critics compared it to "Queen Mab." She appeared on the Ed Marlow show.';
    expect(names(peopleOf(text))).toEqual(['Dana Holt']);
  });
});

describe('extractPeople: relatives and appositions', () => {
  it('a word that is also a property of every object ("constructor") before a name is just a word', () => {
    const text = '(CNN) -- Anna Berg met her constructor Daniel on Monday. Anna Berg said the work was done, and Daniel agreed.';
    expect(names(peopleOf(text))).toEqual(['Anna Berg', 'Daniel']);
  });

  it('"his father Peter", "her daughter, Ines." and "Ros, his 7-year-old daughter" are people', () => {
    const text = '(CNN) -- Jockey Sam Tulley hugged his father Piet. Later Grant Ward kissed his wife, Ines. He thought of Rosalind, his 7-year-old daughter.';
    expect(names(peopleOf(text))).toEqual(['Grant Ward', 'Ines', 'Piet', 'Rosalind', 'Sam Tulley']);
  });

  it('a possessive name opens a role phrase before or after the name', () => {
    const text = '(CNN) -- He was replaced by Garver\'s successor, Hamid Rostami. So what of Oren Talby, Garver\'s hapless producer?';
    expect(names(peopleOf(text))).toEqual(['Hamid Rostami', 'Oren Talby']);
  });

  it('"The woman, Belda Gorrin," and "whose name is Sonam Tek" are people', () => {
    const text = '(CNN) -- The woman, Belda Gorrin, was filmed. The little boy, whose name is Sonam Tek, is stable.';
    expect(names(peopleOf(text))).toEqual(['Belda Gorrin', 'Sonam Tek']);
  });

  it('dotted initials close a name, and a headline in capitals ends a name', () => {
    const text = '(CNN) -- "We found him," said Ramesh K.C., a spokesman for the police. She campaigned for state Senator Wendy Darrow WHERE\'S THE BUS? No.';
    expect(names(peopleOf(text))).toEqual(['Ramesh K.C.', 'Wendy Darrow']);
  });
});

describe('extractPeople: forms of one name and of relatives', () => {
  it('a middle name left out, a hyphen written as a space and a misspelt surname fold into one person', () => {
    const text = '(CNN) -- Pastor Victor Arlen Barnet fled. Victor Barnet was seen in May. Jockey Sam Waley-Crane won; Mr Waley Crane smiled. Zara Phillips cheered, and Zara Philipps waved.';
    expect(names(peopleOf(text))).toEqual(['Sam Waley-Crane', 'Victor Arlen Barnet', 'Zara Phillips']);
  });

  it('a son named after his father is another person', () => {
    const text = '(CNN) -- Ahmed Ali Abdullah Salem, the son of former President Ali Abdullah Salem, was removed from his post.';
    expect(names(peopleOf(text))).toEqual(['Ahmed Ali Abdullah Salem', 'Ali Abdullah Salem']);
  });

  it('"President Birch ... his" before "Laura Birch" is another person', () => {
    const text = '(CNN) -- President Birch is in good humor, and will resume his activities.\nHe spoke to first lady Laura Birch on Sunday.';
    expect(names(peopleOf(text))).toEqual(['Birch', 'Laura Birch']);
  });

  it('"Aston Villa" and "OU SAE" are no people', () => {
    const text = '(CNN) -- Liverpool face Aston Villa on Sunday; Villa won last time. Members of OU SAE were expelled.';
    expect(names(peopleOf(text))).toEqual([]);
  });
});

describe('extractPeople: more person frames', () => {
  it('"tweets T.J. Rusk", "a young man named Kelan Hardy" and "jockey AP Morrow" are people', () => {
    const text = '(CNN) -- "Snow again!" tweets T.J. Rusk. A young man named Kelan Hardy spoke. Trainer Bo Lane hopes jockey AP Morrow rides today.';
    expect(names(peopleOf(text))).toEqual(['AP Morrow', 'Bo Lane', 'Kelan Hardy', 'T.J. Rusk']);
  });

  it('"a 50-year-old Corvell professor" names a college, not a person', () => {
    const text = '(CNN) -- Lisa Marrow, a 50-year-old Corvell professor, resigned.';
    expect(names(peopleOf(text))).toEqual(['Lisa Marrow']);
  });

  it('people described through the character of a quoted title are characters', () => {
    const text = '(CNN) -- Her series, "The Brave Dottie Frane," is a hit. Carlos, Dottie\'s colleague, is funny. Actor Rian Oakes, who plays Dottie\'s friend, disagrees.';
    expect(names(peopleOf(text))).toEqual(['Rian Oakes']);
  });
});

describe('extractPeople: names after prepositions and common-word surnames', () => {
  it('"at Dzhar Tolnaev\'s trial" names a person, "at Aintree Treadwell\'s" after "at Aintree" does not', () => {
    const text = '(CNN) -- He spoke at Dzhar Tolnaev\'s trial on Monday. Horses raced at Brindle. Later at Brindle Tredwell\'s look was calm.';
    expect(names(peopleOf(text))).toEqual(['Dzhar Tolnaev']);
  });

  it('"commentator Alan Green" keeps a common-word surname after a role noun', () => {
    const text = '(CNN) -- The radio commentator Alan Green was unhappy on Monday.';
    expect(names(peopleOf(text))).toEqual(['Alan Green']);
  });
});

describe('extractPeople: a thing noun before a comma', () => {
  it('"a consulting firm, Dana Wolfe said" still names a person', () => {
    const text = '(CNN) -- The deal went to a consulting firm, Dana Wolfe said on Monday.';
    expect(names(peopleOf(text))).toEqual(['Dana Wolfe']);
  });
});

describe('extractPeople: peerages', () => {
  it('"The Duke and Duchess of Tarnham" name two people; "the 3rd Viscount Bellmere" keeps the rank', () => {
    const text = '(CNN) -- The Duke and Duchess of Tarnham visited on Monday. Her cousin is the 3rd Viscount Bellmere.';
    expect(names(peopleOf(text))).toEqual(['Duchess of Tarnham', 'Duke of Tarnham', 'Viscount Bellmere']);
  });

  it('a peerage in apposition to a name belongs to that person; a quoted peerage is a title', () => {
    const text = '(CNN) -- Prince Alric and his wife, Maren, Duchess of Wexby, arrived. The Duchess of Wexby smiled. The film "Prince of Arrakis: Dunes" opened.';
    const people = peopleOf(text);
    expect(names(people)).toEqual(['Alric', 'Maren']);
    expect(people.find((p) => p.name === 'Maren')!.mentions.map((m) => m.text)).toContain('Duchess of Wexby');
  });
});

describe('extractPeople: thing nouns and title words stay narrow', () => {
  it('"after a brief illness John Malcolm Fraser died" and "the firm John Pell founded" name people', () => {
    const text = '(CNN) -- "After a brief illness John Malcolm Frayne died," his family said. Frayne was 84. He joined the firm Tom Pell founded.';
    expect(names(peopleOf(text))).toEqual(['John Malcolm Frayne', 'Tom Pell']);
  });

  it('a real person named in a quoted title keeps the people described through them', () => {
    const text = '(CNN) -- She wrote "The Diary of Anna Frey." Anna Frey died in 1945. Anna\'s father, Otto Frey, survived.';
    expect(names(peopleOf(text))).toEqual(['Anna Frey', 'Otto Frey']);
  });
});

describe('extractPeople: the spelling used most', () => {
  it('"Sam Decker" once and "Sam Dekker", "Dekker" later name Sam Dekker', () => {
    const text = '(CNN) -- Fans cheered Sam Decker online. Coach Bo Ryan praised Sam Dekker, the forward. Dekker scored 15.';
    expect(names(peopleOf(text))).toEqual(['Bo Ryan', 'Sam Dekker']);
  });
});

describe('extractPeople: "star" as a verb, closing quotes', () => {
  it('"Liam Nolan and Joel Kerrin star in the film" names two actors', () => {
    const text = '(CNN) -- Liam Nolan and Joel Kerrin star in the film about a hit man.';
    expect(names(peopleOf(text))).toEqual(['Joel Kerrin', 'Liam Nolan']);
  });

  it('a closing straight quote before a possessive name opens no title', () => {
    const text = '(CNN) -- "The Windsor Story" is out. "It is big," Hamlin\'s biographer Mark Hewes told CNN. Lewis Hamlin won.';
    expect(names(peopleOf(text))).toEqual(['Lewis Hamlin', 'Mark Hewes']);
  });
});

describe('extractPeople: kin nouns stay narrow', () => {
  it('"his wife Pines chairman Bo Kane" and "club partner Zipcar" name no relative', () => {
    const text = '(CNN) -- He left to be with his wife Pines chairman Bo Kane said. The club partner Zipcar revealed a playlist.';
    expect(names(peopleOf(text))).toEqual(['Bo Kane']);
  });
});

describe('extractPeople: religious titles', () => {
  it('"cartoons of the Prophet Idris" names Idris', () => {
    const text = '(CNN) -- The magazine printed cartoons of the Prophet Idris last year.';
    expect(names(peopleOf(text))).toEqual(['Idris']);
  });
});
