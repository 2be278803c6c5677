/** Stands in for tfjs's WebGL and WASM backends in face-api's imports (see tfjs-for-face-api.ts). */
export {};
