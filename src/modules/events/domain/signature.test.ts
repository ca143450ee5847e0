import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { cryptoIds } from '../../../platform/ids.js';
import { newWebhookSecret, signedHeaders } from './signature.js';

describe('webhook signatures', () => {
  it('makes Standard Webhooks secrets', () => {
    const secret = newWebhookSecret(cryptoIds);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
  });

  it('signs so that a receiver with either the new or the old secret can verify', () => {
    const [current, previous] = [newWebhookSecret(cryptoIds), newWebhookSecret(cryptoIds)];
    const body = JSON.stringify({ hello: 'world' });
    const headers = signedHeaders([current, previous], 'evt-1', Date.now(), body);
    expect(new Webhook(current).verify(body, headers)).toEqual({ hello: 'world' });
    expect(new Webhook(previous).verify(body, headers)).toEqual({ hello: 'world' });
    expect(() => new Webhook(newWebhookSecret(cryptoIds)).verify(body, headers)).toThrow();
  });
});
