import { Prisma, type Customer as CustomerRow } from '../generated/prisma/client';
import { shareLiveGroups } from '../groups/group.sql';
import { checkAddressList, type AddressService } from '../addresses/address.service';
import { MAX_INPUT_IDS } from '../common/pagination';
import { ErrorCollector, UserErrorCode } from '../common/user-error';
import type { CreateCustomerInput, UpdateCustomerInput } from './customer.inputs';

type Tx = Prisma.TransactionClient;

/**
 * What createCustomer and updateCustomer write besides the customer row,
 * inside the same transaction: group membership (and the primary group,
 * which is always also a member) and addresses.
 */
export class CustomerRelations {
  constructor(private readonly addresses: AddressService) {}

  /** Checks the relation parts of an input that need no database, with the customer's own fields. */
  check(c: ErrorCollector, input: CreateCustomerInput | UpdateCustomerInput): void {
    checkAddressList(c, input.addresses);
  }

  async afterCreate(tx: Tx, customer: CustomerRow, input: CreateCustomerInput): Promise<void> {
    await this.writeGroups(tx, customer, input, customer.primaryGroupId);
    if (input.addresses?.length) await this.addresses.createForCustomer(tx, customer.id, input.addresses);
  }

  /** `addresses`, when given, replaces the customer's addresses (see AddressService.replaceForCustomer). */
  async afterUpdate(tx: Tx, current: CustomerRow, input: UpdateCustomerInput): Promise<void> {
    await this.writeGroups(tx, current, input, current.primaryGroupId);
    if (input.addresses != null) await this.addresses.replaceForCustomer(tx, current.id, input.addresses);
  }

  /**
   * groupIds replaces the membership set; primaryGroupId is set (and made a
   * member) or cleared. A primary group left out of a new groupIds list is
   * cleared with it, so the two never disagree.
   */
  private async writeGroups(
    tx: Tx,
    customer: CustomerRow,
    input: CreateCustomerInput | UpdateCustomerInput,
    currentPrimary: string | null,
  ): Promise<void> {
    if (input.groupIds == null && input.primaryGroupId === undefined) return;
    const c = new ErrorCollector();
    const groupIds = input.groupIds ? [...new Set(input.groupIds)] : null;
    if (groupIds && groupIds.length > MAX_INPUT_IDS)
      c.add(UserErrorCode.TOO_MANY, ['input', 'groupIds'], `At most ${MAX_INPUT_IDS} groups`);
    c.throwIfAny();
    const wanted = [...(groupIds ?? []), ...(input.primaryGroupId ? [input.primaryGroupId] : [])];
    // Locked FOR SHARE: a concurrent deleteCustomerGroup cannot slip between this check and our write.
    const live = await shareLiveGroups(tx, wanted);
    input.groupIds?.forEach((id, i) => {
      if (!live.has(id)) c.add(UserErrorCode.NOT_FOUND, ['input', 'groupIds', i], `No customer group with id "${id}"`);
    });
    if (input.primaryGroupId && !live.has(input.primaryGroupId)) {
      c.add(UserErrorCode.NOT_FOUND, ['input', 'primaryGroupId'], `No customer group with id "${input.primaryGroupId}"`);
    }
    c.throwIfAny();

    let primary = input.primaryGroupId !== undefined ? input.primaryGroupId : currentPrimary;
    if (groupIds) {
      if (primary && input.primaryGroupId === undefined && !groupIds.includes(primary)) primary = null;
      await tx.customerGroupMember.deleteMany({ where: { customerId: customer.id, groupId: { notIn: groupIds } } });
    }
    const members = [...new Set([...(groupIds ?? []), ...(primary ? [primary] : [])])];
    if (members.length > 0) {
      await tx.customerGroupMember.createMany({
        data: members.map((groupId) => ({ customerId: customer.id, groupId })),
        skipDuplicates: true,
      });
    }
    if (primary !== customer.primaryGroupId) {
      await tx.customer.update({ where: { id: customer.id }, data: { primaryGroupId: primary } });
    }
  }
}
