import type { Feature } from './app-context.ts';
import { installRecord } from '../ui/dom/record/install-record.ts';

/** Every feature the game installs at boot, in order. Each lives in its own module and owns its own DOM. */
export const FEATURES: readonly Feature[] = [installRecord];
