/**
 * A visitor picked another language on the attract screen: the page reloads in it (each language is its own story
 * file) with `visit=begin`, so the visit starts without a second tap. `replace`, not `assign`: the kiosk window
 * keeps one page in its history, so staff can still close it. `address` is the page in that language with
 * `visit=begin` (KioskRuntimeParts.addressIn).
 */
export function reloadInLanguage(win: Window, address: string): void {
  win.location.replace(address);
}

/**
 * Whether this load is the one a language choice asked for (`visit=begin`); if so the address loses the marker
 * (a planned reload later must not skip the attract screen).
 */
export function takeVisitBegin(win: Window, search: string): boolean {
  const params = new URLSearchParams(search);
  if (params.get('visit') !== 'begin') return false;
  params.delete('visit');
  const query = params.toString();
  try {
    win.history.replaceState(null, '', `${win.location.pathname}${query ? `?${query}` : ''}`);
  } catch (error) {
    console.warn('[kiosk] the address could not be tidied', error);
  }
  return true;
}
