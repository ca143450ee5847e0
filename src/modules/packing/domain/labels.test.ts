import { describe, expect, it } from 'vitest';
import { refusedPrinterHost, refusedPrinterAddress } from './printer-target.js';
import { computedWeight } from './weight.js';
import { containerZpl } from './zpl.js';

describe('container weight', () => {
  it('is the tare plus each line\'s quantity times its unit weight, rounded up to whole grams per line', () => {
    expect(computedWeight(400, [{ itemNumber: 'A', qty: 4_000_000, unitWeightGrams: 250 }, { itemNumber: 'B', qty: 1_500_000, unitWeightGrams: 3 }])).toEqual({ grams: 400 + 1000 + 5 });
  });

  it('cannot be computed when an item has no unit weight', () => {
    expect(computedWeight(400, [{ itemNumber: 'A', qty: 1, unitWeightGrams: null }])).toEqual({ missing: ['A'] });
  });
});

describe('ZPL label', () => {
  const label = {
    sscc: '340123450000000011',
    containerId: 'WH1-CT0000001',
    containerTypeName: 'Carton',
    shipmentId: 'SHP-1',
    loadId: 'LOAD-1',
    warehouseName: 'Main ^XZ~JR',
    receiver: ['Müller GmbH', 'Hafenstraße 1'],
    carrierId: null,
    weightGrams: 1400,
    contents: [{ itemNumber: 'ITEM-1', qty: '4', unit: 'ea' }],
  };

  it('has one label with the SSCC as GS1-128 and field data that cannot end it early', () => {
    const zpl = containerZpl(label);
    expect(zpl.startsWith('^XA')).toBe(true);
    expect(zpl.trim().endsWith('^XZ')).toBe(true);
    expect(zpl.match(/\^XZ/g)).toHaveLength(1);
    expect(zpl).not.toContain('~JR');
    expect(zpl).toContain('^BCN,230,Y,N,N,D^FD(00)340123450000000011^FS');
    expect(zpl).toContain('WEIGHT 1.400 kg');
    expect(zpl).toContain('M?ller GmbH');
  });
});

describe('where label printers may be (ADR 0021)', () => {
  it('allows the warehouse network and loopback, never a metadata address or this machine by name', () => {
    expect(refusedPrinterHost('192.168.10.21')).toBeUndefined();
    expect(refusedPrinterHost('10.1.2.3')).toBeUndefined();
    expect(refusedPrinterHost('127.0.0.1')).toBeUndefined();
    expect(refusedPrinterHost('zebra-dock-1.lan')).toBeUndefined();
    expect(refusedPrinterHost('169.254.169.254')).toMatch(/metadata/);
    expect(refusedPrinterHost('metadata.google.internal')).toMatch(/metadata/);
    expect(refusedPrinterHost('localhost')).toMatch(/localhost/);
    expect(refusedPrinterHost('224.0.0.1')).toMatch(/multicast/);
    expect(refusedPrinterAddress('::ffff:169.254.169.254')).toMatch(/metadata/);
  });
});
