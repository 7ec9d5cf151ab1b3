// The compound plan of Avenida Viena 19, top-down, north up (street along the top, the dry Churubusco river bed
// beyond it). Schematic, after record.md §3.1–3.2: the T-shaped house whose top bar runs along the east wall
// (library, dining room, kitchen, WC, a bedroom) with the stem projecting into the garden (study, bath, the
// Trotskys' bedroom, Seva's room with its garden door); the garage at the street corner as the only entrance; the
// guards' rooms in a row against an inside wall; rabbit hutches behind the garage and the hen-house further on; the
// old tower; trees and cacti. Exact positions are not in the record: proportions are ours. Labels are drawn by
// Phaser from manifest.json (so they use the game's fonts and can be translated).

import { PALETTES, box, framed, poly, blob, line, polyline, between, svg } from './ink-kit.mjs';

/** The plan reads as a paper map by day; at night as cream lines on deep blue-black. */
export function planPalette(time) {
  const P = PALETTES[time];
  if (time !== 'night') return { ...P, map: P.paper, fill: P.wall, mark: P.ink };
  return {
    ...P,
    paper: '#18223b',
    wall: '#24314f',
    ground: '#1c2740',
    ink: '#d9cca8',
    line: '#d9cca8',
    light: '#ead9a8',
    map: '#141c31',
    fill: '#24314f',
    mark: '#d9cca8',
  };
}

const C = { x0: 150, y0: 110, x1: 820, y1: 525 };
export const ROOMS = {
  garage: [160, 118, 90, 62],
  guards: [262, 118, 208, 48],
  library: [700, 118, 112, 82],
  dining: [700, 200, 112, 85],
  kitchen: [700, 285, 112, 65],
  wc: [700, 350, 112, 22],
  bedroom2: [700, 372, 112, 78],
  study: [615, 205, 85, 75],
  bath: [615, 255, 34, 25],
  bedroom: [545, 205, 70, 75],
  seva: [475, 205, 70, 75],
  henhouse: [175, 330, 100, 46],
  oldtower: [162, 474, 42, 42],
};

/** Where each compound scene sits on the plan (the "you are here" mark on the small plan). */
export const MARKERS = {
  gate: [205, 150],
  patio: [400, 330],
  study: [657, 236],
  dining: [756, 242],
  library: [756, 160],
  bedroom: [580, 242],
  guardroom: [366, 142],
  tower: [267, 117],
  street: [300, 72],
};

/** Labels drawn on the plan by the picture layer; `text` is the English, `id` keys the translations (strings' `planLabels`). */
export const LABELS = [
  { id: 'river_bed', text: 'Dry river bed', x: 480, y: 20 },
  { id: 'avenida_viena', text: 'Avenida Viena', x: 560, y: 74 },
  { id: 'police_hut', text: 'Police hut', x: 330, y: 56, size: 'small' },
  { id: 'garage', text: 'Garage', x: 205, y: 138, size: 'small' },
  { id: 'only_way_in', text: 'only way in', x: 205, y: 158, size: 'small' },
  { id: 'guards_rooms', text: "Guards' rooms", x: 366, y: 142 },
  { id: 'rabbits', text: 'Rabbits', x: 205, y: 276, size: 'small' },
  { id: 'hens', text: 'Hens', x: 225, y: 392, size: 'small' },
  { id: 'old_tower', text: 'Old tower', x: 220, y: 500, size: 'small', align: 'left' },
  { id: 'library', text: 'Library', x: 756, y: 160, size: 'small' },
  { id: 'dining', text: 'Dining', x: 756, y: 242, size: 'small' },
  { id: 'kitchen', text: 'Kitchen', x: 756, y: 318, size: 'small' },
  { id: 'east_bedroom', text: 'Bedroom', x: 756, y: 410, size: 'small' },
  { id: 'study', text: 'Study', x: 657, y: 232, size: 'small' },
  { id: 'bedroom', text: 'Bedroom', x: 580, y: 232, size: 'small' },
  { id: 'seva_room', text: "Seva's room", x: 510, y: 232, size: 'small' },
  { id: 'patio', text: 'Patio', x: 430, y: 420 },
  { id: 'neighbour', text: 'Neighbour', x: 75, y: 320, size: 'small' },
];

function room(P, [x, y, w, h], fill = P.fill) {
  return framed(x, y, w, h, fill, P.ink, 3);
}

function tree(P, x, y, r) {
  return blob(x, y, r, r, P.ink, '', 3) + blob(x - r * 0.15, y - r * 0.15, r * 0.72, r * 0.72, 'url(#cv)', '', 3);
}

export function planBase(P) {
  const out = [`<rect width="960" height="540" fill="${P.map}"/>`];
  // river bed and street
  out.push(
    `<rect y="0" width="960" height="40" fill="${P.ground}"/>`,
    `<rect y="0" width="960" height="40" fill="url(#dots)" opacity="0.55"/>`,
  );
  for (let i = 0; i < 16; i++)
    out.push(
      blob(
        between(20, 940),
        between(8, 32),
        between(4, 9),
        between(2, 4),
        P.map,
        `stroke="${P.ink}" stroke-width="1.2"`,
        0.4,
      ),
    );
  out.push(
    polyline(
      [
        [0, 42],
        [960, 42],
      ],
      P.ink,
      2,
    ),
  );
  out.push(
    `<rect y="46" width="960" height="56" fill="${P.fill}"/>`,
    `<rect y="46" width="960" height="56" fill="url(#hh)" opacity="0.3"/>`,
  );
  out.push(
    polyline(
      [
        [0, 102],
        [960, 102],
      ],
      P.ink,
      2,
    ),
  );
  // the police hut on the street
  out.push(
    framed(300, 60, 60, 30, P.map, P.ink, 3),
    `<rect x="302" y="62" width="56" height="26" fill="url(#hd)" opacity="0.5"/>`,
  );
  // the neighbour (the one shared wall) and open ground elsewhere
  out.push(`<rect x="0" y="106" width="${C.x0 - 4}" height="434" fill="url(#hd)" opacity="0.35"/>`);
  out.push(`<rect x="${C.x1 + 6}" y="106" width="${960 - C.x1 - 6}" height="434" fill="url(#dots)" opacity="0.3"/>`);
  // garden ground
  out.push(box(C.x0, C.y0, C.x1 - C.x0, C.y1 - C.y0, P.map));
  out.push(
    `<rect x="${C.x0}" y="${C.y0}" width="${C.x1 - C.x0}" height="${C.y1 - C.y0}" fill="url(#dots)" opacity="0.25"/>`,
  );
  // walls (about 14 ft high), the gap at the garage door is the only way in
  out.push(
    `<path d="M176 ${C.y0}H${C.x0}V${C.y1}H${C.x1}V${C.y0}H234" fill="none" stroke="${P.ink}" stroke-width="10" stroke-linejoin="round"/>`,
  );
  // the garage door (old wooden entrance), in the accent
  out.push(box(176, C.y0 - 4, 58, 8, P.accent, `stroke="${P.ink}" stroke-width="2"`, 0.3));
  // path from the gate across the patio to the library door
  out.push(
    `<path d="M205 180 C 300 200 420 180 520 170 S 660 150 700 150" fill="none" stroke="${P.ink}" stroke-width="2.5" stroke-dasharray="3 9" stroke-linecap="round"/>`,
  );
  // trees: the great eucalyptus, fig, pear, apple, cedars; a cactus bed
  out.push(
    tree(P, 400, 330, 50),
    tree(P, 580, 380, 30),
    tree(P, 310, 455, 26),
    tree(P, 440, 470, 24),
    tree(P, 640, 470, 17),
    tree(P, 685, 490, 16),
  );
  for (let i = 0; i < 9; i++) {
    const x = 490 + i * 13;
    out.push(`<path d="M${x} 305l3 10 -6 0z M${x - 5} 312h10" stroke="${P.ink}" stroke-width="2" fill="${P.ink}"/>`);
  }
  // outbuildings
  out.push(
    room(P, ROOMS.garage, P.map),
    `<rect x="164" y="122" width="82" height="54" fill="url(#hd)" opacity="0.35"/>`,
  );
  const [gx, gy, gw, gh] = ROOMS.guards;
  out.push(room(P, ROOMS.guards));
  for (let i = 1; i < 4; i++) out.push(line(gx + (gw * i) / 4, gy, gx + (gw * i) / 4, gy + gh, P.ink, 3));
  for (let r = 0; r < 5; r++)
    for (let c = 0; c < 2; c++) out.push(framed(170 + c * 36, 204 + r * 13, 32, 10, P.fill, P.ink, 1.6));
  out.push(room(P, ROOMS.henhouse), `<rect x="180" y="336" width="90" height="34" fill="url(#hx)" opacity="0.35"/>`);
  out.push(`<path d="M170 376V420H300V376" fill="none" stroke="${P.ink}" stroke-width="1.6" stroke-dasharray="2 4"/>`);
  out.push(room(P, ROOMS.oldtower, P.ink), framed(172, 484, 22, 22, P.map, P.ink, 2));
  // the house: the T
  for (const k of ['library', 'dining', 'kitchen', 'wc', 'bedroom2', 'study', 'bedroom', 'seva'])
    out.push(room(P, ROOMS[k]));
  out.push(room(P, ROOMS.bath, P.map));
  out.push(
    `<path d="M700 118h112v332h-112z M475 205h225v75h-225z" fill="none" stroke="${P.ink}" stroke-width="6" stroke-linejoin="round"/>`,
  );
  // windows on the garden side (gaps with grille ticks) and doors
  for (const x of [490, 560, 630]) out.push(box(x, 277, 30, 6, P.map, `stroke="${P.ink}" stroke-width="1.5"`, 0.2));
  for (const y of [140, 220, 300]) out.push(box(697, y, 6, 30, P.map, `stroke="${P.ink}" stroke-width="1.5"`, 0.2));
  out.push(box(475, 232, 6, 20, P.accent, '', 0.2)); // Seva's garden door
  return out.join('');
}

function towerMark(P, x, y) {
  return [
    framed(x, y, 34, 34, P.accent, P.ink, 3),
    `<rect x="${x + 3}" y="${y + 3}" width="28" height="28" fill="url(#hx)" opacity="0.5"/>`,
    box(x + 8, y + 14, 18, 5, P.ink, '', 0.2),
  ].join('');
}
function guardMark(P, x, y) {
  return (
    blob(x, y, 7, 7, P.accent, `stroke="${P.ink}" stroke-width="2"`, 0.3) +
    line(x + 4, y - 4, x + 12, y - 14, P.ink, 2.2)
  );
}
function icon(P, x, y, kind) {
  const ring = blob(x, y, 13, 13, P.map, `stroke="${P.accent}" stroke-width="3"`, 0.3);
  switch (kind) {
    case 'bell':
      return (
        ring +
        poly(
          [
            [x - 7, y + 5],
            [x - 5, y - 4],
            [x, y - 8],
            [x + 5, y - 4],
            [x + 7, y + 5],
          ],
          P.ink,
          '',
          0.2,
        ) +
        blob(x, y + 7, 2, 2, P.ink, '', 0)
      );
    case 'clock':
      return ring + line(x, y, x, y - 8, P.ink, 2.2) + line(x, y, x + 6, y + 2, P.ink, 2.2);
    case 'book':
      return (
        ring +
        poly(
          [
            [x - 9, y - 5],
            [x, y - 2],
            [x + 9, y - 5],
            [x + 9, y + 6],
            [x, y + 8],
            [x - 9, y + 6],
          ],
          P.ink,
          '',
          0.2,
        ) +
        line(x, y - 2, x, y + 8, P.map, 1.5)
      );
    case 'check':
      return (
        ring +
        polyline(
          [
            [x - 7, y],
            [x - 2, y + 6],
            [x + 8, y - 7],
          ],
          P.ink,
          3,
        )
      );
    default:
      return ring;
  }
}

/** Overlays: each measure drawn where it belongs. Boxes are [x, y, w, h] on the 960×540 plan. */
export const planOverlays = {
  alarm_tested: (P) => ({
    x: 300,
    y: 150,
    w: 420,
    h: 50,
    body:
      icon(P, 320, 178, 'bell') +
      `<path d="M334 178 C 480 190 600 176 700 170" fill="none" stroke="${P.accent}" stroke-width="2" stroke-dasharray="6 4"/>`,
  }),
  police_checked: (P) => ({ x: 360, y: 52, w: 40, h: 40, body: icon(P, 378, 74, 'check') }),
  night_rota: (P) => ({ x: 400, y: 162, w: 40, h: 36, body: icon(P, 420, 180, 'clock') }),
  visitor_log: (P) => ({ x: 225, y: 150, w: 40, h: 40, body: icon(P, 244, 168, 'book') }),
  two_guard_gate: (P) => ({
    x: 180,
    y: 120,
    w: 110,
    h: 60,
    body:
      guardMark(P, 198, 166) +
      guardMark(P, 268, 140) +
      `<path d="M205 160 L262 144" stroke="${P.accent}" stroke-width="2" stroke-dasharray="3 3"/>`,
  }),
  sandbags_early: (P) => ({
    x: 160,
    y: 168,
    w: 320,
    h: 24,
    body: [...Array(11)]
      .map((_, i) => blob(274 + i * 18, 175, 9, 4.5, P.fill, `stroke="${P.ink}" stroke-width="1.6"`, 0.3))
      .join(''),
  }),
  steel_doors: (P) => ({
    x: 170,
    y: 100,
    w: 70,
    h: 84,
    body:
      box(176, C.y0 - 6, 58, 12, P.ink, '', 0.2) +
      line(205, C.y0 - 6, 205, C.y0 + 6, P.map, 2) +
      `<path d="M168 176h74" stroke="${P.ink}" stroke-width="4" stroke-dasharray="4 3"/>`,
  }),
  towers: (P) => ({ x: 248, y: 96, w: 575, h: 432, body: towerMark(P, 250, 98) + towerMark(P, 786, 490) }),
  siren: (P) => ({
    x: 278,
    y: 80,
    w: 40,
    h: 40,
    body: poly(
      [
        [284, 100],
        [300, 90],
        [312, 84],
        [312, 114],
        [300, 108],
        [284, 104],
      ],
      P.accent,
      `stroke="${P.ink}" stroke-width="2"`,
      0.2,
    ),
  }),
  wire_lights: (P) => {
    const pts = [];
    const zig = (x0, y0, x1, y1) => {
      const n = Math.round(Math.hypot(x1 - x0, y1 - y0) / 10);
      for (let i = 0; i <= n; i++)
        pts.push([
          x0 + ((x1 - x0) * i) / n + (i % 2 ? 3 : -3) * (y0 === y1 ? 0 : 1),
          y0 + ((y1 - y0) * i) / n + (i % 2 ? 3 : -3) * (y0 === y1 ? 1 : 0),
        ]);
    };
    zig(C.x0 + 12, C.y0 + 10, C.x1 - 12, C.y0 + 10);
    const body = [polyline(pts, P.ink, 1.4)];
    pts.length = 0;
    zig(C.x1 - 10, C.y0 + 12, C.x1 - 10, C.y1 - 12);
    body.push(polyline(pts, P.ink, 1.4));
    pts.length = 0;
    zig(C.x1 - 12, C.y1 - 10, C.x0 + 12, C.y1 - 10);
    body.push(polyline(pts, P.ink, 1.4));
    pts.length = 0;
    zig(C.x0 + 10, C.y1 - 12, C.x0 + 10, C.y0 + 12);
    body.push(polyline(pts, P.ink, 1.4));
    for (const [x, y] of [
      [C.x0 + 14, C.y0 + 14],
      [C.x1 - 14, C.y0 + 14],
      [C.x1 - 14, C.y1 - 14],
      [C.x0 + 14, C.y1 - 14],
      [480, C.y1 - 14],
      [480, C.y0 + 14],
    ]) {
      body.push(
        `<path d="M${x - 7} ${y}H${x + 7}M${x} ${y - 7}V${y + 7}M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x - 5} ${y + 5}L${x + 5} ${y - 5}" stroke="${P.accent}" stroke-width="2.2"/>`,
      );
    }
    return { x: C.x0, y: C.y0, w: C.x1 - C.x0, h: C.y1 - C.y0, body: body.join('') };
  },
  shutters: (P) => ({
    x: 484,
    y: 130,
    w: 224,
    h: 158,
    body: [
      ...[490, 560, 630].map((x) => box(x - 2, 275, 34, 10, P.ink, '', 0.2)),
      ...[140, 220, 300].map((y) => box(695, y - 2, 10, 34, P.ink, '', 0.2)),
    ].join(''),
  }),
  police_tripled: (P) => ({
    x: 230,
    y: 50,
    w: 150,
    h: 50,
    body: [245, 262, 279, 380, 397, 414]
      .map((x, i) => blob(x, i < 3 ? 76 : 80, 5.5, 5.5, P.accent, `stroke="${P.ink}" stroke-width="1.6"`, 0.2))
      .join(''),
  }),
  redoubt: (P) => ({
    x: 540,
    y: 282,
    w: 80,
    h: 30,
    body: framed(548, 286, 64, 22, P.ink, P.ink, 3) + `<rect x="551" y="289" width="58" height="16" fill="url(#cv)"/>`,
  }),
};

/** The small plan in a scene's corner: walls, the T, the outbuildings; no hatching (it is shown tiny). */
export function insetSvg() {
  const P = planPalette('day');
  const b = [
    `<rect width="960" height="540" fill="${P.map}"/>`,
    `<rect y="46" width="960" height="56" fill="${P.fill}"/>`,
  ];
  b.push(
    `<path d="M176 ${C.y0}H${C.x0}V${C.y1}H${C.x1}V${C.y0}H234" fill="none" stroke="${P.ink}" stroke-width="16"/>`,
  );
  for (const k of Object.keys(ROOMS)) {
    const [x, y, w, h] = ROOMS[k];
    b.push(
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${k === 'oldtower' ? P.ink : P.fill}" stroke="${P.ink}" stroke-width="6"/>`,
    );
  }
  b.push(`<rect x="300" y="60" width="60" height="30" fill="${P.fill}" stroke="${P.ink}" stroke-width="6"/>`);
  b.push(`<circle cx="400" cy="330" r="46" fill="${P.ink}"/><circle cx="580" cy="380" r="28" fill="${P.ink}"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 540" width="960" height="540">${b.join('')}</svg>\n`;
}

export { svg };
