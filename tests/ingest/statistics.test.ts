import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStatistics } from '../../src/ingest/statistics.ts';
import { readStructure } from '../../src/ingest/structure.ts';
import type { Statistic } from '../../src/ingest/types.ts';

/** Statistics of a one-paragraph body, each checked to slice back to its own text. */
function stats(body: string): Statistic[] {
  const text = `(CNN) -- ${body}`;
  const doc = readStructure(text);
  const found = extractStatistics(doc);
  for (const s of found) {
    expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    expect(s.sentence.start).toBeLessThanOrEqual(s.span.start);
    expect(s.sentence.end).toBeGreaterThanOrEqual(s.span.end);
  }
  return found;
}

const one = (body: string): Statistic => {
  const found = stats(body);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('extractStatistics', () => {
  it("reads 'at least' as AT_LEAST", () => {
    const s = one('Rescuers said at least 17 climbers were stranded on the ridge.');
    expect(s).toMatchObject({ text: 'at least 17 climbers', value: 17, qualifier: 'AT_LEAST', unit: 'climber' });
  });

  it('reads every qualifier family', () => {
    const q = (body: string) => one(body).qualifier;
    expect(q('The storm cut power to about 900 homes.')).toBe('ABOUT');
    expect(q('Nearly 60 lorries queued at the border.')).toBe('ABOUT');
    expect(q('Some 300 volunteers turned up.')).toBe('ABOUT');
    expect(q('The club signed more than 12 players.')).toBe('MORE_THAN');
    expect(q('Over 70 schools closed.')).toBe('MORE_THAN');
    expect(q('Fewer than 40 tickets remain.')).toBe('LESS_THAN');
    expect(q('He faces up to 12 years in jail.')).toBe('AT_MOST');
    expect(q('No more than 25 guests may attend.')).toBe('AT_MOST');
    expect(q('No fewer than 8 ministers resigned.')).toBe('AT_LEAST');
    expect(q('The mayor greeted 31 cyclists.')).toBe('EXACT');
  });

  it('puts the qualifier in the span', () => {
    expect(one('Officials counted roughly 4,500 ballots by noon.').text).toBe('roughly 4,500 ballots');
  });

  it("keeps 'about' as a preposition out of the qualifier", () => {
    const s = one('She wrote a novel about three sisters who ran a bakery.');
    expect(s).toMatchObject({ text: 'three sisters', qualifier: 'EXACT', value: 3 });
  });

  it('converts $1.5 billion to 1500000000 USD', () => {
    const s = one('The council approved a $1.5 billion budget for roads.');
    expect(s).toMatchObject({ text: '$1.5 billion', value: 1500000000, unit: 'USD', qualifier: 'EXACT' });
  });

  it('reads pounds, euros and glued scales', () => {
    const found = stats('The painting fetched £2.4m while the frame sold for €900 and the stamp for 40 euros.');
    expect(found.map((s) => [s.text, s.value, s.unit])).toEqual([
      ['£2.4m', 2400000, 'GBP'],
      ['€900', 900, 'EUR'],
      ['40 euros', 40, 'EUR'],
    ]);
  });

  it('reads percentages as plain numbers', () => {
    const found = stats('Turnout fell to 40% from 52 percent, and 7 per cent spoiled their ballots.');
    expect(found.map((s) => [s.value, s.unit])).toEqual([
      [40, 'percent'],
      [52, 'percent'],
      [7, 'percent'],
    ]);
  });

  it('skips years and dates', () => {
    const found = stats('On March 3, 2014, and again in 1998, the town held its fair; on 12 June it drew 800 visitors.');
    expect(found.map((s) => s.value)).toEqual([800]);
  });

  it('skips times of day and ordinals', () => {
    const found = stats('The ferry left at 6:45 a.m. and the 3rd bus at 9pm, the 21st such trip, carrying 14 pupils.');
    expect(found.map((s) => s.value)).toEqual([14]);
  });

  it('skips numbers inside names like Flight 9525', () => {
    const found = stats('Flight 4417 landed safely, COVID-19 rules eased, Article 50 was cited and No. 1 seed Jones won.');
    expect(found).toEqual([]);
  });

  it("skips the number one written as 'one', 'a' or 'an'", () => {
    expect(stats('One driver stopped, an hour passed, and a man waved at one car.')).toEqual([]);
  });

  it('reads number words', () => {
    const found = stats('Seventy years on, twenty-five veterans and two hundred guests met for three hours.');
    expect(found.map((s) => [s.text, s.value, s.unit])).toEqual([
      ['Seventy years', 70, 'year'],
      ['twenty-five veterans', 25, 'veteran'],
      ['two hundred guests', 200, 'guest'],
      ['three hours', 3, 'hour'],
    ]);
  });

  it('gives vague amounts their conventional values', () => {
    const found = stats('Dozens of shops shut, hundreds marched, tens of thousands watched online and a dozen arrests followed.');
    expect(found.map((s) => [s.text.split(' ')[0], s.value, s.qualifier])).toEqual([
      ['Dozens', 24, 'AT_LEAST'],
      ['hundreds', 200, 'AT_LEAST'],
      ['tens', 20000, 'AT_LEAST'],
      ['a', 12, 'EXACT'],
    ]);
  });

  it('reads fractions and twice', () => {
    const found = stats('Almost two-thirds of farmers sold crops twice a year.');
    expect(found[0]).toMatchObject({ text: 'Almost two-thirds', value: 2 / 3, qualifier: 'ABOUT' });
    expect(found[1]).toMatchObject({ text: 'twice', value: 2, unit: 'time' });
  });

  it('singularises the unit', () => {
    const units = stats('They found five armored vehicles, 12 bodies, three children, 40 buses and 20 feet of rope.').map((s) => s.unit);
    expect(units).toEqual(['armored vehicle', 'body', 'child', 'bus', 'foot']);
  });

  it('reads ages', () => {
    const found = stats('The 39-year-old coach, Maria Lopez, 41, and her son, who turns 9 soon, attended.');
    expect(found.map((s) => [s.text, s.value, s.unit])).toEqual([
      ['39-year-old', 39, 'year'],
      ['41', 41, 'year'],
      ['9', 9, 'year'],
    ]);
  });

  it('reads hyphenated measures', () => {
    const found = stats('Crews cleared a 3-mile stretch after a two-hour delay.');
    expect(found.map((s) => [s.text, s.value, s.unit])).toEqual([
      ['3-mile', 3, 'mile'],
      ['two-hour', 2, 'hour'],
    ]);
  });

  it("reads 'scores' as an amount only when it counts something", () => {
    expect(one('Scores of pilgrims were hurt.')).toMatchObject({ value: 40, qualifier: 'AT_LEAST', unit: 'pilgrim' });
    expect(stats('The judges posted their scores online.')).toEqual([]);
  });

  it('counts the children of a parent', () => {
    expect(one('The baker, a mother of four, opened early.')).toMatchObject({ text: 'mother of four', value: 4, unit: 'child' });
  });

  it('skips list numbers, phone numbers and emergency numbers', () => {
    expect(stats('She dialled 911 and then +44 20 7946 0018 from Room 12.')).toEqual([]);
  });

  it('gives every occurrence its own item', () => {
    expect(stats('Rain fell for 4 days. Then 4 days of sun.').map((s) => s.value)).toEqual([4, 4]);
  });

  it('carries the unit to an elided count', () => {
    const found = stats('At least 52 miners were trapped in the shaft. Of those, 19 have been rescued.');
    expect(found[1]).toMatchObject({ text: '19', value: 19, unit: 'miner', qualifier: 'EXACT' });
  });

  it('finds time and place in the sentence', () => {
    const s = one('At least 14 fishermen drowned off Tarvik on Friday.');
    expect(s).toMatchObject({ time: 'on Friday', subject: 'fishermen drowned' });
    const t = one('About 600 families have fled in northern Kelmar since June 2019, aid groups said.');
    expect(t).toMatchObject({ place: 'in northern Kelmar', time: 'since June 2019', qualifier: 'ABOUT' });
  });

  it('scans captions and read-more lines but not highlights or the dateline', () => {
    const text = [
      '- 75 ponies rescued from flood',
      '',
      'Oslo (CNN) -- Volunteers rescued 75 ponies on Monday.',
      'Read more: Storm leaves 9,000 without power',
    ].join('\n');
    const found = extractStatistics(readStructure(text));
    expect(found.map((s) => s.value)).toEqual([75, 9000]);
    expect(found.every((s) => s.span.start > text.indexOf('Oslo'))).toBe(true);
  });

  it("reads 'a couple of' and 'a couple' as 2 EXACT", () => {
    expect(one('A couple of porters carried the trunk upstairs.')).toMatchObject({ text: 'A couple of porters', value: 2, qualifier: 'EXACT', unit: 'porter' });
    expect(one('The choir rehearses a couple times each month.')).toMatchObject({ text: 'a couple times', value: 2, unit: 'time' });
    expect(one('The orchard sold a couple of hundred crates.')).toMatchObject({ value: 200 });
    expect(stats('A couple from Leeds won the raffle.')).toEqual([]);
  });

  it("reads 'within' as AT_MOST", () => {
    expect(one('The plumber promised to arrive within 45 minutes.')).toMatchObject({ text: 'within 45 minutes', value: 45, qualifier: 'AT_MOST' });
  });

  it("reads the upper figure of 'N or M' as AT_MOST", () => {
    const found = stats('She baked one or two pies, and he ate three or four tarts.');
    expect(found.find((s) => s.value === 2)).toMatchObject({ text: 'one or two pies', qualifier: 'AT_MOST' });
    expect(found.find((s) => s.value === 4)).toMatchObject({ text: 'three or four tarts', qualifier: 'AT_MOST' });
  });

  it("reads 'N or more' as AT_LEAST", () => {
    expect(one('Towns of 8,000 or more residents get a library.')).toMatchObject({ text: '8,000 or more residents', value: 8000, qualifier: 'AT_LEAST' });
  });

  it("counts a qualified 'one' and reads partitives", () => {
    expect(one('At least one of the ferries was late.')).toMatchObject({ text: 'At least one of the ferries', value: 1, qualifier: 'AT_LEAST', unit: 'ferry' });
    expect(one('One or more of the lifts broke.')).toMatchObject({ value: 1, qualifier: 'AT_LEAST', unit: 'lift' });
    expect(one('Four of her cousins came.')).toMatchObject({ text: 'Four of her cousins', value: 4, unit: 'cousin' });
    expect(stats('Over one weekend the shop stayed shut.')).toEqual([]);
    expect(stats('It led up to one of the best moments.')).toEqual([]);
  });

  it('keeps a qualifier before a fraction, also after a speech verb', () => {
    expect(one('The warden says about one-third of inmates read daily.')).toMatchObject({ text: 'about one-third', value: 1 / 3, qualifier: 'ABOUT' });
  });

  it("reads 'half a million' and 'half an inch'", () => {
    expect(one('The fund reached more than half a million donors.')).toMatchObject({ text: 'more than half a million donors', value: 500000, qualifier: 'MORE_THAN', unit: 'donor' });
    expect(one('The snow was barely half an inch deep.')).toMatchObject({ text: 'half an inch', value: 0.5, unit: 'inch' });
  });

  it('reads age decades', () => {
    expect(one('The driver, a man in his mid-50s, was unhurt.')).toMatchObject({ text: 'mid-50s', value: 55, qualifier: 'ABOUT', unit: 'year' });
    expect(one('Both of the sisters are in their thirties.')).toMatchObject({ text: 'thirties', value: 30, qualifier: 'AT_LEAST', unit: 'year' });
    expect(stats('Disco ruled the charts in the 70s.')).toEqual([]);
  });

  it('gives a bracketed conversion the qualifier of the figure it converts', () => {
    const found = stats('The trail runs more than 300 kilometers (186 miles) and the pool is less than a meter [three feet] deep.');
    expect(found.map((s) => [s.text, s.qualifier])).toEqual([
      ['more than 300 kilometers', 'MORE_THAN'],
      ['186 miles', 'MORE_THAN'],
      ['three feet', 'LESS_THAN'],
    ]);
  });

  it('reads a ratio as one statistic', () => {
    expect(one('Almost 1 in 50 voters spoiled a ballot.')).toMatchObject({ text: 'Almost 1 in 50 voters', value: 1, qualifier: 'ABOUT', unit: 'voter' });
    expect(one('Two out of every three tenants rent privately.')).toMatchObject({ text: 'Two out of every three tenants', value: 2, unit: 'tenant' });
    expect(stats('Sales rose to 640 in 2019.').map((s) => s.text)).toEqual(['640']);
  });

  it('skips a count used as a determiner before a superlative', () => {
    expect(stats('The city lost its two largest employers.')).toEqual([]);
    expect(one('The city lost two employers.')).toMatchObject({ value: 2 });
  });

  it('skips a cricket boundary hit as "the six"', () => {
    expect(stats('I swung hard when I hit the six.')).toEqual([]);
    expect(one('He hit the six targets.')).toMatchObject({ value: 6 });
  });

  it('counts both ends of a range of ages or counted things', () => {
    expect(stats('The camp takes children aged 8-12 only.').map((s) => s.value)).toEqual([8, 12]);
    expect(stats('The match finished 3-1.').map((s) => s.value)).toEqual([3]);
  });

  it('never throws and stays fast on pathological input', () => {
    const inputs = ['1 2 3 '.repeat(150_000), '1,'.repeat(500_000), '-1'.repeat(500_000), '$£€%'.repeat(200_000), ''];
    for (const s of inputs) {
      const start = performance.now();
      const found = extractStatistics(readStructure(s));
      expect(performance.now() - start).toBeLessThan(10_000);
      for (const f of found.slice(0, 100)) expect(s.slice(f.span.start, f.span.end)).toBe(f.text);
    }
  });
});

const SEED = '/work/shared/corpus/cnn/0000.txt';

describe.skipIf(!existsSync(SEED))('the seed article', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const found = existsSync(SEED) ? extractStatistics(readStructure(text)) : [];
  const find = (t: string) => found.find((s) => s.text === t);

  it('finds the statistics the gold lists', () => {
    expect(find('about 250 soldiers')).toMatchObject({ value: 250, qualifier: 'ABOUT', unit: 'soldier' });
    expect(find('more than 40 years')).toMatchObject({ value: 40, qualifier: 'MORE_THAN', unit: 'year' });
    expect(find('about 40,000 people')).toMatchObject({ value: 40000, qualifier: 'ABOUT', unit: 'people', time: 'since March 2011' });
    expect(find('At least 38 people')).toMatchObject({ value: 38, qualifier: 'AT_LEAST', unit: 'people', time: 'on Wednesday', place: 'in Syria' });
    expect(find('21')).toMatchObject({ value: 21, qualifier: 'EXACT', unit: 'people' });
    expect(find('$1.5 billion')).toMatchObject({ value: 1500000000, qualifier: 'EXACT', unit: 'USD' });
    expect(find('five armored vehicles')).toMatchObject({ value: 5, qualifier: 'EXACT', unit: 'armored vehicle' });
  });

  it('ignores the highlights and every span slices back to its text', () => {
    const bodyStart = text.indexOf('(CNN)');
    for (const s of found) {
      expect(s.span.start).toBeGreaterThan(bodyStart);
      expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    }
  });
});

describe('extractStatistics: bounds, odds, fractions and identifiers', () => {
  const pick = (body: string) => stats(body).map((s) => ({ text: s.text, value: s.value, qualifier: s.qualifier }));

  it('reads betting odds as their first figure, never a date or code', () => {
    expect(pick('The colt was 25/1 before the race and drifted from 8/1 to 12/1.')).toEqual([
      { text: '25/1', value: 25, qualifier: 'EXACT' },
      { text: '8/1', value: 8, qualifier: 'EXACT' },
      { text: '12/1', value: 12, qualifier: 'EXACT' },
    ]);
    expect(pick('The shop opens 24/7 and closed on 4/2 last year.')).toEqual([]);
  });

  it('reads a glued plus sign as AT_LEAST', () => {
    expect(one('Officials logged 140+ complaints.')).toMatchObject({ text: '140+ complaints', value: 140, qualifier: 'AT_LEAST' });
  });

  it('bounds "N or M" and "between N and M" from both sides', () => {
    expect(pick('They need four or five volunteers.')).toEqual([
      { text: 'four', value: 4, qualifier: 'AT_LEAST' },
      { text: 'four or five volunteers', value: 5, qualifier: 'AT_MOST' },
    ]);
    expect(pick('The lake rose between nine and 14 inches.')).toEqual([
      { text: 'between nine', value: 9, qualifier: 'AT_LEAST' },
      { text: '14 inches', value: 14, qualifier: 'AT_MOST' },
    ]);
    expect(one('She rested for a week or two.')).toMatchObject({ text: 'a week or two', value: 2, qualifier: 'AT_MOST', unit: 'week' });
  });

  it('reads comparatives before "than" as bounds', () => {
    expect(one('Most of the members are older than 65.')).toMatchObject({ text: 'older than 65', qualifier: 'MORE_THAN' });
    expect(one('The talks lasted longer than 30 hours.')).toMatchObject({ text: 'longer than 30 hours', qualifier: 'MORE_THAN' });
    expect(one('The probe could not go any deeper than nine feet.')).toMatchObject({ text: 'nine feet', qualifier: 'EXACT' });
  });

  it('reads vague scaled amounts and fractions of a whole', () => {
    expect(one('The floods displaced a few hundred families.')).toMatchObject({ value: 200, qualifier: 'AT_LEAST' });
    expect(one('Several thousand fans waited.')).toMatchObject({ value: 2000, qualifier: 'AT_LEAST' });
    expect(one('Nearly a quarter of the staff left.')).toMatchObject({ value: 0.25, qualifier: 'ABOUT' });
    expect(one('More than half of the pupils passed.')).toMatchObject({ value: 0.5, qualifier: 'MORE_THAN' });
    expect(stats('The team scored in the second half of the game.')).toHaveLength(0);
    expect(one('He crossed the first couple of hurdles.')).toMatchObject({ text: 'couple of hurdles', value: 2 });
  });

  it('keeps counts after words that usually number things, and labels in quotes out', () => {
    expect(one('He waited in his car four hours.')).toMatchObject({ text: 'four hours', value: 4 });
    expect(one('The network 7 million viewers tuned in.')).toMatchObject({ value: 7e6 });
    expect(stats("He pointed at the sign marked '8' on the wall.")).toHaveLength(0);
    expect(stats('She starred in "12 Angry Men" last year.')).toHaveLength(0);
    expect(stats('The fair runs (May 3 - 6) in the park.')).toHaveLength(0);
    expect(stats('They were putting two and two together.')).toHaveLength(0);
  });

  it('reads unhyphenated measure compounds and parents of N', () => {
    expect(one('After a three year break he returned.')).toMatchObject({ text: 'three year', value: 3, unit: 'year' });
    expect(one('She lived there for three-and-a-half years.')).toMatchObject({ value: 3.5, unit: 'year' });
    expect(one('The father-of-four spoke.')).toMatchObject({ text: 'father-of-four', value: 4, unit: 'child' });
    expect(one('Then there were 9: the rest had left.')).toMatchObject({ text: '9', value: 9 });
  });
});
