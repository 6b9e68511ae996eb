"""Find in a document's text: case, white space, quotes, wrapping round, counting."""

from reader_app.core import text_search
from reader_app.core.text_search import Query, TextSearch, query_pattern


def test_a_query_matches_without_case_across_any_white_space_and_either_quote():
    text = "Prince\nAndrew’s horse. PRINCE  ANDREW's sword. prince andrew"
    search = TextSearch(text)
    spans = search.matches(Query("prince andrew"))
    assert [text[a:b] for a, b in spans] == ["Prince\nAndrew", "PRINCE  ANDREW", "prince andrew"]
    assert [text[a:b] for a, b in search.matches(Query("Andrew's"))] == ["Andrew’s", "ANDREW's"]
    assert [text[a:b] for a, b in search.matches(Query("andrew’s"))] == ["Andrew’s", "ANDREW's"]


def test_characters_of_patterns_are_taken_as_written():
    text = "a (b) c.* a b c"
    assert TextSearch(text).matches(Query("(b) c.*")) == [(2, 9)]
    assert query_pattern(Query("   ")) is None
    assert TextSearch(text).matches(Query("")) == []


def test_the_next_match_goes_round_the_end_and_the_previous_round_the_start():
    text = "one two one two one"
    search, one = TextSearch(text), Query("one")
    assert search.matches(one) == [(0, 3), (8, 11), (16, 19)]
    assert search.next_index(one, 0) == 1  # after the match selected at 0
    assert search.next_index(one, 0, here=True) == 0  # typing: the match at the cursor
    assert search.next_index(one, 16) == 0  # round the end
    assert search.next_index(one, 8, backward=True) == 0
    assert search.next_index(one, 0, backward=True) == 2  # round the start
    assert search.next_index(Query("three"), 0) == -1


def test_matches_are_counted_up_to_a_limit(monkeypatch):
    monkeypatch.setattr(text_search, "MOST_MATCHES", 3)
    search = TextSearch("a a a a a")
    assert len(search.matches(Query("a"))) == 3
    assert search.more_than_counted
    exactly = TextSearch("a a a")
    assert len(exactly.matches(Query("a"))) == 3
    assert not exactly.more_than_counted


def test_a_query_may_match_case_and_whole_words_only():
    text = "Rose rose; a rosebush. ROSE"
    search = TextSearch(text)
    assert [text[a:b] for a, b in search.matches(Query("rose"))] == ["Rose", "rose", "rose", "ROSE"]
    assert [text[a:b] for a, b in search.matches(Query("rose", match_case=True))] == [
        "rose",
        "rose",
    ]
    whole = search.matches(Query("rose", whole_words=True))
    assert [text[a:b] for a, b in whole] == ["Rose", "rose", "ROSE"]
    assert search.matches(Query("Rose", match_case=True, whole_words=True)) == [(0, 4)]
