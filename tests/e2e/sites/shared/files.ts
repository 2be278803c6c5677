/** A file input hidden behind a site's own media button, as every site here renders one. */
export function hiddenFileInput(accept: string, multiple = true): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.multiple = multiple;
  input.hidden = true;
  return input;
}

/** A preview of an attached file as sites draw one: an <img> whose src is a blob: URL of the file. */
export function previewImage(file: File, alt = ''): HTMLImageElement {
  const img = document.createElement('img');
  img.alt = alt;
  img.src = URL.createObjectURL(file);
  img.style.maxWidth = '100%';
  img.style.maxHeight = '240px';
  return img;
}
