/** The explorer's share link: a view survives the trip through the URL hash. */
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, type ViewState } from '../../explorer/src/view-state.js';

describe('explorer share link', () => {
  it('encodes and decodes nodes, question, filters and selection', () => {
    const view: ViewState = {
      nodes: ['state:MEX', 'body:cmw-x', 'category:refugees'],
      question: { right: 'right:non-refoulement', category: 'category:refugees', state: 'state:MEX' },
      hiddenKinds: ['State'],
      hiddenTypes: ['HAS_MANDATE', 'RATIFIED'],
      selected: 'body:cat-[MONITORS]->instrument:cat',
    };
    expect(decodeView(encodeView(view))).toEqual(view);
  });

  it('a question without a State, and an empty hash, decode to what was meant', () => {
    const view: ViewState = {
      nodes: [],
      question: { right: 'right:a', category: 'category:b', state: null },
      hiddenKinds: [],
      hiddenTypes: [],
      selected: null,
    };
    expect(decodeView(encodeView(view))).toEqual(view);
    expect(decodeView('')).toEqual({ nodes: [], question: null, hiddenKinds: [], hiddenTypes: [], selected: null });
  });
});
