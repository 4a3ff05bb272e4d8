"""Captions run into the lead and leads that name little twice: the lead titles the story
(texts written for these tests; names and places invented)."""

from __future__ import annotations

from storyline.corpus.stories.title_captions import (
    credit_pieces,
    doubled_name_start,
    is_scene,
    name_led_start,
)
from storyline.corpus.stories.title_evidence import continues_line_before
from storyline.corpus.stories.titles import article_headline
from storyline.model import Article
from storyline.text.line_words import ArticleWords, is_about, reads_as_clause, run_in_end

_FERRY = (
    "Ferry crew members walked off the job at Port Elm on Monday over pay , stranding "
    "hundreds of islanders on the mainland .\n"
    "The harbour board said the strike would cost the island traders a week of deliveries .\n"
    "Union organisers said the crews had waited three winters for the rise they were "
    "promised when the new timetable began .\n"
    "Shopkeepers on the island reported empty shelves by the evening , and the school asked "
    "parents to keep children at home .\n"
    "Talks between the union and the board are due to resume at the town hall on Thursday "
    "morning , both sides confirmed .\n"
)

_LONG_BODY = (
    "Rushing grew up on a cattle farm outside Dunmore and joined the navy at eighteen .\n"
    "He served on minesweepers , trained cadets and spent two years at a listening station "
    "in the northern fjords .\n"
    "Colleagues describe a careful officer who read history in his bunk and wrote long "
    "letters home to his sisters .\n"
    "His new employer , a satellite broadcaster based in Lisk , has hired reporters from "
    "several rival channels this spring .\n"
    "Critics in the capital call the channel a mouthpiece for its owners and accuse it of "
    "slanted coverage of the border dispute .\n"
    "Supporters answer that its documentaries on fishing quotas and mining permits won "
    "awards at festivals abroad .\n"
    "Rushing says he will present a weekly programme on veterans , pensions and the "
    "families of sailors lost at sea .\n"
    "Former shipmates were divided : some praised his courage , others questioned his "
    "judgment and his loyalty .\n"
    "The defence ministry declined to comment , saying retired officers are free to choose their "
    "careers like any citizen .\n"
    "Rushing plans to move with his wife and their two dogs to a flat near the studio "
    "before the autumn schedule begins .\n"
)


def test_a_full_first_sentence_the_next_one_goes_on_from_titles_the_article() -> None:
    # a quote-led lead whose words the rest of the text never uses again: without the
    # "But ..." after it, the lead would be taken for another story's line above the text
    lead = (
        "` Either you stand with the fleet or you stand against it , '' Admiral Vesna Koral "
        "told the nation after the Harrow raid , and she has meant it ever since .\n"
    )
    follow = "But in that stark world , where does a navy officer like Tomas Rushing belong ?\n"
    article = Article(id="r1", text=lead + follow + _LONG_BODY)
    words = ArticleWords(article.text)
    first = lead.strip()
    assert not is_about(first, words, written=first)
    assert is_about(first, words, written=first, continued=True)
    assert article_headline(article).startswith("` Either you stand with the fleet")


def test_a_stored_title_is_not_made_about_by_a_following_but() -> None:
    # only a sentence of the text is continued by the one after it, not a title given apart
    words = ArticleWords(_LONG_BODY)
    line = "Harrow raid survivors demand pensions from Admiral Vesna Koral"
    assert is_about(line, words, continued=True) == is_about(line, words)


def test_continuing_openers() -> None:
    assert continues_line_before("But in that world , where does he belong ?")
    assert continues_line_before("Even then , the board held firm .")
    assert not continues_line_before("Butter prices rose on Monday .")
    assert not continues_line_before("The board met on Monday .")


def test_a_caption_run_into_a_lead_that_opens_with_a_name_gives_way_to_the_lead() -> None:
    line = (
        "Mr Orsk thought the risk of catching the fever was low Lisk President Ivo Orsk has "
        "been tested for the fever , after meeting a group of visitors who later fell ill .\n"
    )
    article = Article(id="r2", text=line + _FERRY)
    assert article_headline(article).startswith("Lisk President Ivo Orsk has been tested")
    # the lead's subject may carry an aside between dashes before its verb
    aside = (
        "The fever was last week declared an epidemic Port Elm 's first fever case - a "
        "12-year-old boy who flew in from Lisk - has been confirmed by the harbour clinic .\n"
    )
    article = Article(id="r2b", text=aside + _FERRY)
    assert article_headline(article).startswith("Port Elm 's first fever case")


def test_a_name_inside_a_sentence_is_no_new_lead() -> None:
    # an object, a preposition's name, a relative clause: one sentence, not a caption
    for text in (
        "The board has been forced to defend Ivo Orsk 's decision to close the quay , "
        "insisting that the crews were warned .",
        "The harbour board says ferry passengers who travel Lisk Ferries will be refunded "
        "in full by the end of the month .",
        "Tar balls found off Port Elm are not linked to the spill , the harbour board said on "
        "Monday after tests .",
        "They had long been a nuisance at the quay , but suddenly Lisk Ferries have become "
        "the island 's only link to the mainland .",
    ):
        assert name_led_start(text) is None, text


def test_a_short_past_tense_scene_on_a_day_is_a_caption() -> None:
    assert is_scene("Protesters gathered in the square on Friday .")
    assert is_scene("Islanders waited outside the ferry office on Monday .")
    # a lead that reports an event, or runs long, is no caption
    assert not is_scene("Police arrested three men in Port Elm on Friday .")
    assert not is_scene("Protesters gathered in the square on Friday , the harbour board said .")
    article = Article(
        id="r3", text="Islanders waited outside the ferry office on Monday .\n" + _FERRY
    )
    assert article_headline(article).startswith("Ferry crew members walked off the job")


def test_a_caption_with_a_picture_credit_inside_the_line_gives_way_to_the_lead() -> None:
    line = (
        "Ferries wait at the closed quay (Photo: Ana Ruiz/Newswire) Ferry crew members "
        "walked off the job at Port Elm on Monday over pay , stranding hundreds of islanders .\n"
    )
    assert credit_pieces(line.strip())[0] == (
        "Ferries wait at the closed quay (Photo: Ana Ruiz/Newswire)"
    )
    article = Article(id="r4", text=line + _FERRY)
    assert article_headline(article).startswith("Ferry crew members walked off the job")


def test_a_caption_ending_on_the_name_the_lead_opens_with_gives_way_to_the_lead() -> None:
    line = (
        "The repair bill keeps growing for Lisk Ferries Lisk Ferries has said the cost of "
        "mending the storm wall at Port Elm has now reached 40 million crowns .\n"
    )
    assert doubled_name_start(line.strip()) is not None
    article = Article(id="r5", text=line + _FERRY)
    assert article_headline(article).startswith("Lisk Ferries has said the cost")
    # a name written once, or twice with words between, parts nothing
    assert doubled_name_start("Lisk Ferries has said that Lisk will pay for the wall .") is None


def test_a_modal_reads_as_a_clause_only_after_a_subject_longer_than_a_headlines() -> None:
    # a headline's short subject takes a modal ("Quay will reopen"); a caption's clause
    # puts it further in ("Ferry operators hope the new quay will ...")
    assert not reads_as_clause("Quay will reopen next month")
    assert not reads_as_clause("Harbour strike could cost traders dear")
    assert reads_as_clause("Ferry operators hope the new quay will bring passengers back")
    assert reads_as_clause("Ms Orsk thought the repairs would take a year")


def test_a_capitalised_function_word_opens_the_standfirst_run_into_a_headline() -> None:
    # "For" and "The UN" open a new sentence after a headline ending on a name, even in a
    # text that never writes "for" in lower case elsewhere
    words = ArticleWords("Ferry strike reaches Port Elm .\nCrews walked out at dawn .\n")
    head = "First ferry strike death in Port Elm For the first time a striker has died ."
    end = run_in_end(head, words)
    assert end is not None and head[:end] == "First ferry strike death in Port Elm"
    line = "Ferry strike spreads to the islands The UN has warned that it may go on ."
    end = run_in_end(line, words)
    assert end is not None and line[:end] == "Ferry strike spreads to the islands"
    # a name after a preposition stays whole
    assert run_in_end("Crews march to The Hague in protest over pay", words) is None
