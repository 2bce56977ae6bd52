import type { Prisma, Customer as CustomerRow } from '../generated/prisma/client';
import { Prisma as P } from '../generated/prisma/client';
import { passwordProblem, type PasswordHasher } from '../auth/password-hasher';
import { importedHashDigest } from '../auth/password-schemes';
import { refuseViolations, type ViolationRules } from '../db/constraints';
import type { RequestContext } from '../request-context';
import type { Database } from '../db/database';
import type { CustomerRelations } from './customer-relations';
import { ErrorCollector, UserErrorCode, UserInputFailure, userError } from '../common/user-error';
import { checkEmail, customAttributesForStorage, mergeMetadata } from '../common/validation';
import type { CreateCustomerInput, UpdateCustomerInput } from './customer.inputs';
import { validateCreate, validateUpdate } from './customer.validation';
import { copiedFields, stripEmptyMetadata } from './customer-fields';
import { customerViolations, groupField, versionConflict } from './customer-violations';
import { customerByEmail, lockCustomer } from './customer.sql';
import { actorOf } from '../history/actor';
import { recordChanges, type RecordedChange } from '../history/change-recorder';
import { addressChange, addressListChanges, customerChange, groupIdsChange } from '../history/changes';
import { HistoryOperation } from '../history/history.types';
import { liveGroupIds } from '../history/memberships';

export type { CustomerRow };
/** upsertCustomers updates with an imported hash; updateCustomer's API has no such field. */
export type ImportedPassword = { passwordHash?: string | null };
type Tx = Prisma.TransactionClient;

/**
 * The rules of the customer aggregate: email normalisation and uniqueness,
 * immutable registered emails, metadata merge, soft delete and restore,
 * row locks against lost updates and optimistic versions for callers.
 * Every write runs in one transaction; a refusal throws UserInputFailure
 * inside it, so nothing is written. Lists and counts: CustomerPages.
 */
export class CustomerService {
  constructor(
    private readonly db: Database,
    private readonly passwords: PasswordHasher,
    private readonly relations: CustomerRelations,
  ) {}

  /** A customer by id, soft-deleted ones included (their deletedAt is set). */
  get(ctx: RequestContext, id: string): Promise<CustomerRow | null> {
    return this.db.prisma.customer.findUnique({ where: { id } });
  }

  /**
   * The live customer with this email (ignoring case and surrounding spaces)
   * on a website (any website when omitted). A registered account wins over
   * a guest record of the same email.
   */
  async byEmail(ctx: RequestContext, email: string, websiteId?: number | null): Promise<CustomerRow | null> {
    return customerByEmail(this.db.prisma, email, websiteId);
  }

  /** Creates a customer (guest, or registered when a password is given) with its groups and addresses. */
  async create(ctx: RequestContext, input: CreateCustomerInput): Promise<CustomerRow> {
    const email = validateCreate(input, (c) => this.relations.check(c, input));
    const passwordHash = input.password != null ? await this.passwords.hash(input.password) : (input.passwordHash ?? null);
    return refuseViolations(customerViolations({ groupField: groupField(input) }), () =>
      this.db.prisma.$transaction(async (tx) => {
        const customer = await tx.customer.create({
          data: {
            ...(input.id != null ? { id: input.id } : {}),
            email,
            ...copiedFields(input),
            ...(input.websiteId != null ? { websiteId: input.websiteId } : {}),
            passwordHash,
            hasAccount: passwordHash !== null,
            importedHashDigest: input.passwordHash != null ? importedHashDigest(input.passwordHash) : null,
            metadata: stripEmptyMetadata(input.metadata) as P.InputJsonObject,
            customAttributes: customAttributesForStorage(input.customAttributes ?? []) as P.InputJsonArray,
            extensionAttributes: (input.extensionAttributes ?? {}) as P.InputJsonObject,
          },
        });
        await this.relations.afterCreate(tx, customer, input);
        const created = await tx.customer.findUniqueOrThrow({ where: { id: customer.id } });
        const groups = input.groupIds?.length || input.primaryGroupId ? (await liveGroupIds(tx, [created.id])).get(created.id)! : [];
        const addresses = input.addresses?.length
          ? await tx.address.findMany({ where: { customerId: created.id }, orderBy: { id: 'asc' } })
          : [];
        await recordChanges(tx, actorOf(ctx.principal), [
          ...customerChange(HistoryOperation.CREATE, null, created, groupIdsChange([], groups)),
          ...addresses.flatMap((address) => addressChange(null, address)),
        ]);
        return created;
      }),
    );
  }

  /**
   * Partial update: fields left out are kept, null clears. metadata merges
   * (null or "" removes a key); a registered customer's email cannot change
   * here (EMAIL_IMMUTABLE).
   */
  async update(ctx: RequestContext, id: string, input: UpdateCustomerInput & ImportedPassword): Promise<CustomerRow> {
    validateUpdate(input, (c) => this.relations.check(c, input));
    const passwordHash = input.password != null ? await this.passwords.hash(input.password) : (input.passwordHash ?? null);
    return this.mutate(
      ctx,
      id,
      input.expectedVersion,
      async (current) => {
        const data: P.CustomerUpdateManyMutationInput = { ...copiedFields(input) };
        if (passwordHash !== null) Object.assign(data, { passwordHash, hasAccount: true });
        if (input.passwordHash != null) data.importedHashDigest = importedHashDigest(input.passwordHash);
        if (input.email != null) {
          const email = input.email.trim();
          if (email !== current.email) {
            if (current.hasAccount) {
              throw new UserInputFailure([
                userError(
                  UserErrorCode.EMAIL_IMMUTABLE,
                  ['input', 'email'],
                  "A registered customer's email changes only through changeCustomerEmail",
                ),
              ]);
            }
            data.email = email;
          }
        }
        if (input.metadata != null) data.metadata = mergeMetadata(current.metadata, input.metadata) as P.InputJsonObject;
        if (input.customAttributes !== undefined) {
          data.customAttributes = customAttributesForStorage(input.customAttributes ?? []) as P.InputJsonArray;
        }
        if (input.extensionAttributes !== undefined) data.extensionAttributes = (input.extensionAttributes ?? {}) as P.InputJsonObject;
        return {
          data,
          after: (tx2: Tx) => this.relations.afterUpdate(tx2, current, input),
        };
      },
      {
        versionPath: ['input', 'expectedVersion'],
        violations: customerViolations({ groupField: groupField(input) }),
        operation: HistoryOperation.UPDATE,
        trackGroups: input.groupIds != null || input.primaryGroupId !== undefined,
        trackAddresses: input.addresses != null,
      },
    );
  }

  /** Soft delete: the row stays (deletedAt set) and its email becomes free for a new customer. */
  delete(ctx: RequestContext, id: string, expectedVersion?: number | null): Promise<CustomerRow> {
    return this.mutate(ctx, id, expectedVersion, async () => ({ data: { deletedAt: new Date() } }), { operation: HistoryOperation.DELETE });
  }

  /** Undoes a soft delete; EMAIL_TAKEN when a live customer has taken the email meanwhile. */
  restore(ctx: RequestContext, id: string): Promise<CustomerRow> {
    return this.mutate(ctx, id, null, async () => ({ data: { deletedAt: null } }), {
      deleted: true,
      operation: HistoryOperation.RESTORE,
      violations: customerViolations({ emailPath: ['id'] }),
    });
  }

  /** The explicit way to change a (registered) customer's email. */
  changeEmail(ctx: RequestContext, id: string, newEmail: string, expectedVersion?: number | null): Promise<CustomerRow> {
    const c = new ErrorCollector();
    const email = checkEmail(c, ['email'], newEmail);
    c.throwIfAny();
    return this.mutate(ctx, id, expectedVersion, async () => ({ data: { email } }), {
      operation: HistoryOperation.EMAIL_CHANGE,
      violations: customerViolations({ emailPath: ['email'] }),
    });
  }

  /** Sets or replaces the password (8 to 72 UTF-8 bytes); the customer becomes registered. */
  async setPassword(ctx: RequestContext, id: string, password: string, expectedVersion?: number | null): Promise<CustomerRow> {
    const problem = passwordProblem(password);
    if (problem) throw new UserInputFailure([userError(UserErrorCode[problem.code], ['password'], problem.message)]);
    const passwordHash = await this.passwords.hash(password);
    return this.mutate(ctx, id, expectedVersion, async () => ({ data: { passwordHash, hasAccount: true } }), {
      operation: HistoryOperation.PASSWORD_CHANGE,
    });
  }

  /**
   * Lock, decide, write: the row is read FOR UPDATE, so concurrent changes
   * to one customer queue up instead of overwriting each other (a metadata
   * merge never loses a key). A caller that names expectedVersion gets
   * VERSION_CONFLICT if anyone changed the customer since that version.
   */
  private async mutate(
    ctx: RequestContext,
    id: string,
    expectedVersion: number | null | undefined,
    decide: (current: CustomerRow, tx: Tx) => Promise<{ data: P.CustomerUpdateManyMutationInput; after?: (tx: Tx) => Promise<void> }>,
    options: {
      deleted?: boolean;
      versionPath?: string[];
      operation: HistoryOperation;
      trackGroups?: boolean;
      trackAddresses?: boolean;
      violations?: ViolationRules;
    },
  ): Promise<CustomerRow> {
    const versionPath = options.versionPath ?? ['expectedVersion'];
    return refuseViolations(options.violations ?? customerViolations(), () =>
      this.db.prisma.$transaction(async (tx) => {
        const current = await lockCustomer(tx, id);
        if (!current || (current.deletedAt !== null) !== (options.deleted ?? false)) {
          const message =
            current && !options.deleted
              ? 'Customer is deleted; restore it first'
              : `No ${options.deleted ? 'deleted ' : ''}customer with id "${id}"`;
          throw new UserInputFailure([userError(UserErrorCode.NOT_FOUND, ['id'], message)]);
        }
        if (expectedVersion != null && current.version !== expectedVersion) throw versionConflict(versionPath, current.version);
        const groupsBefore = options.trackGroups ? (await liveGroupIds(tx, [id])).get(id)! : [];
        const addressesBefore = options.trackAddresses ? await tx.address.findMany({ where: { customerId: id } }) : [];
        const { data, after } = await decide(current, tx);
        await tx.customer.update({ where: { id }, data: { ...data, version: { increment: 1 }, updatedAt: new Date() } });
        await after?.(tx);
        const changed = await tx.customer.findUniqueOrThrow({ where: { id } });
        const recorded: RecordedChange[] = [];
        const groupsAfter = options.trackGroups ? (await liveGroupIds(tx, [id])).get(id)! : [];
        recorded.push(...customerChange(options.operation, current, changed, groupIdsChange(groupsBefore, groupsAfter)));
        if (options.trackAddresses) {
          const addressesAfter = await tx.address.findMany({ where: { customerId: id }, orderBy: { id: 'asc' } });
          recorded.push(...addressListChanges(addressesBefore, addressesAfter));
        }
        await recordChanges(tx, actorOf(ctx.principal), recorded);
        return changed;
      }),
    );
  }
}
