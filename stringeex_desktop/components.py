"""The components the app ships with, their versions and licences, from package metadata.

One source for Help → About and for the `licenses/` folder that build.spec writes next to the
frozen app: the runtime dependency closure of this project's own distribution, plus the
keyring backends bundled for people who choose one explicitly (keyrings.alt). The frozen app
carries the same metadata (build.spec copies it), so both read the same answer.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import metadata

from packaging.requirements import Requirement

PROJECT = "stringeex-desktop"
# Not a dependency of the project, bundled on purpose: a file keyring a person may choose with
# PYTHON_KEYRING_BACKEND where no secure one exists (never picked by the app itself).
EXPLICIT = ("keyrings.alt",)
LICENSE_WORDS = ("license", "licence", "copying", "notice", "authors")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    license: str


def _canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def distributions() -> list[metadata.Distribution]:
    """This project and everything it needs at run time, each once, sorted by name."""
    found: dict[str, metadata.Distribution] = {}
    todo = [PROJECT, *EXPLICIT]
    while todo:
        name = _canonical(todo.pop())
        if name in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[name] = dist
        for line in dist.requires or ():
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return sorted(found.values(), key=lambda d: _canonical(d.metadata["Name"]))


def license_of(dist: metadata.Distribution) -> str:
    """SPDX expression where declared, else the short License field, else a classifier."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 80:
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or ()
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see its licence file"


def license_files(dist: metadata.Distribution) -> list:
    """The licence texts a wheel ships in its .dist-info (PEP 639 `licenses/` or top level)."""
    return [path for path in dist.files or ()
            if ".dist-info" in str(path.parent)
            and any(word in path.name.lower() for word in LICENSE_WORDS)]


def components() -> list[Component]:
    """Python itself first, then each distribution: what Help → About lists."""
    python = Component("Python", sys.version.split()[0], "PSF-2.0")
    return [python] + [Component(d.metadata["Name"], d.version, license_of(d))
                       for d in distributions()]
