// Draws media/icon.png (128×128): a shield with a check mark, the Marketplace icon. Plain zlib, no
// image library: run once when the design changes, the PNG is committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const S = 128;
const px = Buffer.alloc(S * S * 4);
const bg = [27, 36, 48], shield = [46, 160, 67], check = [255, 255, 255];

function inShield(x, y) {
  // Flat top from y=16, straight sides to y=64, then a curve to the point at y=116.
  const cx = 64, half = 44;
  if (y < 16 || y > 116) return false;
  if (y <= 64) return Math.abs(x - cx) <= half;
  const t = (y - 64) / 52;
  return Math.abs(x - cx) <= half * Math.sqrt(1 - t * t);
}
function distToSegment(x, y, [x1, y1], [x2, y2]) {
  const dx = x2 - x1, dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}
for (let y = 0; y < S; y++) {
  for (let x = 0; x < S; x++) {
    let c = null, a = 255;
    const r = 22, inCorner = (x < r && y < r && Math.hypot(r - x, r - y) > r) || (x >= S - r && y < r && Math.hypot(x - (S - r - 1), r - y) > r) ||
      (x < r && y >= S - r && Math.hypot(r - x, y - (S - r - 1)) > r) || (x >= S - r && y >= S - r && Math.hypot(x - (S - r - 1), y - (S - r - 1)) > r);
    if (inCorner) { a = 0; c = bg; }
    else if (inShield(x, y)) {
      const d = Math.min(distToSegment(x, y, [42, 64], [58, 82]), distToSegment(x, y, [58, 82], [88, 46]));
      c = d < 6 ? check : shield;
    } else c = bg;
    px.set([...c, a], (y * S + x) * 4);
  }
}
const raw = Buffer.alloc(S * (S * 4 + 1));
for (let y = 0; y < S; y++) { raw[y * (S * 4 + 1)] = 0; px.copy(raw, y * (S * 4 + 1) + 1, y * S * 4, (y + 1) * S * 4); }
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(S, 0); ihdr.writeUInt32BE(S, 4); ihdr[8] = 8; ihdr[9] = 6;
writeFileSync(new URL('../media/icon.png', import.meta.url), Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]));
console.log('media/icon.png written');
