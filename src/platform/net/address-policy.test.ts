import { describe, expect, it } from 'vitest';
import { parseTargetPolicy, PUBLIC_ONLY, refusedAddress, refusedHostName } from './address-policy.js';

describe('which addresses webhooks may reach', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private network'],
    ['172.16.0.1', 'private network'],
    ['192.168.1.1', 'private network'],
    ['fc00::1', 'private network'],
    ['fd12:3456::1', 'private network'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped IPv6 address (a loopback address)'],
    ['::ffff:10.0.0.1', 'IPv4-mapped IPv6 address (a private network address)'],
    ['169.254.169.254', 'cloud metadata'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['100.100.100.200', 'cloud metadata'],
    ['64:ff9b::7f00:1', 'special-purpose'],
    ['2002:7f00:1::', 'special-purpose'],
    ['198.18.0.1', 'special-purpose'],
  ])('refuses %s (%s)', (address, kind) => {
    expect(refusedAddress(PUBLIC_ONLY, address)).toContain(kind);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700::1111'])('lets a public address through: %s', (address) => {
    expect(refusedAddress(PUBLIC_ONLY, address)).toBeUndefined();
  });

  it('lets allow-listed ranges and host names reach non-public addresses, but never a metadata service', () => {
    const policy = parseTargetPolicy(['10.20.0.0/16', '127.0.0.1', 'erp.corp.example', '*.plant.example', '169.254.0.0/16']);
    expect(refusedAddress(policy, '10.20.5.5')).toBeUndefined();
    expect(refusedAddress(policy, '10.21.0.1')).toContain('private network');
    expect(refusedAddress(policy, '127.0.0.1')).toBeUndefined();
    expect(refusedAddress(policy, '::ffff:127.0.0.1')).toBeUndefined();
    expect(refusedAddress(policy, '127.0.0.2')).toContain('loopback');
    expect(refusedAddress(policy, '169.254.169.254')).toContain('cloud metadata');
    expect(refusedAddress(policy, '192.168.0.1', true)).toBeUndefined();
    expect(refusedAddress(policy, '169.254.169.254', true)).toContain('cloud metadata');
    expect(policy.allowedHosts).toEqual(['erp.corp.example', '*.plant.example']);
  });

  it('refuses names of this machine and of metadata services before any lookup', () => {
    expect(refusedHostName('localhost')).toContain('localhost');
    expect(refusedHostName('LOCALHOST.')).toContain('localhost');
    expect(refusedHostName('api.localhost')).toContain('localhost');
    expect(refusedHostName('metadata.google.internal')).toContain('metadata');
    expect(refusedHostName('erp.example.com')).toBeUndefined();
  });

  it('refuses an allow-list entry it cannot read, naming it', () => {
    expect(() => parseTargetPolicy(['10.0.0.0/33'])).toThrow("'10.0.0.0/33'");
    expect(() => parseTargetPolicy(['http://erp/'])).toThrow("'http://erp/'");
  });
});
