-- Initial schema: the tables of prisma/schema.prisma, then (at the end) the
-- rules Prisma cannot express.

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE', 'NOT_SPECIFIED');

-- CreateTable
CREATE TABLE "Customer" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "email" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "middleName" TEXT,
    "prefix" TEXT,
    "suffix" TEXT,
    "phone" TEXT,
    "companyName" TEXT,
    "dateOfBirth" DATE,
    "gender" "Gender",
    "taxVat" TEXT,
    "hasAccount" BOOLEAN NOT NULL DEFAULT false,
    "passwordHash" TEXT,
    "websiteId" INTEGER NOT NULL DEFAULT 0,
    "storeId" INTEGER,
    "createdIn" TEXT,
    "confirmation" TEXT,
    "disableAutoGroupChange" BOOLEAN NOT NULL DEFAULT false,
    "isSubscribed" BOOLEAN NOT NULL DEFAULT false,
    "primaryGroupId" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "customAttributes" JSONB NOT NULL DEFAULT '[]',
    "extensionAttributes" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerGroup" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "name" TEXT NOT NULL,
    "code" VARCHAR(32),
    "taxClassId" INTEGER,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "CustomerGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerGroupMember" (
    "customerId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerGroupMember_pkey" PRIMARY KEY ("customerId","groupId")
);

-- CreateTable
CREATE TABLE "Address" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "customerId" TEXT NOT NULL,
    "label" TEXT,
    "firstName" TEXT,
    "lastName" TEXT,
    "middleName" TEXT,
    "prefix" TEXT,
    "suffix" TEXT,
    "company" TEXT,
    "street" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "city" TEXT,
    "postalCode" TEXT,
    "regionCode" TEXT,
    "regionName" TEXT,
    "regionId" INTEGER,
    "countryCode" CHAR(2),
    "phone" TEXT,
    "fax" TEXT,
    "vatId" TEXT,
    "isDefaultBilling" BOOLEAN NOT NULL DEFAULT false,
    "isDefaultShipping" BOOLEAN NOT NULL DEFAULT false,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "customAttributes" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerCount" (
    "websiteId" INTEGER NOT NULL,
    "stripe" INTEGER NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CustomerCount_pkey" PRIMARY KEY ("websiteId","stripe")
);

-- CreateTable
CREATE TABLE "AdminUser" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT NOT NULL,
    "scopes" TEXT[],
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdminUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL DEFAULT (gen_random_uuid())::text,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'API',
    "tokenHash" TEXT NOT NULL,
    "tokenPrefix" TEXT NOT NULL,
    "scopes" TEXT[],
    "adminUserId" TEXT,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Customer_createdAt_id_idx" ON "Customer"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Customer_updatedAt_id_idx" ON "Customer"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Customer_websiteId_idx" ON "Customer"("websiteId");

-- CreateIndex
CREATE INDEX "Customer_primaryGroupId_idx" ON "Customer"("primaryGroupId");

-- CreateIndex
CREATE INDEX "CustomerGroupMember_groupId_customerId_idx" ON "CustomerGroupMember"("groupId", "customerId");

-- CreateIndex
CREATE INDEX "Address_customerId_idx" ON "Address"("customerId");

-- CreateIndex
CREATE INDEX "Address_countryCode_customerId_idx" ON "Address"("countryCode", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_adminUserId_idx" ON "ApiToken"("adminUserId");

-- AddForeignKey
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_primaryGroupId_fkey" FOREIGN KEY ("primaryGroupId") REFERENCES "CustomerGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerGroupMember" ADD CONSTRAINT "CustomerGroupMember_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerGroupMember" ADD CONSTRAINT "CustomerGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "CustomerGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Address" ADD CONSTRAINT "Address_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_adminUserId_fkey" FOREIGN KEY ("adminUserId") REFERENCES "AdminUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Beyond schema.prisma. test/migrations.test.ts names each object below as
-- an allowed extra; anything else that differs from schema.prisma fails it.
-- ---------------------------------------------------------------------------

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One guest and one registered account per email and website among live
-- customers, ignoring case (the service trims before storing).
CREATE UNIQUE INDEX "Customer_email_live_key" ON "Customer" (lower("email"), "websiteId", "hasAccount") WHERE "deletedAt" IS NULL;

-- Substring search (`q`) over email, names, phone and company. The query
-- must use this exact expression (src/customers/customer-list.ts).
CREATE INDEX "Customer_search_trgm_idx" ON "Customer" USING gin ((lower("email" || ' ' || coalesce("firstName", '') || ' ' || coalesce("lastName", '') || ' ' || coalesce("phone", '') || ' ' || coalesce("companyName", ''))) gin_trgm_ops);

-- Sorting (and keyset pages) by email and names compares case-insensitively,
-- with missing names as ''. The expressions match src/customers/customer-list.ts.
CREATE INDEX "Customer_email_sort_idx" ON "Customer" (lower("email"), "id");
CREATE INDEX "Customer_firstName_sort_idx" ON "Customer" (lower(coalesce("firstName", '')), "id");
CREATE INDEX "Customer_lastName_sort_idx" ON "Customer" (lower(coalesce("lastName", '')), "id");

ALTER TABLE "Customer" ADD CONSTRAINT "Customer_email_check" CHECK (btrim("email") <> '' AND "email" = btrim("email"));
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_metadata_check" CHECK (jsonb_typeof("metadata") = 'object');
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_customAttributes_check" CHECK (jsonb_typeof("customAttributes") = 'array');
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_extensionAttributes_check" CHECK (jsonb_typeof("extensionAttributes") = 'object');
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_account_check" CHECK ("hasAccount" = ("passwordHash" IS NOT NULL));
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_version_check" CHECK ("version" >= 1);

-- Group names are unique among live groups, ignoring case.
CREATE UNIQUE INDEX "CustomerGroup_name_live_key" ON "CustomerGroup" (lower("name")) WHERE "deletedAt" IS NULL;
ALTER TABLE "CustomerGroup" ADD CONSTRAINT "CustomerGroup_name_check" CHECK (btrim("name") <> '');
ALTER TABLE "CustomerGroup" ADD CONSTRAINT "CustomerGroup_metadata_check" CHECK (jsonb_typeof("metadata") = 'object');

-- One default billing and one default shipping address per customer.
CREATE UNIQUE INDEX "Address_default_billing_key" ON "Address" ("customerId") WHERE "isDefaultBilling";
CREATE UNIQUE INDEX "Address_default_shipping_key" ON "Address" ("customerId") WHERE "isDefaultShipping";
ALTER TABLE "Address" ADD CONSTRAINT "Address_countryCode_check" CHECK ("countryCode" ~ '^[A-Z]{2}$');
ALTER TABLE "Address" ADD CONSTRAINT "Address_street_check" CHECK (cardinality("street") <= 4);
ALTER TABLE "Address" ADD CONSTRAINT "Address_metadata_check" CHECK (jsonb_typeof("metadata") = 'object');

CREATE UNIQUE INDEX "AdminUser_email_key" ON "AdminUser" (lower("email"));

-- Live customers per website, striped over 16 rows so that concurrent
-- writers seldom wait on one row. Kept in the writing transaction.
CREATE FUNCTION "customer_count_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pick integer := floor(random() * 16)::integer;
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD."deletedAt" IS NULL) = (NEW."deletedAt" IS NULL)
     AND OLD."websiteId" = NEW."websiteId" THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."deletedAt" IS NULL THEN
    INSERT INTO "CustomerCount" ("websiteId", "stripe", "count") VALUES (OLD."websiteId", pick, -1)
    ON CONFLICT ("websiteId", "stripe") DO UPDATE SET "count" = "CustomerCount"."count" - 1;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW."deletedAt" IS NULL THEN
    INSERT INTO "CustomerCount" ("websiteId", "stripe", "count") VALUES (NEW."websiteId", pick, 1)
    ON CONFLICT ("websiteId", "stripe") DO UPDATE SET "count" = "CustomerCount"."count" + 1;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Customer_count" AFTER INSERT OR DELETE OR UPDATE OF "deletedAt", "websiteId" ON "Customer"
  FOR EACH ROW EXECUTE FUNCTION "customer_count_apply"();
