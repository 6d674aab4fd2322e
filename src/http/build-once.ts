/**
 * The pages' bundles (explorer, GraphiQL) are built by esbuild on the first request and kept in
 * memory. A failed build is not cached, so the next request tries again.
 */
export function buildOnce<T>(build: () => Promise<T>): () => Promise<T> {
  let built: Promise<T> | undefined;
  return () => {
    built ??= build().catch((error: unknown) => {
      built = undefined;
      throw error;
    });
    return built;
  };
}
