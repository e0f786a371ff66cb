/**
 * The subject of a participle cue (", saying …") is the main clause's subject: also when that
 * subject is one surname before an irregular past ("Trump struck a measured tone, saying"), when a
 * day stands between them ("Trump on Tuesday attacked"), after a long opening phrase ("In a victory
 * speech in Westchester County on Tuesday night, Mr. Trump …"), and when the object has a name in
 * apposition ("fired his police chief, Garry McCarthy, acknowledging"); and "short messages, or
 * tweets," is no speech. Each of the first four fails on the code before session 12.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/articles/article.ts';
import { extractFacts } from '../../src/facts/extract.ts';

const quotes = (body: string) => extractFacts(makeArticle({ headline: 'Made up', body, published: '2025-04-23' })).quotes;
const speakerOf = (body: string, words: string) => quotes(body).find((q) => q.text.includes(words))?.speaker;
const intro = 'Donald Trump won the primary.\n\n';

describe('the subject of a participle cue', () => {
  it('one surname before an irregular past', () => {
    expect(speakerOf(`${intro}Trump struck a measured tone, saying he understood the responsibility.`, 'understood the responsibility')).toBe('Donald Trump');
  });

  it('a day between the surname and its verb', () => {
    expect(speakerOf(`${intro}Trump on Tuesday attacked the media, saying they were nitpicking.`, 'nitpicking')).toBe('Donald Trump');
  });

  it('after an opening phrase of up to twelve words', () => {
    expect(speakerOf(`${intro}In a victory speech in Westchester County on Tuesday night, Mr. Trump struck a measured tone, saying he understood the burden.`, 'understood the burden')).toBe('Donald Trump');
  });

  it('past a name in apposition to the object', () => {
    const body = 'Mayor Rahm Emanuel spoke on Monday.\n\nEmanuel fired his police chief, Garry F. McCarthy, acknowledging that parts of the city have lost trust in the force.';
    expect(speakerOf(body, 'lost trust')).toBe('Rahm Emanuel');
  });

  it('"short messages, or tweets," is a noun, no speech', () => {
    const body = 'In the push toward consolidation in technology and media, Twitter, the site that allows users to send short messages, or tweets, has been the perennial bridesmaid.';
    expect(quotes(body)).toEqual([]);
  });
});
