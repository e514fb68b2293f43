// Every type, field, argument, input field and enum value of the schema has a description: it is
// what a user reads in Apollo Sandbox and GraphiQL.
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../src/server/schema.ts';

const schema = buildSchema(loadTypeDefs().join('\n'));

function undocumented(): string[] {
  const missing: string[] = [];
  const has = (d: string | null | undefined) => typeof d === 'string' && d.trim().length > 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (!has(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!has(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!has(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const v of type.getValues()) if (!has(v.description)) missing.push(`${type.name}.${v.name}`);
  }
  return missing;
}

describe('the schema', () => {
  it('describes every type, field, argument and enum value', () => {
    expect(undocumented()).toEqual([]);
  });

  it('makes every object with an id a Node', () => {
    const node = schema.getType('Node');
    const withId = Object.values(schema.getTypeMap()).filter(
      (t) => isObjectType(t) && !t.name.startsWith('__') && 'id' in t.getFields(),
    );
    expect(withId.length).toBeGreaterThan(5);
    for (const t of withId) expect(isObjectType(t) && t.getInterfaces().map((i) => i.name), t.name).toContain(node?.name);
  });
});
