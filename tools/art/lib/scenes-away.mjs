// Places beyond the walls: the Coyoacán market, a cactus-hunting trip, the Cruz Verde hospital, the funeral
// procession of 22 August, and the garden as a museum today (the stele). Crowds are silhouettes only.

import {
  W,
  H,
  box,
  framed,
  poly,
  blob,
  line,
  sky,
  ground,
  eucalyptus,
  roundTree,
  organCactus,
  agave,
  person,
  volcanoes,
  between,
} from './ink-kit.mjs';
import { church } from './scenes-outside.mjs';

const lit = (P) => (P.night ? P.light : P.ink);

function stall(P, x, base, w, open) {
  const out = [];
  out.push(line(x, base, x, base - 130, P.ink, 5), line(x + w, base, x + w, base - 130, P.ink, 5));
  const awning = [
    [x - 14, base - 120],
    [x + w + 14, base - 120],
    [x + w, base - 150],
    [x, base - 150],
  ];
  out.push(poly(awning, P.paper, `stroke="${P.ink}" stroke-width="3"`));
  for (let i = 0; i < 6; i += 2)
    out.push(
      poly(
        [
          [x + (w * i) / 6, base - 150],
          [x + (w * (i + 1)) / 6, base - 150],
          [x + (w * (i + 1)) / 6 + 2, base - 120],
          [x + (w * i) / 6 - 2, base - 120],
        ],
        P.accent,
        '',
        0.4,
      ),
    );
  for (let i = 0; i < 7; i++)
    out.push(
      poly(
        [
          [x - 14 + i * ((w + 28) / 7), base - 120],
          [x - 14 + (i + 1) * ((w + 28) / 7), base - 120],
          [x - 14 + (i + 0.5) * ((w + 28) / 7), base - 108],
        ],
        P.paper,
        `stroke="${P.ink}" stroke-width="2"`,
        0.2,
      ),
    );
  out.push(box(x - 6, base - 50, w + 12, 50, P.ink));
  if (open) {
    for (let i = 0; i < 5; i++) {
      const cx = x + 10 + i * ((w - 20) / 4);
      out.push(blob(cx, base - 60, 16, 12, i % 2 ? P.paper : P.accent, `stroke="${P.ink}" stroke-width="2"`, 0.8));
      out.push(
        `<rect x="${(cx - 12).toFixed(1)}" y="${base - 64}" width="24" height="8" fill="url(#dots)" opacity="0.6"/>`,
      );
    }
  }
  return out.join('');
}

export const market = {
  base(P, time) {
    const horizon = 250;
    const out = [sky(P, horizon, { sunX: 160 })];
    out.push(church(P, 700, horizon));
    out.push(
      poly(
        [
          [0, horizon],
          [0, 200],
          [140, 200],
          [140, 180],
          [260, 180],
          [260, horizon],
        ],
        P.night ? '#1c2642' : P.wall,
        `stroke="${P.ink}" stroke-width="2"`,
      ),
    );
    out.push(roundTree(P, 440, horizon + 10, 140, 60), roundTree(P, 900, horizon + 10, 120, 50));
    out.push(ground(P, horizon, P.ground, 'dots', 0.35));
    const open = time !== 'night';
    out.push(stall(P, 60, 440, 200, open), stall(P, 380, 430, 180, open), stall(P, 690, 450, 200, open));
    if (open) {
      out.push(
        person(P, 300, 500, 150, 'woman', 1),
        person(P, 330, 520, 140, 'hat', -1),
        person(P, 620, 500, 150, 'woman', -1),
      );
      out.push(
        person(P, 560, 520, 120, 'boy', 1),
        person(P, 910, 530, 160, 'hat', -1),
        person(P, 160, 520, 150, 'hat', 1),
      );
      out.push(blob(620, 420, 22, 12, P.paper, `stroke="${P.ink}" stroke-width="2.5"`, 0.6));
    } else {
      // lanterns left burning over the shut stalls: a cream flame and short cut rays
      for (const x of [160, 470, 790]) {
        out.push(line(x, 270, x, 288, P.light, 2));
        for (let i = 0; i < 10; i++) {
          const a = (i / 10) * Math.PI * 2;
          out.push(
            line(
              x + Math.cos(a) * 20,
              302 + Math.sin(a) * 20,
              x + Math.cos(a) * 32,
              302 + Math.sin(a) * 32,
              P.light,
              2,
            ),
          );
        }
        out.push(blob(x, 302, 10, 14, P.light, '', 0.4));
      }
    }
    return out.join('');
  },
  overlays: {},
  flash: [[480, 300]],
  fire: [480, 300],
};

function car(P, x, base, s = 1) {
  const body = P.ink;
  return [
    poly(
      [
        [x, base - 28 * s],
        [x + 40 * s, base - 30 * s],
        [x + 70 * s, base - 62 * s],
        [x + 150 * s, base - 62 * s],
        [x + 176 * s, base - 32 * s],
        [x + 230 * s, base - 28 * s],
        [x + 232 * s, base - 8 * s],
        [x - 2, base - 8 * s],
      ],
      body,
      '',
      1,
    ),
    poly(
      [
        [x + 80 * s, base - 56 * s],
        [x + 112 * s, base - 56 * s],
        [x + 112 * s, base - 34 * s],
        [x + 66 * s, base - 34 * s],
      ],
      P.night ? '#2c3753' : P.sky,
      '',
      0.4,
    ),
    poly(
      [
        [x + 120 * s, base - 56 * s],
        [x + 146 * s, base - 56 * s],
        [x + 166 * s, base - 34 * s],
        [x + 120 * s, base - 34 * s],
      ],
      P.night ? '#2c3753' : P.sky,
      '',
      0.4,
    ),
    blob(x + 48 * s, base - 6 * s, 20 * s, 20 * s, P.ink, `stroke="${P.paper}" stroke-width="3"`, 0.3),
    blob(x + 186 * s, base - 6 * s, 20 * s, 20 * s, P.ink, `stroke="${P.paper}" stroke-width="3"`, 0.3),
    blob(x + 226 * s, base - 24 * s, 5 * s, 5 * s, P.night ? P.light : P.paper, '', 0.2),
  ].join('');
}

export const cactus = {
  base(P, time) {
    const horizon = 290;
    const out = [sky(P, horizon, { sunX: 640 })];
    out.push(volcanoes(P, horizon));
    out.push(
      poly(
        [
          [0, horizon],
          [0, 260],
          [180, 236],
          [360, 262],
          [520, 240],
          [720, 262],
          [960, 246],
          [960, horizon],
        ],
        P.night ? '#1c2642' : '#c9b08c',
        `stroke="${P.ink}" stroke-width="2"`,
      ),
    );
    out.push(ground(P, horizon, P.ground, 'dots', 0.45));
    out.push(organCactus(P, 120, 470, 260, 7), organCactus(P, 820, 430, 200, 5), organCactus(P, 470, 330, 70, 4));
    out.push(agave(P, 330, 500, 1.6), agave(P, 640, 520, 1.2), agave(P, 930, 520, 1.3));
    for (let i = 0; i < 12; i++)
      out.push(
        blob(
          between(40, 920),
          between(340, 520),
          between(6, 14),
          between(4, 8),
          P.paper,
          `stroke="${P.ink}" stroke-width="1.5"`,
          0.6,
        ),
      );
    out.push(car(P, 560, 410, 1));
    if (time !== 'night') {
      out.push(
        person(P, 300, 440, 140, 'old', 1),
        person(P, 420, 450, 150, 'hat', -1),
        person(P, 700, 460, 150, 'guard', -1),
      );
      // a dug-up cactus wrapped for the car
      out.push(
        poly(
          [
            [340, 440],
            [380, 440],
            [376, 400],
            [344, 400],
          ],
          P.ink,
          '',
          0.6,
        ),
        line(360, 400, 360, 360, P.ink, 9),
      );
      out.push(line(420, 408, 372, 470, P.ink, 4));
    }
    return out.join('');
  },
  overlays: {},
  flash: [[640, 360]],
  fire: [640, 360],
};

export const hospital = {
  base(P, time) {
    const horizon = 360;
    const out = [sky(P, horizon, { sunX: 880 })];
    // the building: two storeys, a cross on the parapet (green in life; here carved in ink)
    out.push(framed(120, 90, 720, horizon - 90, P.paper, P.ink, 5), box(100, 76, 760, 20, P.ink));
    out.push(`<rect x="124" y="${horizon - 60}" width="712" height="56" fill="url(#hd)" opacity="0.35"/>`);
    for (let r = 0; r < 2; r++)
      for (let c = 0; c < 6; c++) {
        if (r === 1 && (c === 2 || c === 3)) continue;
        const lightOn = P.night && (c + r) % 3 !== 0;
        out.push(
          framed(160 + c * 112, 120 + r * 120, 56, 80, lightOn ? P.light : P.night ? '#152039' : P.sky, P.ink, 4),
        );
        out.push(line(188 + c * 112, 122 + r * 120, 188 + c * 112, 198 + r * 120, P.ink, 2));
      }
    out.push(framed(400, 240, 160, horizon - 240, P.night ? P.glow : P.ink, P.ink, 5));
    out.push(
      poly(
        [
          [470, 20],
          [490, 20],
          [490, 40],
          [510, 40],
          [510, 60],
          [490, 60],
          [490, 80],
          [470, 80],
          [470, 60],
          [450, 60],
          [450, 40],
          [470, 40],
        ],
        P.paper,
        `stroke="${P.ink}" stroke-width="4"`,
        0.4,
      ),
    );
    out.push(`<rect x="452" y="22" width="56" height="56" fill="url(#hx)" opacity="0.5"/>`);
    out.push(ground(P, horizon, P.ground, 'hh', 0.3));
    // ambulance
    out.push(
      poly(
        [
          [640, 450],
          [640, 370],
          [780, 370],
          [800, 400],
          [840, 410],
          [840, 450],
        ],
        P.paper,
        `stroke="${P.ink}" stroke-width="4"`,
      ),
      box(660, 386, 60, 30, P.night ? P.light : P.sky, `stroke="${P.ink}" stroke-width="3"`),
    );
    // the Cruz Verde's cross (green in life; cut in ink here, the print's one colour being red)
    out.push(
      poly(
        [
          [740, 390],
          [752, 390],
          [752, 402],
          [764, 402],
          [764, 414],
          [752, 414],
          [752, 426],
          [740, 426],
          [740, 414],
          [728, 414],
          [728, 402],
          [740, 402],
        ],
        P.ink,
        '',
        0.2,
      ),
    );
    out.push(blob(680, 452, 18, 18, P.ink, '', 0.3), blob(800, 452, 18, 18, P.ink, '', 0.3));
    // those who waited outside
    const crowd = time === 'night' ? 4 : 8;
    for (let i = 0; i < crowd; i++)
      out.push(
        person(
          P,
          100 + i * 58,
          480 + (i % 2) * 20,
          130 + (i % 3) * 10,
          i % 3 === 0 ? 'woman' : i % 2 ? 'hat' : 'man',
          i < crowd / 2 ? 1 : -1,
        ),
      );
    return out.join('');
  },
  overlays: {},
  flash: [[480, 300]],
  fire: [480, 300],
};

export const procession = {
  base(P, time) {
    const horizon = 300;
    const out = [sky(P, horizon, { sunX: 820 })];
    // city street in perspective: façades both sides
    out.push(
      poly(
        [
          [0, 0],
          [300, 150],
          [300, horizon],
          [0, 420],
        ],
        P.wall,
        `stroke="${P.ink}" stroke-width="4"`,
      ),
    );
    out.push(
      poly(
        [
          [960, 0],
          [660, 150],
          [660, horizon],
          [960, 420],
        ],
        P.wall,
        `stroke="${P.ink}" stroke-width="4"`,
      ),
    );
    for (let i = 0; i < 4; i++) {
      const t = i / 4;
      const xl = 40 + t * 230;
      out.push(
        poly(
          [
            [xl, 80 + t * 90],
            [xl + 30 - t * 10, 96 + t * 80],
            [xl + 30 - t * 10, 220 + t * 30],
            [xl, 230 + t * 40],
          ],
          lit(P) === P.light && i % 2 ? P.light : P.ink,
          '',
          0.4,
        ),
      );
      const xr = 920 - t * 230;
      out.push(
        poly(
          [
            [xr, 80 + t * 90],
            [xr - 30 + t * 10, 96 + t * 80],
            [xr - 30 + t * 10, 220 + t * 30],
            [xr, 230 + t * 40],
          ],
          lit(P) === P.light && i % 2 === 0 ? P.light : P.ink,
          '',
          0.4,
        ),
      );
    }
    out.push(`<rect x="0" y="0" width="300" height="420" fill="url(#hd)" opacity="0.15"/>`);
    out.push(ground(P, horizon, P.ground, 'hh', 0.3));
    out.push(
      poly(
        [
          [300, horizon],
          [660, horizon],
          [960, 540],
          [0, 540],
        ],
        P.ground,
      ),
    );
    // the hearse, small in the distance, and the mourners
    out.push(
      poly(
        [
          [430, 310],
          [530, 310],
          [530, 280],
          [500, 270],
          [440, 270],
          [430, 280],
        ],
        P.ink,
        '',
        0.6,
      ),
    );
    out.push(blob(448, 312, 8, 8, P.ink, '', 0.2), blob(514, 312, 8, 8, P.ink, '', 0.2));
    const rows = [
      [330, 40, 8],
      [360, 60, 10],
      [400, 84, 12],
      [450, 110, 13],
      [520, 150, 12],
    ];
    for (const [base, hgt, n] of rows) {
      for (let i = 0; i < n; i++) {
        const spread = 80 + (base - 300) * 2.2;
        const x = 480 - spread / 2 + (i + 0.5) * (spread / n) + between(-8, 8);
        out.push(person(P, x, base + between(-4, 4), hgt, ['hat', 'man', 'woman', 'hat'][i % 4], i % 2 ? 1 : -1));
      }
    }
    // banners carried high (plain: no words are invented for them)
    out.push(
      line(300, 380, 300, 240, P.ink, 4),
      line(420, 376, 420, 236, P.ink, 4),
      poly(
        [
          [300, 244],
          [420, 240],
          [420, 290],
          [300, 294],
        ],
        P.accent,
        `stroke="${P.ink}" stroke-width="3"`,
      ),
    );
    if (time === 'dusk' || time === 'night')
      for (let i = 0; i < 5; i++) out.push(blob(260 + i * 110, 400 - (i % 2) * 20, 5, 7, P.light, '', 0.2));
    return out.join('');
  },
  overlays: {},
  flash: [[480, 250]],
  fire: [480, 250],
};

export const museum = {
  base(P, time) {
    const horizon = 320;
    const out = [sky(P, horizon, { sunX: 200 })];
    out.push(eucalyptus(P, 180, horizon + 40, 300), roundTree(P, 780, horizon + 20, 170, 70));
    out.push(framed(0, 200, W, 120, P.wall, P.ink, 4), `<rect x="0" y="200" width="${W}" height="8" fill="${P.ink}"/>`);
    out.push(ground(P, horizon, P.ground, 'dots', 0.35));
    out.push(organCactus(P, 690, 460, 170, 5), agave(P, 260, 470, 1.3), agave(P, 840, 500, 1.1));
    // the stele: a tall stone slab on a low base, a flagpole with a red flag beside it
    out.push(framed(400, 430, 200, 30, P.paper, P.ink, 4));
    out.push(
      framed(440, 170, 120, 262, P.paper, P.ink, 5),
      `<rect x="446" y="176" width="108" height="250" fill="url(#hh)" opacity="0.25"/>`,
    );
    out.push(box(466, 200, 68, 56, P.ink, '', 0.5), box(472, 206, 56, 44, P.paper, '', 0.4));
    out.push(
      line(620, 460, 620, 110, P.ink, 5),
      poly(
        [
          [622, 112],
          [700, 124],
          [690, 146],
          [702, 168],
          [622, 160],
        ],
        P.accent,
        `stroke="${P.ink}" stroke-width="2.5"`,
      ),
    );
    if (time !== 'night')
      out.push(
        person(P, 300, 520, 150, 'man', 1),
        person(P, 340, 514, 120, 'boy', 1),
        person(P, 800, 530, 160, 'woman', -1),
      );
    return out.join('');
  },
  overlays: {},
  flash: [[500, 300]],
  fire: [500, 300],
};

export { car, stall };
export const SIZE = [W, H];
