-- Imports from Magento and Medusa (issue 11): the source platform's ids on
-- customers, groups and addresses, so a re-import or an upsert can match on
-- them; address-level extension attributes; Medusa v2's created_by.

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN "externalSource" TEXT,
ADD COLUMN "externalId" TEXT,
ADD COLUMN "createdBy" TEXT;

-- AlterTable
ALTER TABLE "CustomerGroup" ADD COLUMN "externalSource" TEXT,
ADD COLUMN "externalId" TEXT;

-- AlterTable
ALTER TABLE "Address" ADD COLUMN "extensionAttributes" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN "externalId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Customer_externalId_externalSource_key" ON "Customer"("externalId", "externalSource");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerGroup_externalId_externalSource_key" ON "CustomerGroup"("externalId", "externalSource");

-- The unique index below leads with customerId and serves lookups by customer.
DROP INDEX "Address_customerId_idx";

-- CreateIndex
CREATE UNIQUE INDEX "Address_customerId_externalId_key" ON "Address"("customerId", "externalId");

-- ---------------------------------------------------------------------------
-- Beyond schema.prisma (named in test/migrations.test.ts).
-- ---------------------------------------------------------------------------

-- A source id means nothing without its source, and the other way round.
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_external_check" CHECK (("externalSource" IS NULL) = ("externalId" IS NULL));
ALTER TABLE "CustomerGroup" ADD CONSTRAINT "CustomerGroup_external_check" CHECK (("externalSource" IS NULL) = ("externalId" IS NULL));
ALTER TABLE "Address" ADD CONSTRAINT "Address_extensionAttributes_check" CHECK (jsonb_typeof("extensionAttributes") = 'object');
ALTER TABLE "Address" ADD CONSTRAINT "Address_customAttributes_check" CHECK (jsonb_typeof("customAttributes") = 'array');
