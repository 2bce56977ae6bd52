import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Keys that may hold secrets, censored wherever a log call passes them by
 * mistake. The request log never passes headers or GraphQL variables (which
 * carry passwords) in the first place; this is the net under that rule.
 */
const REDACT = [
  'authorization',
  'password',
  'passwordHash',
  'token',
  'variables',
  'headers.authorization',
  'headers.cookie',
  '*.authorization',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.variables',
];

/**
 * Prisma's error messages (and stacks, which repeat them) can print the
 * call's arguments — a customer's password hash among them. Log such errors
 * by code, meta and their last message line (the reason), with stack frames
 * only.
 */
function serializeError(err: unknown) {
  const error = err as Error & { code?: string; meta?: unknown; clientVersion?: string };
  if (!(error instanceof Error) || !error.name.startsWith('PrismaClient')) return pino.stdSerializers.err(err as Error);
  const reason = error.message.trim().split('\n').pop() ?? '';
  const frames = (error.stack ?? '').split('\n').filter((line) => line.startsWith('    at '));
  return { type: error.name, code: error.code, meta: error.meta, message: reason, stack: frames.join('\n') };
}

/**
 * One JSON object per line on stdout (or `destination`): `level` as a name,
 * `time` as ISO 8601, the message under `msg`, errors under `err` with their
 * stack. Pipe through `npx pino-pretty` to read them in a terminal.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: serializeError },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/** Logs nothing (tests that do not look at logs). */
export const silentLogger: Logger = pino({ level: 'silent' });
