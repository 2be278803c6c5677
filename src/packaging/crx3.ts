/**
 * CRX3, the signed package Chrome and Edge install from an update server:
 *
 *   "Cr24" | uint32 LE 3 | uint32 LE header length | CrxFileHeader (protobuf) | zip
 *
 *   message CrxFileHeader {
 *     repeated AsymmetricKeyProof sha256_with_rsa = 2;
 *     repeated AsymmetricKeyProof sha256_with_ecdsa = 3;
 *     optional bytes signed_header_data = 10000;     // a serialized SignedData
 *   }
 *   message AsymmetricKeyProof { optional bytes public_key = 1; optional bytes signature = 2; }
 *   message SignedData { optional bytes crx_id = 1; }  // first 16 bytes of sha256(public key)
 *
 * The signature (RSASSA-PKCS1-v1_5, SHA-256) covers "CRX3 SignedData\x00", the length of
 * signed_header_data as uint32 LE, signed_header_data, then the zip. The extension id is the crx
 * id in hex with 0-9a-f written as a-p: the browser derives it from the key, so a CRX signed with
 * another key is another extension.
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

const MAGIC = Buffer.from('Cr24', 'latin1');
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'latin1');
const FIELD = { keyProofRsa: 2, keyProofEcdsa: 3, signedHeaderData: 10000, publicKey: 1, signature: 2, crxId: 1 } as const;

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let v = value;
  while (v > 0x7f) {
    bytes.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  bytes.push(v);
  return Buffer.from(bytes);
}

/** A length-delimited protobuf field (wire type 2): the only kind CRX3 headers use. */
function bytesField(number: number, value: Buffer): Buffer {
  return Buffer.concat([varint(number * 8 + 2), varint(value.length), value]);
}

/** The length-delimited fields of a protobuf message, in order; other wire types are skipped. */
function readFields(message: Buffer): { number: number; value: Buffer }[] {
  const fields: { number: number; value: Buffer }[] = [];
  let at = 0;
  const readVarint = () => {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (at >= message.length) throw new Error('truncated protobuf varint');
      const byte = message[at++]!;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
  };
  while (at < message.length) {
    const key = readVarint();
    const wire = key % 8;
    const number = Math.floor(key / 8);
    if (wire === 0) readVarint();
    else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else if (wire === 2) {
      const length = readVarint();
      if (at + length > message.length) throw new Error('truncated protobuf field');
      fields.push({ number, value: message.subarray(at, at + length) });
      at += length;
    } else throw new Error(`unsupported protobuf wire type ${wire}`);
  }
  return fields;
}

/** The public key as Chrome stores it: DER SubjectPublicKeyInfo. */
export function publicKeyDer(key: KeyObject): Buffer {
  return createPublicKey(key).export({ type: 'spki', format: 'der' });
}

/** The 16-byte crx id: the first half of sha256 of the DER public key. */
export function crxIdOf(spkiDer: Buffer): Buffer {
  return createHash('sha256').update(spkiDer).digest().subarray(0, 16);
}

/** The Chrome extension id for a public key: 32 letters a-p. */
export function extensionIdOf(spkiDer: Buffer): string {
  return [...crxIdOf(spkiDer).toString('hex')].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function signedBytes(signedHeaderData: Buffer, zip: Buffer): Buffer[] {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(signedHeaderData.length);
  return [SIGNATURE_CONTEXT, length, signedHeaderData, zip];
}

/** A CRX3 file of `zip`, signed with an RSA private key. */
export function packCrx3(zip: Buffer, privateKey: KeyObject): Buffer {
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error(`the signing key must be RSA (this one is ${privateKey.asymmetricKeyType})`);
  const spki = publicKeyDer(privateKey);
  const signedHeaderData = bytesField(FIELD.crxId, crxIdOf(spki));
  const signature = sign('sha256', Buffer.concat(signedBytes(signedHeaderData, zip)), privateKey);
  const header = Buffer.concat([
    bytesField(FIELD.keyProofRsa, Buffer.concat([bytesField(FIELD.publicKey, spki), bytesField(FIELD.signature, signature)])),
    bytesField(FIELD.signedHeaderData, signedHeaderData),
  ]);
  const prefix = Buffer.alloc(12);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(3, 4);
  prefix.writeUInt32LE(header.length, 8);
  return Buffer.concat([prefix, header, zip]);
}

export interface Crx3 {
  extensionId: string;
  /** The zip inside. */
  zip: Buffer;
}

/**
 * Reads and verifies a CRX3 the way Chrome does for a self-hosted package: a well-formed header,
 * a crx id, an RSA proof whose key hashes to that id, and a valid signature over the contents.
 * Throws with the reason when any of that fails.
 */
export function readCrx3(crx: Buffer): Crx3 {
  if (crx.length < 12 || !crx.subarray(0, 4).equals(MAGIC)) throw new Error('not a CRX file (no "Cr24" magic)');
  const version = crx.readUInt32LE(4);
  if (version !== 3) throw new Error(`CRX version ${version}; only CRX3 is installable`);
  const headerLength = crx.readUInt32LE(8);
  if (12 + headerLength > crx.length) throw new Error('truncated CRX header');
  const header = readFields(crx.subarray(12, 12 + headerLength));
  const zip = crx.subarray(12 + headerLength);
  const signedHeaderData = header.find((f) => f.number === FIELD.signedHeaderData)?.value;
  if (!signedHeaderData) throw new Error('the CRX header has no signed_header_data');
  const crxId = readFields(signedHeaderData).find((f) => f.number === FIELD.crxId)?.value;
  if (!crxId || crxId.length !== 16) throw new Error('the CRX header has no 16-byte crx_id');
  for (const proof of header.filter((f) => f.number === FIELD.keyProofRsa)) {
    const fields = readFields(proof.value);
    const spki = fields.find((f) => f.number === FIELD.publicKey)?.value;
    const signature = fields.find((f) => f.number === FIELD.signature)?.value;
    if (!spki || !signature || !crxIdOf(spki).equals(crxId)) continue;
    const publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    if (!verify('sha256', Buffer.concat(signedBytes(signedHeaderData, zip)), publicKey, signature)) throw new Error('the CRX signature does not match its contents');
    return { extensionId: extensionIdOf(spki), zip };
  }
  throw new Error("no RSA key proof in the CRX header matches its crx_id");
}
