#!/usr/bin/env node
// Summarises a V8 .cpuprofile (node --cpu-prof): top functions by self time, and self time
// grouped by package (node_modules/<pkg>, dist/…, node: internals).
//   node bench/profile-summary.mjs <file.cpuprofile> [topN]
import { readFileSync } from 'node:fs';

export function summarise(profile, top = 25) {
  const { nodes, samples, timeDeltas } = profile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < samples.length; i += 1) self.set(samples[i], (self.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  const fn = new Map();
  const pkg = new Map();
  for (const [id, us] of self) {
    const cf = byId.get(id).callFrame;
    const url = cf.url || '';
    const short = url
      .replace(/^file:\/\//, '')
      .replace(/.*\/node_modules\//, 'node_modules/')
      .replace(/.*\/work\/main\//, '');
    const key = `${cf.functionName || '(anonymous)'}  ${short ? `${short}:${cf.lineNumber + 1}` : ''}`.trim();
    fn.set(key, (fn.get(key) ?? 0) + us);
    let group;
    const m = short.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (m) group = m[1];
    else if (short.startsWith('dist/')) group = 'banso (dist/)';
    else if (short.startsWith('node:') || /^[a-z_/]+$/.test(short)) group = 'node internals';
    else if (!short) group = cf.functionName.startsWith('(') ? cf.functionName : '(native/V8)';
    else group = short;
    pkg.set(group, (pkg.get(group) ?? 0) + us);
  }
  // Inclusive ("total") time per function: each sample counts once for every distinct function
  // on its stack, so wrappers (Nest pipeline, Apollo plugins, a service method) show their cost.
  const parent = new Map();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = new Map();
  for (const n of nodes) {
    const cf = n.callFrame;
    const short = (cf.url || '')
      .replace(/^file:\/\//, '')
      .replace(/.*\/node_modules\//, '')
      .replace(/.*\/work\/main\//, '');
    keyOf.set(n.id, `${cf.functionName || '(anonymous)'}  ${short ? `${short}:${cf.lineNumber + 1}` : ''}`.trim());
  }
  const incl = new Map();
  for (const [id, us] of self) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = keyOf.get(cur);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  const rows = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, us]) => ({ name: k, ms: us / 1000, pct: (100 * us) / total }));
  const inclusive = [...incl]
    .filter(([k]) => !/^\((root|program|idle|garbage collector)\)/.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top * 2)
    .map(([k, us]) => ({ name: k, ms: us / 1000, pct: (100 * us) / total }));
  return { totalMs: total / 1000, functions: rows(fn), packages: rows(pkg), inclusive };
}

export function printSummary(s, out = console.log) {
  out(`total sampled: ${(s.totalMs / 1000).toFixed(1)} s`);
  out('\nself time by package:');
  for (const r of s.packages) out(`  ${r.pct.toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(7)} ms  ${r.name}`);
  out('\ntop functions by self time:');
  for (const r of s.functions) out(`  ${r.pct.toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(7)} ms  ${r.name}`);
  if (s.inclusive && process.env.PROFILE_INCLUSIVE) {
    out('\ntop functions by total (inclusive) time:');
    for (const r of s.inclusive) out(`  ${r.pct.toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(7)} ms  ${r.name}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [topN]');
    process.exit(2);
  }
  printSummary(summarise(JSON.parse(readFileSync(file, 'utf8')), Number(process.argv[3] ?? 25)));
}
