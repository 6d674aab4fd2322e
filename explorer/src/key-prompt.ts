/** The "This server requires an API key" bar: shown when the server refuses a read, hidden once a key is given. */
import { $ } from './dom.js';

/** Shows the server's reason and resolves with the key the user enters. */
export function askForKey(reason: string): Promise<string> {
  const form = $('key-form') as HTMLFormElement;
  const input = $('api-key') as HTMLInputElement;
  $('key-reason').textContent = reason;
  input.value = '';
  form.hidden = false;
  input.focus();
  return new Promise((resolve) => {
    form.onsubmit = (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (!key) return;
      form.hidden = true;
      input.value = '';
      form.onsubmit = null;
      resolve(key);
    };
  });
}
