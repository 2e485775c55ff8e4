// Build step: validate every operation in queries.ts against the API's committed schema
// (../../schema.graphql), so the example cannot silently drift from the API it documents.
import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import * as queries from "./queries.js";

const schemaUrl = new URL("../../../schema.graphql", import.meta.url);
const schema = buildSchema(readFileSync(schemaUrl, "utf8"));

let failures = 0;
for (const [name, text] of Object.entries(queries)) {
  if (typeof text !== "string") continue;
  try {
    const errors = validate(schema, parse(text));
    for (const error of errors) {
      console.error(`${name}: ${error.message}`);
      failures += 1;
    }
  } catch (error) {
    // parse() throws on syntax errors
    console.error(`${name}: ${(error as Error).message}`);
    failures += 1;
  }
}

if (failures > 0) {
  console.error(`${failures} problem(s) in src/queries.ts against ${schemaUrl.pathname}`);
  process.exit(1);
}
console.log(`${Object.keys(queries).length} operations valid against ${schemaUrl.pathname}`);
