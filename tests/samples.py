"""What several test files share about outputs: small graphs in the contract vocabulary, the view
opened in a browser and local servers (inputs and CLI runs are in helpers.py)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import date
from hashlib import sha1
from pathlib import Path

import pytest
import rdflib
from rdflib import BNode, Literal, URIRef

from kg.vocab import DCTERMS, FOAF, OA, ORG, PROV, RDF, RES, SDO, SKOS, TIME, VNKG, XSD


# --- small graphs in the contract vocabulary ---------------------------------------------------


def add_membership(g, membership, member, organization, role, interval, instant, day) -> None:
    """An org:Membership held during an interval inside one day (the shape a build writes for a post)."""
    g.add((membership, RDF.type, ORG.Membership))
    g.add((membership, ORG.member, member))
    g.add((membership, ORG.organization, organization))
    g.add((membership, ORG.role, role))
    g.add((membership, ORG.memberDuring, interval))
    g.add((interval, RDF.type, TIME.Interval))
    g.add((interval, TIME.inside, instant))
    g.add((instant, TIME.inXSDDate, Literal(day, datatype=XSD.date)))


def vi(text: str) -> Literal:
    return Literal(text, lang="vi")


def digest(*parts: str) -> str:
    return sha1("|".join(parts).encode()).hexdigest()[:12]


def article_iri(slug: str) -> str:
    return str(RES[f"article/{slug}"])


def article_graph(slug: str, *, person: str = "Trần Văn Thử", role: str = "Bí thư",
                  body: str = "Đảng ủy xã Hòa Thử", code: str = "12-CT/TU",
                  date: str = "2023-04-05", alias: str = "Đảng ủy xã") -> rdflib.Graph:
    """One well-formed article graph (made-up people and bodies): a person holding a post (with its
    membership), an event citing a document, each with its evidence."""
    g = rdflib.Graph()
    article = RES[f"article/{slug}"]
    g.add((article, RDF.type, SDO.NewsArticle))
    g.add((article, DCTERMS.identifier, Literal(f"{slug}.txt")))
    g.add((article, SDO.datePublished, Literal(date, datatype=XSD.date)))

    def evidence(node: URIRef, sentence: str, start: int) -> None:
        ev = RES[f"evidence/{slug}-{start}"]
        g.add((ev, RDF.type, VNKG.Evidence))
        g.add((ev, RDF.type, PROV.Entity))
        g.add((ev, PROV.wasQuotedFrom, article))
        g.add((ev, OA.exact, Literal(sentence)))
        g.add((ev, OA.start, Literal(start)))
        g.add((ev, OA.end, Literal(start + len(sentence))))
        g.add((node, PROV.wasDerivedFrom, ev))

    key = digest(person, role, body)
    p, post, org_node = RES[f"person/{digest(person)}"], RES[f"post/{key}"], RES[f"org/{digest(body)}"]
    role_node, kind = RES[f"role/{digest(role)}"], RES["kind/party_committee"]
    g.add((p, RDF.type, FOAF.Person))
    g.add((p, FOAF.name, vi(person)))
    g.add((article, SDO.mentions, p))
    evidence(p, f"Đồng chí {person} phát biểu.", 0)
    g.add((org_node, RDF.type, ORG.Organization))
    g.add((org_node, SKOS.prefLabel, vi(body)))
    g.add((org_node, SKOS.altLabel, vi(alias)))
    g.add((org_node, ORG.classification, kind))
    evidence(org_node, f"{body} tổ chức hội nghị.", 20)
    g.add((kind, SKOS.notation, Literal("party_committee")))
    g.add((role_node, RDF.type, SKOS.Concept))
    g.add((role_node, SKOS.prefLabel, vi(role)))
    g.add((post, RDF.type, ORG.Post))
    g.add((post, ORG.role, role_node))
    g.add((post, ORG.postIn, org_node))
    g.add((p, ORG.holds, post))
    evidence(post, f"{role} {body} {person}.", 40)
    membership, instant = RES[f"membership/{slug}-{key}"], BNode()
    add_membership(g, membership, p, org_node, role_node, BNode(), instant, date)
    g.add((membership, VNKG.post, post))
    g.add((instant, RDF.type, TIME.Instant))
    evidence(membership, f"{role} {body} {person}.", 40)

    doc, doc_type = RES[f"doc/{digest(code)}"], RES["doctype/chi-thi"]
    g.add((doc, RDF.type, SDO.Legislation))
    g.add((doc, SDO.legislationIdentifier, Literal(code)))
    g.add((doc, SDO.legislationType, doc_type))
    g.add((doc_type, SKOS.prefLabel, vi("Chỉ thị")))
    g.add((doc, SDO.legislationPassedBy, org_node))
    evidence(doc, f"Chỉ thị số {code} được quán triệt.", 100)
    event, event_kind = RES[f"event/{slug}-0"], RES["eventkind/hoi-nghi"]
    g.add((event, RDF.type, SDO.Event))
    g.add((event, RDF.type, VNKG.Meeting))
    g.add((event, SDO.startDate, Literal(date, datatype=XSD.date)))
    g.add((event, VNKG.eventKind, event_kind))
    g.add((event_kind, SKOS.prefLabel, vi("Hội nghị quán triệt")))
    g.add((event, SDO.organizer, org_node))
    g.add((event, VNKG.chair, p))
    g.add((event, SDO.about, doc))
    evidence(event, f"Hội nghị quán triệt {code} do {person} chủ trì.", 200)
    return g


def broken_graph() -> rdflib.Graph:
    """The well-formed graph with one fault of each kind the shapes guard against."""
    g = article_graph("broken")
    post = next(g.subjects(RDF.type, ORG.Post))
    g.add((post, ORG.role, RES["role/second"]))  # two roles
    g.add((RES["role/second"], SKOS.prefLabel, vi("Ủy viên")))
    g.add((post, ORG.postIn, RES["org/second"]))  # two bodies
    g.add((RES["org/second"], RDF.type, ORG.Organization))
    g.add((RES["org/second"], SKOS.prefLabel, vi("Ban Thử nghiệm")))
    g.add((RES["org/second"], PROV.wasDerivedFrom, next(g.subjects(RDF.type, VNKG.Evidence))))

    event = next(g.subjects(RDF.type, SDO.Event))
    g.remove((event, SDO.startDate, None))  # no date and no reason

    doc = next(g.subjects(RDF.type, SDO.Legislation))
    g.set((doc, SDO.legislationIdentifier, Literal("Chỉ thị năm")))  # not a code

    person = next(g.subjects(RDF.type, FOAF.Person))
    g.remove((person, PROV.wasDerivedFrom, None))  # no provenance

    post_evidence = g.value(post, PROV.wasDerivedFrom)
    g.set((post_evidence, OA.start, Literal("twelve")))  # offset not an integer

    article = next(g.subjects(RDF.type, SDO.NewsArticle))
    g.remove((article, DCTERMS.identifier, None))  # no identifier
    g.add((article, SDO.datePublished, Literal("2023-01-01", datatype=XSD.date)))  # two dates
    return g


# A small graph for the view, with cross-site-scripting probes in a name and a sentence.
SCRIPT_PROBE = "<script>alert(1)</script>"
ATTRIBUTE_PROBE = '"><img src=x onerror=alert(1)>'

AN = RES["person/an"]
PROBE_PERSON = RES["person/probe"]
POST = RES["post/bithu-hb"]
PROVINCE = RES["org/tinhuy-hb"]
CENTRE = RES["org/trunguong"]
MEETING = RES["event/hoinghi-2020"]
LATER_MEETING = RES["event/hop-2022"]
DIRECTIVE = RES["doc/05-ct-tw"]
ARTICLE = RES["article/a1"]


def sample_rdf() -> rdflib.Graph:
    """A small graph in the contract vocabulary, with provenance and XSS probes in a name and a sentence."""
    g = rdflib.Graph()

    def concept(iri, label):
        g.add((iri, RDF.type, SKOS.Concept))
        g.add((iri, SKOS.prefLabel, vi(label)))
        return iri

    def evidence(iri, sentence, start):
        g.add((iri, RDF.type, VNKG.Evidence))
        g.add((iri, PROV.wasQuotedFrom, ARTICLE))
        g.add((iri, OA.exact, Literal(sentence)))
        g.add((iri, OA.start, Literal(start)))
        g.add((iri, OA.end, Literal(start + len(sentence))))
        return iri

    g.add((ARTICLE, RDF.type, SDO.NewsArticle))
    g.add((ARTICLE, DCTERMS.identifier, Literal("a1.txt")))
    g.add((ARTICLE, SDO.datePublished, Literal("2021-03-02", datatype=XSD.date)))

    for body, name in ((PROVINCE, "Tỉnh ủy Hòa Bình"), (CENTRE, "Ban Chấp hành Trung ương")):
        g.add((body, RDF.type, ORG.Organization))
        g.add((body, SKOS.prefLabel, vi(name)))
    g.add((PROVINCE, SKOS.altLabel, vi("Tỉnh ủy")))
    kind = RES["kind/party_committee"]
    g.add((kind, SKOS.notation, Literal("party_committee")))
    g.add((PROVINCE, ORG.classification, kind))
    g.add((PROVINCE, ORG.subOrganizationOf, CENTRE))

    g.add((AN, RDF.type, FOAF.Person))
    g.add((AN, FOAF.name, vi("Nguyễn Văn An")))
    g.add((PROBE_PERSON, RDF.type, FOAF.Person))
    g.add((PROBE_PERSON, FOAF.name, vi(SCRIPT_PROBE)))
    g.add((PROBE_PERSON, PROV.wasDerivedFrom, evidence(RES["evidence/probe"], ATTRIBUTE_PROBE, 40)))
    g.add((ARTICLE, SDO.mentions, AN))
    g.add((ARTICLE, SDO.mentions, PROBE_PERSON))
    g.add((ARTICLE, SDO.author, PROBE_PERSON))

    role = concept(RES["role/bithu"], "Bí thư")
    g.add((POST, RDF.type, ORG.Post))
    g.add((POST, ORG.role, role))
    g.add((POST, ORG.postIn, PROVINCE))
    g.add((AN, ORG.holds, POST))
    membership = RES["membership/an-bithu"]
    add_membership(g, membership, AN, PROVINCE, role, BNode("during"), BNode("instant"), "2021-03-01")
    g.add((membership, PROV.wasDerivedFrom, evidence(RES["evidence/an-bithu"], "Ông An là Bí thư Tỉnh ủy.", 0)))

    g.add((DIRECTIVE, RDF.type, SDO.Legislation))
    g.add((DIRECTIVE, SDO.legislationIdentifier, Literal("05-CT/TW")))
    g.add((DIRECTIVE, SDO.legislationType, concept(RES["doctype/chithi"], "Chỉ thị")))
    g.add((DIRECTIVE, SDO.legislationPassedBy, CENTRE))

    meeting_kind = concept(RES["eventkind/hoinghi"], "Hội nghị")
    for event, day in ((MEETING, "2020-05-01"), (LATER_MEETING, "2022-09-10")):
        g.add((event, RDF.type, SDO.Event))
        g.add((event, RDF.type, VNKG.Meeting))
        g.add((event, VNKG.eventKind, meeting_kind))
        g.add((event, SDO.startDate, Literal(day, datatype=XSD.date)))
    g.add((MEETING, SDO.organizer, PROVINCE))
    g.add((MEETING, VNKG.chair, AN))
    g.add((MEETING, VNKG.speaker, AN))
    g.add((MEETING, SDO.attendee, PROBE_PERSON))
    g.add((MEETING, SDO.about, DIRECTIVE))
    g.add((MEETING, PROV.wasDerivedFrom, evidence(RES["evidence/meeting"], "Hội nghị do ông An chủ trì.", 30)))
    g.add((LATER_MEETING, SDO.attendee, AN))
    return g


# --- the view in a browser (the browser fixture is in conftest.py) ----------------------------

class OpenedView:
    """A page opened from file:// with every other request refused, and what it complained about."""

    def __init__(self, browser, path: Path):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.blocked: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("body[data-stabilized=true]", timeout=60_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()

    def shown(self) -> dict:
        return self.page.evaluate("vnkgView.shown()")

    def hover_node(self, node_id: str) -> None:
        """Move the mouse onto a node so that vis-network shows its tooltip."""
        point = self.page.evaluate("""id => {
            const net = vnkgView.network;
            const dom = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById("vnkg-network").getBoundingClientRect();
            return {x: box.left + dom.x, y: box.top + dom.y};
        }""", node_id)
        self.page.mouse.move(point["x"] + 40, point["y"] + 40)
        self.page.mouse.move(point["x"], point["y"], steps=4)
        self.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)


# --- local servers -----------------------------------------------------------------------------

STARTUP_SECONDS = 90


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited with {process.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except urllib.error.HTTPError:
            return  # it answers, if only to refuse a bare GET
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"server at {url} not up after {STARTUP_SECONDS}s: {log.read_text(errors='replace')[-2000:]}")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def start(argv: list[str], url: str, folder: Path) -> subprocess.Popen:
    """A server process, its output in folder/server.log, once it answers at url."""
    log = folder / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, cwd=folder)
    try:
        wait_until_up(url, process, log)
    except BaseException:
        stop(process)
        raise
    return process


def kg_serve_argv(store: Path, port: int) -> list[str]:
    return [str(Path(sys.executable).with_name("kg")), "serve", "--store", str(store), "--port", str(port)]


# One official's career over four years (elected, reported, retired and succeeded) and a namesake of
# another province: (text, publication date) by file name.
CAREER_ARTICLES = {
    "a2020.txt": ("Ngày 20/8/2020, Đảng bộ huyện Tuyên Hóa tổ chức Đại hội đại biểu lần thứ XX. Tại phiên họp thứ nhất, "
                  "đồng chí Lò Thị Mai, Phó Bí thư Huyện ủy Tuyên Hóa, được bầu giữ chức Bí thư Huyện ủy Tuyên Hóa.",
                  date(2020, 8, 21)),
    "a2022.txt": ("Ngày 9/6/2022, đồng chí Lò Thị Mai, Bí thư Huyện ủy Tuyên Hóa chủ trì hội nghị sơ kết.", date(2022, 6, 10)),
    "a2024.txt": ("Ngày 14/3/2024, Tỉnh ủy Quảng Bình trao quyết định nghỉ hưu cho đồng chí Lò Thị Mai, Bí thư Huyện ủy "
                  "Tuyên Hóa; điều động đồng chí Đinh Quốc Hưng, Phó Bí thư Huyện ủy Tuyên Hóa, giữ chức Bí thư Huyện ủy "
                  "Tuyên Hóa.", date(2024, 3, 15)),
    # a namesake of another province, kept apart by kg explain: no timeline may mix her in
    "b2023.txt": ("Ngày 2/5/2023, bà Lò Thị Mai, Chủ tịch UBND huyện Mường Tè chủ trì buổi làm việc.", date(2023, 5, 3)),
}


def write_career_articles(folder: Path) -> Path:
    """The career articles in ``folder``, each under its page's header with its publication date."""
    for name, (text, published) in CAREER_ARTICLES.items():
        (folder / name).write_text(f"Tin địa phương\nNgày đăng {published:%d/%m/%Y}\n\n{text}\n", encoding="utf-8")
    return folder
