import type { ImageModel } from '../ui/ImageFindings';
import type { ComposerSession } from './composer-session';
import type { AttachedImage } from './draft-images';

export interface ImageModelOptions {
  /** Clean copies can be made on this page (the redactor is there). */
  canRedact: boolean;
  /** A fix was applied, for the popup's counters. */
  fixed(): void;
}

/** What the panel shows and offers for one attached image. */
export function imageModel(session: ComposerSession, image: AttachedImage, options: ImageModelOptions): ImageModel {
  // A clean copy can only go where the image came from: a file input we saw it arrive through.
  const swappable = !!image.input && options.canRedact;
  const findings = session.check?.images.find((i) => i.id === image.id)?.findings ?? [];
  return {
    id: image.id,
    name: image.name,
    thumbnail: image.thumbnail,
    status: image.status,
    ...(image.error ? { error: image.error } : {}),
    findings,
    medical: image.reading?.medical.likely ?? false,
    swappable,
    canRedact: swappable && findings.some((f) => f.box),
    canCoverText: swappable && !!(image.reading?.words.length || image.reading?.codes.length),
    redact: (cover) => void session.redactImage(image.id, cover).then((done) => done && options.fixed()),
    ...(image.original && image.covered
      ? {
          original: {
            name: image.original.name,
            thumbnail: image.original.thumbnail,
            covered: image.covered,
            undo: () => session.undoRedaction(image.id),
          },
        }
      : {}),
  };
}
