import { isIP } from 'node:net';
import type { PrismaClient, Customer as CustomerRow } from '../generated/prisma/client';
import { accountByEmail, replaceHashIfUnchanged } from './customer.sql';
import type { LoginThrottle } from '../auth/login-throttle';
import { PASSWORD_MAX_BYTES, type PasswordHasher } from '../auth/password-hasher';
import { needsRehash, parsePasswordHash, type ParsedHash } from '../auth/password-schemes';
import { UserErrorCode, UserInputFailure, userError } from '../common/user-error';

/**
 * Magento accepts passwords of up to 256 characters; a customer who brought
 * one that long can still sign in against the imported hash, which then stays
 * (bcrypt would read only 72 bytes of it).
 */
const MAX_IMPORTED_PASSWORD_BYTES = 1024;

/**
 * Customer sign-in for a storefront backend (authenticateCustomer): checks a
 * registered customer's email and password against bcrypt or any imported
 * hash, and replaces an imported hash with bcrypt at the first success, so
 * weak hashes disappear as customers come back.
 */
export class CustomerSignIn {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly hasher: PasswordHasher,
    /** A throttle of its own namespace: see LoginThrottle. */
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * The live registered customer with this email (on `websiteId`, or the
   * first registered one on any website) whose password this is.
   *
   * An unknown email, a guest, a soft-deleted customer and a wrong password
   * all fail alike (INVALID_CREDENTIALS) after the same lookup and one
   * verification: against the customer's hash, or a decoy bcrypt hash of the
   * configured cost. An imported (non-bcrypt) hash takes its own scheme's
   * time, so its timing differs from the decoy's until the customer's first
   * sign-in makes it bcrypt. RATE_LIMITED (a GraphQL error, as for login)
   * after too many attempts for the email or the address: the shopper's
   * `shopperAddress` when the storefront passes it, else the caller's.
   *
   * The rehash is not a change anyone can see (the hash is never readable):
   * it keeps version and updatedAt and writes no history entry.
   */
  async authenticate(
    email: string,
    password: string,
    websiteId: number | null | undefined,
    callerAddress: string,
    shopperAddress?: string | null,
  ): Promise<CustomerRow> {
    if (shopperAddress != null && isIP(shopperAddress) === 0) {
      throw new UserInputFailure([userError(UserErrorCode.INVALID, ['shopperAddress'], 'Not an IPv4 or IPv6 address')]);
    }
    return this.throttle.attempt(email, shopperAddress ?? callerAddress, async () => {
      const customer = await this.findRegistered(email, websiteId);
      const stored = customer?.passwordHash ? parsePasswordHash(customer.passwordHash) : null;
      const bytes = Buffer.byteLength(password, 'utf8');
      const comparable = bytes <= (stored && stored.scheme !== 'bcrypt' ? MAX_IMPORTED_PASSWORD_BYTES : PASSWORD_MAX_BYTES);
      const target = stored && comparable ? stored : (parsePasswordHash(await this.hasher.decoy()) as ParsedHash);
      const matches = (await this.hasher.verifyParsed(comparable ? password : '', target)) && comparable && stored !== null;
      if (!customer || !stored || !matches) throw invalidCredentials();
      const signedIn =
        needsRehash(stored, this.hasher.cost) && bytes <= PASSWORD_MAX_BYTES ? await this.rehash(customer, password) : customer;
      await this.throttle.reset(email);
      return signedIn;
    });
  }

  private async findRegistered(email: string, websiteId: number | null | undefined): Promise<CustomerRow | null> {
    return accountByEmail(this.prisma, email, websiteId);
  }

  /**
   * Replaces the verified hash with bcrypt, in one transaction, only if it is
   * still the hash that was verified and the customer is still live: a
   * password set or a delete meanwhile wins, and this sign-in fails.
   */
  private async rehash(customer: CustomerRow, password: string): Promise<CustomerRow> {
    const bcrypt = await this.hasher.hash(password);
    const row = await this.prisma.$transaction((tx) => replaceHashIfUnchanged(tx, customer.id, customer.passwordHash, bcrypt));
    if (!row) throw invalidCredentials();
    return row;
  }
}

function invalidCredentials(): UserInputFailure {
  return new UserInputFailure([userError(UserErrorCode.INVALID_CREDENTIALS, ['email'], 'Email or password is wrong')]);
}
