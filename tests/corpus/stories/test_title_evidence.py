"""A title line read against its own article: another story's headline above the article
is passed over, a headline run into the next line without a full stop is ended there, and
the page speaking or a sentence leaning on the one before never titles a story (texts
written for these tests)."""

from __future__ import annotations

import numpy as np

from storyline.corpus.stories import StoryAssigner, StoryRepository
from storyline.corpus.stories.labels import story_label
from storyline.corpus.stories.records import StoryState
from storyline.corpus.stories.title_evidence import opening_key
from storyline.corpus.stories.titles import article_headline, title_quality
from storyline.model import Article
from storyline.text.line_words import ArticleWords, is_about, run_in_end

_BUDGET = (
    "The city council approved a revised budget for the harbour district on Tuesday after "
    "a long debate over ferry subsidies .\n"
    "Councillors voted nine to four for the plan , which moves money from road repairs to "
    "the ferry service and the fish market .\n"
    "Opponents said the ferry subsidies reward a company that has missed its timetable "
    "targets for three winters running .\n"
    "The mayor , Lena Park , said the harbour district needed reliable crossings before the "
    "new hospital opens across the estuary .\n"
    "Traders at the fish market welcomed the vote but asked for covered stalls , cheaper "
    "parking and longer opening hours during the summer season .\n"
    "A public inquiry into the timetable failures will report to the council in autumn , "
    "officials confirmed after the meeting .\n"
    "Shipping brokers expect cargo volumes to recover slowly once dredging of the channel "
    "resumes next spring .\n"
    "Residents near the quay complained about noise from night deliveries and diesel fumes "
    "drifting over their gardens .\n"
    "Teachers asked whether school trips to the island would still be subsidised under "
    "the revised plan .\n"
    "Accountants hired by the treasurer warned that pension obligations could swallow any "
    "surplus within five years .\n"
    "Lifeboat volunteers praised extra funding for training , radios and a replacement "
    "engine for their elderly vessel .\n"
    "Local historians hope the restored lighthouse museum reopens before visitors arrive "
    "for the regatta festival .\n"
)

_TICKER = "Four arrested after warehouse blaze in Dunmore kills night watchman .\n"


def test_a_headline_about_something_else_above_the_article_is_passed_over() -> None:
    # a "latest news" line naming a place and an event the article never mentions
    article = Article(id="t1", text=_TICKER + _BUDGET)
    assert article_headline(article).startswith("The city council approved a revised budget")


def test_the_articles_own_headline_is_kept() -> None:
    head = "Council backs harbour budget and ferry subsidies despite timetable failures .\n"
    article = Article(id="t2", text=head + _BUDGET)
    assert article_headline(article) == head.strip()


def test_a_short_text_gives_no_evidence_against_its_first_line() -> None:
    article = Article(id="t3", text=_TICKER + "Two more were questioned .")
    assert article_headline(article) == _TICKER.strip()


def test_is_about_reads_names_then_words() -> None:
    words = ArticleWords(_TICKER + _BUDGET)
    assert not is_about(_TICKER.strip(), words, written=_TICKER.strip())
    # a line naming the article's mayor is about it, whatever its other words
    assert is_about("Lena Park defends vote as critics fear wasted millions .", words)
    # a line of few content words is not judged
    assert is_about("Fire in Dunmore .", words)


def test_a_headline_run_into_its_standfirst_ends_where_the_next_sentence_starts() -> None:
    text = (
        "Council approves new budget for the harbour district Rebuilt piers and covered "
        "stalls promised by spring\n" + _BUDGET + "The rebuilt piers will open in May .\n"
    )
    article = Article(id="t4", text=text)
    assert article_headline(article) == "Council approves new budget for the harbour district"


def test_a_name_of_common_words_does_not_end_a_headline() -> None:
    # "Board" is written capitalised inside sentences elsewhere: part of a name
    text = (
        "Ferry delays grow as the Harbour Board meets on Friday\n"
        + _BUDGET
        + "The board said the Harbour Board would publish its figures .\n"
    )
    words = ArticleWords(text)
    assert run_in_end("Ferry delays grow as the Harbour Board meets on Friday", words) is None
    line = "Crossings resume at dawn Harbour Board says ferries are safe"
    assert run_in_end(line, words) is None


def test_a_headline_in_title_case_is_not_cut() -> None:
    words = ArticleWords("the piers were rebuilt and stalls are covered .")
    assert run_in_end("Council Approves New Budget For Harbour Rebuilt Piers Open", words) is None


def test_an_author_bio_and_pronoun_sentences_give_no_title() -> None:
    text = (
        "Editor of the Harbour Review , columnist Ann Lee is editor of the Harbour Review , "
        "overseeing its weekly editions .\n"
        "She writes a regular column on shipping .\n"
        "She is also the author of two books on ferries .\n"
    )
    article = Article(id="t5", text=text)
    assert title_quality("She writes a regular column on shipping .") == 0
    assert article_headline(article) == ""
    # the story is then named by its entities, not by the bio
    story = StoryState(
        id="s1", key=1, vector_sum=np.zeros(4, dtype=np.float32), title=article_headline(article)
    )
    story.entities = {"Ann Lee": 3, "Harbour Review": 2}
    assert story_label(story).title == "Ann Lee, Harbour Review"


_SHARED_TICKER = "Men charged over fire at Dunmore warehouse party .\n"
"""A ticker line sharing two generic words ("fire", "party") with the articles under it:
too many for the article alone to tell, not enough once another article opened with it."""
_QUAKE = (
    "A strong earthquake shook the mountain villages north of the valley early on Sunday , "
    "cutting roads and power lines .\n"
    "Rescue teams searched collapsed stone houses through the night while aftershocks "
    "rattled the region .\n"
    "Hospitals in the provincial capital treated dozens of injured villagers and appealed "
    "for blood donors .\n"
    "Engineers warned that a reservoir dam above the largest village showed new cracks .\n"
    "The governing party promised emergency funds and tents for families left homeless .\n"
    "A fire broke out in a bakery after the first tremor but was quickly put out .\n"
    "Geologists recorded more than forty smaller shocks along the fault line before dawn .\n"
    "Farmers feared their irrigation canals had ruptured just weeks before harvest .\n"
    "Soldiers cleared landslides blocking the pass so that trucks carrying bottled water "
    "could reach remote hamlets .\n"
    "Schools will stay closed while inspectors check classrooms for structural damage .\n"
    "Volunteers set up kitchens in a football stadium and handed out blankets to "
    "shivering children .\n"
    "Seismologists said the quake was the strongest in the province for nearly a century .\n"
    "Mobile networks collapsed for hours , leaving relatives abroad desperate for news .\n"
    "Pilgrims at a hillside monastery slept outdoors after cracks appeared in its chapel .\n"
    "Neighbouring countries offered sniffer dogs , helicopters and field surgeons .\n"
)
_BUDGET_FIRE = _BUDGET + "The opposition party said a fire station would close .\n"


def test_a_line_opening_another_stored_article_must_be_plainly_about_this_one() -> None:
    first = Article(id="f1", text=_SHARED_TICKER + _BUDGET_FIRE)
    # alone, the line passes: it shares a few words with the text
    assert article_headline(first) == _SHARED_TICKER.strip()
    # once another article of the outlet opened with it, it is page furniture
    assert article_headline(first, opening_seen=True).startswith("The city council approved")
    # an article's own headline opening two versions of it stays its title
    own = "Council backs harbour budget and ferry subsidies despite timetable failures .\n"
    again = Article(id="f2", text=own + _BUDGET)
    assert article_headline(again, opening_seen=True) == own.strip()


def test_the_store_counts_an_outlets_articles_opening_with_a_line(
    assigner: StoryAssigner, repository: StoryRepository
) -> None:
    budget = Article(
        id="b1", text=_SHARED_TICKER + _BUDGET_FIRE, outlet="Gazette", published="2024-03-01"
    )
    # a year apart, so that the two articles make two stories
    quake = Article(id="q1", text=_SHARED_TICKER + _QUAKE, outlet="Gazette", published="2025-03-01")
    assigner.assign(budget)
    story = repository.get_story(assigner.assign(quake).story_id)
    assert story is not None
    assert story.title.startswith("A strong earthquake shook the mountain villages")
    key = opening_key(quake.text, "Gazette")
    assert repository.document_frequencies([key])[key] == 2
    # another outlet's articles are counted apart
    other = opening_key(quake.text, "Herald")
    assert repository.document_frequencies([other])[other] == 0


def test_a_name_joined_by_of_does_not_end_a_headline() -> None:
    words = ArticleWords("the bay of the island was calm and the fleet stayed in port .")
    line = "Tanker runs aground in the remote Bay of Islands near the reef"
    assert run_in_end(line, words) is None


def test_a_two_letter_acronym_is_a_name_the_article_gives_again() -> None:
    text = _BUDGET + "The EU grant covers half the cost , and EU inspectors will visit in June .\n"
    words = ArticleWords(text)
    line = "Dunmore pier deal to face EU audit , Kestrel Ltd warns"
    assert is_about(line, words, written=None)
