// Types of every operation in src/queries.ts, generated from the committed schema:
// `npm run codegen` writes src/generated/graphql.ts, which the build checks the views' types against.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../../schema.graphql",
  documents: ["src/queries.ts"],
  generates: {
    "src/generated/graphql.ts": {
      // typescript-operations writes the enums and inputs the operations use: nothing else needed.
      plugins: ["typescript-operations"],
      config: {
        // Fields are always present (null when empty); inputs with defaults may be left out.
        avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
        nonOptionalTypename: true,
        scalars: { DateTime: "string", Date: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
