/**
 * Tells the request's trace which GraphQL operation ran and which error codes the client got.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequest } from './request-trace.js';
import { ErrorCode } from '../errors/codes.js';

/** Error codes are chosen by our code and Apollo, but keep the label set bounded anyway. */
const CODE = /^[A-Z_]{1,40}$/;

export function observabilityPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const trace = currentRequest();
      // Set before any hook reads the database (the API-key check does), so its transactions are tagged too.
      if (trace) trace.operation = request.operationName ?? null;
      return {
        async didResolveOperation({ operationName }) {
          if (trace) trace.operation = operationName ?? null;
        },
        // Listed after the plugin that may replace the answer (RESULT_TOO_LARGE): Apollo calls
        // willSendResponse hooks in order, and that replacement is synchronous.
        async willSendResponse({ response }) {
          if (!trace || response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = String(error.extensions?.code ?? ErrorCode.InternalServerError);
            trace.errorCodes.push(CODE.test(code) ? code : 'OTHER');
          }
        },
      };
    },
  };
}
