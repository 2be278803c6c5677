import type { Finding } from '../engine';
import { FindingList, type FindingActions } from './FindingList';
import { onTrusted } from './trusted';

type Cover = 'findings' | 'all-text';

export interface ImageModel {
  id: string;
  name: string;
  thumbnail: string;
  status: 'reading' | 'done' | 'error';
  error?: string;
  findings: readonly Finding[];
  medical: boolean;
  /** A clean copy can replace this image in the post (it came through a file input we saw). */
  swappable: boolean;
  /** There are findings with boxes to cover. */
  canRedact: boolean;
  /** There is any detected text to cover. */
  canCoverText: boolean;
  redact(cover: Cover): void;
  /** This is a clean copy Second Look swapped in; the original it replaced, kept on the device. */
  original?: { name: string; thumbnail: string; covered: Cover; undo(): void };
}

const COVERED: Record<Cover, string> = {
  findings: 'what could identify someone covered in black',
  'all-text': 'all its text covered in black',
};

/**
 * Each attached image with what was found in it: a thumbnail, a progress note while the device
 * reads it, its own findings, "Redact image" when there is text to cover, and after a redaction
 * the original and the clean copy side by side, with Undo.
 */
export function ImageFindings({ images, actions }: { images: readonly ImageModel[]; actions: FindingActions }) {
  if (images.length === 0) return null;
  return (
    <ul class="sl-images">
      {images.map((image) => (
        <li key={image.id} class="sl-image" data-image-status={image.status}>
          <div class="sl-image__head">
            {!image.original && <img class="sl-image__thumb" src={image.thumbnail} alt="" />}
            <p class="sl-image__name">
              {image.name}
              <br />
              <span class="sl-image__status" role={image.status === 'error' ? 'alert' : undefined}>
                {image.status === 'reading' && 'Reading this image on your device…'}
                {image.status === 'error' && `Could not read this image: ${image.error}. It was not checked.`}
                {image.status === 'done' && (image.findings.length ? `${image.findings.length} to check` : 'Nothing found')}
              </span>
            </p>
          </div>
          {image.status === 'reading' && <progress class="sl-image__progress" aria-label={`Reading ${image.name}`} />}
          {image.original && <BeforeAfter image={image} original={image.original} />}
          <FindingList findings={image.findings.filter((f) => f.rule !== 'image.medical' || image.medical)} actions={actions} />
          {(image.canRedact || image.canCoverText) && (
            <div class="sl-finding__actions">
              {image.canRedact && (
                <button type="button" class="sl-button sl-button--primary" data-action="redact-image" onClick={onTrusted(() => image.redact('findings'))}>
                  Redact image
                </button>
              )}
              {image.canCoverText && (
                <button type="button" class="sl-button" data-action="redact-image-text" onClick={onTrusted(() => image.redact('all-text'))}>
                  Cover all text
                </button>
              )}
              <span class="sl-image__note">Sends a copy without location data; the original stays on your device.</span>
            </div>
          )}
          {!image.swappable && image.findings.length > 0 && (
            <p class="sl-image__note">Second Look can’t swap a covered copy into this post: remove the image there, or attach a covered copy.</p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The original and the copy being posted, side by side; Undo puts the original back. */
function BeforeAfter({ image, original }: { image: ImageModel; original: NonNullable<ImageModel['original']> }) {
  return (
    <div class="sl-compare" role="group" aria-label={`${original.name}: before and after`}>
      <figure class="sl-compare__item" data-compare="before">
        <img class="sl-compare__thumb" src={original.thumbnail} alt={`Original ${original.name}, as you attached it`} />
        <figcaption>Original (stays on your device)</figcaption>
      </figure>
      <figure class="sl-compare__item" data-compare="after">
        <img class="sl-compare__thumb" src={image.thumbnail} alt={`Copy being posted, with ${COVERED[original.covered]}`} />
        <figcaption>Being posted</figcaption>
      </figure>
      <button type="button" class="sl-button sl-button--link sl-compare__undo" data-action="undo-redact" onClick={onTrusted(original.undo)}>
        Undo: put the original back
      </button>
    </div>
  );
}
