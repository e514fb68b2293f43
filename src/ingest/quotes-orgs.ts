// Organisations as speakers: names shaped like an organisation ("the Alabama Supreme Court",
// "Liberty Counsel", "Nigeria's police force"), and the issuer a "the statement said" stands for.
import { splitAtSpaces } from './text.ts';

/** Head words that make a capitalised name an organisation. */
export const ORG_HEADS = new Set([
  'Court', 'Courts', 'Police', 'Times', 'Post', 'Party', 'Counsel', 'Ministry', 'Agency', 'Council', 'Department', 'Government',
  'Telegraph', 'Mail', 'News', 'Journal', 'Herald', 'Tribune', 'Guardian', 'Committee', 'Commission', 'Office', 'Service',
  'Institute', 'University', 'Association', 'Union', 'Bank', 'Company', 'Corporation', 'Network', 'Federation', 'League',
  'Authority', 'Board', 'Army', 'Navy', 'Force', 'Forces', 'Foundation', 'Organization', 'Organisation', 'Church', 'Society',
  'Center', 'Centre', 'Press', 'Express', 'Observer', 'Magazine', 'Channel', 'Congress', 'Parliament', 'Senate', 'Coalition',
  'Alliance', 'Movement', 'School', 'College', 'Hospital', 'Club', 'Museum', 'Zoo', 'Front', 'Administration', 'Commission', 'Bureau', 'Inc', 'Ltd', 'Group', 'Airlines', 'Airways',
]);

/** Lower-case organisation nouns after a possessive place: "Nigeria's police force". */
const ORG_TAILS = new Set(['police', 'force', 'ministry', 'government', 'army', 'military', 'navy', 'parliament', 'court', 'agency', 'council', 'department', 'embassy', 'cabinet', 'presidency', 'office', 'commission']);

const SMALL = new Set(['of', 'for', 'and', 'the', 'on', 'de']);

/**
 * The organisation a phrase names, or null: capitalised words ending in an organisation head
 * ("the Alabama Supreme Court" -> "Alabama Supreme Court"), or a capitalised possessive before
 * lower-case organisation nouns ("Nigeria's police force", kept whole).
 */
export function organisationName(phrase: string): string | null {
  const bare = phrase.trim().replace(/^(?:the|The)\s+/, '');
  const words = splitAtSpaces(bare);
  if (words.length === 0 || words.length > 8) return null;
  const first = words[0];
  if (!/^\p{Lu}/u.test(first)) return null;
  const poss = /^(\p{Lu}[\p{L}.-]*)['\u2019]s$/u.exec(first);
  if (poss && words.length >= 2 && words.length <= 4 && words.slice(1).every((w) => /^[a-z]+$/.test(w)) && ORG_TAILS.has(words[words.length - 1])) return bare;
  const last = words[words.length - 1];
  if (!ORG_HEADS.has(last)) return null;
  if (words.length === 1) return null;
  for (const w of words) if (!/^\p{Lu}/u.test(w) && !SMALL.has(w) && !/^\p{Lu}\p{L}*['\u2019]s$/u.test(w)) return null;
  if (/['\u2019]s\b/.test(bare)) return null;
  if (/^(?:He|She|They|It|We|I)$/.test(first)) return null;
  return bare;
}

/** "the statement", "a statement", "the order", "it": words that stand for the issuer of a text. */
export const ISSUED_TEXT = /^(?:the|The|a|A|its|their|that|This|this) (?:statement|order|ruling|release|press release|news release)$/;
