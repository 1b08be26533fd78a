"use strict";
// The index's data model. Plain data only: everything here can be serialised to JSON
// (the persistent cache and the CLI rely on that).
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=model.js.map