import type { OneshotId } from '../../core/audio/ambient-events.ts';
import type { SfxId } from '../../core/stage/ids.ts';

/**
 * Captions for sound effects in Spanish (Mexico), beside the English ones in src/core/audio/sound-catalog.ts.
 * A Record over every SfxId: a new effect without a Spanish caption does not compile.
 */
export const ES_CAPTIONS: Readonly<Record<SfxId, string>> = {
  gate_bolt: '[El cerrojo del portón se corre]',
  steel_door: '[Una puerta de acero se cierra de golpe]',
  car_engine: '[Arranca el motor de un coche]',
  alarm_buzzer: '[Suena el timbre de la alarma]',
  siren: '[Aúlla una sirena]',
  gunfire: '[Disparos en la oscuridad]',
  glass_break: '[Se rompe un vidrio]',
  footsteps: '[Pasos sobre la grava]',
  typewriter: '[Teclea una máquina de escribir]',
  dictaphone: '[El dictáfono zumba y chisporrotea]',
  ambulance_bell: '[Repica la campana de una ambulancia]',
  dog_bark: '[Ladra un perro]',
  rooster: '[Canta un gallo]',
  church_bell: '[Dobla la campana de una iglesia]',
  phone_ring: '[Suena el teléfono]',
  hammer: '[Martillazos]',
};

/** Captions for the ambient one-shots in Spanish (Mexico), beside ONESHOT_CAPTIONS in core/audio/ambient-events.ts. */
export const ES_ONESHOT_CAPTIONS: Readonly<Record<OneshotId, string>> = {
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
