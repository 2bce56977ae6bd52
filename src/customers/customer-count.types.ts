import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Whether a bounded count is the number of matches or a floor of it (Shopify's CountPrecision). */
export enum CountPrecision {
  EXACT = 'EXACT',
  AT_LEAST = 'AT_LEAST',
}

registerEnumType(CountPrecision, {
  name: 'CountPrecision',
  valuesConfig: {
    EXACT: { description: 'count is the number of matches.' },
    AT_LEAST: { description: 'At least count match (the counting stopped there).' },
  },
});

/** Default and largest `upTo` of a bounded count: 1,000 reads ~10 ms of a broad `q` at 1M customers (docs/performance.md). */
export const DEFAULT_COUNT_UP_TO = 1000;
export const MAX_COUNT_UP_TO = 100_000;

@ObjectType({ description: "A count that stops at a bound, as Shopify's Count: exact below it, AT_LEAST at it." })
export class BoundedCount {
  @Field(() => Int)
  count!: number;

  @Field(() => CountPrecision)
  precision!: CountPrecision;
}
