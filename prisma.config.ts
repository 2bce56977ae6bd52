import { defineConfig } from 'prisma/config';

// Only `prisma generate` runs here; migrations are applied by src/db/migrate.ts
// (see README, "Migrations"). DATABASE_URL is read for tools that want it.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/customer_gateway' },
});
