import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from lms.text import clean_name, clean_text, collation_key, fold


def test_given_names_sort_in_vietnamese_alphabet_order():
    names = ["Đức", "Ánh", "Chi", "An", "Dũng", "Bình"]
    assert sorted(names, key=collation_key) == ["An", "Ánh", "Bình", "Chi", "Dũng", "Đức"]


def test_letters_with_marks_follow_their_base_letter_and_tones_come_second():
    assert sorted(["b", "â", "ă", "a", "ạ", "á"], key=collation_key) == [
        "a",
        "á",
        "ạ",
        "ă",
        "â",
        "b",
    ]
    assert sorted(["Ơn", "Ôn", "On", "Pa"], key=collation_key) == ["On", "Ôn", "Ơn", "Pa"]
    assert collation_key("Anh") < collation_key("Ánh") < collation_key("Bá")


def test_first_part_decides_before_the_second():
    assert collation_key("An", "Văn", "Trần") < collation_key("Anh", "Thị", "Lê")


def test_name_typed_in_nfd_with_double_spaces_is_cleaned():
    typed = unicodedata.normalize("NFD", "  Nguyễn   Thị  ")
    cleaned = clean_name(typed)
    assert cleaned == "Nguyễn Thị"
    assert unicodedata.is_normalized("NFC", cleaned)


def test_names_in_capitals_are_capitalised_mixed_case_kept():
    assert clean_name("NGUYỄN VĂN") == "Nguyễn Văn"
    assert clean_name("McKenzie") == "McKenzie"


def test_fold_removes_accents_and_d_stroke():
    assert fold("Đặng Thị Ánh") == "dang thi anh"


@given(st.text())
def test_clean_text_is_idempotent_and_nfc(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert unicodedata.is_normalized("NFC", once)


@given(st.lists(st.text(alphabet="aăâbdđeêoôơuưàáảãạ ", max_size=8), min_size=2, max_size=6))
def test_collation_key_is_consistent_with_nfd_input(words):
    nfd = [unicodedata.normalize("NFD", w) for w in words]
    assert [collation_key(w) for w in words] == [collation_key(w) for w in nfd]
