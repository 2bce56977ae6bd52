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
 * Prisma's validation errors print the failed call with its argument values
 * (a customer's password hash among them), in the message and again in the
 * stack. Log those by type, their last message line (the reason) and stack
 * frames only. Other errors, Prisma's request errors included (their
 * messages quote our source code and the database's reason), are logged in
 * full.
 */
function serializeError(err: unknown) {
  const error = err as Error;
  if (!(error instanceof Error) || error.name !== 'PrismaClientValidationError') return pino.stdSerializers.err(error);
  const reason = error.message.trim().split('\n').pop() ?? '';
  const frames = (error.stack ?? '').split('\n').filter((line) => line.startsWith('    at '));
  return { type: error.name, message: reason, stack: [`${error.name}: ${reason}`, ...frames].join('\n') };
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
