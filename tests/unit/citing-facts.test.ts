/** Which citations point at a passage: by locator for an instrument text, by quote for a document line. */
import { describe, expect, it } from 'vitest';
import { citationsPointingAt } from '../../src/graph/citing-facts.js';

const art33 = {
  sourceId: 'source:refugee-convention-text',
  locator: 'art. 33(1)',
  article: 'art. 33',
  text: 'No Contracting State shall expel or return ("refouler") a refugee',
};
const line = {
  sourceId: 'source:a-68-283',
  locator: 'line 210',
  article: null,
  text: 'IOM is largely operational in its mandate, acting essentially as a service provider to States',
};

describe('citationsPointingAt', () => {
  it('a text passage: the paragraph, its lettered items and its whole article point at it; other articles and sources do not', () => {
    const row = {
      sources: [
        'source:refugee-convention-text',
        'source:refugee-convention-text',
        'source:refugee-convention-text',
        'source:refugee-convention-text',
        'source:refugee-convention-text',
        'source:ohchr-2013',
      ],
      locators: ['art. 33(1)', 'art. 33(1)(a)', 'art. 33', 'art. 33(2)', 'art. 3', 'art. 33(1)'],
      quotes: ['q1', '', 'q3', 'q4', 'q5', 'q6'],
    };
    expect(citationsPointingAt(art33, row)).toEqual([
      { index: 0, locator: 'art. 33(1)', quote: 'q1' },
      { index: 1, locator: 'art. 33(1)(a)', quote: null },
      { index: 2, locator: 'art. 33', quote: 'q3' },
    ]);
  });

  it('a document line: citations of that source whose quote the line holds (whitespace and case folded)', () => {
    const row = {
      sources: ['source:a-68-283', 'source:a-68-283', 'source:a-68-283', 'source:ohchr-2013'],
      locators: ['para 58', 'para 58', 'para 30', 'para 58'],
      quotes: ['largely  operational in its MANDATE', '', 'prevents the expulsion', 'largely operational in its mandate'],
    };
    expect(citationsPointingAt(line, row)).toEqual([{ index: 0, locator: 'para 58', quote: 'largely  operational in its MANDATE' }]);
  });
});

describe('citationsPointingAt without citations', () => {
  it('a fact with no citation lists points at nothing', () => {
    expect(citationsPointingAt(art33, { sources: null, locators: null, quotes: null })).toEqual([]);
  });
});
