import type { Catalogue } from '../catalogue';
import type { en } from '../en';
import { common } from './common';
import { replenishment } from './replenishment';
import { status } from './status';

export const de: Catalogue<typeof en> = { common, status, replenishment };
