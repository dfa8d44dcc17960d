"""A build that stops before its end: interrupted (Ctrl-C), or a worker process killed.

Either way nothing is lost: the articles stored so far stay in the store, each output file
is whole (from this build or the one before), and building again goes on from there. The
build raises one of these with its report so far and the stage it had reached, so that
the command line can say what the output folder holds in one line.
"""
from __future__ import annotations

import signal
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .run import BuildReport


class Stage(Enum):
    """Where a build was when it stopped."""

    ARTICLES = "building the articles"
    IDENTITIES = "linking identities across articles"
    OUTPUTS = "writing the output files"


class BuildStopped:
    """What a stopped build leaves; set by the build as the exception passes through it."""

    report: BuildReport | None = None
    stage: Stage = Stage.ARTICLES

    def outcome(self) -> str:
        """What the output folder holds now, in words."""
        if self.report is None:
            return "the output files are as they were before"
        report = self.report
        if self.stage is Stage.ARTICLES:
            # built articles are stored a batch at a time (the bulk loader's way): the rest are built again
            return (f"{report.articles + report.unchanged} of the {report.read} inputs read so far built, "
                    f"{report.saved} of them stored; the output files are as they were before; "
                    "building again goes on from there")
        stored = f"the {report.saved} articles of this build are stored"
        if self.stage is Stage.IDENTITIES:
            return (f"{stored}, not all linked across articles yet; the output files are as they were before; "
                    "building again finishes the work")
        return (f"{stored}; each output file is whole, from this build or the one before; "
                "building again writes them")


class BuildInterrupted(KeyboardInterrupt, BuildStopped):
    """Ctrl-C (SIGINT) stopped the build; still a KeyboardInterrupt to code that catches one."""

    def __str__(self) -> str:
        return "interrupted" if self.stage is Stage.ARTICLES else f"interrupted while {self.stage.value}"


class WorkerDied(RuntimeError, BuildStopped):
    """A worker process ended abruptly: killed by a signal (the kernel's out-of-memory killer
    sends SIGKILL); the articles it held were not built."""

    def __init__(self, signal_number: int | None):
        super().__init__(signal_number)
        self.signal_number = signal_number

    def __str__(self) -> str:
        if self.signal_number is None:
            return "a worker process ended abruptly"
        try:
            name = signal.Signals(self.signal_number).name
        except ValueError:
            name = f"signal {self.signal_number}"
        why = " (as the system does when memory runs out)" if self.signal_number == signal.SIGKILL else ""
        return f"a worker process was killed by {name}{why}"
