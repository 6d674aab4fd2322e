/** One cell per property for table-like formats (GraphML, CSV): lists are joined with "; ". */
export function cellValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellValue).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Property names over all items, sorted, so every row has the same columns. */
export function propertyColumns(items: { properties: Record<string, unknown> }[]): string[] {
  return [...new Set(items.flatMap((i) => Object.keys(i.properties)))].sort();
}
