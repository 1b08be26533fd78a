// Where the project's test inputs live, from the compiled test files in out/test/.
import * as path from 'node:path';

export const projectRoot = path.resolve(__dirname, '..', '..', '..');
export const samplesDir = path.join(projectRoot, 'samples');
export const fixturesDir = path.join(projectRoot, 'test', 'fixtures');
export const sharedDir = path.resolve(projectRoot, '..', 'shared');
