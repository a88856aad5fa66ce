// class-transformer publishes its metadata storage without a typed entry point; class-validator-jsonschema needs it
// to follow `@Type` into nested contract classes.
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
