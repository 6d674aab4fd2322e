/** "Examples" picker in GraphiQL's top-right: opens the chosen example in a new tab. */
import { useEditorContext } from '@graphiql/react';
import type { Example } from './examples.js';

export function ExamplePicker({ examples }: { examples: Example[] }) {
  const editor = useEditorContext({ nonNull: true });
  return (
    <label className="example-picker">
      <select
        aria-label="Open an example query"
        value=""
        onChange={(event) => {
          const example = examples[Number(event.target.value)];
          if (!example) return;
          editor.addTab();
          // addTab empties the editors for the new tab; fill its query after that render.
          setTimeout(() => editor.queryEditor?.setValue(example.query), 0);
        }}
      >
        <option value="">Examples…</option>
        {examples.map((example, index) => (
          <option key={example.title} value={index}>
            {example.title}
          </option>
        ))}
      </select>
    </label>
  );
}
