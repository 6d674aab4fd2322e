/**
 * A rejected write: BAD_USER_INPUT with every problem found, each naming the input field it
 * concerns (`instrument.adopted`, `ratification.date`, `citations`), so a form can point at it.
 */
import { GraphQLError } from 'graphql';
import { ErrorCode } from './codes.js';

export interface InputProblem {
  field: string;
  reason: string;
  /** For a refused quote: the passage its locator names, so the form can show it. */
  passage?: string;
}

/** The message stays readable; extensions.problems holds every problem. */
const MAX_IN_MESSAGE = 5;

export class InvalidInputError extends GraphQLError {
  constructor(
    readonly problems: InputProblem[],
    what = 'The write',
  ) {
    const shown = problems.slice(0, MAX_IN_MESSAGE).map((p) => `${p.field}: ${p.reason}`);
    if (problems.length > MAX_IN_MESSAGE) shown.push(`and ${problems.length - MAX_IN_MESSAGE} more (all in extensions.problems)`);
    super(`${what} was refused and nothing was written: ${shown.join('; ')}`, {
      extensions: { code: ErrorCode.BadUserInput, problems },
    });
  }
}

export function notFound(argument: string, what: string, id: string): GraphQLError {
  return new GraphQLError(`${argument}: no ${what} with id "${id}"`, { extensions: { code: ErrorCode.NotFound, argument, id } });
}
