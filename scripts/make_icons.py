#!/usr/bin/env python3
"""Draws the toolbar icons (a lens over text lines on a blue tile) as PNGs into extension/icons,
standard library only: python3 scripts/make_icons.py"""
import math, os, struct, zlib

BLUE = (43, 85, 199)
WHITE = (255, 255, 255)

def shade(x, y):
    """Colour and coverage at (x, y) in a 0..1 square."""
    # rounded tile
    r = 0.2
    dx = max(abs(x - 0.5) - (0.5 - r), 0); dy = max(abs(y - 0.5) - (0.5 - r), 0)
    if dx * dx + dy * dy > r * r:
        return None
    # text lines on the left
    for ly, lw in ((0.30, 0.34), (0.44, 0.26), (0.58, 0.30)):
        if 0.18 <= x <= 0.18 + lw and abs(y - ly) <= 0.035:
            return WHITE
    # lens ring and handle
    cx, cy, rr = 0.60, 0.50, 0.17
    d = math.hypot(x - cx, y - cy)
    if abs(d - rr) <= 0.045:
        return WHITE
    hx, hy = cx + rr * 0.75, cy + rr * 0.75
    t = ((x - hx) + (y - hy)) / 2
    if 0 <= t <= 0.16 and abs((x - hx) - (y - hy)) / math.sqrt(2) <= 0.05:
        return WHITE
    return BLUE

def png(size):
    ss = 4  # supersampling for smooth edges
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            acc = [0, 0, 0]; cov = 0
            for sj in range(ss):
                for si in range(ss):
                    c = shade((i + (si + 0.5) / ss) / size, (j + (sj + 0.5) / ss) / size)
                    if c:
                        cov += 1
                        for k in range(3):
                            acc[k] += c[k]
            if cov:
                row += bytes([acc[0] // cov, acc[1] // cov, acc[2] // cov, 255 * cov // (ss * ss)])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

for n in (16, 32, 48, 128):
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "extension", "icons", f"icon-{n}.png")
    with open(out, "wb") as f:
        f.write(png(n))
