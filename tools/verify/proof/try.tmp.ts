import { compileForProof, proveRealStory } from './run-proof.ts';
const t0 = performance.now();
const c = compileForProof('/work/wt/i16/story/en/main.ink');
const t1 = performance.now();
const r = proveRealStory(c, '/work/wt/i16/story/en');
const t2 = performance.now();
console.log('compile', (t1-t0).toFixed(0), 'proof', (t2-t1).toFixed(0), 'nodes', r.nodes, r.roleRefinement);
console.log(r.proven, '/', r.total, 'kiosk', r.kiosk?.failures.length, 'whole', r.whole.failures.length, 'states', r.segments.reduce((a,s)=>a+s.states,0), r.whole.states);
for (const f of r.failures.slice(0, 30)) console.log(JSON.stringify(f, null, 1));
