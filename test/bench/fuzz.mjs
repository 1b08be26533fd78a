#!/usr/bin/env node
// The robustness properties, 100,000 generated cases (and the shared generator's notes when present).
//   node test/bench/fuzz.mjs [--runs 100000]
import fc from 'fast-check';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { anyText, checkExtraction, checkIncremental, steps } = require('../../out/test/core/properties.js');

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 100000) || 100000;
const started = performance.now();
const report = (name, n, ms) => console.log(`${name}: ${n} cases, ${(ms / 1000).toFixed(1)} s, 0 failures`);
let t = performance.now();
fc.assert(fc.property(anyText, fc.boolean(), (text, plain) => checkExtraction(text, plain)), { numRuns: runs });
report('single notes', runs, performance.now() - t);
t = performance.now();
const incRuns = Math.max(1000, Math.floor(runs / 20));
fc.assert(fc.property(steps, checkIncremental), { numRuns: incRuns });
report('incremental updates', incRuns, performance.now() - t);
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
