/**
 * The shape of the curationModel answer (schema/curation.graphql), in one place: the server
 * builds it (form-model.ts) and the explorer's forms read it (explorer/src/form-model.ts imports
 * these types only, so esbuild erases the import). No imports here: the explorer's own tsconfig
 * typechecks this file too, without Node's or graphql's types.
 */

/** One input of a curation form: a model field with the mutation input path it goes to. */
export interface FormField {
  name: string;
  type: string;
  required: boolean;
  enumValues: string[] | null;
  description: string | null;
  inputPath: string;
}

/** The form for one node kind (createNode/updateNode). */
export interface NodeKindForm {
  kind: string;
  label: string;
  idPrefix: string;
  inputSection: string | null;
  fields: FormField[];
}

/** The form for one relationship type (addRelationship/updateRelationship), with the kind pairs it may join. */
export interface RelationshipTypeForm {
  type: string;
  ends: { from: string; to: string }[];
  inputSection: string | null;
  fields: FormField[];
}

export interface CurationModel {
  nodeKinds: NodeKindForm[];
  relationshipTypes: RelationshipTypeForm[];
}
