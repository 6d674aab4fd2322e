/** The `text` argument of search and passages, checked and turned into a full-text query (graph/fulltext-query.ts). */
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/codes.js';
import { MAX_SEARCH_WORD_LENGTH, overlongSearchWord, toFulltextQuery } from '../graph/fulltext-query.js';

export function fulltextQueryOf(text: string): string {
  const overlong = overlongSearchWord(text);
  if (overlong) {
    throw new GraphQLError(`text: words are at most ${MAX_SEARCH_WORD_LENGTH} characters; one has ${overlong.length} ("${overlong.slice(0, 20)}...")`, {
      extensions: { code: ErrorCode.BadUserInput, argument: 'text', max: MAX_SEARCH_WORD_LENGTH },
    });
  }
  const query = toFulltextQuery(text);
  if (!query)
    throw new GraphQLError('text: give at least one letter or digit to search for', { extensions: { code: ErrorCode.BadUserInput, argument: 'text' } });
  return query;
}
