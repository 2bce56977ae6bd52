import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../common/pagination';
import { DateTimeScalar, JSONScalar } from '../common/scalars';

/** What a history entry records. */
export enum HistoryOperation {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  RESTORE = 'RESTORE',
  EMAIL_CHANGE = 'EMAIL_CHANGE',
  PASSWORD_CHANGE = 'PASSWORD_CHANGE',
  ADDRESS_CREATE = 'ADDRESS_CREATE',
  ADDRESS_UPDATE = 'ADDRESS_UPDATE',
  ADDRESS_DELETE = 'ADDRESS_DELETE',
  GROUP_ADD = 'GROUP_ADD',
  GROUP_REMOVE = 'GROUP_REMOVE',
}
registerEnumType(HistoryOperation, {
  name: 'HistoryOperation',
  description:
    'ADDRESS_* entries are about the address in subjectId; GROUP_ADD/GROUP_REMOVE about the group in subjectId ' +
    '(addCustomersToGroup, removeCustomersFromGroup). Membership changed by updateCustomer is a groupIds change of its UPDATE entry.',
});

/** Who made a change. */
export enum ActorKind {
  ADMIN_USER = 'ADMIN_USER',
  API_TOKEN = 'API_TOKEN',
  CLI = 'CLI',
  IMPORT = 'IMPORT',
}
registerEnumType(ActorKind, { name: 'ActorKind' });

export interface ActorValue {
  kind: ActorKind;
  /** The admin user's or API token's id; null for the command line. */
  id: string | null;
  /** The admin user's name (or email), the token's name, the OS user of the command line, the import's name. */
  name: string | null;
}

@ObjectType({ description: 'Who made a change, as they were named at the time.' })
export class Actor implements ActorValue {
  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field(() => ID, { nullable: true })
  id!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;
}

@ObjectType({ description: 'One field of a change. A secret (password, confirmation) is listed with null values: never its value.' })
export class FieldChangeType {
  @Field()
  field!: string;

  @Field(() => JSONScalar, { nullable: true, description: 'The value before, as the API shows it; null when unset or secret.' })
  before!: unknown;

  @Field(() => JSONScalar, { nullable: true })
  after!: unknown;
}

@ObjectType('CustomerHistoryEntry', { description: 'One change to a customer, written in the same transaction as the change.' })
export class CustomerHistoryEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => HistoryOperation)
  operation!: HistoryOperation;

  @Field(() => ID, { nullable: true, description: 'The address (ADDRESS_*) or group (GROUP_*) the entry is about.' })
  subjectId!: string | null;

  @Field(() => Actor)
  actor!: Actor;

  @Field(() => [FieldChangeType])
  changes!: FieldChangeType[];
}

@ObjectType()
export class CustomerHistoryEdge {
  @Field(() => CustomerHistoryEntry)
  node!: CustomerHistoryEntry;

  @Field()
  cursor!: string;
}

@ObjectType({ description: 'Entries newest first.' })
export class CustomerHistoryConnection {
  @Field(() => [CustomerHistoryEdge])
  edges!: CustomerHistoryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
