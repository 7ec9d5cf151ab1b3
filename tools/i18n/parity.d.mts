// Types for parity.mjs (a plain ESM tool run by node directly).

/** Compiles both stories and compares their shapes; `problems` names every compile message and the first difference. */
export function checkParity(first?: string, second?: string): { ok: boolean; problems: string[] };
