"""Measured agreement between the simulator and a real backend: each task family's UI oracle
replayed through the env with the backend following, both saved documents compared in their
normalised form, and both checkers' verdicts compared.

An episode agrees when the normalised documents and the verdicts agree. Episodes in which the
backend met a command it does not implement are counted apart ("unsupported"): listed, never
hidden, never counted as disagreement."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from policies.progress import Progress

MAX_STEPS = 200  # a safety stop: an oracle says FINISH after its plan


@dataclass
class Episode:
    family: str
    seed: int
    request: str
    sim_success: bool
    backend_success: bool
    agrees: bool
    unsupported: tuple[str, ...]  # commands the backend does not implement
    differences: list[dict]
    mirror: list[dict]
    seconds: float

    def to_json(self) -> dict:
        return {"family": self.family, "seed": self.seed, "request": self.request,
                "sim_success": self.sim_success, "backend_success": self.backend_success,
                "agrees": self.agrees, "unsupported": list(self.unsupported),
                "differences": [d["text"] for d in self.differences],
                "mirror": self.mirror, "seconds": round(self.seconds, 3)}


@dataclass
class Family:
    id: str
    episodes: list[Episode] = field(default_factory=list)

    @property
    def supported(self) -> list[Episode]:
        return [e for e in self.episodes if not e.unsupported]

    @property
    def status(self) -> str:
        return "unsupported" if any(e.unsupported for e in self.episodes) else "ok"

    @property
    def agreement(self) -> float | None:
        """Share of the supported episodes that agree; None when there are none."""
        done = self.supported
        return sum(e.agrees for e in done) / len(done) if done else None

    def to_json(self) -> dict:
        unsupported = sorted({c for e in self.episodes for c in e.unsupported})
        return {
            "agreement": self.agreement,
            "episodes": len(self.episodes),
            "supported_episodes": len(self.supported),
            "agreeing": sum(e.agrees for e in self.supported),
            "status": self.status,
            "unsupported_commands": unsupported,
            "disagreements": [e.to_json() for e in self.supported if not e.agrees],
            "unsupported_episodes": [e.seed for e in self.episodes if e.unsupported],
        }


@dataclass
class Report:
    backend: str
    families: dict[str, Family]
    seconds: float

    @property
    def episodes(self) -> list[Episode]:
        return [e for f in self.families.values() for e in f.episodes]

    @property
    def agreement(self) -> float | None:
        """Share of all supported episodes that agree; None when there are none."""
        done = [e for f in self.families.values() for e in f.supported]
        return sum(e.agrees for e in done) / len(done) if done else None

    def to_json(self) -> dict:
        episodes = self.episodes
        supported = [e for e in episodes if not e.unsupported]
        return {
            "backend": self.backend,
            "agreement": self.agreement,
            "episodes": len(episodes),
            "supported_episodes": len(supported),
            "agreeing": sum(e.agrees for e in supported),
            "unsupported_families": sorted(k for k, f in self.families.items()
                                           if f.status == "unsupported"),
            "seconds": round(self.seconds, 2),
            "seconds_per_episode": round(self.seconds / len(episodes), 3) if episodes else None,
            "per_family": {k: f.to_json() for k, f in sorted(self.families.items())},
        }

    def table(self) -> str:
        """The per-family table and the overall line, as the CLI prints them."""
        lines = [f"{'family':<18} {'agree':>7} {'episodes':>8}  status"]
        for k, f in sorted(self.families.items()):
            done = f.supported
            share = "-" if f.agreement is None else f"{f.agreement:.2f}"
            note = f.status
            if f.status == "unsupported":
                note += " (" + ", ".join(f.to_json()["unsupported_commands"]) + ")"
            lines.append(f"{k:<18} {share:>7} {sum(e.agrees for e in done):>3}/{len(done):<4}  "
                         f"{note}")
        total = self.to_json()
        share = "-" if self.agreement is None else f"{self.agreement:.3f}"
        lines.append(f"overall agreement {share} ({total['agreeing']}/"
                     f"{total['supported_episodes']} supported episodes of {total['episodes']}, "
                     f"{total['seconds_per_episode'] or 0:.2f} s per episode)")
        return "\n".join(lines)

    def disagreements(self) -> str:
        """Every disagreeing episode with its differences, one per line after a heading."""
        lines = []
        for e in self.episodes:
            if e.agrees or e.unsupported:
                continue
            lines.append(f"{e.family} seed {e.seed}: {e.request}")
            if e.sim_success != e.backend_success:
                lines.append(f"  verdict: sim {e.sim_success}, backend {e.backend_success}")
            lines += [f"  {d['text']}" for d in e.differences]
            lines += [f"  mirror: {m['command']}: {m['kind']}: {m['detail']}" for m in e.mirror]
        return "\n".join(lines)


def measure(backend, families: list[str] | None = None, episodes: int = 5,
            split: str = "train", out: str | Path | None = None,
            progress: bool | None = None) -> Report:
    """Replay `episodes` seeds (0..episodes-1) of the UI oracle for each family (all when
    None) with `backend` (a name for `open_backend` or a Backend instance, closed here only
    when opened here) following the simulator. `out`: a folder where both .docx of each
    disagreeing episode are written."""
    from envs.tasks.registry import families as all_families
    from envs.word_env import WordEnv
    from wordsim.backends import Backend, open_backend

    ids = sorted(all_families()) if families is None else list(families)
    unknown = sorted(set(ids) - set(all_families()))
    if unknown:
        raise ValueError(f"unknown task families {unknown}; known: {sorted(all_families())}")
    if episodes < 1:
        raise ValueError(f"episodes must be at least 1, got {episodes}")
    owned = not isinstance(backend, Backend)
    instance = open_backend(backend) if owned else backend
    folder = Path(out) if out is not None else None
    bar = Progress(len(ids) * episodes, "fidelity", enabled=progress)
    started = time.perf_counter()
    report = Report(instance.name or type(instance).__name__, {}, 0.0)
    try:
        for family in ids:
            env = WordEnv(task=family, split=split, backend=instance)
            try:
                fam = report.families[family] = Family(family)
                for seed in range(episodes):
                    fam.episodes.append(_episode(env, family, seed, folder))
                    bar.update(1, f"{family} {seed}")
            finally:
                env.close()
    finally:
        bar.close()
        if owned:
            instance.close()
    report.seconds = time.perf_counter() - started
    return report


def _episode(env, family: str, seed: int, folder: Path | None) -> Episode:
    from policies.oracle import UIOracle

    started = time.perf_counter()
    oracle = UIOracle()
    obs, info = env.reset(seed=seed)
    oracle.reset(env)
    for _ in range(MAX_STEPS):
        obs, _, terminated, _, info = env.step(oracle.act(env, obs))
        if terminated:
            break
    else:
        raise RuntimeError(f"the {family} oracle did not finish in {MAX_STEPS} steps")
    judged = info["backend"]
    unsupported = tuple(dict.fromkeys(m["command"] for m in judged["mirror"]
                                      if m["kind"] == "unsupported"))
    episode = Episode(family, seed, env.task.request, judged["sim_success"], judged["success"],
                      judged["agrees"], unsupported, judged["differences"], judged["mirror"],
                      time.perf_counter() - started)
    if folder is not None and not episode.agrees and not unsupported:
        folder.mkdir(parents=True, exist_ok=True)
        stem = folder / f"{family}-{seed}"
        Path(f"{stem}-simulator.docx").write_bytes(env.document_bytes())
        Path(f"{stem}-{env.backend.name or 'backend'}.docx").write_bytes(env.backend.save())
    return episode
