"use strict";
// The shape of a tool in the built-in catalog (tools.json) and in a user's tool file.
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=types.js.map