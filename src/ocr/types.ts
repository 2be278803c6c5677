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

/** A 1D or 2D code decoded from the image (a wristband, a specimen label, a QR code). */
export interface CodeReading {
  /** Symbology as the decoder names it: "Code128", "QRCode", "DataMatrix", "EAN-13"... */
  format: string;
  text: string;
  box: Box;
}

/** A face found in the image (faces/detect.ts): its box, and the detector's confidence 0..1. */
export interface FaceReading {
  box: Box;
  score: number;
}

/** Faces in decoded pixels, most confident first (faces/detect.ts). */
export type DetectFaces = (image: RgbaImage) => Promise<FaceReading[]>;

/**
 * What an image holds, read on the device: the OCR host's answer. It carries no findings: the
 * engine runs on it where the policy is known (image-findings.ts), so one reading serves every
 * policy, sensitivity and draft, and the cache of readings never needs to know the policy.
 */
export interface ImageReading {
  /** Words read, in image pixels; layoutText() turns them into the text the engine reads. */
  words: OcrWord[];
  medical: MedicalVerdict;
  location?: GpsLocation;
  codes: CodeReading[];
  /** Faces found, most confident first; absent when the detector did not run or failed. */
  faces?: FaceReading[];
  width: number;
  height: number;
  /** Wall time of the whole read (decode to last detector), in milliseconds. */
  ms: number;
}

/** A reading with the engine's findings on it: what the CLI prints and the panel lists. */
export interface ImageScanResult extends ImageReading {
  verdict: Verdict;
  /**
   * Engine findings on the OCR text (`source: 'image'`, `box` in image pixels, `start`/`end`
   * into `ocrText`), decoded codes (boxed by the code), faces (`phi.face`, boxed), then `image.medical` and
   * `image.location` when they apply (no box).
   */
  findings: Finding[];
  ocrText: string;
}
