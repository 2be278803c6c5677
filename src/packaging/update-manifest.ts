/**
 * The update manifest Chrome and Edge poll for a self-hosted extension (the URL after the id in
 * ExtensionInstallForcelist): it names the current version and where its CRX is. To roll out a new
 * version, host the new CRX and this file with the new version; browsers pick it up within hours.
 */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');
}

export function updateManifestXml({ extensionId, version, crxUrl }: { extensionId: string; version: string; crxUrl: string }): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${attribute(extensionId)}'>`,
    `    <updatecheck codebase='${attribute(crxUrl)}' version='${attribute(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

/** Firefox's update manifest (the add-on's gecko.update_url points at it when self-hosted). */
export function firefoxUpdateManifest({ geckoId, version, xpiUrl }: { geckoId: string; version: string; xpiUrl: string }): string {
  return `${JSON.stringify({ addons: { [geckoId]: { updates: [{ version, update_link: xpiUrl }] } } }, null, 2)}\n`;
}
