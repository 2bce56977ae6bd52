import { Prisma } from '../generated/prisma/client';

/**
 * Prisma error helpers. With driver adapters `meta.target` may be missing on
 * P2002; the violated constraint's name is under `meta.driverAdapterError`.
 */
export function isUniqueViolation(err: unknown): err is Prisma.PrismaClientKnownRequestError {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';
}

/** Name of the violated unique index or constraint, when the error says. */
export function violatedConstraint(err: Prisma.PrismaClientKnownRequestError): string {
  const meta = (err.meta ?? {}) as Record<string, unknown>;
  const adapterError = meta.driverAdapterError as { cause?: { constraint?: { index?: string; fields?: string[] } } } | undefined;
  const constraint = adapterError?.cause?.constraint;
  if (constraint?.index) return constraint.index;
  const target = meta.target;
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return target.join(',');
  if (constraint?.fields) return constraint.fields.join(',');
  return '';
}

/** Write conflicts and deadlocks: the transaction can simply run again. */
export function isRetryable(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && (err.code === 'P2034' || err.code === 'P2028');
}
