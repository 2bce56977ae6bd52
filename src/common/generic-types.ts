import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { UserError } from './user-error';

/**
 * Generic GraphQL object types, as in type-graphql's generic-types example:
 * a function returns an abstract class, and each aggregate names its
 * concrete type by extending it (`class CustomerList extends
 * PagedList(Customer) {}` under its own @ObjectType), so the schema keeps
 * one named type per aggregate. (type-graphql 2 emits an abstract base only
 * where a field refers to it: none does, so the schema is unchanged.)
 */

/** A mutation's result: the object under `key` (null when refused) and the reasons it was refused. */
export function Payload<K extends string, T extends object>(key: K, type: ClassType<T>, options: { description?: string } = {}) {
  @ObjectType()
  abstract class PayloadClass {
    @Field(() => [UserError])
    errors!: UserError[];
  }
  // The field's name is the aggregate's (`customer`, `address`, ...): declared
  // by calling the decorator on the prototype, as `@Field` would on a property.
  Field(() => type, { nullable: true, ...options })(PayloadClass.prototype, key);
  return PayloadClass as abstract new () => PayloadClass & { [P in K]: T | null };
}

/** An offset page (Medusa's list shape); `count` is a field resolver on the concrete type, run only when selected. */
export function PagedList<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class PagedListClass {
    @Field(() => [itemType])
    items!: T[];

    @Field(() => Int)
    limit!: number;

    @Field(() => Int)
    offset!: number;
  }
  return PagedListClass;
}
