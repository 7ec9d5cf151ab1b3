// Test support: reads an Ogg Vorbis file's channels, sample rate and duration from its pages (no decoder needed).
// Duration = the last page's granule position (samples per channel) ÷ the identification header's sample rate.

export interface OggInfo {
  readonly channels: number;
  readonly sampleRate: number;
  readonly seconds: number;
}

export function oggInfo(bytes: Uint8Array): OggInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isPage = (at: number) =>
    bytes[at] === 0x4f && bytes[at + 1] === 0x67 && bytes[at + 2] === 0x67 && bytes[at + 3] === 0x53;
  if (!isPage(0)) throw new Error('not an Ogg file (no OggS at the start)');
  // first page: 27-byte header + segment table, then the Vorbis identification packet
  const segments = bytes[26] ?? 0;
  const packet = 27 + segments;
  const tag = String.fromCharCode(...bytes.subarray(packet + 1, packet + 7));
  if (bytes[packet] !== 1 || tag !== 'vorbis')
    throw new Error('the first packet is not a Vorbis identification header');
  const channels = bytes[packet + 11] ?? 0;
  const sampleRate = view.getUint32(packet + 12, true);
  let last = -1;
  for (let at = bytes.length - 27; at >= 0; at--) {
    if (isPage(at)) {
      last = at;
      break;
    }
  }
  if (last < 0) throw new Error('no final Ogg page');
  const granule = Number(view.getBigInt64(last + 6, true));
  return { channels, sampleRate, seconds: granule / sampleRate };
}
