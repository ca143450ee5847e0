import type { Catalogue } from '../catalogue';
import type { en } from '../en';
import { common } from './common';
import { packing } from './packing';
import { status } from './status';

export const de: Catalogue<typeof en> = { common, status, packing };
