import type { Finding } from '../engine';
import { FindingList, type FindingActions } from './FindingList';

export interface ImageModel {
  id: string;
  name: string;
  thumbnail: string;
  status: 'reading' | 'done' | 'error';
  error?: string;
  findings: readonly Finding[];
  medical: boolean;
  /** There are findings with boxes to cover. */
  canRedact: boolean;
  /** There is any detected text to cover. */
  canCoverText: boolean;
  redact(cover: 'findings' | 'all-text'): void;
}

/**
 * Each attached image with what was found in it: a thumbnail, a progress note while the device
 * reads it, its own findings, and "Redact image" when there is text to cover.
 */
export function ImageFindings({ images, actions }: { images: readonly ImageModel[]; actions: FindingActions }) {
  if (images.length === 0) return null;
  return (
    <ul class="sl-images">
      {images.map((image) => (
        <li key={image.id} class="sl-image" data-image-status={image.status}>
          <div class="sl-image__head">
            <img class="sl-image__thumb" src={image.thumbnail} alt="" />
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
          <FindingList findings={image.findings.filter((f) => f.rule !== 'image.medical' || image.medical)} actions={actions} />
          {(image.canRedact || image.canCoverText) && (
            <div class="sl-finding__actions">
              {image.canRedact && (
                <button type="button" class="sl-button sl-button--primary" data-action="redact-image" onClick={() => image.redact('findings')}>
                  Redact image
                </button>
              )}
              {image.canCoverText && (
                <button type="button" class="sl-button" data-action="redact-image-text" onClick={() => image.redact('all-text')}>
                  Cover all text
                </button>
              )}
              <span class="sl-image__note">Sends a copy without location data; the original stays on your device.</span>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
