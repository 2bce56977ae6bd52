-- sha256 of the last password hash imported for a customer (createCustomer or
-- upsertCustomers with passwordHash). Not a password hash itself: it lets a
-- re-import of the same hash be "no change" after sign-in has replaced the
-- stored hash with bcrypt, instead of putting the weak hash back.
ALTER TABLE "Customer" ADD COLUMN "importedHashDigest" TEXT;
