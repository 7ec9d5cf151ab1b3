import { enKiosk, enKioskStaff, type KioskStaffStrings, type KioskVisitorStrings } from '../../ui/strings/en-kiosk.ts';

/** The kiosk's visitor screens and staff panel in English. */
export const kioskStrings: KioskVisitorStrings = enKiosk;
export const kioskStaffStrings: KioskStaffStrings = enKioskStaff;
