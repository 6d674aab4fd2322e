/**
 * The API key the page sends when the server has READS_REQUIRE_KEY=true (docs/curation.md).
 * It lives in sessionStorage — gone when the tab closes, never in the URL or the share link —
 * and is asked for only after the server has refused a request, so open servers never see a prompt.
 */
const STORAGE_KEY = 'explorer.apiKey';

type GraphQLErrorBody = { message: string; extensions?: { code?: unknown } };

/** The server's reason when a request was refused for want of a (good enough) key, else null. */
export function refusalReason(status: number, errors: GraphQLErrorBody[] | undefined): string | null {
  const refused = errors?.find((e) => e.extensions?.code === 'UNAUTHENTICATED' || e.extensions?.code === 'FORBIDDEN');
  if (refused) return refused.message;
  if (status === 401 || status === 403) return `The server refused the request (HTTP ${status})`;
  return null;
}

export function storedKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the key is then asked for again on every refusal
  }
}

/** Keeps the key for this tab (the curators' sign-in uses it too). */
export function storeKey(key: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, key);
  } catch {
    memoryKey = key;
  }
}

let memoryKey: string | null = null;
/** The key to send now: the stored one, or the one kept in memory when storage is disabled. */
export const currentKey = (): string | null => storedKey() ?? memoryKey;

let prompt: ((reason: string) => Promise<string>) | undefined;
let asking: Promise<void> | undefined;

/** How the page asks the user for a key (key-prompt.ts); without one a refusal is an error. */
export function onKeyNeeded(ask: (reason: string) => Promise<string>): void {
  prompt = ask;
}

/**
 * Called after a request sent with `used` was refused; resolves when there is a key worth
 * retrying with. Requests refused together share one prompt, and a request that was refused
 * with an older key than the current one retries at once.
 */
export async function awaitKey(used: string | null, reason: string): Promise<void> {
  if (currentKey() !== used) return;
  if (!prompt) throw new Error(reason);
  const ask = prompt;
  asking ??= ask(reason)
    .then(storeKey)
    .finally(() => (asking = undefined));
  await asking;
}
