/**
 * The one boundary where driver types (Integer, temporal values, nodes) become plain JS values.
 */
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most values; they need none of the checks below. The
  // driver decodes integers as numbers already (database.ts: disableLosslessIntegers).
  if (typeof value !== 'object') return value;
  // Lists and maps are the driver's fresh objects for this one record: converted in place, so a
  // row is copied once (record.toObject()), not once more per nested list and map.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  const obj = value as Record<string, unknown>;
  // Node or Relationship: keep only its properties.
  if ('properties' in obj && ('labels' in obj || 'type' in obj)) return toPlain(obj.properties);
  return value;
}

export type Row = Record<string, unknown>;

/**
 * A record as a plain row, its values converted once. Reads the record by index: the driver's
 * own toObject() walks a generator (an iterator step and a [key, value] pair per column), which
 * was a tenth of the flagship's allocations in the API layer (bench/profile-api.ts --heap).
 */
export function rowOf(record: Neo4jRecord): Row {
  const keys = record.keys;
  const row: Row = {};
  for (let i = 0; i < keys.length; i++) row[keys[i] as string] = toPlain(record.get(i));
  return row;
}
