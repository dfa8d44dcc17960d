"""One identity per person across articles: the rules on made-up mentions, and the hard
cases of tests/identity_cases (invented articles) scored pairwise against their gold."""
from __future__ import annotations

import itertools
from collections import defaultdict
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import OWL

from kg.cli import main
from kg.graph import article_iri
from kg.gazetteer import gazetteer
from kg.identity import KEPT_APART_NOTES, Mention, block_key, names_agree, resolve_block
from kg.builder.run import build
from kg.vocab import DCTERMS, FOAF, SDO
from helpers import shared

CASES = Path(__file__).resolve().parent / "identity_cases"


def mention(article, name, bodies=(), places=(), provinces=(), home="", published="2024-01-01"):
    return Mention(person=f"https://example.org/{article}/{name}", name=name, article=article, published=published,
                   bodies=tuple(bodies), places=tuple(places), provinces=tuple(provinces), home=home)


def test_names_agree_on_the_same_name_or_a_missing_middle_name_only():
    assert names_agree("Nguyễn Văn Giảng", "nguyễn  văn giảng") == "same name"
    assert names_agree("Nguyễn Giảng", "Nguyễn Văn Giảng") == "middle name omitted"
    assert names_agree("Lê Hòa", "Lê Thị Minh Hòa") == "middle name omitted"
    assert names_agree("Nguyễn Thị Giảng", "Nguyễn Văn Giảng") is None
    assert names_agree("Văn Giảng", "Nguyễn Văn Giảng") is None
    assert block_key("Nguyễn Giảng") == block_key("Nguyễn Văn Giảng") == "nguyễn giảng"


def test_a_shared_body_merges_and_says_so():
    first = mention("a1", "Lê Văn An", ["Huyện ủy Gio Linh"], ["district:Gio Linh"], ["Quảng Trị"], published="2023-01-01")
    later = mention("a2", "Lê Văn An", ["Huyện ủy Gio Linh"], ["district:Gio Linh"], ["Quảng Trị"], published="2025-01-01")
    [identity] = resolve_block([later, first])
    assert identity.founder == first
    assert identity.members[1] == (later, "same name; both hold posts in Huyện ủy Gio Linh")


def test_namesakes_of_two_provinces_stay_apart_even_with_a_body_of_the_same_name():
    tien_giang = mention("a1", "Lê Văn Nam", ["Huyện ủy Châu Thành"], ["district:Châu Thành"], home="Tiền Giang")
    an_giang = mention("a2", "Lê Văn Nam", ["Huyện ủy Châu Thành"], ["district:Châu Thành"], home="An Giang")
    first, second = resolve_block([tien_giang, an_giang])
    assert "placed in different provinces" in second.kept_apart[0]


def test_namesakes_kept_apart_are_named_up_to_a_bound_and_counted_beyond_it():
    # one name in forty articles of forty provinces: forty people, each naming a few of the others
    provinces = sorted(gazetteer().provinces)[:40]
    identities = resolve_block([mention(f"a{i:02d}", "Lê Văn Nam", home=p) for i, p in enumerate(provinces)])
    assert len(identities) == 40
    last = identities[-1]
    assert len(last.kept_apart) == KEPT_APART_NOTES + 1
    assert last.kept_apart[-1].startswith(f"and {39 - KEPT_APART_NOTES} more namesakes")
    assert all(len(identity.kept_apart) <= KEPT_APART_NOTES + 1 for identity in identities)


def test_a_name_alone_or_an_article_province_alone_merges_nothing():
    assert len(resolve_block([mention("a1", "Phan Văn Tư"), mention("a2", "Phan Văn Tư")])) == 2
    assert len(resolve_block([mention("a1", "Phan Văn Tư", home="Huế"), mention("a2", "Phan Văn Tư", home="Huế")])) == 2


def test_a_missing_middle_name_needs_more_than_a_province():
    full = mention("a1", "Võ Thị Lan", places=["district:Cam Lộ"], provinces=["Quảng Trị"])
    short = mention("a2", "Võ Lan", places=["province:Quảng Trị"], provinces=["Quảng Trị"])
    assert len(resolve_block([full, short])) == 2
    same_district = mention("a3", "Võ Lan", places=["district:Cam Lộ"], provinces=["Quảng Trị"])
    [identity] = resolve_block([full, same_district])
    assert identity.name == "Võ Thị Lan"
    assert identity.members[1][1] == "middle name omitted; both hold posts in the district Cam Lộ"


@pytest.fixture(scope="module")
def cases_built(tmp_path_factory):
    out = tmp_path_factory.mktemp("identity")
    report = build([CASES], out, view=False)
    assert report.ok, [str(p) for p in report.skipped]
    return out


def clusters_of(graph: Graph) -> dict[tuple[str, str], URIRef]:
    """(article, name) of each article's person → its identity."""
    found = {}
    for identity, member in graph.subject_objects(OWL.sameAs):
        article = next(graph.subjects(SDO.mentions, member))
        found[(str(graph.value(article, DCTERMS.identifier)), str(graph.value(member, FOAF.name)))] = identity
    return found


def gold_people() -> dict[tuple[str, str], str]:
    rows = [line.split("\t") for line in (CASES / "gold.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {(article, name): person for article, name, person in rows}


def pairwise(predicted: dict, gold: dict) -> tuple[float, float, set, set]:
    mentions = sorted(gold)
    same_predicted = {(a, b) for a, b in itertools.combinations(mentions, 2) if predicted[a] == predicted[b]}
    same_gold = {(a, b) for a, b in itertools.combinations(mentions, 2) if gold[a] == gold[b]}
    right = same_predicted & same_gold
    precision = len(right) / len(same_predicted) if same_predicted else 1.0
    recall = len(right) / len(same_gold) if same_gold else 1.0
    return precision, recall, same_predicted - same_gold, same_gold - same_predicted


def test_hard_cases_against_their_gold(cases_built):
    graph = Graph().parse(cases_built / "graph.ttl")
    predicted, gold = clusters_of(graph), gold_people()
    assert set(predicted) == set(gold), "every person of the gold is found, and no other"
    precision, recall, false_merges, missed = pairwise(predicted, gold)
    print(f"identity merges on tests/identity_cases: precision {precision:.3f}, recall {recall:.3f}")
    # each kind of hard case as its gold says
    assert predicted[("a01-gio-linh-2023.txt", "Nguyễn Văn Thành")] != predicted[("a02-nghe-an-2023.txt", "Nguyễn Văn Thành")]
    assert predicted[("a10-chau-thanh-tien-giang.txt", "Lê Văn Nam")] != predicted[("a11-chau-thanh-an-giang.txt", "Lê Văn Nam")]
    assert predicted[("a01-gio-linh-2023.txt", "Lê Thị Minh Hòa")] == predicted[("a03-gio-linh-2025.txt", "Lê Thị Minh Hòa")]
    assert predicted[("a04-cam-lo-2023.txt", "Trần Quốc Bảo")] == predicted[("a05-cam-lo-2024.txt", "Trần Bảo")]
    assert predicted[("a06-vinh-linh-2022.txt", "Hoàng Minh Tuấn")] == predicted[("a07-quang-tri-2025.txt", "Hoàng Minh Tuấn")]
    assert recall == 1.0, missed
    # the one known weakness: the same name in the same province is taken for one person
    assert {frozenset((a[0], b[0])) for a, b in false_merges} == {
        frozenset(("a06-vinh-linh-2022.txt", "a15-quang-tri-tuyen-giao.txt")),
        frozenset(("a07-quang-tri-2025.txt", "a15-quang-tri-tuyen-giao.txt"))}


def test_identities_add_no_name_an_article_does_not_give(cases_built):
    """Scorers count foaf:name per article: an identity's names must be its members' names."""
    ds = Dataset()
    ds.parse(cases_built / "graph.trig", format="trig")
    union = Graph()
    for g in ds.graphs():
        union += g
    for identity in set(union.subjects(OWL.sameAs)):
        member_names = {union.value(m, FOAF.name) for m in union.objects(identity, OWL.sameAs)}
        assert set(union.objects(identity, FOAF.name)) <= member_names


def test_identity_graphs_are_named_per_block_and_articles_keep_their_own(cases_built):
    ds = Dataset()
    ds.parse(cases_built / "graph.trig", format="trig")
    article_graph = ds.graph(article_iri("a05-cam-lo-2024.txt"))
    assert not set(article_graph.triples((None, OWL.sameAs, None))), "articles state only what they say"
    identity_graphs = [g for g in ds.graphs() if "/graph/identity/" in str(g.identifier)]
    people = defaultdict(set)
    for g in identity_graphs:
        for identity in g.subjects(OWL.sameAs):
            people[str(g.identifier)].add(block_key(str(g.value(identity, FOAF.name))))
    assert all(len(blocks) == 1 for blocks in people.values())


def test_explain_prints_merges_and_namesakes_kept_apart(cases_built):
    result = CliRunner().invoke(main, ["explain", "Nguyễn Văn Thành", "--out", str(cases_built)])
    assert result.exit_code == 0, result.output
    assert "same name; both hold posts in Huyện ủy Gio Linh" in result.output
    assert "placed in different provinces (Quảng Trị / Nghệ An)" in result.output
    assert result.output.count("<https://w3id.org/vnkg/resource/person/") == 3
    short = CliRunner().invoke(main, ["explain", "Trần Bảo", "--out", str(cases_built)])
    assert "middle name omitted; both hold posts in Ủy ban nhân dân huyện Cam Lộ" in short.output
    missing = CliRunner().invoke(main, ["explain", "Không Có Ai", "--out", str(cases_built)])
    assert missing.exit_code == 1


def test_namesakes_posted_in_two_districts_of_one_province_stay_apart():
    from kg.identity import Mention, resolve_block

    def mention(article: str, district: str) -> Mention:
        return Mention(person=f"p-{article}", name="Nguyễn Văn Hùng", article=article,
                       places=(f"district:{district}", "province:Quảng Trị"), provinces=("Quảng Trị",))

    apart = resolve_block([mention("a.txt", "Gio Linh"), mention("b.txt", "Hải Lăng")])
    together = resolve_block([mention("a.txt", "Gio Linh"), mention("c.txt", "Gio Linh")])
    assert len(apart) == 2 and len(together) == 1


# ---------------------------------------------------------------- careers: kg/identity_rules.py

from kg.identity_names import fold_spelling  # noqa: E402
from kg.identity_rules import Standing, post_standing  # noqa: E402


def leader(article, name, province="", standing=("head",), home="", published="2024-01-01"):
    return Mention(person=f"https://example.org/{article}/{name}", name=name, article=article, published=published,
                   provinces=(province,) if province else (), home=home, standing=tuple(standing))


def test_names_written_two_ways_are_one_name():
    assert fold_spelling("Trần Văn Quí") == fold_spelling("Trần Văn Quý")
    assert fold_spelling("Đỗ Tiến Sĩ") == fold_spelling("đỗ tiến sỹ")
    assert fold_spelling("Y Blin K’Đrăng") == fold_spelling("Y Blin Kđrăng") == fold_spelling("Y Blin K'Đrăng")
    assert fold_spelling("Lê Thị Hoà") == fold_spelling("Lê Thị Hòa")
    assert fold_spelling("Nguyễn Văn Huy") != fold_spelling("Nguyễn Văn Hi")  # "uy" is a vowel of its own
    assert names_agree("Trần Văn Quí", "Trần Văn Quý") == "same name, written two ways"
    assert block_key("Y Blin K’Đrăng") == block_key("Y Blin Kđrăng")


def test_post_standing_reads_the_lexicon():
    assert post_standing("Ủy viên Trung ương Đảng", "Ban Chấp hành Trung ương") == {Standing.CENTRAL, Standing.COMMITTEE}
    assert post_standing("Phó Trưởng Ban Tổ chức", "Ban Tổ chức Trung ương") == {Standing.CENTRAL}
    assert post_standing("Bí thư", "Tỉnh ủy Lào Cai") == {Standing.HEAD}
    assert post_standing("nguyên Chủ tịch", "Ủy ban nhân dân tỉnh") == {Standing.HEAD}
    assert post_standing("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum") == {Standing.LEADER}
    assert post_standing("Bí thư", "Huyện ủy Gio Linh") == set()
    assert post_standing("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Nghệ An") == set()


def test_leaders_of_provinces_merged_in_2025_are_one_person_and_say_so():
    before = leader("a1", "Lê Minh Khải", "Quảng Nam", published="2021-01-12")
    after = leader("a2", "Lê Minh Khải", "Đà Nẵng", published="2025-10-01")
    [identity] = resolve_block([before, after])
    assert identity.members[1][1] == "same name; both among the leaders of Đà Nẵng (one province since the 2025 mergers)"
    # not merged provinces: namesakes
    assert len(resolve_block([leader("a1", "Lê Minh Khải", "Tiền Giang"), leader("a2", "Lê Minh Khải", "An Giang")])) == 2


def test_central_committee_members_move_between_provinces_other_leaders_do_not():
    lao_cai = leader("a1", "Đặng Văn Phú", "Lào Cai", ("committee", "central", "head"))
    ninh_binh = leader("a2", "Đặng Văn Phú", "Ninh Bình", ("committee", "central", "head"))
    [identity] = resolve_block([lao_cai, ninh_binh])
    assert "Central Committee" in identity.members[1][1]
    quang_tri = leader("a3", "Đặng Văn Phú", "Quảng Trị", ("head",))
    assert len(resolve_block([lao_cai, quang_tri])) == 2


def test_a_central_post_and_a_province_head_are_one_person_a_province_deputy_is_not():
    central = leader("a1", "Vũ Thị Hạnh", standing=("central",), home="Đồng Nai")
    head = leader("a2", "Vũ Thị Hạnh", "Bình Thuận", ("head",))
    [identity] = resolve_block([central, head])
    assert "a central post and the head" in identity.members[1][1]
    deputy = leader("a3", "Vũ Thị Hạnh", "Bình Thuận", ("leader",))
    assert len(resolve_block([central, deputy])) == 2


def test_a_leader_whose_article_names_no_province_joins_one_namesake_never_one_of_two():
    unplaced = leader("a0", "Hồ Văn Lực", published="2021-12-14")
    lam_dong = leader("a1", "Hồ Văn Lực", "Lâm Đồng", published="2025-10-10")
    assert len(resolve_block([unplaced, lam_dong])) == 1
    kon_tum = leader("a2", "Hồ Văn Lực", "Kon Tum", published="2025-10-11")
    assert len(resolve_block([unplaced, lam_dong, kon_tum])) == 3
    assert len(resolve_block([unplaced, leader("a3", "Hồ Văn Lực", published="2022-01-01")])) == 2


def test_real_identity_cases_hold_their_floor():
    from kg.identity_score import score_cases

    result = score_cases(CASES / "real" / "people.tsv", shared("corpus"))["case"]
    print(result.summary())
    assert result.precision >= 0.98, result.wrong
    assert result.recall >= 0.90, result.missed


def test_a_minority_name_s_vowel_marks_are_written_more_than_one_way():
    assert fold_spelling("Y Thanh Niê Kđăm") == fold_spelling("Y Thanh Niê Kđam") == fold_spelling("Y Thanh Niê K’Đăm")
    assert fold_spelling("Nguyễn Văn Hùng") != fold_spelling("Nguyễn Văn Hưng")  # a Vietnamese syllable keeps its marks
