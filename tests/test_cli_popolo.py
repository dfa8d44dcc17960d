"""``kg export --format popolo``: the build as Popolo JSON, one person per identity, every
reference resolving to a record of the file."""
from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main


def test_popolo_export_of_the_examples(examples_out, tmp_path):
    out = tmp_path / "popolo.json"
    result = CliRunner().invoke(main, ["export", str(examples_out), "--format", "popolo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"persons", "organizations", "posts", "memberships", "events"}
    assert result.output == (f"wrote {out}: {len(data['persons'])} persons, {len(data['organizations'])} organizations, "
                             f"{len(data['posts'])} posts, {len(data['memberships'])} memberships, {len(data['events'])} events\n")
    ids = {kind: {record["id"] for record in records} for kind, records in data.items()}
    for kind, records in data.items():
        assert len(ids[kind]) == len(records), kind  # ids are unique
    for membership in data["memberships"]:
        assert membership["person_id"] in ids["persons"]
        assert membership.get("organization_id", next(iter(ids["organizations"]))) in ids["organizations"]
        assert membership.get("post_id", next(iter(ids["posts"]))) in ids["posts"]
    for post in data["posts"]:
        assert post["organization_id"] in ids["organizations"]
    for event in data["events"]:
        assert {*event.get("chairs", []), *event.get("attendees", []), *event.get("speakers", [])} <= ids["persons"]

    (ha,) = [p for p in data["persons"] if p["name"] == "Lê Thị Thu Hà"]  # one person, however many mentions
    assert ha["sources"] == [{"url": name} for name in ("dai-hoi-dang-bo-phuong-an-hoa.txt",
                                                         "hoi-nghi-so-ket-phuong-an-hoa.txt",
                                                         "trao-quyet-dinh-can-bo-phuong-an-hoa.txt")]
    secretary = [m for m in data["memberships"] if m["person_id"] == ha["id"] and m["role"] == "Bí thư"]
    (an_hoa,) = [o for o in data["organizations"] if o["name"] == "Đảng ủy phường An Hòa"]
    assert [m["organization_id"] for m in secretary] == [an_hoa["id"]] * 3  # reported in three articles
    days = ("2020-07-18", "2023-07-12", "2024-03-15")
    assert all(m["sources"][0]["note"].startswith(f"reported held on {day}: “") for m, day in zip(secretary, days))
    (meeting,) = [e for e in data["events"] if e.get("start_date") == "2023-07-10"]
    assert meeting["chairs"] == [ha["id"]] and meeting["classification"] == "Hội nghị sơ kết"
    assert meeting["documents"] == ["01-KL/TW"]


def test_popolo_of_a_malformed_file_is_one_line(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(broken), "--format", "popolo", "--out", str(tmp_path / "p.json")])
    assert result.exit_code == 1 and result.output.startswith(f"Error: {broken} is not well-formed Turtle")
