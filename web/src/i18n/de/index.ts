import type { Catalogue } from '../catalogue';
import type { en } from '../en';
import { common } from './common';
import { integration } from './integration';
import { packing } from './packing';
import { mobile } from './mobile';
import { replenishment } from './replenishment';
import { status } from './status';
import { table } from './table';

export const de: Catalogue<typeof en> = { common, status, table, integration, packing, mobile, replenishment };
