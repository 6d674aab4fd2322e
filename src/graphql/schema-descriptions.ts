/**
 * Lists every schema element that carries no description, by schema coordinate
 * (e.g. `Query.monitoringBodies(right:)`), so analysts can rely on introspection alone.
 */
import { isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';

const described = (text: string | null | undefined): boolean => typeof text === 'string' && text.trim().length > 0;

export interface DescriptionCensus {
  /** Types, fields, arguments, input fields and enum values counted (built-in scalars and introspection types excluded). */
  total: number;
  /** Coordinates of the elements without a description. */
  missing: string[];
}

export function describeCensus(schema: GraphQLSchema): DescriptionCensus {
  const missing: string[] = [];
  let total = 0;
  const count = (coordinate: string, description: string | null | undefined): void => {
    total += 1;
    if (!described(description)) missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    count(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        count(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) count(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) count(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) count(`${type.name}.${value.name}`, value.description);
    }
  }
  return { total, missing };
}
