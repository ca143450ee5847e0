import { randomBytes, randomUUID } from 'node:crypto';

export interface IdGenerator {
  uuid(): string;
  secret(bytes?: number): string;
}

export const cryptoIds: IdGenerator = {
  uuid: () => randomUUID(),
  secret: (bytes = 24) => randomBytes(bytes).toString('base64url'),
};
