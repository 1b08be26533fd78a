"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENGINE_VERSION = void 0;
exports.ENGINE_VERSION = typeof __INFRANOTES_ENGINE__ === 'string' ? __INFRANOTES_ENGINE__ : 'dev';
//# sourceMappingURL=version.js.map