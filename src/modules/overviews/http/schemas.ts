import { Type } from 'typebox';
import { Id, Int } from '../../../platform/http/schema-types.js';
import { MAX_UTC_OFFSET_MINUTES } from '../domain/time-window.js';

export const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const UtcOffsetMinutes = Type.Optional(
  Int({ minimum: -MAX_UTC_OFFSET_MINUTES, maximum: MAX_UTC_OFFSET_MINUTES, description: "The viewer's local time minus UTC in minutes (60 in Berlin in winter); sets where today and each hour begin. Default 0" }),
);

/** Every overview: its hours in the viewer's time zone. */
export const TimeZoneQuery = Type.Object({ utcOffsetMinutes: UtcOffsetMinutes });

/** The overviews of one warehouse's floor work. */
export const WarehouseQuery = Type.Object({ warehouseId: Type.Optional(Id({ description: 'Only this warehouse; default all' })), utcOffsetMinutes: UtcOffsetMinutes });

export const HourlySeries = Type.Object(
  {
    keys: Type.Array(Type.String(), { description: 'What the counts are split by (workers, zones, source systems...), largest total first; "" for none' }),
    hours: Type.Array(
      Type.Object({
        hourStart: Type.String({ description: 'Start of the hour (ISO 8601)' }),
        counts: Type.Record(Type.String(), Type.Integer(), { description: 'Count per key; keys with none are left out' }),
        total: Type.Integer(),
      }),
    ),
  },
  { description: 'One entry per hour of the window, zeros included' },
);

export const AgeCounts = Type.Array(
  Type.Object({
    bucket: Type.String({ description: 'under1h, 1to4h, 4to24h, 1to3d, 3to7d or over7d' }),
    fromHours: Type.Integer(),
    toHours: nullable(Type.Integer()),
    count: Type.Integer(),
  }),
  { description: 'How long the open records have been waiting, youngest bucket first' },
);

/** When the figures were taken and the window their hourly charts cover. */
export const Window = {
  generatedAt: Type.String(),
  windowStart: Type.String({ description: 'Start of the first hour of the hourly series' }),
  windowEnd: Type.String({ description: 'End of the last hour of the hourly series' }),
};

export const CountBy = (what: string) => Type.Array(Type.Object({ key: Type.String(), count: Type.Integer() }), { description: `Counts by ${what}` });
