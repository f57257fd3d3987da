import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes a migration for each change to lib/db/schema.ts;
// the server applies them at start-up (lib/db/migrate.ts), `npm run db:migrate` too.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema.ts",
  out: "./drizzle",
});
