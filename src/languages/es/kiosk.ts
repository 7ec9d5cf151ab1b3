import type { KioskStaffStrings, KioskVisitorStrings } from '../../ui/strings/en-kiosk.ts';
import { esKiosk, esKioskStaff } from '../../ui/strings/es-kiosk.ts';

/** The kiosk's visitor screens and staff panel in Spanish. */
export const kioskStrings: KioskVisitorStrings = esKiosk;
export const kioskStaffStrings: KioskStaffStrings = esKioskStaff;
