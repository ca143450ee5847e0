import { Type } from 'typebox';
import { CommonErrors } from '../../../platform/errors.js';
import { existingTuples } from '../db/records.js';
import { decimalToFraction, MAX_FRACTION_TERM, reduce } from '../domain/conversion.js';
import { equals } from './filters.js';
import { naturalKeyOf, refField, type BatchProblem, type RecordProblem, type ResourceSpec } from './spec.js';
import { RowId } from '../../../platform/http/schema-types.js';

const term = (description: string) => Type.Integer({ minimum: 1, maximum: MAX_FRACTION_TERM, description });

/**
 * How many toUnit one fromUnit is, as an exact fraction, for every item or for one item. Only one
 * direction is stored: the reverse is used inverted, so a second, possibly contradicting rule for
 * the reverse direction is refused.
 */
export const unitConversions: ResourceSpec = {
  noun: 'unit conversion',
  plural: 'unit conversions',
  path: 'unit-conversions',
  table: 'unit_conversions',
  tag: 'units',
  fields: {
    id: { column: 'id', schema: RowId({ description: 'Id given by Quayside' }), input: false },
    itemNumber: { ...refField('item_number', 'Only for this item; omit or null for every item'), key: true },
    fromUnit: refField('from_unit', 'Unit converted from', { required: true, key: true }),
    toUnit: refField('to_unit', 'Unit converted to', { required: true, key: true }),
    numerator: { column: 'numerator', schema: term('1 fromUnit = numerator/denominator toUnit') },
    denominator: { column: 'denominator', schema: term('Denominator of the factor'), default: 1 },
    factor: {
      schema: Type.Number({ exclusiveMinimum: 0, maximum: MAX_FRACTION_TERM, description: 'Alternative to numerator/denominator: the decimal factor, read exactly as written' }),
      view: false,
    },
  },
  key: ['itemNumber', 'fromUnit', 'toUnit'],
  urlKey: ['id'],
  references: [
    { fields: ['fromUnit'], table: 'units', columns: ['symbol'], what: 'unit' },
    { fields: ['toUnit'], table: 'units', columns: ['symbol'], what: 'unit' },
    { fields: ['itemNumber'], table: 'items', columns: ['item_number'], what: 'item' },
  ],
  extras: {
    schema: { factor: Type.Number({ description: 'numerator/denominator as a decimal, for display' }) },
    compute: (_row, record) => ({ factor: Number(record.numerator) / Number(record.denominator) }),
  },
  filters: {
    itemNumber: equals('r.item_number'),
    fromUnit: equals('r.from_unit'),
    toUnit: equals('r.to_unit'),
  },
  clientsMayRead: false,
  rules: ({ input, record }) => {
    const problems: RecordProblem[] = [];
    if (record.fromUnit === record.toUnit) problems.push({ field: 'toUnit', reason: 'must differ from fromUnit', value: record.toUnit });
    if (input.factor !== undefined) {
      const fraction = decimalToFraction(input.factor as number);
      if (input.numerator !== undefined || input.denominator !== undefined) {
        problems.push({ field: 'factor', reason: 'give either factor or numerator and denominator, not both', value: input.factor });
      } else if (!fraction) {
        problems.push({ field: 'factor', reason: `is too small or too precise to keep exactly; give numerator and denominator`, value: input.factor });
      } else {
        record.numerator = fraction.numerator;
        record.denominator = fraction.denominator;
      }
    }
    delete record.factor;
    if (record.numerator === undefined || record.numerator === null) {
      problems.push({ field: 'numerator', reason: 'is required, or give factor' });
    } else if (problems.length === 0) {
      Object.assign(record, reduce({ numerator: record.numerator as number, denominator: record.denominator as number }));
    }
    return problems;
  },
  checkBatch: async (db, changes) => {
    const problems: BatchProblem[] = [];
    const inBatch = new Set(changes.map((c) => naturalKeyOf(unitConversions, c.record)));
    const reverse = (r: { itemNumber?: unknown; fromUnit?: unknown; toUnit?: unknown }) => [r.itemNumber ?? null, r.toUnit, r.fromUnit];
    const stored = await existingTuples(db, 'unit_conversions', ['item_number', 'from_unit', 'to_unit'], changes.filter((c) => !c.before).map((c) => reverse(c.record)));
    for (const change of changes) {
      if (change.before) continue;
      const key = JSON.stringify(reverse(change.record));
      if (stored.has(key) || inBatch.has(key)) {
        problems.push({
          index: change.index,
          field: 'toUnit',
          reason: `a conversion from '${String(change.record.toUnit)}' to '${String(change.record.fromUnit)}' exists and is used inverted`,
          value: change.record.toUnit,
          def: CommonErrors.conflict,
        });
      }
    }
    return problems;
  },
};
