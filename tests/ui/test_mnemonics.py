from __future__ import annotations

from ui.mnemonics import assign, letter, plain


def test_each_text_gets_a_letter_of_its_own_word_starts_first() -> None:
    texts = assign(["Versie", "Vaststeller", "Volgende stap", "&Naam"], taken={"v"})
    assert texts == ["V&ersie", "V&aststeller", "Volgende &stap", "&Naam"]
    assert len({letter(t) for t in texts}) == 4


def test_no_letter_left_means_no_mnemonic_and_ampersands_stay_literal() -> None:
    assert assign(["ab", "ab", "ab"], taken=set()) == ["&ab", "a&b", "ab"]
    assert plain("R&&D &team") == "R&&D team"
    assert letter("R&&D &team") == "t"
    assert letter("no mnemonic") is None
