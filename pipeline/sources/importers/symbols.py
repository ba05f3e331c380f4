"""What the characters of a symbol font (Wingdings, Wingdings 2, Symbol) show, as Unicode: a
leaflet's boxes to tick, ticks and bullets drawn in one are letters ("o", "þ") or private-use
code points (U+F06F, U+F0A8) that no format can read, and Word's own symbols (w:sym) had been
left out altogether ("Do you have a pacemaker? Yes No", nothing to tick)."""

from __future__ import annotations

import re

BOX, TICKED, CROSSED = "\u2610", "\u2611", "\u2612"
BULLET = "\u2022"

# Each font's code (0x20-0xFF; Word writes it as U+F0xx too) and what it shows: the boxes,
# ticks, crosses, bullets and pointers leaflets use. A square is a box to tick, whatever its
# border; a small filled square or dot is a bullet.
_FONTS: dict[str, dict[int, str]] = {
    "wingdings": {
        0x6C: BULLET, 0x6E: "\u25aa", 0x6F: BOX, 0x70: BOX, 0x71: BOX, 0x72: BOX,
        0x73: "\u2b27", 0x74: "\u29eb", 0x75: "\u25c6", 0x76: "\u2756", 0x77: "\u2b25",
        0x78: CROSSED, 0x9E: BULLET, 0x9F: BULLET, 0xA0: "\u25aa", 0xA1: "\u25cb",
        0xA7: "\u25aa", 0xA8: BOX, 0xD8: "\u27a2", 0xDC: "\u27b2", 0xE0: "\u2794",
        0xE8: "\u2794", 0xF0: "\u21e8", 0xFA: BOX, 0xFB: "\u2717", 0xFC: "\u2713",
        0xFD: CROSSED, 0xFE: TICKED, 0x28: "\u260e", 0x29: "\u2706", 0x2A: "\u2709",
    },
    "wingdings 2": {
        0xA3: BOX, 0x50: "\u2713", 0x4F: "\u2717", 0x52: TICKED, 0x53: CROSSED, 0x54: CROSSED,
        0x97: BULLET, 0x98: BULLET,
    },
    "symbol": {0xB7: BULLET, 0xA8: "\u2666", 0xD6: "\u2713", 0xAE: "\u2192", 0xDE: "\u21d2"},
}
# Symbol's letters are Greek ("m" is the "µ" of "500 µg"), its figures and most of its signs
# ASCII's: a PDF set in Symbol without its own Unicode gives them so.
_FONTS["symbol"] |= {
    ord(latin): greek for latin, greek in zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "\u03b1\u03b2\u03c7\u03b4\u03b5\u03c6\u03b3\u03b7\u03b9\u03d5\u03ba\u03bb\u03bc"
        "\u03bd\u03bf\u03c0\u03b8\u03c1\u03c3\u03c4\u03c5\u03d6\u03c9\u03be\u03c8\u03b6"
        "\u0391\u0392\u03a7\u0394\u0395\u03a6\u0393\u0397\u0399\u03d1\u039a\u039b\u039c"
        "\u039d\u039f\u03a0\u0398\u03a1\u03a3\u03a4\u03a5\u03c2\u03a9\u039e\u03a8\u0396",
        strict=True,
    )
} | {ord(same): same for same in "0123456789!#%&()+,./:;<=>?[]_|{}"}
# A private-use character in no symbol font Word names (pasted from one): Word's list bullet
# U+F0B7 is Symbol's; the rest Wingdings', the font boxes and ticks are drawn in most.
_ANY_FONT = {**_FONTS["wingdings"], 0xB7: BULLET}


def symbol_font(name: str | None) -> str:
    """The symbol font a font's name is ("Wingdings", "ABCDEF+Wingdings-Regular",
    "Wingdings2"), or ""."""
    said = (name or "").split("+")[-1].lower().replace("-", " ").replace(",", " ")
    said = said.replace("wingdings2", "wingdings 2").replace("wingdings3", "wingdings 3")
    for font in ("wingdings 2", "wingdings 3", "wingdings", "symbol"):
        if said == font or said.startswith(font + " ") or said.startswith(font + "mt"):
            return font
    return ""


def private_use(char: str) -> bool:
    return "\ue000" <= char <= "\uf8ff"


def shown(font: str, char: str) -> str | None:
    """What `char` in `font` (a symbol font's name as symbol_font gives it, or "" for none)
    shows, or None when it is not known: a letter in a symbol font, or a private-use one."""
    if char.isspace():
        return char
    code = ord(char)
    if 0xF020 <= code <= 0xF0FF:
        code -= 0xF000
    elif font and code <= 0xFF:
        pass
    elif private_use(char):
        return None
    else:
        return char  # an ordinary letter, in no symbol font
    if not font:
        return _ANY_FONT.get(code)
    return _FONTS.get(font, {}).get(code)


def unknown_left_out(text: str) -> tuple[str, list[str]]:
    """`text` without the private-use characters still in it once each known symbol is
    written as what it shows (symbols of no known meaning: no format can read one), and the
    characters left out, for left_out to name. Only those: every other character is kept."""
    found = [char for char in text if private_use(char)]
    if not found:
        return text, []
    return re.sub(r" ?[\ue000-\uf8ff]+", "", text), list(dict.fromkeys(found))


def left_out(found: str) -> str:
    """The warning for a symbol of no known meaning (`found`: its font and code, "Wingdings
    U+F04A"), left out of the text: what a person checks, in Word's and a PDF's import alike."""
    return (
        f"a symbol drawn in {found} shows nothing the formats know, so it was left out: check "
        "what it was (a box to tick, a tick, a bullet) and type it in"
    )
