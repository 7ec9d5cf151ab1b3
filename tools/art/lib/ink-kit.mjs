// A tiny kit for drawing in the spirit of a 1930s Mexican linocut: flat shapes with hand-cut (wobbly) edges,
// carved hatching as SVG patterns, one accent colour. Everything here returns SVG markup strings. Deterministic:
// the wobble comes from a seeded generator, so the same script always writes the same files.

export const W = 960;
export const H = 540;

/** Palettes by time of day: cream paper and ink black by day, deep blue-black at night; one accent (brick red). */
export const PALETTES = {
  dawn: {
    sky: '#e6d3bb',
    sky2: '#d59c80',
    paper: '#efe2c9',
    wall: '#e2cfb0',
    ground: '#d6c09c',
    ink: '#1d1915',
    accent: '#a33b26',
    light: '#f7ecd3',
    sun: '#a33b26',
    glow: '#f3dfb8',
    line: '#1d1915',
    night: false,
  },
  day: {
    sky: '#f3e9d4',
    sky2: '#e8d9bb',
    paper: '#f4ead5',
    wall: '#eadcc0',
    ground: '#ddc9a5',
    ink: '#1d1915',
    accent: '#a33b26',
    light: '#fbf4e4',
    sun: '#f9f1dc',
    glow: '#fbf4e4',
    line: '#1d1915',
    night: false,
  },
  dusk: {
    sky: '#d7a283',
    sky2: '#b5654a',
    paper: '#e4cdb0',
    wall: '#d6b99a',
    ground: '#bf9f7b',
    ink: '#1d1915',
    accent: '#8f2f1e',
    light: '#f2dcb4',
    sun: '#8f2f1e',
    glow: '#f0d29a',
    line: '#1d1915',
    night: false,
  },
  night: {
    sky: '#0f1628',
    sky2: '#18223d',
    paper: '#3b4866',
    wall: '#2c3753',
    ground: '#222b42',
    ink: '#05070c',
    accent: '#8a3222',
    light: '#ead9a8',
    sun: '#e9dfc4',
    glow: '#36446c',
    line: '#05070c',
    night: true,
  },
};

let seed = 1;
export function reseed(text) {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  seed = h >>> 0 || 1;
}
export function rand() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const between = (a, b) => a + (b - a) * rand();
const r1 = (n) => Math.round(n * 10) / 10;

/** Subdivide a polygon's edges and nudge the points sideways: the edge of a gouge, not a ruler. */
export function wobble(pts, amp = 1.4, step = 28, closed = true) {
  const out = [];
  const n = pts.length;
  const last = closed ? n : n - 1;
  for (let i = 0; i < last; i++) {
    const [x0, y0] = pts[i];
    const [x1, y1] = pts[(i + 1) % n];
    const len = Math.hypot(x1 - x0, y1 - y0);
    const k = Math.max(1, Math.round(len / step));
    const nx = -(y1 - y0) / (len || 1);
    const ny = (x1 - x0) / (len || 1);
    for (let j = 0; j < k; j++) {
      const t = j / k;
      const a = j === 0 ? amp * 0.3 : amp;
      const d = between(-a, a);
      out.push([x0 + (x1 - x0) * t + nx * d, y0 + (y1 - y0) * t + ny * d]);
    }
  }
  if (!closed) out.push(pts[n - 1]);
  return out;
}

export function d(pts, closed = true) {
  return pts.map(([x, y], i) => `${i ? 'L' : 'M'}${r1(x)} ${r1(y)}`).join('') + (closed ? 'Z' : '');
}

export const rectPts = (x, y, w, h) => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

export function poly(pts, fill, extra = '', amp = 1.4) {
  return `<path d="${d(wobble(pts, amp))}" fill="${fill}"${extra ? ' ' + extra : ''}/>`;
}
export function box(x, y, w, h, fill, extra = '', amp = 1.2) {
  return poly(rectPts(x, y, w, h), fill, extra, amp);
}
/** A rectangle with an ink outline, the outline cut slightly irregular. */
export function framed(x, y, w, h, fill, ink, sw = 3) {
  return poly(rectPts(x, y, w, h), fill, `stroke="${ink}" stroke-width="${sw}" stroke-linejoin="round"`);
}
export function circlePts(cx, cy, rx, ry = rx, n = 18) {
  const pts = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    pts.push([cx + Math.cos(a) * rx, cy + Math.sin(a) * ry]);
  }
  return pts;
}
export function blob(cx, cy, rx, ry, fill, extra = '', amp = 2) {
  return poly(circlePts(cx, cy, rx, ry, Math.max(10, Math.round((rx + ry) / 3))), fill, extra, amp);
}
export function line(x0, y0, x1, y1, color, w = 2.5, extra = '') {
  const pts = wobble(
    [
      [x0, y0],
      [x1, y1],
    ],
    0.8,
    30,
    false,
  );
  return `<path d="${d(pts, false)}" fill="none" stroke="${color}" stroke-width="${w}" stroke-linecap="round"${extra ? ' ' + extra : ''}/>`;
}
export function polyline(pts, color, w = 2.5) {
  return `<path d="${d(wobble(pts, 0.8, 30, false), false)}" fill="none" stroke="${color}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/** Hatching patterns, coloured for the palette. hd: diagonal ink, hx: cross, hh: horizontal, hv: vertical, cv: carved (paper lines on ink), dots: stipple. */
export function defs(P) {
  const cut = P.night ? '#55627f' : P.paper;
  return `<defs>
<pattern id="hd" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(40)"><rect width="2" height="7" fill="${P.line}"/></pattern>
<pattern id="hx" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(35)"><rect width="1.8" height="6" fill="${P.line}"/><rect width="6" height="1.8" fill="${P.line}"/></pattern>
<pattern id="hh" width="9" height="9" patternUnits="userSpaceOnUse"><rect y="4" width="9" height="1.6" fill="${P.line}"/></pattern>
<pattern id="hv" width="8" height="8" patternUnits="userSpaceOnUse"><rect x="3" width="1.6" height="8" fill="${P.line}"/></pattern>
<pattern id="cv" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-30)"><rect width="1.7" height="8" fill="${cut}"/></pattern>
<pattern id="ch" width="10" height="10" patternUnits="userSpaceOnUse"><rect y="4" width="10" height="1.6" fill="${cut}"/></pattern>
<pattern id="dots" width="11" height="11" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.2" fill="${P.line}"/><circle cx="8.5" cy="8" r="1" fill="${P.line}"/></pattern>
</defs>`;
}

export function svg(body, P, view = [0, 0, W, H]) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view.join(' ')}" width="${view[2]}" height="${view[3]}">${defs(P)}${body}</svg>\n`;
}

// ---------------------------------------------------------------- skies and grounds

/** Sky with horizon hatching, the sun or the moon, stars at night. */
export function sky(P, horizon, opts = {}) {
  const out = [`<rect width="${W}" height="${horizon + 4}" fill="${P.sky}"/>`];
  out.push(`<rect y="${horizon - 90}" width="${W}" height="94" fill="url(#hh)" opacity="${P.night ? 0.25 : 0.35}"/>`);
  if (P === PALETTES.dawn || P === PALETTES.dusk) {
    out.push(`<rect y="${horizon - 40}" width="${W}" height="44" fill="${P.sky2}"/>`);
  }
  const sunX = opts.sunX ?? 780;
  if (P.night) {
    for (let i = 0; i < 40; i++) {
      const x = between(10, W - 10);
      const y = between(8, horizon - 60);
      const s = between(1.2, 2.6);
      out.push(
        `<path d="M${r1(x - s)} ${r1(y)}H${r1(x + s)}M${r1(x)} ${r1(y - s)}V${r1(y + s)}" stroke="${P.light}" stroke-width="1.2" opacity="0.8"/>`,
      );
    }
    out.push(blob(sunX, 80, 26, 26, P.sun));
    out.push(blob(sunX + 11, 74, 22, 22, P.sky, '', 1));
  } else if (P === PALETTES.day) {
    out.push(blob(sunX, 78, 34, 34, P.sun, `stroke="${P.ink}" stroke-width="3"`));
    for (let i = 0; i < 16; i++) {
      const a = (i / 16) * Math.PI * 2;
      out.push(
        line(
          sunX + Math.cos(a) * 44,
          78 + Math.sin(a) * 44,
          sunX + Math.cos(a) * (58 + (i % 2) * 10),
          78 + Math.sin(a) * (58 + (i % 2) * 10),
          P.ink,
          2.4,
        ),
      );
    }
  } else {
    const y = horizon - 30;
    out.push(blob(P === PALETTES.dawn ? 160 : sunX, y, 42, 42, P.sun));
    for (let i = 0; i < 5; i++)
      out.push(`<rect x="0" y="${y - 60 + i * 13}" width="${W}" height="2" fill="${P.line}" opacity="0.22"/>`);
  }
  return out.join('');
}

export function ground(P, top, fill = P.ground, hatch = 'hh', opacity = 0.3) {
  return `<rect y="${top}" width="${W}" height="${H - top}" fill="${fill}"/><rect y="${top}" width="${W}" height="${H - top}" fill="url(#${hatch})" opacity="${opacity}"/>`;
}

/** Distant volcanoes (Popocatépetl and Iztaccíhuatl are seen from the south of the city on clear days). */
export function volcanoes(P, base) {
  const far = P.night ? '#1c2642' : P === PALETTES.dusk ? '#a97d66' : '#cbb89c';
  const snow = P.night ? '#5a6787' : P.light;
  return [
    poly(
      [
        [80, base],
        [250, base - 120],
        [300, base - 128],
        [470, base],
      ],
      far,
      '',
      2,
    ),
    poly(
      [
        [236, base - 104],
        [250, base - 120],
        [300, base - 128],
        [316, base - 108],
        [296, base - 114],
        [276, base - 100],
        [258, base - 110],
      ],
      snow,
      '',
      1,
    ),
    poly(
      [
        [430, base],
        [560, base - 70],
        [640, base - 86],
        [700, base - 76],
        [820, base],
      ],
      far,
      '',
      2,
    ),
    poly(
      [
        [545, base - 62],
        [560, base - 70],
        [640, base - 86],
        [700, base - 76],
        [712, base - 66],
        [660, base - 72],
        [600, base - 70],
      ],
      snow,
      '',
      1,
    ),
  ].join('');
}

// ---------------------------------------------------------------- plants

export function eucalyptus(P, x, base, h) {
  const out = [
    poly(
      [
        [x - 9, base],
        [x - 4, base - h * 0.55],
        [x - 16, base - h * 0.8],
        [x - 2, base - h * 0.62],
        [x + 2, base - h * 0.9],
        [x + 5, base - h * 0.6],
        [x + 18, base - h * 0.75],
        [x + 8, base - h * 0.5],
        [x + 11, base],
      ],
      P.ink,
    ),
  ];
  const clumps = [
    [-40, 0.82, 46, 30],
    [30, 0.78, 44, 28],
    [-10, 0.95, 50, 30],
    [-60, 0.62, 36, 22],
    [55, 0.6, 36, 22],
    [5, 0.68, 40, 24],
  ];
  for (const [dx, fy, rx, ry] of clumps) {
    out.push(blob(x + dx * (h / 300), base - h * fy, rx * (h / 300), ry * (h / 300), P.ink, '', 3));
    out.push(
      blob(
        x + dx * (h / 300),
        base - h * fy,
        rx * (h / 300) * 0.85,
        ry * (h / 300) * 0.7,
        'url(#cv)',
        'opacity="0.9"',
        3,
      ),
    );
  }
  return out.join('');
}

export function roundTree(P, x, base, h, r) {
  return [
    poly(
      [
        [x - 5, base],
        [x - 3, base - h * 0.6],
        [x + 3, base - h * 0.6],
        [x + 5, base],
      ],
      P.ink,
    ),
    blob(x, base - h * 0.75, r, r * 0.85, P.ink, '', 3),
    blob(x - r * 0.2, base - h * 0.8, r * 0.7, r * 0.55, 'url(#cv)', '', 3),
  ].join('');
}

/** Organ-pipe cactus: upright ribbed columns, the ribs carved out. */
export function organCactus(P, x, base, h, n = 5) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const cx = x + (i - (n - 1) / 2) * 13;
    const ch = h * (0.7 + 0.3 * Math.sin(i * 2.1 + 1) ** 2);
    out.push(
      poly(
        [
          [cx - 6, base],
          [cx - 6, base - ch + 6],
          [cx - 3, base - ch],
          [cx + 3, base - ch],
          [cx + 6, base - ch + 6],
          [cx + 6, base],
        ],
        P.ink,
        '',
        0.8,
      ),
    );
    out.push(
      `<rect x="${r1(cx - 0.8)}" y="${r1(base - ch + 8)}" width="1.6" height="${r1(ch - 12)}" fill="${P.night ? '#55627f' : P.paper}"/>`,
    );
  }
  return out.join('');
}

export function agave(P, x, base, s) {
  const out = [];
  for (let i = -4; i <= 4; i++) {
    const a = (i / 4) * 1.2;
    const tipx = x + Math.sin(a) * 40 * s;
    const tipy = base - Math.cos(a) * 46 * s;
    out.push(
      poly(
        [
          [x - 5 * s, base],
          [tipx, tipy],
          [x + 5 * s, base],
        ],
        P.ink,
        '',
        0.6,
      ),
    );
  }
  return out.join('');
}

// ---------------------------------------------------------------- people (silhouettes)

/**
 * A standing or walking figure, feet at (x, base), height h. kind: 'man' | 'hat' | 'guard' | 'woman' | 'boy' |
 * 'police' | 'old'. facing: 1 right, -1 left.
 */
export function person(P, x, base, h, kind = 'man', facing = 1, fill = P.ink) {
  const u = h / 100;
  const f = facing;
  const sh = kind === 'woman' ? 11 : 13;
  const out = [];
  const headY = base - 90 * u;
  const headR = 7 * u;
  if (kind === 'woman') {
    out.push(
      poly(
        [
          [x - sh * u, base - 76 * u],
          [x + sh * u, base - 76 * u],
          [x + 19 * u, base - 8 * u],
          [x - 19 * u, base - 8 * u],
        ],
        fill,
        '',
        0.8,
      ),
    );
    out.push(
      poly(
        [
          [x - 4 * u, base - 8 * u],
          [x - 1 * u, base - 8 * u],
          [x - 2 * u, base],
          [x - 6 * u, base],
        ],
        fill,
        '',
        0.4,
      ),
    );
    out.push(
      poly(
        [
          [x + 2 * u, base - 8 * u],
          [x + 5 * u, base - 8 * u],
          [x + 7 * u, base],
          [x + 3 * u, base],
        ],
        fill,
        '',
        0.4,
      ),
    );
    // rebozo over the head and shoulders
    out.push(
      poly(
        [
          [x - 9 * u, headY - 6 * u],
          [x + 9 * u, headY - 6 * u],
          [x + 15 * u, base - 60 * u],
          [x - 16 * u, base - 52 * u],
        ],
        fill,
        '',
        0.8,
      ),
    );
  } else {
    const wide = kind === 'boy' ? 0.85 : 1;
    out.push(
      poly(
        [
          [x - sh * u * wide, base - 78 * u],
          [x + sh * u * wide, base - 78 * u],
          [x + 10 * u, base - 44 * u],
          [x - 10 * u, base - 44 * u],
        ],
        fill,
        '',
        0.8,
      ),
    );
    out.push(
      poly(
        [
          [x - 10 * u, base - 46 * u],
          [x - 1 * u, base - 46 * u],
          [x - 4 * u + f * 2 * u, base],
          [x - 11 * u, base],
        ],
        fill,
        '',
        0.6,
      ),
    );
    out.push(
      poly(
        [
          [x + 1 * u, base - 46 * u],
          [x + 10 * u, base - 46 * u],
          [x + 12 * u, base],
          [x + 4 * u + f * 3 * u, base],
        ],
        fill,
        '',
        0.6,
      ),
    );
    // arms
    out.push(
      poly(
        [
          [x - sh * u, base - 77 * u],
          [x - (sh + 4) * u, base - 48 * u],
          [x - (sh - 1) * u, base - 46 * u],
          [x - (sh - 4) * u, base - 70 * u],
        ],
        fill,
        '',
        0.4,
      ),
    );
    out.push(
      poly(
        [
          [x + sh * u, base - 77 * u],
          [x + (sh + 4) * u, base - 48 * u],
          [x + (sh - 1) * u, base - 46 * u],
          [x + (sh - 4) * u, base - 70 * u],
        ],
        fill,
        '',
        0.4,
      ),
    );
  }
  out.push(
    poly(
      [
        [x - 3 * u, base - 84 * u],
        [x + 3 * u, base - 84 * u],
        [x + 3 * u, base - 77 * u],
        [x - 3 * u, base - 77 * u],
      ],
      fill,
      '',
      0.2,
    ),
  );
  out.push(blob(x, headY, headR, headR * 1.1, fill, '', 0.6));
  if (kind === 'hat') {
    out.push(blob(x, headY - 4 * u, 22 * u, 4 * u, fill, '', 0.6));
    out.push(blob(x, headY - 9 * u, 8 * u, 8 * u, fill, '', 0.6));
  } else if (kind === 'police' || kind === 'guard') {
    out.push(
      poly(
        [
          [x - 8 * u, headY - 4 * u],
          [x + 8 * u, headY - 4 * u],
          [x + 7 * u, headY - 12 * u],
          [x - 7 * u, headY - 12 * u],
        ],
        fill,
        '',
        0.3,
      ),
    );
    out.push(
      poly(
        [
          [x - 2 * u, headY - 5 * u],
          [x + f * 13 * u, headY - 3 * u],
          [x + f * 12 * u, headY - 6 * u],
        ],
        fill,
        '',
        0.3,
      ),
    );
  } else if (kind === 'old') {
    // tufts of hair and a pointed beard: the household's elder, seen only as a shape
    out.push(blob(x - 6 * u, headY - 3 * u, 4 * u, 5 * u, fill, '', 0.6));
    out.push(blob(x + 6 * u, headY - 3 * u, 4 * u, 5 * u, fill, '', 0.6));
    out.push(
      poly(
        [
          [x - 3 * u + f * 3 * u, headY + 5 * u],
          [x + 4 * u + f * 3 * u, headY + 5 * u],
          [x + f * 6 * u, headY + 15 * u],
        ],
        fill,
        '',
        0.2,
      ),
    );
  }
  if (kind === 'guard' || kind === 'police') {
    // a rifle on the shoulder
    out.push(line(x - f * 8 * u, base - 40 * u, x + f * 10 * u, base - 108 * u, fill, 3.2 * u));
  }
  return out.join('');
}

/** A figure seated facing sideways (chair drawn separately); hands forward at table height. */
export function seated(P, x, seatY, h, facing = 1, fill = P.ink, kind = 'man') {
  const u = h / 100;
  const f = facing;
  const out = [];
  out.push(
    poly(
      [
        [x - 10 * u, seatY - 50 * u],
        [x + 10 * u, seatY - 50 * u],
        [x + 10 * u, seatY],
        [x - 10 * u, seatY],
      ],
      fill,
      '',
      0.6,
    ),
  );
  out.push(
    poly(
      [
        [x - 8 * u, seatY - 6 * u],
        [x + f * 34 * u, seatY - 6 * u],
        [x + f * 34 * u, seatY + 2 * u],
        [x - 8 * u, seatY + 2 * u],
      ],
      fill,
      '',
      0.5,
    ),
  );
  out.push(
    poly(
      [
        [x + f * 28 * u, seatY - 4 * u],
        [x + f * 36 * u, seatY - 4 * u],
        [x + f * 37 * u, seatY + 42 * u],
        [x + f * 29 * u, seatY + 42 * u],
      ],
      fill,
      '',
      0.5,
    ),
  );
  out.push(
    poly(
      [
        [x + f * 6 * u, seatY - 46 * u],
        [x + f * 34 * u, seatY - 26 * u],
        [x + f * 32 * u, seatY - 20 * u],
        [x + f * 2 * u, seatY - 36 * u],
      ],
      fill,
      '',
      0.4,
    ),
  );
  out.push(
    poly(
      [
        [x - 3 * u, seatY - 56 * u],
        [x + 3 * u, seatY - 56 * u],
        [x + 3 * u, seatY - 48 * u],
        [x - 3 * u, seatY - 48 * u],
      ],
      fill,
      '',
      0.2,
    ),
  );
  const headY = seatY - 62 * u;
  out.push(blob(x + f * 2 * u, headY, 7 * u, 7.6 * u, fill, '', 0.6));
  if (kind === 'old') {
    out.push(blob(x - f * 4 * u, headY - 3 * u, 4 * u, 5 * u, fill, '', 0.6));
    out.push(
      poly(
        [
          [x + f * 4 * u, headY + 4 * u],
          [x + f * 10 * u, headY + 4 * u],
          [x + f * 8 * u, headY + 14 * u],
        ],
        fill,
        '',
        0.2,
      ),
    );
  } else if (kind === 'woman') {
    out.push(blob(x - f * 4 * u, headY + 2 * u, 5 * u, 7 * u, fill, '', 0.6));
  }
  return out.join('');
}

export function chair(P, x, seatY, facing = 1, fill = P.ink, s = 1) {
  const f = facing;
  return [
    line(x - f * 12 * s, seatY - 50 * s, x - f * 12 * s, seatY + 44 * s, fill, 4 * s),
    line(x - f * 12 * s, seatY + 4 * s, x + f * 22 * s, seatY + 4 * s, fill, 4 * s),
    line(x + f * 20 * s, seatY + 4 * s, x + f * 20 * s, seatY + 44 * s, fill, 3.5 * s),
  ].join('');
}

/** A tall window with an iron grille; the panes show the sky of the hour. */
export function grilledWindow(P, x, y, w, h, pane, opts = {}) {
  const out = [framed(x, y, w, h, pane, P.ink, 5)];
  const bars = opts.bars ?? 4;
  for (let i = 1; i < bars; i++) out.push(line(x + (w * i) / bars, y + 2, x + (w * i) / bars, y + h - 2, P.ink, 3));
  out.push(line(x + 2, y + h * 0.33, x + w - 2, y + h * 0.33, P.ink, 3));
  out.push(line(x + 2, y + h * 0.66, x + w - 2, y + h * 0.66, P.ink, 3));
  return out.join('');
}
