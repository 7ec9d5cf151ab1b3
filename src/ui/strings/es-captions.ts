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
