// The compound seen from outside and from its roofs: gate, street, patio, tower. Each scene is a function of the
// palette (time of day); its overlays are the security measures that can be seen from there (record.md §3.3–3.4).

import {
  W,
  H,
  PALETTES,
  box,
  framed,
  poly,
  blob,
  line,
  polyline,
  sky,
  ground,
  eucalyptus,
  roundTree,
  organCactus,
  agave,
  person,
  grilledWindow,
  volcanoes,
  between,
} from './ink-kit.mjs';

const isNight = (P) => P.night;
const windowPane = (P) => (P.night ? '#1a2440' : P.sky);

/** The high (~14 ft) plastered wall, with patches of brick where the plaster has fallen. */
function highWall(P, x0, x1, top, base) {
  const out = [box(x0, top, x1 - x0, base - top, P.wall, '', 1.5)];
  out.push(`<rect x="${x0}" y="${top}" width="${x1 - x0}" height="8" fill="${P.ink}"/>`);
  // where the plaster has fallen away: a few larger patches of brick, each cut as a ragged window in the wall
  const patches = base - top > 200 ? 3 : 0;
  for (let i = 0; i < patches; i++) {
    const bx = x0 + 60 + i * ((x1 - x0 - 200) / 2) + between(-30, 30);
    const by = between(top + 40, base - 110);
    const rows = 4;
    out.push(blob(bx + 40, by + rows * 6, 58, rows * 8, P.night ? '#232d47' : P.ground, '', 4));
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < 4 - (r % 2); c++)
        out.push(
          box(bx + c * 24 + (r % 2) * 12, by + r * 12, 20, 8, 'none', `stroke="${P.ink}" stroke-width="1.6"`, 0.5),
        );
  }
  out.push(`<rect x="${x0}" y="${base - 26}" width="${x1 - x0}" height="26" fill="url(#hd)" opacity="0.45"/>`);
  return out.join('');
}

/** Lamp on a bracket with (at night) a cone of light. */
function wallLamp(P, x, y) {
  const out = [];
  if (P.night)
    out.push(
      poly(
        [
          [x - 6, y + 8],
          [x + 6, y + 8],
          [x + 60, y + 140],
          [x - 60, y + 140],
        ],
        P.glow,
        'opacity="0.85"',
        1,
      ),
    );
  out.push(
    line(x, y - 14, x, y, P.ink, 3),
    blob(x, y + 4, 8, 6, P.night ? P.light : P.ink, `stroke="${P.ink}" stroke-width="2"`, 0.4),
  );
  return out.join('');
}

function wireAlong(P, x0, x1, y) {
  const out = [];
  for (let x = x0; x < x1; x += 26) out.push(line(x, y, x, y - 18, P.ink, 2.2));
  for (let k = 0; k < 3; k++) {
    const pts = [];
    for (let x = x0; x <= x1; x += 13) pts.push([x, y - 6 - k * 6 + ((x / 13) % 2 ? 2 : -2)]);
    out.push(polyline(pts, P.ink, 1.3));
  }
  return out.join('');
}

function sandbags(P, x, base, cols, rows) {
  const out = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols - (r % 2 ? 1 : 0); c++) {
      const bx = x + c * 34 + (r % 2 ? 17 : 0);
      const by = base - 16 - r * 15;
      out.push(blob(bx + 16, by + 8, 17, 9, P.paper, `stroke="${P.ink}" stroke-width="2.4"`, 1));
      out.push(line(bx + 6, by + 8, bx + 26, by + 8, P.ink, 1.2));
    }
  }
  return out.join('');
}

/** A guard tower: a square brick tower with narrow horizontal firing slits (record.md §3.2). */
function guardTower(P, x, base, w, h, withGuard = false) {
  const out = [framed(x, base - h, w, h, P.wall, P.ink, 4)];
  out.push(
    `<rect x="${x + 2}" y="${base - h + 2}" width="${w - 4}" height="${h - 4}" fill="url(#hd)" opacity="0.35"/>`,
  );
  out.push(box(x - 8, base - h - 12, w + 16, 14, P.ink, '', 0.8));
  for (const fy of [0.25, 0.55])
    out.push(box(x + w * 0.18, base - h + h * fy, w * 0.64, 7, P.night ? P.light : P.ink, '', 0.4));
  if (withGuard) out.push(blob(x + w * 0.5, base - h + h * 0.25 + 3, 6, 5, P.ink, '', 0.2));
  return out.join('');
}

function oldTower(P, x, base, w, h) {
  const out = [framed(x, base - h, w, h, P.paper, P.ink, 4)];
  out.push(
    poly(
      [
        [x - 10, base - h],
        [x + w / 2, base - h - 34],
        [x + w + 10, base - h],
      ],
      P.accent,
      `stroke="${P.ink}" stroke-width="3"`,
    ),
  );
  out.push(framed(x + w * 0.32, base - h + 26, w * 0.36, 34, P.night ? P.light : P.ink, P.ink, 2));
  out.push(`<rect x="${x + w - 14}" y="${base - h + 4}" width="12" height="${h - 8}" fill="url(#hd)" opacity="0.5"/>`);
  return out.join('');
}

function policeHut(P, x, base, s = 1) {
  const w = 110 * s;
  const h = 70 * s;
  return [
    framed(x, base - h, w, h, P.paper, P.ink, 3.5),
    `<rect x="${x}" y="${base - h}" width="${w}" height="${h}" fill="url(#hd)" opacity="0.3"/>`,
    poly(
      [
        [x - 8, base - h],
        [x + w + 8, base - h],
        [x + w, base - h - 14 * s],
        [x, base - h - 14 * s],
      ],
      P.ink,
    ),
    framed(x + 14 * s, base - h + 18 * s, 28 * s, 26 * s, P.night ? P.light : windowPane(P), P.ink, 3),
    framed(x + 62 * s, base - h + 14 * s, 30 * s, h - 14 * s, P.ink, P.ink, 2),
  ].join('');
}

function garageDoors(P, x, base, w, h) {
  const out = [framed(x, base - h, w, h, P.paper, P.ink, 5)];
  out.push(
    `<rect x="${x + 3}" y="${base - h + 3}" width="${w - 6}" height="${h - 6}" fill="url(#hv)" opacity="0.55"/>`,
  );
  out.push(line(x + w / 2, base - h + 2, x + w / 2, base - 2, P.ink, 4));
  for (const fy of [0.22, 0.72]) out.push(line(x + 4, base - h + h * fy, x + w - 4, base - h + h * fy, P.ink, 6));
  out.push(framed(x + w * 0.62, base - h * 0.58, 14, 8, P.ink, P.ink, 1));
  return out.join('');
}

function steelDoors(P, x, base, w, h) {
  const steel = P.night ? '#4a5672' : '#8d8a80';
  const out = [framed(x - 4, base - h - 4, w + 8, h + 4, steel, P.ink, 5)];
  out.push(line(x + w / 2, base - h, x + w / 2, base - 2, P.ink, 5));
  for (let r = 0; r < 6; r++)
    for (let c = 0; c < 8; c++) {
      const rx = x + 10 + c * ((w - 20) / 7);
      const ry = base - h + 12 + r * ((h - 24) / 5);
      out.push(`<circle cx="${rx.toFixed(1)}" cy="${ry.toFixed(1)}" r="2.2" fill="${P.ink}"/>`);
    }
  out.push(`<rect x="${x}" y="${base - h}" width="${w}" height="${h}" fill="url(#hx)" opacity="0.18"/>`);
  return out.join('');
}

// ---------------------------------------------------------------- gate: the garage door on Avenida Viena

export const gate = {
  base(P) {
    const wallTop = 170;
    const base = 430;
    const out = [sky(P, wallTop + 20, { sunX: 820 })];
    out.push(eucalyptus(P, 600, wallTop + 30, 260));
    out.push(roundTree(P, 760, wallTop + 20, 120, 48));
    out.push(oldTower(P, 130, wallTop + 10, 70, 150));
    out.push(highWall(P, -10, 970, wallTop, base));
    out.push(garageDoors(P, 330, base, 220, 190));
    out.push(ground(P, base));
    out.push(
      polyline(
        [
          [0, 470],
          [300, 480],
          [620, 476],
          [960, 486],
        ],
        P.ink,
        2,
      ),
    );
    out.push(
      polyline(
        [
          [0, 506],
          [340, 512],
          [700, 508],
          [960, 516],
        ],
        P.ink,
        2,
      ),
    );
    out.push(policeHut(P, 760, base + 6, 1));
    if (!isNight(P)) out.push(person(P, 720, base + 24, 120, 'police', 1));
    else out.push(blob(820, base - 30, 16, 12, P.light, 'opacity="0.8"', 1));
    return out.join('');
  },
  overlays: {
    sandbags_early: (P) => ({ x: 200, y: 360, w: 130, h: 80, body: sandbags(P, 204, 436, 3, 3) }),
    steel_doors: (P) => ({ x: 320, y: 230, w: 240, h: 206, body: steelDoors(P, 330, 430, 220, 190) }),
    towers: (P) => ({ x: 560, y: 40, w: 120, h: 250, body: guardTower(P, 580, 290, 80, 230, true) }),
    two_guard_gate: (P) => ({ x: 560, y: 300, w: 80, h: 150, body: person(P, 600, 446, 120, 'guard', -1) }),
    wire_lights: (P) => ({
      x: 0,
      y: 120,
      w: 960,
      h: 200,
      body: wireAlong(P, 0, 960, 168) + wallLamp(P, 300, 190) + wallLamp(P, 590, 190),
    }),
    visitor_log: (P) => ({
      x: 190,
      y: 330,
      w: 110,
      h: 110,
      body: [
        framed(200, 380, 90, 12, P.paper, P.ink, 3),
        line(210, 392, 210, 436, P.ink, 4),
        line(280, 392, 280, 436, P.ink, 4),
        poly(
          [
            [214, 380],
            [244, 372],
            [274, 380],
            [244, 384],
          ],
          P.light,
          `stroke="${P.ink}" stroke-width="2"`,
          0.3,
        ),
        line(244, 372, 244, 384, P.ink, 1.5),
        line(250, 370, 262, 348, P.accent, 3),
      ].join(''),
    }),
  },
  flash: [
    [440, 150],
    [300, 200],
    [700, 180],
  ],
  fire: [640, 160],
};

// ---------------------------------------------------------------- street: Avenida Viena and the dry river bed

export const street = {
  base(P) {
    const horizon = 250;
    const out = [sky(P, horizon, { sunX: 160 })];
    out.push(volcanoes(P, horizon));
    // far bank: the dry Churubusco river bed, stones and (by day) women washing
    out.push(`<rect y="${horizon}" width="${W}" height="60" fill="${P.ground}"/>`);
    out.push(`<rect y="${horizon}" width="${W}" height="60" fill="url(#dots)" opacity="0.5"/>`);
    for (let i = 0; i < 22; i++)
      out.push(
        blob(
          between(0, 560),
          between(horizon + 12, horizon + 52),
          between(5, 11),
          between(3, 6),
          P.paper,
          `stroke="${P.ink}" stroke-width="1.5"`,
          0.5,
        ),
      );
    // adobe huts on the near side of the river
    for (const [x, w] of [
      [30, 90],
      [140, 70],
    ]) {
      out.push(framed(x, horizon + 20, w, 60, P.paper, P.ink, 3), box(x - 4, horizon + 14, w + 8, 9, P.ink));
      out.push(framed(x + w * 0.4, horizon + 48, 18, 32, P.ink, P.ink, 1));
    }
    if (P === PALETTES.day || P === PALETTES.dawn) {
      // women washing clothes at the river bed (record.md §3.1)
      out.push(
        person(P, 290, horizon + 52, 58, 'woman', 1),
        person(P, 336, horizon + 55, 54, 'woman', -1),
        person(P, 470, horizon + 50, 56, 'woman', 1),
      );
      out.push(
        blob(313, horizon + 52, 18, 5, P.paper, `stroke="${P.ink}" stroke-width="1.5"`, 0.3),
        blob(500, horizon + 50, 16, 5, P.light, `stroke="${P.ink}" stroke-width="1.5"`, 0.3),
      );
    }
    // the road
    out.push(ground(P, horizon + 60, P.ground, 'hh', 0.25));
    out.push(roundTree(P, 70, 520, 230, 70));
    out.push(cart(P, 140, 500));
    out.push(
      polyline(
        [
          [0, 420],
          [420, 400],
          [960, 430],
        ],
        P.ink,
        2,
      ),
      polyline(
        [
          [0, 470],
          [480, 452],
          [960, 486],
        ],
        P.ink,
        2,
      ),
    );
    // the compound wall on the right, in perspective, with the old tower behind
    out.push(oldTower(P, 760, 230, 60, 110));
    out.push(
      poly(
        [
          [560, 250],
          [960, 190],
          [960, 420],
          [560, 345],
        ],
        P.wall,
        `stroke="${P.ink}" stroke-width="4"`,
      ),
    );
    out.push(
      poly(
        [
          [560, 250],
          [960, 190],
          [960, 200],
          [560, 256],
        ],
        P.ink,
      ),
    );
    out.push(
      poly(
        [
          [570, 330],
          [960, 390],
          [960, 420],
          [560, 345],
        ],
        'url(#hd)',
        'opacity="0.5"',
      ),
    );
    out.push(
      poly(
        [
          [690, 240],
          [800, 224],
          [800, 350],
          [690, 336],
        ],
        P.paper,
        `stroke="${P.ink}" stroke-width="4"`,
      ),
    );
    out.push(
      poly(
        [
          [692, 240],
          [798, 224],
          [798, 350],
          [692, 336],
        ],
        'url(#hv)',
        'opacity="0.5"',
      ),
    );
    out.push(policeHut(P, 360, 380, 1.05));
    if (!isNight(P)) out.push(person(P, 500, 396, 110, 'police', -1));
    else out.push(blob(390, 332, 14, 11, P.light, 'opacity="0.9"', 1));
    out.push(person(P, 330, 392, 104, 'police', 1));
    return out.join('');
  },
  overlays: {
    towers: (P) => ({ x: 600, y: 60, w: 130, h: 210, body: guardTower(P, 620, 258, 70, 190, true) }),
    wire_lights: (P) => ({
      x: 550,
      y: 150,
      w: 410,
      h: 120,
      body: wireAlongSlope(P) + wallLamp(P, 640, 250) + wallLamp(P, 900, 210),
    }),
    police_checked: (P) => ({
      x: 250,
      y: 260,
      w: 70,
      h: 140,
      body: person(P, 285, 396, 106, 'police', 1) + framed(294, 330, 18, 24, P.paper, P.ink, 2),
    }),
    police_tripled: (P) => ({
      x: 180,
      y: 300,
      w: 380,
      h: 220,
      body: [
        person(P, 230, 470, 120, 'police', 1),
        person(P, 290, 490, 126, 'police', 1),
        person(P, 470, 480, 120, 'police', -1),
        person(P, 530, 500, 128, 'police', -1),
      ].join(''),
    }),
  },
  flash: [
    [760, 290],
    [880, 260],
    [420, 340],
  ],
  fire: [820, 250],
};

function wireAlongSlope(P) {
  const out = [];
  for (let x = 570; x < 960; x += 28) {
    const y = 250 - ((x - 560) / 400) * 60;
    out.push(line(x, y, x, y - 18, P.ink, 2));
  }
  for (let k = 0; k < 3; k++)
    out.push(
      polyline(
        [
          [560, 242 - k * 6],
          [960, 182 - k * 6],
        ],
        P.ink,
        1.3,
      ),
    );
  return out.join('');
}

// ---------------------------------------------------------------- patio: the garden, hutches and hen-house

export const patio = {
  base(P, time) {
    const wallTop = 150;
    const out = [sky(P, wallTop + 10, { sunX: 480 })];
    out.push(eucalyptus(P, 330, wallTop + 40, 300));
    out.push(highWall(P, -10, 970, wallTop, 300));
    // guards' rooms: a low row along the wall at the left
    out.push(framed(20, 210, 250, 96, P.paper, P.ink, 4), box(12, 200, 266, 14, P.ink));
    for (let i = 0; i < 4; i++)
      out.push(framed(34 + i * 60, 240, 28, 66, P.night ? (i === 1 ? P.light : P.ink) : P.ink, P.ink, 2));
    // the house on the right, tall windows with grilles
    out.push(framed(640, 140, 330, 200, P.paper, P.ink, 5), box(630, 128, 350, 16, P.ink));
    out.push(`<rect x="644" y="300" width="320" height="40" fill="url(#hd)" opacity="0.4"/>`);
    for (const x of [680, 800])
      out.push(grilledWindow(P, x, 180, 70, 120, P.night ? (x === 800 ? P.light : '#1a2440') : windowPane(P)));
    out.push(ground(P, 300, P.ground, 'dots', 0.4));
    // the hen-house and hens
    out.push(
      framed(420, 236, 150, 70, P.paper, P.ink, 3.5),
      poly(
        [
          [410, 240],
          [495, 206],
          [580, 240],
        ],
        P.ink,
      ),
    );
    out.push(`<rect x="424" y="256" width="142" height="48" fill="url(#hx)" opacity="0.6"/>`);
    if (!isNight(P))
      for (const [x, y] of [
        [460, 330],
        [500, 338],
        [540, 326],
        [590, 344],
      ])
        out.push(hen(P, x, y));
    // rabbit hutches in the foreground: boxes on legs, mesh fronts
    for (let i = 0; i < 3; i++) {
      const x = 40 + i * 128;
      out.push(framed(x, 370, 112, 70, P.paper, P.ink, 4));
      out.push(`<rect x="${x + 8}" y="378" width="62" height="54" fill="url(#hx)" opacity="0.7"/>`);
      out.push(line(x + 10, 440, x + 10, 490, P.ink, 5), line(x + 102, 440, x + 102, 490, P.ink, 5));
      out.push(box(x - 6, 360, 124, 12, P.ink));
    }
    out.push(organCactus(P, 880, 500, 150, 5), agave(P, 700, 500, 1.1));
    if (time === 'dawn' || time === 'dusk') out.push(person(P, 470, 500, 150, 'old', -1)); // the Old Man fed the rabbits morning and late afternoon (record.md §3.2)
    if (time === 'day') out.push(person(P, 600, 470, 130, 'guard', 1));
    return out.join('');
  },
  overlays: {
    sandbags_early: (P) => ({ x: 10, y: 250, w: 280, h: 90, body: sandbags(P, 14, 330, 7, 2) }),
    towers: (P) => ({ x: 510, y: 20, w: 110, h: 220, body: guardTower(P, 530, 236, 70, 200, true) }),
    wire_lights: (P) => ({
      x: 0,
      y: 110,
      w: 640,
      h: 140,
      body: wireAlong(P, 0, 640, 148) + wallLamp(P, 140, 170) + wallLamp(P, 610, 170),
    }),
    shutters: (P) => ({
      x: 670,
      y: 170,
      w: 210,
      h: 140,
      body: [680, 800].map((x) => shutter(P, x, 180, 70, 120)).join(''),
    }),
  },
  flash: [
    [715, 240],
    [835, 240],
    [160, 250],
  ],
  fire: [835, 240],
};

/** A two-wheeled wooden cart, shafts down, left by the road. */
function cart(P, x, base) {
  return [
    poly(
      [
        [x, base - 70],
        [x + 120, base - 70],
        [x + 116, base - 40],
        [x + 4, base - 40],
      ],
      P.paper,
      `stroke="${P.ink}" stroke-width="3.5"`,
    ),
    `<rect x="${x + 4}" y="${base - 68}" width="112" height="26" fill="url(#hv)" opacity="0.6"/>`,
    line(x + 116, base - 46, x + 200, base - 6, P.ink, 5),
    blob(x + 60, base - 30, 30, 30, 'none', `stroke="${P.ink}" stroke-width="5"`, 0.4),
    line(x + 60, base - 58, x + 60, base - 2, P.ink, 2.5),
    line(x + 32, base - 30, x + 88, base - 30, P.ink, 2.5),
  ].join('');
}

export function shutter(P, x, y, w, h) {
  const steel = P.night ? '#4a5672' : '#8d8a80';
  const out = [framed(x - 2, y - 2, w + 4, h + 4, steel, P.ink, 5)];
  for (let i = 1; i < 6; i++) out.push(line(x + 2, y + (h * i) / 6, x + w - 2, y + (h * i) / 6, P.ink, 2));
  out.push(`<circle cx="${x + w / 2}" cy="${y + h / 2}" r="3" fill="${P.ink}"/>`);
  return out.join('');
}

function hen(P, x, y) {
  return [
    blob(x, y, 14, 10, P.ink, '', 0.8),
    blob(x + 12, y - 10, 6, 6, P.ink, '', 0.4),
    poly(
      [
        [x + 10, y - 16],
        [x + 14, y - 20],
        [x + 16, y - 14],
      ],
      P.accent,
      '',
      0.2,
    ),
    poly(
      [
        [x - 12, y - 4],
        [x - 22, y - 14],
        [x - 16, y + 2],
      ],
      P.ink,
      '',
      0.3,
    ),
    line(x - 2, y + 9, x - 3, y + 16, P.ink, 1.6),
    line(x + 4, y + 9, x + 5, y + 16, P.ink, 1.6),
  ].join('');
}

// ---------------------------------------------------------------- tower: on the roof, looking out over Coyoacán

export const tower = {
  base(P, time) {
    const horizon = 300;
    const out = [sky(P, horizon, { sunX: 700 })];
    out.push(volcanoes(P, horizon));
    // the town: roofs and the twin towers of a church
    out.push(
      poly(
        [
          [0, horizon],
          [0, 270],
          [60, 270],
          [60, 250],
          [120, 250],
          [120, 276],
          [200, 276],
          [200, 260],
          [260, 260],
          [260, horizon],
        ],
        P.night ? '#1c2642' : P.wall,
        `stroke="${P.ink}" stroke-width="2"`,
      ),
    );
    out.push(church(P, 560, horizon));
    out.push(
      poly(
        [
          [620, horizon],
          [620, 272],
          [720, 272],
          [720, 262],
          [800, 262],
          [800, 280],
          [960, 280],
          [960, horizon],
        ],
        P.night ? '#1c2642' : P.wall,
        `stroke="${P.ink}" stroke-width="2"`,
      ),
    );
    out.push(ground(P, horizon, P.night ? '#1b2338' : P.ground, 'hh', 0.2));
    out.push(eucalyptus(P, 820, 420, 240));
    // the old stucco tower on the left
    out.push(oldTower(P, 40, 470, 120, 300));
    // roof: parapet in the foreground
    out.push(box(0, 450, W, 90, P.paper, `stroke="${P.ink}" stroke-width="4"`));
    out.push(`<rect y="452" width="${W}" height="88" fill="url(#hd)" opacity="0.35"/>`);
    for (let x = 20; x < W; x += 90) out.push(box(x, 430, 50, 24, P.paper, `stroke="${P.ink}" stroke-width="3"`));
    out.push(person(P, 440, 470, 170, time === 'night' ? 'guard' : 'guard', 1));
    return out.join('');
  },
  overlays: {
    towers: (P) => ({ x: 600, y: 130, w: 200, h: 330, body: guardTower(P, 630, 456, 130, 300, true) }),
    sandbags_early: (P) => ({ x: 170, y: 370, w: 230, h: 90, body: sandbags(P, 180, 456, 6, 3) }),
    siren: (P) => ({
      x: 680,
      y: 60,
      w: 90,
      h: 110,
      body:
        line(710, 160, 710, 100, P.ink, 5) +
        poly(
          [
            [700, 100],
            [740, 84],
            [760, 70],
            [760, 130],
            [740, 116],
            [700, 110],
          ],
          P.accent,
          `stroke="${P.ink}" stroke-width="3"`,
        ),
    }),
    wire_lights: (P) => ({ x: 0, y: 380, w: 960, h: 80, body: wireAlong(P, 0, 960, 430) + spotlight(P, 900, 420) }),
  },
  flash: [
    [480, 330],
    [300, 360],
    [700, 340],
  ],
  fire: [520, 360],
};

function spotlight(P, x, y) {
  const out = [];
  if (P.night)
    out.push(
      poly(
        [
          [x - 6, y - 20],
          [x + 6, y - 28],
          [x - 300, y - 380],
          [x - 420, y - 300],
        ],
        P.glow,
        'opacity="0.7"',
        2,
      ),
    );
  out.push(
    line(x, y, x, y - 20, P.ink, 4),
    blob(x, y - 26, 12, 10, P.night ? P.light : P.ink, `stroke="${P.ink}" stroke-width="3"`, 0.4),
  );
  return out.join('');
}

function church(P, x, base) {
  const c = P.night ? '#28324f' : P.paper;
  return [
    framed(x - 60, base - 60, 120, 60, c, P.ink, 2.5),
    framed(x - 80, base - 110, 28, 110, c, P.ink, 2.5),
    framed(x + 52, base - 110, 28, 110, c, P.ink, 2.5),
    blob(x - 66, base - 116, 14, 10, P.ink),
    blob(x + 66, base - 116, 14, 10, P.ink),
    blob(x, base - 70, 30, 22, c, `stroke="${P.ink}" stroke-width="2.5"`),
    line(x, base - 92, x, base - 106, P.ink, 2.5),
  ].join('');
}

export { church, sandbags, guardTower, oldTower, wallLamp, policeHut, highWall };
export const HEIGHT = H;
