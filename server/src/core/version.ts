// The extraction engine's version: a persistent index made by another version is never trusted.
// Release builds replace it with a hash of the core's sources (scripts/build.mjs).
declare const __INFRANOTES_ENGINE__: string | undefined;

export const ENGINE_VERSION: string = typeof __INFRANOTES_ENGINE__ === 'string' ? __INFRANOTES_ENGINE__ : 'dev';
