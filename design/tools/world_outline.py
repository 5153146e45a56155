#!/usr/bin/env python3
"""Turn Natural Earth's land polygons into world-map backdrops for a level file.

Usage: world_outline.py ne_110m_land.geojson [--tolerance PX] [--min-area PX2] > outline.ron
       world_outline.py --untangle-level levels/FILE.ron   (mends crossing outlines in place)

Natural Earth (naturalearthdata.com) is in the public domain. The output is a list of RON
`backdrops` entries for the World map, in the projection the bundled levels use for world
places: equirectangular, 3 units per degree, x = 540 + 3 * longitude, y = 270 + 3 * latitude
(y grows northwards; the game flips it when drawing). Antarctica is left out, outlines are
simplified (Douglas-Peucker) to `tolerance` map units, corners sharper than `sharpest`
degrees are cut (a stroked outline draws them as long spikes), and islands smaller than `min_area`
square units are dropped. Paste the lines into the level's `backdrops: [...]`.
"""

import argparse
import json
import math
import sys

SCALE = 3.0
ORIGIN = (540.0, 270.0)
SOUTHERNMOST = -60.0  # below this latitude: Antarctica, left out


def project(lon, lat):
    return (ORIGIN[0] + SCALE * lon, ORIGIN[1] + SCALE * lat)


def distance_to_segment(p, a, b):
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    if length2 == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def simplify(points, tolerance):
    """Douglas-Peucker on an open polyline, iteratively (rings can be long)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, None
        for i in range(first + 1, last):
            d = distance_to_segment(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def angle_at(a, b, c):
    """The angle at b, in degrees, between the edges to a and to c."""
    ux, uy, vx, vy = a[0] - b[0], a[1] - b[1], c[0] - b[0], c[1] - b[1]
    lu, lv = math.hypot(ux, uy), math.hypot(vx, vy)
    if lu == 0 or lv == 0:
        return 0.0
    return math.degrees(math.acos(max(-1.0, min(1.0, (ux * vx + uy * vy) / (lu * lv)))))


def blunt(ring, sharpest):
    """Drops the tips of needles: a stroked outline turns each into a long spike."""
    changed = True
    while changed and len(ring) > 3:
        changed = False
        for i in range(len(ring)):
            if angle_at(ring[i - 1], ring[i], ring[(i + 1) % len(ring)]) < sharpest:
                del ring[i]
                changed = True
                break
    return ring


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def edges_meet(p, q, r, s):
    """Edges that cross, or run along each other for a length (a touch at a point is allowed),
    as the game's validation decides (src/level/geometry.rs)."""
    d1, d2, d3, d4 = cross(r, s, p), cross(r, s, q), cross(p, q, r), cross(p, q, s)
    if d1 * d2 < 0 and d3 * d4 < 0:
        return True
    if d1 or d2 or d3 or d4:
        return False
    k = 0 if abs(q[0] - p[0]) >= abs(q[1] - p[1]) else 1
    return min(max(p[k], q[k]), max(r[k], s[k])) > max(min(p[k], q[k]), min(r[k], s[k]))


def first_crossing(ring):
    n = len(ring)
    for a in range(n):
        for b in range(a + 2, n):
            if a == 0 and b == n - 1:
                continue  # neighbours around the ring
            if edges_meet(ring[a], ring[(a + 1) % n], ring[b], ring[(b + 1) % n]):
                return a, b
    return None


def untangle(ring):
    """Rounding to whole units can make an outline cross itself where the coast folds back:
    drop a corner of the first crossing edge until none crosses (the game refuses such
    outlines)."""
    while len(ring) > 3:
        found = first_crossing(ring)
        if found is None:
            break
        del ring[(found[0] + 1) % len(ring)]
    return ring


def untangle_level(path):
    """Rewrites, in place, the World land outlines of a level file that cross themselves."""
    import re

    pattern = re.compile(r"^(\s*\(map: World, kind: Land, polygon: \[)(.*)(\]\),\s*)$")
    lines = open(path, encoding="utf-8").read().split("\n")
    fixed = 0
    for i, line in enumerate(lines):
        m = pattern.match(line)
        if not m:
            continue
        ring = [tuple(int(v) for v in pt.split(",")) for pt in re.findall(r"\((-?\d+, -?\d+)\)", m.group(2))]
        before = len(ring)
        ring = untangle(ring)
        if len(ring) != before:
            fixed += 1
            lines[i] = m.group(1) + ", ".join(f"({x}, {y})" for x, y in ring) + m.group(3)
    open(path, "w", encoding="utf-8").write("\n".join(lines))
    print(f"{fixed} outlines untangled in {path}", file=sys.stderr)


def area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2


def rings(geojson):
    for feature in geojson["features"]:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        for polygon in polygons:
            yield polygon[0]  # the outer ring; lakes are not drawn


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--untangle-level":
        untangle_level(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("geojson")
    parser.add_argument("--tolerance", type=float, default=1.2)
    parser.add_argument("--min-area", type=float, default=30.0)
    parser.add_argument("--sharpest", type=float, default=25.0, help="smallest angle kept at a corner, degrees")
    args = parser.parse_args()
    with open(args.geojson, encoding="utf-8") as f:
        data = json.load(f)
    out = []
    for ring in rings(data):
        if max(lat for _, lat in ring) < SOUTHERNMOST:
            continue
        points = [project(lon, lat) for lon, lat in ring]
        if points[0] == points[-1]:
            points = points[:-1]
        if area(points) < args.min_area:
            continue
        simple = simplify(points + points[:1], args.tolerance)[:-1]
        rounded = []
        for x, y in simple:
            p = (round(x), round(y))
            if not rounded or rounded[-1] != p:
                rounded.append(p)
        if rounded[0] == rounded[-1]:
            rounded.pop()
        rounded = untangle(blunt(rounded, args.sharpest))
        if len(rounded) >= 3:
            out.append(rounded)
    out.sort(key=lambda r: -area(r))
    total = sum(len(r) for r in out)
    print(f"{len(out)} outlines, {total} points", file=sys.stderr)
    for ring in out:
        points = ", ".join(f"({x}, {y})" for x, y in ring)
        print(f"        (map: World, kind: Land, polygon: [{points}]),")


if __name__ == "__main__":
    main()
