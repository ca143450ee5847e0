import { pino, type DestinationStream, type Logger } from 'pino';

export type { DestinationStream, Logger };

/**
 * JSON logs for machines; pretty lines when a person watches a terminal. A destination other than
 * standard output (the CLI run in process, in tests) always gets JSON.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  if (destination) return pino({ level }, destination);
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== 'production';
  return pino({
    level,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } } } : {}),
  });
}
