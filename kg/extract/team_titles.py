"""A duty of a numbered team written as a title in a person's chain: ``Phó Trưởng đoàn Đoàn kiểm tra số 15``,
``Phó trưởng Đoàn kiểm tra, giám sát số 15``, ``Tổ trưởng Tổ công tác số 11`` (FORMAT "Duties of one sitting":
the role as written, the org the team the article names)."""
from __future__ import annotations

import re

from ..lexicon import key
from ..model import BodyKind, BodyRef, Naming, Span
from .team_duties import duty_roles, numbered_re, team_words

# the words of a team's name between its noun and its number: a few words, commas between them
# ("kiểm tra, giám sát"), nothing that ends a title or a sentence
_TEAM_WORDS_RE = re.compile(r"(?:,?\s+[^\W\d_]+){0,6}\s+")


def team_title(text: str, pos: int) -> tuple[str, BodyRef, int] | None:
    """The duty at ``pos`` and the numbered team it is of, when the team follows it: (role, team,
    where the duty's words end); else None."""
    duty = team_words("duty").match(text, pos)
    if not duty:
        return None
    team = _team_noun_at(text, duty.end() - len(duty.group().split()[-1]))  # "trưởng Đoàn kiểm tra ..."
    if team is None and text.startswith(" ", duty.end()):
        team = _team_noun_at(text, duty.end() + 1)  # "Tổ trưởng Tổ công tác ..."
    if team is None:
        return None
    number = numbered_re().search(text, team.end(), team.end() + 60)
    if number is None or not _TEAM_WORDS_RE.fullmatch(text, team.end(), number.start()):
        return None
    body = BodyRef(head=text[team.start():number.end()], kind=BodyKind.OTHER, surface=text[team.start():number.end()],
                   span=Span(team.start(), number.end()), naming=Naming.FIXED)
    return duty_roles()[key(duty.group())], body, duty.end()


def _team_noun_at(text: str, pos: int) -> re.Match | None:
    """A team's noun (Đoàn, Tổ) written with a capital, as a team's name begins."""
    noun = team_words("team").match(text, pos)
    return noun if noun and text[pos].isupper() else None
