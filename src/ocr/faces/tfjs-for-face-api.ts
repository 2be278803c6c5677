/**
 * What face-api's "no bundle" build gets when it imports `@tensorflow/tfjs`: only tfjs-core, its
 * chained ops (`tensor.as3D()`, which face-api calls) and the CPU backend (the fallback). The
 * build and the unit tests alias the full tfjs and its WebGL and WASM imports to this module and
 * to an empty one (faces/build.ts): detect.ts starts the WASM backend itself, with the extension's
 * own .wasm files, and the extension carries no GPU backend that a headless or GPU-less machine
 * could not use anyway.
 */
export * from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import '@tensorflow/tfjs-backend-cpu';
