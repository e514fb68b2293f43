// Word tables for the statistics extractor: number words, vague amounts, qualifiers, currencies,
// measure abbreviations, calendar words and plural forms. Plain lookups, so recognition stays a
// linear scan with no pattern matching.
import type { StatisticQualifier } from './types.ts';

/** Number words that stand alone as a count ("one" is only used inside compounds). */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);

/** Scale words, written out ("two million") or abbreviated after a figure ("£20m", "$3bn"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** Abbreviated scales glued to money figures only ("£20m"); without a currency "m" is metres. */
export const MONEY_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['tn', 1e12], ['trn', 1e12],
]);

/** Vague plural amounts and the conventional value the rules give them (all AT_LEAST). */
export const VAGUE_AMOUNTS: ReadonlyMap<string, number> = new Map([
  ['dozens', 24], ['scores', 40], ['hundreds', 200], ['thousands', 2000], ['millions', 2e6], ['billions', 2e9],
]);

/** Denominators of written fractions ("two-thirds", "three quarters"). */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5],
  ['fifths', 5], ['sixth', 6], ['sixths', 6], ['eighth', 8], ['eighths', 8], ['tenth', 10], ['tenths', 10],
]);

/** Decades written as words, for ages ("in their twenties"). */
export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 20], ['thirties', 30], ['forties', 40], ['fifties', 50], ['sixties', 60], ['seventies', 70],
  ['eighties', 80], ['nineties', 90],
]);

/** Units that "half a/an" measures ("half an inch", "half a mile"), with their plain name. */
export const HALF_UNITS: ReadonlyMap<string, string> = new Map([
  ['inch', 'inch'], ['mile', 'mile'], ['foot', 'foot'], ['yard', 'yard'], ['meter', 'meter'], ['metre', 'meter'],
  ['kilometer', 'kilometer'], ['kilometre', 'kilometer'], ['centimeter', 'centimeter'], ['centimetre', 'centimeter'],
  ['hour', 'hour'], ['minute', 'minute'], ['second', 'second'], ['day', 'day'], ['week', 'week'], ['month', 'month'],
  ['year', 'year'], ['pound', 'pound'], ['ounce', 'ounce'],
  ['kilogram', 'kilogram'], ['kilo', 'kilogram'], ['ton', 'ton'], ['tonne', 'tonne'], ['gallon', 'gallon'],
  ['liter', 'liter'], ['litre', 'liter'], ['pint', 'pint'], ['acre', 'acre'], ['hectare', 'hectare'],
  ['percent', 'percent'], ['lap', 'lap'], ['point', 'point'],
]);

/**
 * Superlatives: a count right before one is a determiner ("the two biggest sources"), not a
 * statistic. "most"/"least" count too ("its three most popular dishes").
 */
export const SUPERLATIVES: ReadonlySet<string> = new Set([
  'biggest', 'largest', 'greatest', 'highest', 'lowest', 'smallest', 'oldest', 'youngest', 'longest', 'shortest',
  'strongest', 'weakest', 'richest', 'poorest', 'fastest', 'slowest', 'deadliest', 'worst', 'best', 'most', 'least',
  'closest', 'nearest', 'latest', 'earliest', 'newest', 'busiest', 'wealthiest', 'heaviest', 'tallest', 'hottest',
  'coldest', 'warmest', 'safest', 'toughest', 'hardest', 'easiest', 'cheapest', 'finest', 'brightest', 'wettest',
  'driest', 'widest', 'deepest', 'costliest', 'bloodiest', 'happiest', 'healthiest', 'fittest', 'furthest',
  'farthest', 'likeliest', 'loudest', 'proudest', 'simplest', 'smartest', 'sweetest', 'wildest', 'bravest',
]);

/** Multiplicative adverbs: a count of times. */
export const TIMES_WORDS: ReadonlyMap<string, number> = new Map([['twice', 2], ['thrice', 3]]);

/** Comparative adjectives that bound a figure from below before "than" ("older than 55"). */
const COMPARATIVES_UP = [
  'older', 'longer', 'higher', 'bigger', 'larger', 'heavier', 'taller', 'faster', 'wider', 'deeper', 'stronger', 'hotter', 'warmer', 'richer',
];
/** Comparative adjectives that bound a figure from above before "than" ("younger than 18"). */
const COMPARATIVES_DOWN = ['younger', 'shorter', 'lower', 'smaller', 'lighter', 'cheaper', 'slower', 'narrower', 'colder', 'cooler'];

/** Qualifier phrases, matched against the words right before the number (longest first). */
export const QUALIFIER_PHRASES: ReadonlyArray<readonly [readonly string[], StatisticQualifier]> = (
  [
    [['no', 'fewer', 'than'], 'AT_LEAST'],
    [['no', 'less', 'than'], 'AT_LEAST'],
    [['not', 'less', 'than'], 'AT_LEAST'],
    [['a', 'minimum', 'of'], 'AT_LEAST'],
    [['no', 'more', 'than'], 'AT_MOST'],
    [['not', 'more', 'than'], 'AT_MOST'],
    [['a', 'maximum', 'of'], 'AT_MOST'],
    [['as', 'many', 'as'], 'AT_MOST'],
    [['as', 'much', 'as'], 'AT_MOST'],
    [['in', 'excess', 'of'], 'MORE_THAN'],
    [['upward', 'of'], 'MORE_THAN'],
    [['upwards', 'of'], 'MORE_THAN'],
    [['at', 'least'], 'AT_LEAST'],
    [['within'], 'AT_MOST'],
    [['at', 'most'], 'AT_MOST'],
    [['up', 'to'], 'AT_MOST'],
    [['more', 'than'], 'MORE_THAN'],
    [['greater', 'than'], 'MORE_THAN'],
    [['less', 'than'], 'LESS_THAN'],
    [['fewer', 'than'], 'LESS_THAN'],
    [['an', 'estimated'], 'ABOUT'],
    [['close', 'to'], 'ABOUT'],
    [['about'], 'ABOUT'],
    [['around'], 'ABOUT'],
    [['approximately'], 'ABOUT'],
    [['approx'], 'ABOUT'],
    [['roughly'], 'ABOUT'],
    [['some'], 'ABOUT'],
    [['nearly'], 'ABOUT'],
    [['almost'], 'ABOUT'],
    [['estimated'], 'ABOUT'],
    [['over'], 'MORE_THAN'],
    [['under'], 'LESS_THAN'],
    [['below'], 'LESS_THAN'],
    [['near'], 'ABOUT'],
    // Comparatives: "older than 55", "longer than 72 hours"; "no older than 55" is a maximum.
    ...COMPARATIVES_UP.flatMap((w): Array<[string[], StatisticQualifier]> => [[[w, 'than'], 'MORE_THAN'], [['no', w, 'than'], 'AT_MOST']]),
    ...COMPARATIVES_DOWN.flatMap((w): Array<[string[], StatisticQualifier]> => [[[w, 'than'], 'LESS_THAN'], [['no', w, 'than'], 'AT_LEAST']]),
  ] as Array<[string[], StatisticQualifier]>
).sort((a, b) => b[0].length - a[0].length);

/** Currency symbols written before the figure. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'],
]);

/** Letters glued before "$" that name another dollar ("A$", "HK$"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['nz', 'NZD'], ['hk', 'HKD'],
  ['s', 'SGD'], ['r', 'BRL'],
]);

/** Currency words written after the figure. "pounds" is decided by context (money or weight). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['sterling', 'GBP'], ['yen', 'JPY'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['rupee', 'INR'], ['rupees', 'INR'],
  ['peso', 'MXN'], ['pesos', 'MXN'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rubles', 'RUB'],
  ['naira', 'NGN'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['dirham', 'AED'], ['dirhams', 'AED'],
  ['riyal', 'SAR'], ['riyals', 'SAR'], ['rand', 'ZAR'], ['francs', 'CHF'], ['lira', 'TRY'],
]);

/** Nationality adjectives that turn "dollars" into another currency. */
export const DOLLAR_NATIONS: ReadonlyMap<string, string> = new Map([
  ['australian', 'AUD'], ['canadian', 'CAD'], ['singapore', 'SGD'], ['hong', 'HKD'], ['zealand', 'NZD'], ['taiwan', 'TWD'],
]);

/** Words in a sentence that make "pounds" money rather than weight. */
export const MONEY_CUES: ReadonlySet<string> = new Set([
  'cost', 'costs', 'costing', 'pay', 'paid', 'pays', 'paying', 'spend', 'spent', 'spending', 'worth', 'price',
  'prices', 'priced', 'buy', 'bought', 'sell', 'sold', 'fee', 'fees', 'fine', 'fined', 'salary', 'earn', 'earns',
  'earned', 'earning', 'earnings', 'raise', 'raised', 'donate', 'donated', 'cash', 'money', 'fund', 'funds',
  'bill', 'charge', 'charged', 'budget', 'wage', 'wages', 'tax', 'profit', 'loss', 'debt', 'compensation',
  'award', 'awarded', 'bonus', 'reward', 'ticket', 'tickets', 'rent', 'deal', 'contract', 'offer',
]);

/** Measure abbreviations glued to or following a figure, with the unit's plain name. */
export const MEASURE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['km', 'kilometer'], ['kms', 'kilometer'], ['m', 'meter'], ['cm', 'centimeter'], ['mm', 'millimeter'],
  ['kg', 'kilogram'], ['kgs', 'kilogram'], ['g', 'gram'], ['mg', 'milligram'], ['lb', 'pound'], ['lbs', 'pound'],
  ['oz', 'ounce'], ['ft', 'foot'], ['in', 'inch'], ['mph', 'mile per hour'], ['kph', 'kilometer per hour'],
  ['kmh', 'kilometer per hour'], ['ml', 'milliliter'], ['l', 'liter'], ['ha', 'hectare'], ['sq', 'square'],
  ['mw', 'megawatt'], ['kw', 'kilowatt'], ['gb', 'gigabyte'], ['mb', 'megabyte'], ['tb', 'terabyte'],
  ['p', 'penny'], ['c', 'degree'], ['f', 'degree'], ['x', 'time'], ['yds', 'yard'], ['mins', 'minute'],
  ['hrs', 'hour'], ['secs', 'second'], ['st', 'stone'],
]);

/** Suffixes glued to a figure that mark it as not a quantity: ordinals, decades, times of day. */
export const NON_COUNT_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', 's', 'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', 'hrs', 'gmt', 'bst', 'h']);

/** Words after a figure that make it a time of day. */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', "o'clock", 'o’clock', 'gmt', 'bst', 'utc', 'et', 'est', 'edt', 'pt',
  'pst', 'pdt', 'cet', 'cst', 'cdt', 'mst', 'aest', 'hrs',
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Relative time words that make a time expression on their own or after last/this/next. */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'week', 'month', 'year', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall', 'decade', 'century',
  'night', 'morning', 'afternoon', 'evening', 'season',
]);

export const DEICTIC_TIMES: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight', 'tomorrow']);

/** Durations: units where carrying them to a later bare number would be wrong. */
export const DURATION_UNITS: ReadonlySet<string> = new Set([
  'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'time', 'percent',
]);

/** Capitalised words that may directly precede a figure without making it part of a name. */
export const NAME_STOPWORDS: ReadonlySet<string> = new Set([
  'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'over', 'under', 'below', 'above',
  'up', 'at', 'least', 'more', 'less', 'fewer', 'than', 'only', 'just', 'all', 'the', 'those', 'these', 'another',
  'and', 'but', 'or', 'of', 'in', 'on', 'for', 'from', 'to', 'by', 'with', 'without', 'within', 'since', 'after',
  'before', 'during', 'until', 'between', 'among', 'aged', 'age', 'estimated', 'an', 'a', 'additional', 'exactly',
  'top', 'last', 'next', 'first', 'past', 'every', 'each', 'even', 'still', 'now', 'then', 'today', 'yesterday',
  'also', 'when', 'while', 'if', 'as', 'where', 'per', 'almost', 'maybe', 'perhaps', 'some', 'their', 'his', 'her',
  'its', 'our', 'my', 'your', 'plus', 'nearly', 'upward', 'upwards', 'totalling', 'totaling', 'including', 'with',
  'killing', 'kills', 'killed', 'says', 'said', 'injuring', 'leaving', 'is', 'are', 'was', 'were', 'has', 'have',
  'had', 'be', 'i', 'we', 'they', 'he', 'she', 'it', 'you', 'there', 'here', 'what', 'why', 'how', 'who',
  'whether', 'that', 'this', 'so', 'yet', 'nor', 'not', 'no', 'than', 'like', 'via', 'into', 'onto', 'across',
  'through', 'throughout', 'despite', 'against', 'toward', 'towards', 'beyond', 'out', 'off', 'down', 'again',
  'did', 'do', 'does', 'will', 'would', 'could', 'should', 'can', 'must', 'might', 'nearly', 'barely', 'fully',
  'precisely', 'exactly', 'merely', 'some', 'those', 'whose', 'which', 'whom', 'please', 'yes', 'ok', 'okay',
]);

/** Words that end a counted noun phrase after a number (function words, auxiliaries). */
export const PHRASE_STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'and', 'or', 'but', 'nor', 'for', 'from', 'by', 'with', 'as',
  'than', 'per', 'into', 'onto', 'after', 'before', 'during', 'since', 'until', 'over', 'under', 'about', 'between',
  'among', 'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'could',
  'can', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'who', 'whom', 'whose', 'which', 'that',
  'this', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'not', 'also', 'more', 'less',
  'said', 'says', 'say', 'off', 'out', 'up', 'down', 'ago', 'later', 'earlier', 'each', 'apiece', 'so', 'too',
  'there', 'here', 'then', 'now', 'when', 'where', 'while', 'if', 'all', 'both', 'back', 'away', 'only', 'just',
  'still', 'even', 'again', 'against', 'across', 'through', 'within', 'without', 'behind', 'near', 'like', 'what',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'them', 'him', 'us', 'me', 'because', 'though', 'although',
  'including', 'included', 'includes', 'every', 'via', 'toward', 'towards', 'next', 'last', 'ahead', 'long',
]);

/** Plural nouns that do not end in "s", or whose singular the suffix rules would get wrong. */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['people', 'people'], ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['feet', 'foot'],
  ['teeth', 'tooth'], ['mice', 'mouse'], ['geese', 'goose'], ['police', 'police'], ['crew', 'crew'],
  ['staff', 'staff'], ['personnel', 'personnel'], ['cattle', 'cattle'], ['sheep', 'sheep'], ['deer', 'deer'],
  ['fish', 'fish'], ['aircraft', 'aircraft'], ['livestock', 'livestock'], ['troops', 'troop'],
  ['policemen', 'policeman'], ['firemen', 'fireman'], ['gunmen', 'gunman'], ['servicemen', 'serviceman'],
  ['businessmen', 'businessman'], ['fishermen', 'fisherman'], ['lives', 'life'], ['wives', 'wife'],
  ['knives', 'knife'], ['wolves', 'wolf'], ['halves', 'half'], ['leaves', 'leaf'], ['thieves', 'thief'],
  ['shelves', 'shelf'], ['calves', 'calf'], ['series', 'series'], ['species', 'species'], ['movies', 'movie'],
  ['cookies', 'cookie'], ['rookies', 'rookie'], ['zombies', 'zombie'], ['selfies', 'selfie'], ['shoes', 'shoe'],
  ['toes', 'toe'], ['canoes', 'canoe'], ['crises', 'crisis'], ['analyses', 'analysis'], ['theses', 'thesis'],
  ['bases', 'base'], ['cases', 'case'], ['phases', 'phase'], ['vases', 'vase'], ['oases', 'oasis'],
  ['criteria', 'criterion'], ['phenomena', 'phenomenon'], ['data', 'data'], ['media', 'media'],
  ['others', 'person'], ['dead', 'people'], ['wounded', 'people'], ['injured', 'people'], ['missing', 'people'],
  ['killed', 'people'], ['hostages', 'hostage'], ['passers-by', 'passer-by'], ['runs', 'run'], ['overs', 'over'],
]);

/** Words ending in "s" that are not plural nouns. */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  'this', 'his', 'is', 'was', 'has', 'does', 'its', 'us', 'yes', 'as', 'thus', 'plus', 'minus', 'news', 'less',
  'unless', 'always', 'perhaps', 'across', 'besides', 'whereas', 'towards', 'afterwards', 'upwards', 'says',
  'goes', 'gets', 'makes', 'takes', 'comes', 'becomes', 'seems', 'includes', 'dies', 'kills', 'adds', 'tells',
  'asks', 'lets',
  'series', 'species', 'alas', 'whilst', 'overseas', 'chaos', 'gas', 'bus', 'status', 'campus', 'virus',
  'census', 'bonus', 'focus', 'basis', 'crisis', 'analysis', 'thesis', 'diagnosis', 'emphasis', 'class',
  'glass', 'mass', 'pass', 'boss', 'loss', 'cross', 'press', 'address', 'business', 'progress', 'congress',
  'process', 'access', 'success', 'stress', 'witness', 'illness', 'fitness', 'sickness', 'various', 'famous',
  'serious', 'previous', 'obvious', 'numerous', 'dangerous', 'anonymous', 'religious', 'nervous', 'jealous',
  'gorgeous', 'enormous', 'tremendous', 'generous', 'ridiculous', 'ambitious', 'cautious', 'curious',
  'dubious', 'precious', 'vicious', 'conscious', 'continuous', 'vs', 'ethos', 'canvas', 'atlas', 'iris',
]);
