#!/usr/bin/env python3
"""Draws the toolbar and store icons (a figure stretching, arms up) as PNGs, with no dependencies.

Run once after changing the design; the PNGs are committed under extension/icons/."""
import math, struct, zlib, pathlib

BG = (47, 111, 94)
FG = (255, 255, 255)

def inside(x, y):
    """Shape in unit coordinates (0..1): returns 'bg', 'fg' or None (transparent)."""
    r = 0.2  # corner radius of the rounded square
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return None
    def seg(ax, ay, bx, by, w):
        dx, dy = bx - ax, by - ay
        t = max(0, min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= w * w
    head = (x - 0.5) ** 2 + (y - 0.27) ** 2 <= 0.085 ** 2
    w = 0.055
    body = seg(0.5, 0.4, 0.5, 0.64, w)
    arms = seg(0.5, 0.44, 0.27, 0.2, w) or seg(0.5, 0.44, 0.73, 0.2, w)
    legs = seg(0.5, 0.64, 0.36, 0.84, w) or seg(0.5, 0.64, 0.64, 0.84, w)
    return 'fg' if (head or body or arms or legs) else 'bg'

def png(size):
    ss = 4
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(ss):
                for si in range(ss):
                    k = inside((i + (si + 0.5) / ss) / size, (j + (sj + 0.5) / ss) / size)
                    if k:
                        c = FG if k == 'fg' else BG
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = ss * ss
            a = acc[3] // n
            if a:
                row += bytes([acc[0] * 255 // acc[3], acc[1] * 255 // acc[3], acc[2] * 255 // acc[3], a])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')

out = pathlib.Path(__file__).resolve().parent.parent / 'extension' / 'icons'
out.mkdir(parents=True, exist_ok=True)
for s in (16, 32, 48, 128):
    (out / f'icon{s}.png').write_bytes(png(s))
    print(out / f'icon{s}.png')
