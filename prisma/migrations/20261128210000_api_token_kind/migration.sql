-- ApiToken.kind becomes an enum: the database refuses any kind but these two.
-- CreateEnum
CREATE TYPE "ApiTokenKind" AS ENUM ('SESSION', 'API');

-- AlterTable: convert in place (existing rows keep their kind).
ALTER TABLE "ApiToken" ALTER COLUMN "kind" DROP DEFAULT;
ALTER TABLE "ApiToken" ALTER COLUMN "kind" TYPE "ApiTokenKind" USING "kind"::"ApiTokenKind";
ALTER TABLE "ApiToken" ALTER COLUMN "kind" SET DEFAULT 'API';
