import { PSM } from 'tesseract.js';

/**
 * Shared by every OCR host. Sparse-text segmentation finds scattered overlay lines without
 * assuming a page layout; a fixed DPI stops tesseract guessing one per region (and logging it);
 * our regions are already binarised and dark-on-light, so its own inverted-line retry is kept
 * only as a fallback for mixed-polarity regions (a light label box on a dark strip).
 */
export const TESSERACT_PARAMETERS = {
  tessedit_pageseg_mode: PSM.SPARSE_TEXT,
  user_defined_dpi: '300',
  tessedit_do_invert: '0',
};
