/**
 * The /graphql page for browsers: GraphiQL 4 (CodeMirror 5 editors, no web workers), bundled by
 * esbuild with React into one script and one stylesheet (src/http/graphiql-handler.ts), so
 * nothing is fetched from a CDN and nothing is reported anywhere.
 */
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { explorerKey, graphqlFetcher, probeAccess } from './access.js';
import { ExamplePicker } from './example-picker.js';
import { EXAMPLES } from './examples.js';

const notice = document.getElementById('notice')!;

function headersFor(access: 'open' | 'key-required'): string | undefined {
  if (access === 'open') return undefined;
  return JSON.stringify({ authorization: `Bearer ${explorerKey() ?? '<your API key>'}` }, null, 2);
}

function explainSchemaFailure(accessNote: string, reason: string | null): void {
  if (reason === null) {
    notice.textContent = accessNote;
    return;
  }
  notice.textContent =
    `The schema could not be loaded (${reason}), so Docs and autocompletion are unavailable; queries still run. ` +
    'If reads need an API key, put it in the Headers tab and press "Re-fetch GraphQL schema" (Shift+Ctrl+R). ' +
    'A production server may have introspection turned off: the schema is in schema/*.graphql and docs/api.md.';
}

async function start(): Promise<void> {
  const access = await probeAccess();
  const headers = headersFor(access);
  const accessNote =
    access === 'key-required'
      ? explorerKey()
        ? 'Queries need an API key: the Headers tab holds the one you gave the explorer.'
        : 'Queries need an API key: replace <your API key> in the Headers tab.'
      : '';
  notice.textContent = accessNote;
  const root = document.getElementById('graphiql')!;
  root.textContent = '';
  createRoot(root).render(
    <GraphiQL
      fetcher={graphqlFetcher((reason) => explainSchemaFailure(accessNote, reason))}
      defaultTabs={EXAMPLES.map((example) => ({ query: example.query, headers: headers ?? null }))}
      defaultHeaders={headers}
      defaultEditorToolsVisibility={access === 'key-required' ? 'headers' : false}
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>
        <ExamplePicker examples={EXAMPLES} />
      </GraphiQL.Logo>
    </GraphiQL>,
  );
}

void start();
