import type { Box, Finding, Verdict } from '../engine';

export type { Box };

/** 8-bit RGBA pixels, row-major: what a decoder or canvas.getImageData gives. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** 8-bit luminance, row-major. Every preprocessing step works on this. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** One word read from the image, its box in the original image's pixel coordinates. */
export interface OcrWord {
  text: string;
  /** Tesseract's confidence, 0..100. */
  confidence: number;
  box: Box;
  /** Words with the same line id were read as one line of text. */
  line: number;
}

export interface MedicalVerdict {
  likely: boolean;
  /** 0..1: how much the image looks like a radiograph, scan, ECG or monitor. */
  score: number;
  /** Why, for the UI and for tuning: "grayscale", "dark field", "marker L", "vocabulary KVP"... */
  signals: string[];
}

export interface GpsLocation {
  lat: number;
  lon: number;
}

/** What scanning one image gives: the contract shared by the CLI, the OCR host and the panel. */
export interface ImageScanResult {
  verdict: Verdict;
  /**
   * Engine findings on the OCR text (`source: 'image'`, `box` in image pixels, `start`/`end`
   * into `ocrText`), then `image.medical` and `image.location` when they apply (no box).
   */
  findings: Finding[];
  ocrText: string;
  words: OcrWord[];
  medical: MedicalVerdict;
  location?: GpsLocation;
  width: number;
  height: number;
  /** Wall time of the whole scan (decode to findings), in milliseconds. */
  ms: number;
}
