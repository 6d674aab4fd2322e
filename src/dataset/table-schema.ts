/**
 * Frictionless Table Schemas for the export's CSV files, derived from the graph model
 * (src/model/model.ts), so the schema and the files can never disagree about a column: each
 * column the exporter wrote gets the model's type, required flag and allowed values.
 */
import { KINDS, RELATIONSHIPS, type FieldSpec } from '../model/model.js';

export interface TableField {
  name: string;
  type: 'string' | 'number' | 'boolean';
  description?: string;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
}

export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
  primaryKey?: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
}

/** The model allows a year, a year and month, or a full date; Frictionless's `date` takes only the last. */
const PARTIAL_DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const CITATION_COLUMN = /^(source|locator|quote)(?:_(\d+))?$/;
export const SOURCES_RESOURCE = 'nodes-source';

function modelField(name: string, spec: FieldSpec): TableField {
  const constraints: TableField['constraints'] = {};
  if (spec.required) constraints.required = true;
  if (spec.values) constraints.enum = spec.values;
  const field: TableField = { name, type: 'string' };
  switch (spec.type) {
    case 'number':
    case 'boolean':
      field.type = spec.type;
      break;
    case 'date':
      field.description = 'a date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD';
      constraints.pattern = PARTIAL_DATE;
      break;
    case 'string[]':
      field.description = 'a list: items separated by "|" (a "|" or "\\" inside an item is escaped with "\\")';
      break;
    case 'id':
      field.description = 'the id of a node';
      break;
    default:
      break;
  }
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

function citationField(name: string): TableField {
  const [, part, n] = CITATION_COLUMN.exec(name)!;
  const which = n ? `citation ${n}` : 'the first citation';
  const what = {
    source: 'the Source id (nodes-source.csv) of',
    locator: 'where in the source: paragraph, article, file and row… of',
    quote: 'the verbatim words of the source for',
  }[part!];
  return { name, type: 'string', description: `${what} ${which}`, ...(part === 'source' && !n ? { constraints: { required: true } } : {}) };
}

const RELATIONSHIP_ENDS: Record<string, FieldSpec> = {
  type: { type: 'string', required: true },
  from: { type: 'id', required: true },
  to: { type: 'id', required: true },
  key: { type: 'string' },
};

/** The schema of one exported CSV file, from its header; undefined for a file the model does not name. */
export function tableSchema(fileName: string, header: string[]): TableSchema | undefined {
  let specs: Record<string, FieldSpec>;
  const node = /^nodes-(.+)\.csv$/.exec(fileName);
  const relationship = /^relationships-(.+)\.csv$/.exec(fileName);
  const type = relationship ? Object.keys(RELATIONSHIPS).find((t) => t.toLowerCase().replace(/_/g, '-') === relationship[1]) : undefined;
  if (node && KINDS[node[1]!]) specs = KINDS[node[1]!]!.fields;
  else if (type) specs = { ...RELATIONSHIP_ENDS, type: { type: 'string', required: true, values: [type] }, ...RELATIONSHIPS[type]!.fields };
  else return undefined;
  const fields = header.map((name) => (CITATION_COLUMN.test(name) ? citationField(name) : modelField(name, specs[name] ?? { type: 'string' })));
  const sourceColumns = header.filter((name) => /^source(_\d+)?$/.test(name));
  return {
    fields,
    missingValues: [''],
    ...(node ? { primaryKey: ['id'] } : {}),
    foreignKeys: sourceColumns.map((name) => ({ fields: [name], reference: { resource: SOURCES_RESOURCE, fields: ['id'] } })),
  };
}
