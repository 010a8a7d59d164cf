"""Vietnamese text rules: clean input (NFC, single spaces), collation keys and accent folding."""

import unicodedata

# The Vietnamese alphabet, extended with f j w z for foreign names. Letters with a breve,
# circumflex or horn are letters of their own; tones are a second-level difference.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_MODIFIED = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
# Tone order as in CLDR's Vietnamese collation: none, grave, hook, tilde, acute, dot below.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# Every key is made of two-digit codes so that it sorts the same way byte by byte (SQLite)
# and under any PostgreSQL collation: equal-length strings of digits compare digit by digit.
_END = "00"
_SPACE = "01"
_DIGIT_BASE = 2
_LETTER_BASE = _DIGIT_BASE + 10
_OTHER = "99"


def clean_text(value: str | None) -> str:
    """NFC, no leading or trailing space, inner runs of white space folded to one space."""
    if not value:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(value)).split())


def clean_name(value: str | None) -> str:
    """A name part: cleaned, and words typed all in upper or all in lower case capitalised.

    Rosters often arrive in capitals ("NGUYỄN VĂN AN"); mixed case is kept as typed.
    """
    words = clean_text(value).split(" ")
    return " ".join(
        word.capitalize() if word.isupper() or word.islower() else word for word in words
    ).strip()


def fold(value: str | None) -> str:
    """Lower case without diacritics, for accent-insensitive search ('Đức' -> 'duc')."""
    text = unicodedata.normalize("NFD", clean_text(value).lower().replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _letters(word: str):
    """Yield (primary letter, tone) for each letter of a lower-case NFC word."""
    for char in word:
        base, *marks = unicodedata.normalize("NFD", char)
        tone = 0
        for mark in marks:
            if mark in _TONES:
                tone = _TONES[mark]
            else:
                base = _MODIFIED.get((base, mark), base)
        yield base, tone


def _primary_code(letter: str) -> str:
    if letter == " ":
        return _SPACE
    if letter.isdecimal():  # not isdigit(): "²" is a digit that int() refuses
        return f"{_DIGIT_BASE + int(letter):02d}"
    index = ALPHABET.find(letter)
    return f"{_LETTER_BASE + index:02d}" if index >= 0 else _OTHER


def collation_key(*parts: str, width: int = 24) -> str:
    """A string that sorts the given parts in Vietnamese dictionary order.

    Each part is compared on its letters first (a < ă < â < b ... d < đ), then on tones
    (a < à < ả < ã < á < ạ). Parts are padded to `width` letters so that the first part
    decides before the second; letters past the width are ignored.
    """
    primary, secondary = [], []
    for part in parts:
        letters = list(_letters(clean_text(part).lower()))[:width]
        padding = width - len(letters)
        primary.append("".join(_primary_code(letter) for letter, _ in letters) + _END * padding)
        secondary.append("".join(str(tone) for _, tone in letters) + "0" * padding)
    return "".join(primary) + "".join(secondary)


def spreadsheet_safe(value: str) -> str:
    """A text cell that a spreadsheet will not run as a formula (CSV/XLSX injection)."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def official_date(value) -> str:
    """A date as Vietnamese official documents write it: "ngày 05 tháng 01 năm 2026"."""
    return f"ngày {value.day:02d} tháng {value.month:02d} năm {value.year}"


# Characters no name, code or title should hold: controls (the null byte included), format
# characters (zero-width spaces and joiners, bidi marks and overrides, the BOM), surrogates,
# private-use and unassigned code points. They hide text, reorder it, or break exports.
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
# Besides letters and the spaces between words, a name may hold apostrophes (H'Hen Niê),
# hyphens and dots.
_NAME_PUNCTUATION = "'’-."


def invisible_characters(value: str) -> list[str]:
    """The code points (as U+XXXX) of the hidden or control characters in `value`."""
    return sorted(
        {f"U+{ord(ch):04X}" for ch in value if unicodedata.category(ch) in _INVISIBLE_CATEGORIES}
    )


def is_plausible_name(value: str) -> bool:
    """A name part: starts with a letter; only letters, combining marks, spaces and ' ’ - ."""
    if not value or not value[0].isalpha():
        return False
    return all(
        ch.isalpha() or ch == " " or ch in _NAME_PUNCTUATION or unicodedata.combining(ch)
        for ch in value
    )
