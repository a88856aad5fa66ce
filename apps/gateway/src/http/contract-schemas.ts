import type { OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

const PREFIX = '#/components/schemas/';

/**
 * A reference to the OpenAPI schema of a `libs/contracts` class. Contracts carry class-validator rules but no
 * Swagger decorators (they must stay framework-free), so their schemas are generated from those rules.
 */
export function contractSchema(name: string): SchemaObject {
  return { $ref: `${PREFIX}${name}` } as SchemaObject;
}

// Request bodies that are a contract minus what the gateway fills in itself (the actor, the idempotency key).
const derived = new Map<string, { from: string; omit: readonly string[] }>();

/** Names the schema of a contract class without some of its properties, and returns a reference to it. */
export function derivedContractSchema(name: string, from: string, omit: readonly string[]): SchemaObject {
  derived.set(name, { from, omit });
  return contractSchema(name);
}

function withoutProperties(schema: SchemaObject, omit: readonly string[]): SchemaObject {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).filter(([key]) => !omit.includes(key)),
  );
  return { ...schema, properties, required: (schema.required ?? []).filter((key) => !omit.includes(key)) };
}

function referencedNames(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => referencedNames(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith(PREFIX))
        into.add(inner.slice(PREFIX.length));
      else referencedNames(inner, into);
    }
  }
  return into;
}

/**
 * Adds the schemas of the contract classes the document refers to (and those they refer to), generated from
 * their validation rules. Swagger's own schema wins when it has properties (gateway DTOs carry descriptions
 * and examples); a contract class referenced by type alone gets an empty one from Swagger, replaced here.
 */
export function addContractSchemas(document: OpenAPIObject): OpenAPIObject {
  const generated = validationMetadatasToSchemas({
    refPointerPrefix: PREFIX,
    classTransformerMetadataStorage: defaultMetadataStorage,
  }) as Record<string, SchemaObject>;
  for (const [name, { from, omit }] of derived) generated[name] = withoutProperties(generated[from], omit);
  const schemas: Record<string, SchemaObject> = {
    ...(document.components?.schemas as Record<string, SchemaObject>),
  };
  const pending = [...referencedNames(document, new Set())];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    const own = schemas[name];
    if (!generated[name] || (own?.properties && Object.keys(own.properties).length > 0)) continue;
    schemas[name] = generated[name];
    pending.push(...referencedNames(generated[name], new Set()));
  }
  document.components = { ...document.components, schemas };
  return document;
}
