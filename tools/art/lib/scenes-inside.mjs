// Rooms of the house and the guards' quarters (record.md §3.2): study, dining room, library, bedroom, guard room.
// Light comes through the windows by day and from a lamp at dusk and night.

import { W, H, PALETTES, box, framed, poly, blob, line, seated, chair, grilledWindow } from './ink-kit.mjs';
import { shutter } from './scenes-outside.mjs';

const pane = (P) => (P.night ? '#152039' : P.sky);

/** Back wall, floor boards, skirting. */
function room(P, floorY, wallFill = P.paper) {
  return [
    `<rect width="${W}" height="${floorY}" fill="${wallFill}"/>`,
    `<rect width="${W}" height="${floorY}" fill="url(#hd)" opacity="${P.night ? 0.12 : 0.08}"/>`,
    `<rect y="${floorY}" width="${W}" height="${H - floorY}" fill="${P.ground}"/>`,
    `<rect y="${floorY}" width="${W}" height="${H - floorY}" fill="url(#hh)" opacity="0.35"/>`,
    box(0, floorY - 14, W, 14, P.ink, '', 0.6),
    `<rect y="0" width="${W}" height="22" fill="${P.ink}"/>`,
  ].join('');
}

/** Light falling from a window onto the floor (day, dawn, dusk), or a lamp's pool (dusk, night). */
function windowLight(P, x, w, floorY) {
  if (P.night) return '';
  return poly(
    [
      [x, floorY],
      [x + w, floorY],
      [x + w + 120, H],
      [x - 40, H],
    ],
    P.light,
    'opacity="0.45"',
    2,
  );
}
function lampPool(P, x, y, r = 160) {
  if (!(P.night || P === PALETTES.dusk)) return '';
  return (
    blob(x, y, r * 0.8, r * 0.4, P.glow, `opacity="${P.night ? 1 : 0.45}"`, 3) +
    blob(x, y, r * 0.8, r * 0.4, 'url(#ch)', 'opacity="0.35"', 3)
  );
}
function deskLamp(P, x, y) {
  return [
    line(x, y, x, y - 40, P.ink, 3),
    poly(
      [
        [x - 18, y - 40],
        [x + 18, y - 40],
        [x + 10, y - 58],
        [x - 10, y - 58],
      ],
      P.night || P === PALETTES.dusk ? P.light : P.ink,
      `stroke="${P.ink}" stroke-width="2.5"`,
      0.3,
    ),
    box(x - 12, y - 4, 24, 6, P.ink),
  ].join('');
}
function books(P, x, y, w, h, n) {
  const out = [];
  let cx = x;
  for (let i = 0; i < n && cx < x + w; i++) {
    const bw = 7 + ((i * 7) % 9);
    const bh = h * (0.7 + ((i * 13) % 10) / 34);
    const fill = i % 7 === 3 ? P.accent : i % 3 === 0 ? P.paper : P.ink;
    out.push(box(cx, y + h - bh, bw, bh, fill, `stroke="${P.ink}" stroke-width="1.4"`, 0.3));
    cx += bw + 1.5;
  }
  return out.join('');
}
function papers(P, x, y, n) {
  const out = [];
  for (let i = 0; i < n; i++)
    out.push(box(x + i * 26, y - 4 - (i % 3) * 3, 30, 5, P.light, `stroke="${P.ink}" stroke-width="1.2"`, 0.3));
  return out.join('');
}

/** A simplified outline of Mexico for the wall map (drawn freehand from the country's general shape). */
function mapOfMexico(P, x, y, s) {
  const pts = [
    [0, 0],
    [40, 4],
    [70, 18],
    [92, 22],
    [104, 44],
    [118, 52],
    [126, 78],
    [150, 92],
    [170, 96],
    [186, 84],
    [204, 82],
    [196, 100],
    [176, 112],
    [160, 118],
    [140, 112],
    [118, 104],
    [96, 86],
    [80, 64],
    [66, 44],
    [50, 30],
    [36, 24],
    [26, 44],
    [34, 70],
    [24, 64],
    [14, 40],
    [4, 18],
  ];
  return [
    framed(x - 14, y - 14, 238 * s, 150 * s, P.light, P.ink, 4),
    poly(
      pts.map(([px, py]) => [x + px * s, y + py * s]),
      P.night ? '#55627f' : '#d8c7a4',
      `stroke="${P.ink}" stroke-width="2"`,
      0.6,
    ),
    `<rect x="${x - 10}" y="${y - 10}" width="${230 * s}" height="${142 * s}" fill="url(#hh)" opacity="0.15"/>`,
  ].join('');
}

/** Bricked lower part of a window, leaving only a high light opening (record.md §3.4). */
function bricked(P, x, y, w, h) {
  const out = [framed(x, y + h * 0.3, w, h * 0.7, P.wall, P.ink, 4)];
  for (let r = 0; r < 8; r++)
    for (let c = 0; c < 4; c++)
      out.push(
        `<rect x="${(x + 3 + c * (w / 4) + (r % 2 ? w / 8 : 0)).toFixed(1)}" y="${(y + h * 0.3 + 3 + r * ((h * 0.7) / 8)).toFixed(1)}" width="${(w / 4 - 4).toFixed(1)}" height="${((h * 0.7) / 8 - 3).toFixed(1)}" fill="none" stroke="${P.ink}" stroke-width="1.3"/>`,
      );
  return out.join('');
}

// ---------------------------------------------------------------- study

export const study = {
  base(P, time) {
    const floorY = 380;
    const out = [room(P, floorY)];
    out.push(grilledWindow(P, 90, 90, 150, 230, pane(P)));
    out.push(windowLight(P, 90, 150, floorY));
    out.push(mapOfMexico(P, 420, 90, 1.0));
    // bookshelves on the right
    out.push(framed(730, 60, 200, 320, P.ink, P.ink, 2));
    for (let s = 0; s < 5; s++) out.push(books(P, 740, 70 + s * 62, 180, 52, 30));
    out.push(lampPool(P, 520, 360));
    // the long work table, covered with books and manuscripts
    out.push(box(250, 330, 450, 18, P.ink), line(270, 348, 270, 470, P.ink, 7), line(680, 348, 680, 470, P.ink, 7));
    out.push(papers(P, 300, 330, 9), books(P, 560, 290, 80, 40, 8), deskLamp(P, 660, 330));
    // the Dictaphone on its stand
    out.push(
      line(180, 470, 180, 360, P.ink, 5),
      box(150, 330, 64, 30, P.ink),
      blob(182, 322, 18, 8, P.accent, `stroke="${P.ink}" stroke-width="2"`, 0.3),
    );
    if (time === 'day' || time === 'dawn') {
      out.push(chair(P, 470, 372, 1, P.ink, 1.2), seated(P, 460, 372, 150, 1, P.ink, 'old'));
    } else {
      out.push(chair(P, 470, 372, 1, P.ink, 1.2));
    }
    return out.join('');
  },
  overlays: { shutters: (P) => ({ x: 80, y: 80, w: 170, h: 250, body: bricked(P, 90, 90, 150, 230) }) },
  flash: [
    [165, 200],
    [600, 200],
  ],
  fire: [165, 200],
};

/** Head and shoulders of someone seated behind a table whose top is at tableY. */
function bust(P, x, tableY, h, kind) {
  const u = h / 100;
  const out = [
    poly(
      [
        [x - 13 * u, tableY - 40 * u],
        [x + 13 * u, tableY - 40 * u],
        [x + 15 * u, tableY],
        [x - 15 * u, tableY],
      ],
      P.ink,
      '',
      0.6,
    ),
  ];
  out.push(
    box(x - 3 * u, tableY - 48 * u, 6 * u, 9 * u, P.ink, '', 0.2),
    blob(x, tableY - 54 * u, 7 * u, 7.8 * u, P.ink, '', 0.5),
  );
  if (kind === 'woman') out.push(blob(x + 5 * u, tableY - 50 * u, 5 * u, 6 * u, P.ink, '', 0.4));
  return out.join('');
}

// ---------------------------------------------------------------- dining room

export const dining = {
  base(P, time) {
    const floorY = 390;
    const out = [room(P, floorY)];
    out.push(grilledWindow(P, 610, 130, 130, 210, pane(P)));
    out.push(windowLight(P, 610, 130, floorY));
    // sideboard with plates
    out.push(
      framed(80, 230, 220, 150, P.paper, P.ink, 4),
      `<rect x="84" y="300" width="212" height="76" fill="url(#hv)" opacity="0.4"/>`,
    );
    for (let i = 0; i < 4; i++)
      out.push(blob(110 + i * 50, 210, 18, 18, P.light, `stroke="${P.ink}" stroke-width="2.5"`, 0.3));
    // hanging lamp
    out.push(
      line(480, 22, 480, 130, P.ink, 2.5),
      poly(
        [
          [450, 150],
          [510, 150],
          [495, 128],
          [465, 128],
        ],
        P.night || P === PALETTES.dusk ? P.light : P.ink,
        `stroke="${P.ink}" stroke-width="2.5"`,
        0.3,
      ),
    );
    out.push(lampPool(P, 480, 380, 220));
    // the long table; at meals the household sits at the ends and along the far side
    const diners = time === 'day' || time === 'dusk';
    if (diners) out.push(bust(P, 420, 352, 130, 'man'), bust(P, 540, 352, 130, 'woman'));
    out.push(
      box(260, 350, 440, 16, P.ink),
      box(270, 344, 420, 8, P.light, `stroke="${P.ink}" stroke-width="1.5"`, 0.3),
    );
    out.push(line(290, 366, 290, 470, P.ink, 7), line(670, 366, 670, 470, P.ink, 7));
    out.push(
      blob(380, 338, 22, 6, P.paper, `stroke="${P.ink}" stroke-width="2"`, 0.3),
      blob(480, 334, 16, 12, P.accent, `stroke="${P.ink}" stroke-width="2"`, 0.3),
      blob(580, 338, 22, 6, P.paper, `stroke="${P.ink}" stroke-width="2"`, 0.3),
    );
    out.push(chair(P, 230, 400, 1), chair(P, 730, 400, -1));
    if (diners) out.push(seated(P, 222, 400, 130, 1, P.ink, 'old'), seated(P, 738, 400, 130, -1, P.ink, 'woman'));
    return out.join('');
  },
  overlays: { shutters: (P) => ({ x: 600, y: 120, w: 150, h: 230, body: bricked(P, 610, 130, 130, 210) }) },
  flash: [[675, 220]],
  fire: [675, 240],
};

// ---------------------------------------------------------------- library (the secretaries typed here)

export const library = {
  base(P, time) {
    const floorY = 400;
    const out = [room(P, floorY, P.ink)];
    for (let c = 0; c < 4; c++) {
      const x = 20 + c * 235;
      out.push(framed(x, 30, 220, 370, P.ink, P.ink, 2));
      for (let s = 0; s < 6; s++) out.push(books(P, x + 8, 40 + s * 60, 204, 50, 32));
    }
    // door to the patio (light coming in)
    out.push(framed(500, 120, 120, 280, P.night ? '#152039' : P.sky, P.ink, 6));
    out.push(`<rect x="505" y="125" width="110" height="270" fill="url(#hh)" opacity="0.25"/>`);
    out.push(lampPool(P, 280, 420, 200));
    // the typist's table
    out.push(
      box(160, 360, 260, 14, P.paper, `stroke="${P.ink}" stroke-width="3"`),
      line(180, 374, 180, 480, P.paper, 6),
      line(400, 374, 400, 480, P.paper, 6),
    );
    out.push(`<path d="M180 374V480M400 374V480" stroke="${P.ink}" stroke-width="2" fill="none"/>`);
    // typewriter
    out.push(
      poly(
        [
          [250, 360],
          [330, 360],
          [322, 330],
          [258, 330],
        ],
        P.ink,
      ),
      box(244, 322, 92, 10, P.ink),
      box(266, 300, 48, 26, P.light, `stroke="${P.ink}" stroke-width="2"`, 0.3),
    );
    out.push(deskLamp(P, 390, 360));
    if (time !== 'night') out.push(chair(P, 210, 390, 1, P.paper), seated(P, 200, 390, 120, 1, P.paper, 'woman'));
    return out.join('');
  },
  overlays: {},
  flash: [[560, 250]],
  fire: [560, 260],
};

// ---------------------------------------------------------------- bedroom (no one is drawn here: a private room)

export const bedroom = {
  base(P) {
    const floorY = 380;
    const out = [room(P, floorY)];
    // the two garden windows
    for (const x of [220, 560]) {
      out.push(grilledWindow(P, x, 90, 130, 200, pane(P)));
      out.push(windowLight(P, x, 130, floorY));
    }
    if (P.night)
      for (const x of [220, 560])
        out.push(
          poly(
            [
              [x, 290],
              [x + 130, 290],
              [x + 190, 420],
              [x + 30, 420],
            ],
            '#7d8bb0',
            'opacity="0.16"',
            2,
          ),
        );
    // door to the study (left) and to Seva's room (right)
    out.push(
      framed(30, 120, 110, 260, P.wall, P.ink, 5),
      `<rect x="36" y="126" width="98" height="248" fill="url(#hv)" opacity="0.4"/>`,
    );
    out.push(
      framed(820, 120, 110, 260, P.wall, P.ink, 5),
      `<rect x="826" y="126" width="98" height="248" fill="url(#hv)" opacity="0.4"/>`,
    );
    // two beds, heads to the back wall
    for (const x of [230, 520]) {
      out.push(
        box(x, 300, 200, 30, P.ink),
        box(x + 10, 330, 190, 90, P.light, `stroke="${P.ink}" stroke-width="4"`, 1),
      );
      out.push(`<rect x="${x + 14}" y="360" width="182" height="56" fill="url(#hd)" opacity="0.45"/>`);
      out.push(blob(x + 100, 340, 60, 12, P.paper, `stroke="${P.ink}" stroke-width="3"`, 0.6));
      out.push(line(x + 16, 420, x + 16, 470, P.ink, 6), line(x + 194, 420, x + 194, 470, P.ink, 6));
    }
    out.push(box(450, 330, 50, 60, P.ink), blob(475, 320, 10, 12, P.night ? P.light : P.ink, '', 0.3));
    return out.join('');
  },
  overlays: {
    shutters: (P) => ({
      x: 210,
      y: 80,
      w: 490,
      h: 220,
      body: shutter(P, 220, 90, 130, 200) + shutter(P, 560, 90, 130, 200),
    }),
  },
  flash: [
    [285, 190],
    [625, 190],
    [85, 250],
    [875, 250],
  ],
  fire: [875, 260],
};

// ---------------------------------------------------------------- guard room

export const guardroom = {
  base(P, time) {
    const floorY = 390;
    const out = [room(P, floorY, P.wall)];
    out.push(grilledWindow(P, 400, 80, 110, 120, pane(P), { bars: 3 }));
    out.push(windowLight(P, 400, 110, floorY));
    out.push(lampPool(P, 650, 400, 180));
    // two cots
    for (const [x, w] of [
      [40, 300],
      [600, 300],
    ]) {
      out.push(
        box(x, 380, w, 22, P.paper, `stroke="${P.ink}" stroke-width="3.5"`),
        line(x + 8, 402, x + 8, 470, P.ink, 5),
        line(x + w - 8, 402, x + w - 8, 470, P.ink, 5),
      );
      out.push(`<rect x="${x + 4}" y="384" width="${w - 8}" height="16" fill="url(#hd)" opacity="0.5"/>`);
      out.push(blob(x + (x < 300 ? 34 : w - 34), 374, 30, 10, P.light, `stroke="${P.ink}" stroke-width="3"`, 0.6));
      out.push(box(x + (x < 300 ? 80 : 20), 372, w - 100, 12, P.accent, `stroke="${P.ink}" stroke-width="2.5"`, 0.6));
    }
    // rifle rack
    out.push(box(140, 140, 150, 12, P.ink), box(140, 300, 150, 12, P.ink));
    for (let i = 0; i < 4; i++)
      out.push(line(160 + i * 36, 300, 164 + i * 36, 130, P.ink, 6), blob(160 + i * 36, 298, 6, 12, P.ink, '', 0.3));
    // table, lamp, mugs
    out.push(
      box(560, 300, 220, 14, P.ink),
      line(580, 314, 580, 380, P.ink, 5),
      line(760, 314, 760, 380, P.ink, 5),
      deskLamp(P, 740, 300),
    );
    out.push(
      box(600, 284, 18, 16, P.paper, `stroke="${P.ink}" stroke-width="2"`),
      box(640, 286, 40, 14, P.light, `stroke="${P.ink}" stroke-width="1.5"`),
    );
    if (time === 'night') {
      // a guard asleep under a blanket on the left cot
      out.push(blob(190, 372, 130, 18, P.ink, '', 1.5), blob(70, 366, 16, 12, P.ink, '', 0.5));
    } else {
      out.push(chair(P, 680, 350, -1), seated(P, 690, 350, 110, -1, P.ink, 'man'));
      out.push(line(600, 290, 660, 270, P.ink, 4));
    }
    return out.join('');
  },
  overlays: {
    alarm_tested: (P) => ({
      x: 820,
      y: 90,
      w: 110,
      h: 200,
      body: [
        framed(850, 120, 50, 60, P.paper, P.ink, 3),
        blob(875, 150, 14, 14, P.accent, `stroke="${P.ink}" stroke-width="2.5"`, 0.3),
        line(875, 180, 875, 280, P.ink, 2),
        line(875, 120, 875, 96, P.ink, 2),
      ].join(''),
    }),
    night_rota: (P) => ({
      x: 330,
      y: 220,
      w: 110,
      h: 130,
      body: [
        framed(345, 235, 80, 100, P.light, P.ink, 3),
        ...[0, 1, 2, 3, 4, 5].map((i) => line(352, 254 + i * 13, 418, 254 + i * 13, P.ink, 1.4)),
        line(378, 242, 378, 328, P.ink, 1.4),
        blob(385, 234, 5, 5, P.accent, '', 0.2),
      ].join(''),
    }),
  },
  flash: [[455, 140]],
  fire: [455, 150],
};
