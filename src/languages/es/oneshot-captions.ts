import type { OneshotId } from '../../core/audio/ambient-events.ts';

/**
 * Captions for the ambient one-shots in Spanish (Mexico), beside ONESHOT_CAPTIONS in core/audio/ambient-events.ts.
 * A file of its own (not in es-captions.ts) so it travels in the sound chunk, not in the Spanish first-text bytes.
 */
export const oneshotCaptions: Readonly<Record<OneshotId, string>> = {
  dog_far: '[Ladra un perro a lo lejos]',
  hens: '[Cacarean las gallinas]',
  bird_far: '[Canta un pájaro a lo lejos]',
  tram_far: '[Pasa un tranvía a lo lejos]',
  cart: '[Pasa un carro tirado por un caballo]',
  truck_far: '[Pasa un camión por la carretera]',
  vendor_call: '[Pregona un vendedor]',
  thunder_far: '[Retumba un trueno a lo lejos]',
  rain_tin: '[La lluvia repiquetea en un techo de lámina]',
  typing_far: '[Alguien teclea detrás de una puerta]',
  floorboard: '[Cruje una duela]',
  corridor_steps: '[Pasos y voces bajas en el pasillo]',
  tray: '[Alguien deja una charola de metal]',
};
