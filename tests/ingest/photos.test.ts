import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captionSpan, extractPhotos, readCredit, readDate, readPlace } from '../../src/ingest/photos.ts';
import { readStructure } from '../../src/ingest/structure.ts';
import type { Person, Photo, Span } from '../../src/ingest/types.ts';

const at = (text: string, span: Span) => text.slice(span.start, span.end);
const whole = (t: string): Span => ({ start: 0, end: t.length });
const person = (key: string, name: string, mentions: Span[] = []): Person => ({
  key,
  name,
  titles: [],
  roles: [],
  mentions: mentions.map((span) => ({ span, text: '', kind: 'FULL_NAME' })),
});

function expectPhotoSpans(text: string, photos: Photo[]): void {
  for (const p of photos) {
    expect(at(text, p.span)).toBe(p.caption);
    for (const item of [p.date, p.place, p.credit]) if (item) expect(at(text, item.span)).toBe(item.text);
  }
}

const GALLERY = [
  'The mayor spoke to reporters on Monday.',
  'Residents wade through water in Portville, Maine, on Monday, March 2. Swipe through to see more images of the storm.',
  'In this handout from the Coastal Watch Group, a truck sits stranded outside Bayton on March 2.',
  'Volunteers fill sandbags beside Mayor Ann Lowe at the fire station in Portville on Sunday, March 1.',
  'Rescuers carry a dog to safety on March 1.',
  'The rain stopped on Tuesday.',
].join('\n');

describe('extractPhotos', () => {
  const doc = readStructure(GALLERY);
  const lowe = person('ann-lowe', 'Ann Lowe');
  const photos = extractPhotos(doc, [lowe, person('kim-ray', 'Kim Ray')]);

  it('gives one photo per caption paragraph', () => {
    expect(photos).toHaveLength(4);
    expectPhotoSpans(GALLERY, photos);
  });

  it('strips gallery boilerplate from a caption', () => {
    expect(photos[0].caption).toBe('Residents wade through water in Portville, Maine, on Monday, March 2.');
  });

  it('reads a weekday date with its span', () => {
    expect(photos[0].date?.text).toBe('Monday, March 2');
    expect(photos[1].date?.text).toBe('March 2');
  });

  it('reads a place with its region', () => {
    expect(photos[0].place?.text).toBe('Portville, Maine');
    expect(photos[1].place?.text).toBe('Bayton');
  });

  it('reads a handout credit', () => {
    expect(photos[1].credit?.text).toBe('Coastal Watch Group');
    expect(photos[0].credit).toBeNull();
  });

  it('links people named in the caption', () => {
    expect(photos[2].personKeys).toEqual(['ann-lowe']);
    expect(photos[0].personKeys).toEqual([]);
  });

  it('lets a caption with no place take the place of a caption of the same date', () => {
    expect(photos[3].place?.text).toBe('Portville');
  });
});

describe('caption readers', () => {
  it('prefers where the photo was over where people went', () => {
    const t = 'Families walk to Jordan from the camp near Ruwaished on May 4.';
    expect(readPlace(t, whole(t))?.text).toBe('Ruwaished');
  });

  it('prefers the named place over a reference point', () => {
    const t = 'A car burns in Duma, east of Damascus, Syria, on May 4.';
    expect(readPlace(t, whole(t))?.text).toBe('Duma');
  });

  it('does not take a title or an organisation for a place', () => {
    const t = 'Fighters loyal to Syrian President Bashar al-Assad rest in the old city of Homs on May 4.';
    expect(readPlace(t, whole(t))?.text).toBe('Homs');
  });

  it('falls back to a described place', () => {
    const t = 'Women gather in a small Kurdish village on May 4.';
    expect(readPlace(t, whole(t))?.text).toBe('small Kurdish village');
  });

  it('reads a date with a year', () => {
    const t = 'Two men ride past on May 14, 2012.';
    expect(readDate(t, whole(t))?.text).toBe('May 14, 2012');
  });

  it('reads "Photo:" and bracketed agency credits', () => {
    const a = 'Crowds fill the square. Photo: Harbor Press';
    expect(readCredit(a, whole(a))?.text).toBe('Harbor Press');
    const b = 'Crowds fill the square (AFP/Getty Images)';
    expect(readCredit(b, whole(b))?.text).toBe('AFP/Getty Images');
  });

  it('keeps the caption span exact when boilerplate comes first', () => {
    const t = 'Click through to view more images. A boy waves on June 1.';
    const span = captionSpan(t, whole(t));
    expect(at(t, span)).toBe('A boy waves on June 1.');
  });

  it('links a person by a mention span inside the caption', () => {
    const t = 'Intro line.\nA man stands in Portville on June 1.\nAnother waits in Portville on June 1.\nA dog runs in Bayton on June 2.\nEnd.';
    const doc = readStructure(t);
    const start = t.indexOf('A man');
    const photos = extractPhotos(doc, [person('x', 'Nobody Named', [{ start, end: start + 5 }])]);
    expect(photos[0].personKeys).toEqual(['x']);
    expect(photos[1].personKeys).toEqual([]);
  });

  it('returns no photos for a text without captions', () => {
    expect(extractPhotos(readStructure(''), [])).toEqual([]);
  });
});

const SEED = '/work/shared/corpus/cnn/0000.txt';
describe.skipIf(!existsSync(SEED))('seed photos', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const photos = extractPhotos(readStructure(text), [person('angelina-jolie', 'Angelina Jolie')]);

  it('gives 32 photos, each with a date and a place', () => {
    expect(photos).toHaveLength(32);
    expect(photos.every((p) => p.date && p.place)).toBe(true);
    expectPhotoSpans(text, photos);
  });

  it('reads the first caption without boilerplate', () => {
    expect(photos[0].caption.includes('Click through')).toBe(false);
    expect(photos[0].date?.text).toBe('Tuesday, December 25');
    expect(photos[0].place?.text).toBe('Damascus, Syria');
  });

  it('reads the handout credit and the people', () => {
    expect(photos.filter((p) => p.credit?.text === 'Shaam News Network')).toHaveLength(2);
    expect(photos.find((p) => p.place?.text === 'Mafraq, Jordan')?.personKeys).toEqual(['angelina-jolie']);
  });
});
