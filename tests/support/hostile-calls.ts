/**
 * Generates hostile calls of every root Query and Mutation field from an introspected schema:
 * for each argument (and each field of an input object, down to its leaves), one call per
 * hostile value of its type, the other arguments holding plausible values. A new root field or
 * argument is swept without touching this file; only its plausible values may want a hint.
 */
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

export interface HostileCall {
  /** e.g. `gapAnalysis(region) = ""` */
  label: string;
  operation: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
}

const cursor = (text: string): string => Buffer.from(text).toString('base64url');

/** Strings for top-level String and ID arguments: empty, huge, syntax of Cypher and Lucene, unicode, NUL, dates. */
export const HOSTILE_STRINGS: string[] = [
  '',
  'x'.repeat(10_000),
  `"*~^)(:[`,
  `\\'" } ) MATCH (n) DETACH DELETE n //`,
  'AND OR NOT * ? ~2 ^3 /re/',
  '🦄 ünïcødé 漢字 \u202e\u200b',
  'a\u0000b',
  'state:does-not-exist',
  'no-kind-prefix',
  '2010-13-45',
  '2010-02-30T25:61:00Z',
  '-0001',
];

/** Crafted cursors, for arguments named `after` or `before`: huge, negative, past 2^53, hex, not encoded. */
export const HOSTILE_CURSORS: string[] = [
  cursor('pos:1e308'),
  cursor('pos:-1'),
  cursor('pos:9007199254740993'),
  cursor('pos:2147483648'),
  cursor('pos:0x10'),
  'pos:1',
];

/** Fewer strings for fields nested in input objects, to keep the request count bounded. */
export const HOSTILE_NESTED_STRINGS: string[] = ['', 'x'.repeat(10_000), `"*~^)(:[\\ a\u0000b 🦄`, '2010-13-45'];

export const HOSTILE_INTS = [0, -1, 2_147_483_647, -2_147_483_648];
export const HOSTILE_FLOATS = [0, -1, 1e308, -1e308, 5e-324];
const LONG_LIST = 101;

export interface SweepHints {
  /** Plausible values by `field.argument[.inputField...]` or by bare argument name. */
  plausible: Record<string, unknown>;
  /** Existing ids of every kind: every ID argument is also tried with each (wrong kind, group without members...). */
  realIds: string[];
}

interface Generator {
  schema: GraphQLSchema;
  hints: SweepHints;
}

/** A hint by full path (`field.argument.inputField`), or by bare name for a top-level argument. */
function hintFor(gen: Generator, path: string[]): unknown {
  const full = path.join('.');
  if (full in gen.hints.plausible) return gen.hints.plausible[full];
  if (path.length === 2 && path[1]! in gen.hints.plausible) return gen.hints.plausible[path[1]!];
  return undefined;
}

/** A value that passes validation where possible; a path ending in "[]" is a list element. */
function plausibleValue(gen: Generator, type: GraphQLInputType, path: string[]): unknown {
  const hinted = path.at(-1) === '[]' ? (hintFor(gen, path.slice(0, -1)) as unknown[] | undefined)?.[0] : hintFor(gen, path);
  if (hinted !== undefined) return hinted;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [plausibleValue(gen, inner.ofType, [...path, '[]'])];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = plausibleValue(gen, field.type, [...path, field.name]);
    }
    return value;
  }
  switch (getNamedType(inner).name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      return 'test';
  }
}

/** Hostile values for one input position; depth > 0 means inside an input object or list. */
function hostileValues(gen: Generator, type: GraphQLInputType, path: string[], depth: number): unknown[] {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  const values: unknown[] = nullable && depth === 0 ? [null] : [];
  if (isListType(inner)) {
    const element = plausibleValue(gen, inner.ofType, [...path, '[]']);
    values.push(
      [],
      Array.from({ length: LONG_LIST }, () => element),
    );
    for (const v of hostileValues(gen, inner.ofType, [...path, '[]'], depth + 1)) values.push([v]);
    return values;
  }
  if (isEnumType(inner)) {
    const all = inner.getValues();
    return [...values, ...new Set([all[0]!.value, all.at(-1)!.value])];
  }
  if (isInputObjectType(inner)) {
    values.push({});
    const base = plausibleValue(gen, inner, path) as Record<string, unknown>;
    for (const field of Object.values(inner.getFields())) {
      for (const v of hostileValues(gen, field.type, [...path, field.name], depth + 1)) values.push({ ...base, [field.name]: v });
    }
    return values;
  }
  switch (inner.name) {
    case 'Int':
      return [...values, ...HOSTILE_INTS];
    case 'Float':
      return [...values, ...HOSTILE_FLOATS];
    case 'Boolean':
      return [...values, true, false];
    case 'ID':
      return [...values, ...(depth === 0 ? [...HOSTILE_STRINGS, ...gen.hints.realIds] : HOSTILE_NESTED_STRINGS)];
    default:
      if (depth > 0) return [...values, ...HOSTILE_NESTED_STRINGS];
      return [...values, ...HOSTILE_STRINGS, ...(/^(after|before)$/.test(path.at(-1)!) ? HOSTILE_CURSORS : [])];
  }
}

/** A selection of every field without required arguments, two levels deep, so nested resolvers run too. */
function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values((named as GraphQLObjectType).getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (isLeafType(getNamedType(field.type))) parts.push(field.name);
    else if (depth < 2 && isCompositeType(getNamedType(field.type))) parts.push(`${field.name} ${selectionFor(field.type, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function callsOf(gen: Generator, operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): HostileCall[] {
  const selection = selectionFor(field.type, 1);
  const base: Record<string, unknown> = {};
  for (const arg of field.args) {
    const hinted = `${field.name}.${arg.name}` in gen.hints.plausible || arg.name in gen.hints.plausible;
    if (isNonNullType(arg.type) || hinted) base[arg.name] = plausibleValue(gen, arg.type, [field.name, arg.name]);
  }
  const build = (variables: Record<string, unknown>, label: string): HostileCall => {
    const used = field.args.filter((a) => a.name in variables);
    const declared = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
    const passed = used.map((a) => `${a.name}: $${a.name}`).join(', ');
    const query = `${operation} Sweep${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
    return { label, operation, query, variables };
  };
  const calls = [build(base, `${field.name}()`)];
  for (const arg of field.args) {
    for (const value of hostileValues(gen, arg.type, [field.name, arg.name], 0)) {
      const shown = JSON.stringify(value)!;
      calls.push(build({ ...base, [arg.name]: value }, `${field.name}(${arg.name}) = ${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}`));
    }
    if (!isNonNullType(arg.type) && arg.name in base) {
      const { [arg.name]: _omitted, ...rest } = base;
      calls.push(build(rest, `${field.name}(${arg.name} omitted)`));
    }
  }
  return calls;
}

/** Every hostile call for every root field of the schema. */
export function hostileCalls(schema: GraphQLSchema, hints: SweepHints): HostileCall[] {
  const gen = { schema, hints };
  const calls: HostileCall[] = [];
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) calls.push(...callsOf(gen, 'query', field));
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) calls.push(...callsOf(gen, 'mutation', field));
  return calls;
}
