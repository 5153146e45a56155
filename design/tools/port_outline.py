#!/usr/bin/env python3
"""Draw the stylized port of Marseille for levels/marseille.ron: the coast from L'Estaque to the
Calanques, the port's jetties and the long breakwater (digue du Large), the Vieux-Port, the
Frioul islands, the city and its hills, and the zones of the port as bands along the coast.

Usage: port_outline.py > port.ron   (then paste each part where the level wants it)

This is a drawing, not a survey: the coast keeps its real order and turns (north to south:
L'Estaque, Mourepiane, Pinède, the eastern basins, Arenc, La Joliette, the Vieux-Port, the
Corniche, the Prado beaches, the Calanques) at a scale that leaves every zone big enough to
click on a projector. Map units: x to the east, y to the north, 1000 x 700.
"""

import math

# The coast, north to south, land to the east. Named points are where zones meet.
COAST = [
    (0, 655), (60, 650), (120, 656), (165, 648),      # Côte Bleue into L'Estaque's bay
    (185, 630), (200, 600),                            # L'Estaque harbour
    (215, 570),                                        # Mourepiane (north end)
    (258, 485),                                        # Pinède (north end)
    (280, 440),                                        # eastern basins (north end)
    (304, 392),                                        # Arenc (north end)
    (326, 346),                                        # La Joliette (north end)
    (338, 308),                                        # Fort Saint-Jean
    (428, 306), (434, 299), (428, 292), (338, 290),    # the Vieux-Port's inlet
    (326, 276), (320, 258),                            # the Pharo
    (332, 236), (344, 212), (348, 188), (354, 168),    # the Corniche
    (350, 148), (338, 128),                            # Prado beaches
    (318, 110), (290, 94), (256, 80), (226, 62), (206, 42), (192, 18), (186, 0),  # Pointe Rouge to Les Goudes
]

D = (-0.447, 0.894)   # along the port's coast, northwards
N = (-0.894, -0.447)  # out to sea from it
IN = (0.894, 0.447)   # inland


def add(p, v, k=1.0):
    return (p[0] + v[0] * k, p[1] + v[1] * k)


def squeeze(x):
    """East of the port, the outer ring is farther than drawn: half scale past x = 400, so the
    port keeps most of the screen."""
    return x if x <= 400 else 400 + (x - 400) * 0.5


def r(p):
    return (round(squeeze(p[0])), round(p[1]))


def ron(points):
    return "[" + ", ".join(f"({x}, {y})" for x, y in map(r, points)) + "]"


def band(south, north, width):
    """A zone: the coast from `south` to `north` and as far inland as `width`."""
    return [south, north, add(north, IN, width), add(south, IN, width)]


def jetty(at, length=34, half=7):
    return [add(at, D, -half), add(at, D, half), add(add(at, D, half), N, length), add(add(at, D, -half), N, length)]


def main():
    land = COAST + [(1000, 0), (1000, 700), (0, 700)]
    sea = [(0, 0)] + COAST[::-1]
    print("// backdrops")
    print(f"(map: Port, kind: Water, polygon: {ron(sea)}, name: (en: \"Mediterranean\", fr: \"Méditerranée\")),")
    print(f"(map: Port, kind: Land, polygon: {ron(land)}),")
    # Hills behind the city: L'Estaque's, the Étoile and Garlaban to the north-east, Marseilleveyre south.
    hills = {
        ("Massif de l'Étoile", "Massif de l’Étoile"): [(440, 700), (1000, 700), (1000, 560), (900, 600), (760, 630), (600, 660), (480, 670)],
        ("Garlaban", "Garlaban"): [(1000, 480), (1000, 220), (930, 260), (900, 340), (920, 430)],
        ("Marseilleveyre and the Calanques", "Marseilleveyre et les Calanques"): [(186, 0), (640, 0), (600, 50), (480, 70), (360, 70), (290, 94), (256, 80), (226, 62), (206, 42), (192, 18)],
        ("L'Estaque hills", "Collines de l’Estaque"): [(0, 700), (300, 700), (250, 680), (170, 668), (60, 662), (0, 664)],
    }
    for (en, fr), pts in hills.items():
        print(f"(map: Port, kind: Hill, polygon: {ron(pts)}, name: (en: \"{en}\", fr: \"{fr}\")),")
    # The city, drawn round the Vieux-Port so the old harbour stays water.
    city = [(346, 315), (430, 312), (440, 299), (430, 288), (336, 284), (332, 250), (348, 214), (360, 160), (420, 120),
            (560, 110), (700, 150), (820, 230), (860, 340), (840, 450), (760, 520), (640, 560), (520, 590), (430, 620),
            (360, 640), (300, 600), (330, 470)]
    print(f"(map: Port, kind: City, polygon: {ron(city)}, name: (en: \"Marseille\", fr: \"Marseille\")),")
    # The port's jetties, and the breakwater that shelters them.
    for at in [(312, 376), (292, 416), (270, 460), (247, 507), (228, 545)]:
        print(f"(map: Port, kind: Quay, polygon: {ron(jetty(at))}),")
    a, b = add((330, 338), N, 48), add((206, 588), N, 48)
    digue = [a, b, add(b, N, 7), add(a, N, 7)]
    print(f"(map: Port, kind: Quay, polygon: {ron(digue)}, name: (en: \"Digue du Large\", fr: \"Digue du Large\")),")
    # The Frioul (Pomègues and Ratonneau) and the Château d'If.
    ratonneau = [(150, 300), (175, 312), (205, 306), (222, 292), (205, 286), (180, 290), (160, 286)]
    pomegues = [(140, 272), (160, 282), (190, 276), (206, 262), (200, 252), (176, 258), (150, 256)]
    if_ = [(236, 282), (246, 286), (252, 278), (242, 274)]
    print(f"(map: Port, kind: Land, polygon: {ron(ratonneau)}, name: (en: \"Frioul\", fr: \"Frioul\")),")
    print(f"(map: Port, kind: Land, polygon: {ron(pomegues)}),")
    print(f"(map: Port, kind: Land, polygon: {ron(if_)}),")
    inlet = [(338, 306), (428, 304), (432, 299), (428, 294), (338, 292)]
    print(f"(map: Port, kind: Water, polygon: {ron(inlet)}, name: (en: \"Vieux-Port\", fr: \"Vieux-Port\")),")
    # Sea cables leave from the Pinède and the Vieille Chapelle, out past the Frioul.
    print("// zones")
    zones = {
        "joliette": band((338, 308), (326, 346), 80),
        "arenc": band((326, 346), (304, 392), 70),
        "bassins_est": band((304, 392), (280, 440), 62),
        "pinede": band((280, 440), (258, 485), 58),
        "mourepiane": band((258, 485), (215, 570), 56),
        "estaque": [(215, 570), (200, 600), (185, 630), (165, 648), (200, 668), (262, 660), (280, 600)],
        "saint_henri": [(280, 600), (262, 660), (360, 660), (420, 610), (360, 560), (265, 540)],
        "prado": [(338, 128), (354, 168), (420, 176), (410, 130)],
    }
    for k, pts in zones.items():
        print(f"{k}: {ron(pts)}")
    water = [(326, 346), (312, 376), (304, 392), (280, 440), (258, 485), (215, 570), (206, 588), add((206, 588), N, 46), add((330, 338), N, 46)]
    print(f"port_waters: {ron(water)}")
    # The cables, as lines out to sea.
    print("// cables")
    print(ron([(262, 470), (200, 430), (120, 380), (0, 340)]))
    print(ron([(338, 140), (260, 150), (120, 190), (0, 215)]))


if __name__ == "__main__":
    main()
