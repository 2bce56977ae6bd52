import type { Prisma, Customer as CustomerRow } from '../generated/prisma/client';
import { MAX_INPUT_IDS } from '../common/pagination';
import { ErrorCollector, UserErrorCode } from '../common/user-error';
import type { CreateCustomerInput, UpdateCustomerInput } from './customer.inputs';

type Tx = Prisma.TransactionClient;

/**
 * What createCustomer and updateCustomer write besides the customer row,
 * inside the same transaction: group membership (and the primary group,
 * which is always also a member).
 */
export class CustomerRelations {
  async afterCreate(tx: Tx, customer: CustomerRow, input: CreateCustomerInput): Promise<void> {
    await this.writeGroups(tx, customer, input, customer.primaryGroupId);
  }

  async afterUpdate(tx: Tx, current: CustomerRow, input: UpdateCustomerInput): Promise<void> {
    await this.writeGroups(tx, current, input, current.primaryGroupId);
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
    if (groupIds && groupIds.length > MAX_INPUT_IDS) c.add(UserErrorCode.TOO_MANY, ['input', 'groupIds'], `At most ${MAX_INPUT_IDS} groups`);
    c.throwIfAny();
    const wanted = [...(groupIds ?? []), ...(input.primaryGroupId ? [input.primaryGroupId] : [])];
    const live = new Set(
      (await tx.customerGroup.findMany({ where: { id: { in: wanted }, deletedAt: null }, select: { id: true } })).map((g) => g.id),
    );
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
