"""Find in a document's text: case, white space, quotes, wrapping round, counting."""

from reader_app.core import text_search
from reader_app.core.text_search import TextSearch, query_pattern


def test_a_query_matches_without_case_across_any_white_space_and_either_quote():
    text = "Prince\nAndrew’s horse. PRINCE  ANDREW's sword. prince andrew"
    search = TextSearch(text)
    spans = search.matches("prince andrew")
    assert [text[a:b] for a, b in spans] == ["Prince\nAndrew", "PRINCE  ANDREW", "prince andrew"]
    assert [text[a:b] for a, b in search.matches("Andrew's")] == ["Andrew’s", "ANDREW's"]
    assert [text[a:b] for a, b in search.matches("andrew’s")] == ["Andrew’s", "ANDREW's"]


def test_characters_of_patterns_are_taken_as_written():
    text = "a (b) c.* a b c"
    assert TextSearch(text).matches("(b) c.*") == [(2, 9)]
    assert query_pattern("   ") is None
    assert TextSearch(text).matches("") == []


def test_the_next_match_goes_round_the_end_and_the_previous_round_the_start():
    text = "one two one two one"
    search = TextSearch(text)
    assert search.matches("one") == [(0, 3), (8, 11), (16, 19)]
    assert search.next_index("one", 0) == 1  # after the match selected at 0
    assert search.next_index("one", 0, here=True) == 0  # typing: the match at the cursor
    assert search.next_index("one", 16) == 0  # round the end
    assert search.next_index("one", 8, backward=True) == 0
    assert search.next_index("one", 0, backward=True) == 2  # round the start
    assert search.next_index("three", 0) == -1


def test_matches_are_counted_up_to_a_limit(monkeypatch):
    monkeypatch.setattr(text_search, "MOST_MATCHES", 3)
    search = TextSearch("a a a a a")
    assert len(search.matches("a")) == 3
    assert search.more_than_counted
    exactly = TextSearch("a a a")
    assert len(exactly.matches("a")) == 3
    assert not exactly.more_than_counted
