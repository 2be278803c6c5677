/**
 * What face-api's "no bundle" build gets when it imports `@tensorflow/tfjs`: only tfjs-core, its
 * chained ops (`tensor.as3D()`, which face-api calls) and the CPU backend. The build and the unit
 * tests alias the full tfjs, WebGL and WASM imports to this module and to an empty one
 * (faces/build.ts): the detector runs on the CPU, and the extension carries no GPU or WASM
 * backend, nor their CDN defaults, that it would never use.
 */
export * from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import '@tensorflow/tfjs-backend-cpu';
