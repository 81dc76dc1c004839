"""Train MaskablePPO on a registered family in numeric mode and compare it with the random policy
on held-out seeds: `python -m policies.train_ppo --env Align --difficulty 0 --steps 8192
--episodes 50` prints one JSON object (success rates, steps, seconds). Needs the `rl` extra
(sb3-contrib)."""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict, dataclass

EVAL_SEED = 100_000  # evaluation seeds start here: episodes training never reset to


@dataclass(frozen=True)
class Config:
    env: str = "Align"
    difficulty: int | None = 0  # Align's first level: the command alone is to be found
    steps: int = 8_192
    seed: int = 0
    episodes: int = 50  # evaluation episodes per policy
    max_steps: int = 6  # the episode's step limit while training and evaluating
    split: str = "train"  # evaluation split ("test": held-out documents and phrasings too)
    threads: int = 1
    learning_rate: float = 2e-3


def make(config: Config, split: str = "train"):
    """The numeric, shaped, finish-on-success env of the family through gym.make. It keeps every
    starting document of the split open: short episodes make opening documents (~20 ms each)
    the bulk of the env's time otherwise."""
    from envs.tasks.corpus import corpus
    from policies.rollout import make_env

    return make_env(config.env, obs_mode="numeric", reward="shaped", finish_on_success=True,
                    difficulty=config.difficulty, split=split,
                    max_episode_steps=config.max_steps, cache_size=len(corpus(split)) + 1)


def success_rate(env, act, episodes: int, seed: int = EVAL_SEED) -> float:
    """Share of `episodes` (seeds seed, seed+1, ...) that `act(env, obs)` solves."""
    wins = 0
    for k in range(episodes):
        obs, _ = env.reset(seed=seed + k)
        done, info = False, {}
        while not done:
            obs, _, terminated, truncated, info = env.step(act(env, obs))
            done = terminated or truncated
        wins += bool(info.get("success"))
    return wins / episodes


def train(config: Config) -> dict:
    """Train, then evaluate the trained policy (deterministic, masked) and the random policy
    on the same held-out seeds; the figures as a dict."""
    import torch
    from sb3_contrib import MaskablePPO

    from policies.random import RandomPolicy

    torch.set_num_threads(config.threads)
    random = RandomPolicy(seed=config.seed)
    evaluation = make(config, config.split)
    random_rate = success_rate(evaluation, lambda env, obs: random.act(env, obs),
                               config.episodes)
    started, cpu = time.perf_counter(), time.process_time()
    model = MaskablePPO("MultiInputPolicy", make(config), n_steps=256, batch_size=64,
                        n_epochs=10, learning_rate=config.learning_rate, gamma=0.9,
                        seed=config.seed, policy_kwargs={"net_arch": {"pi": [64], "vf": [64]}})
    model.learn(config.steps)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu

    def trained(env, obs):
        masks = env.unwrapped.action_masks()
        return int(model.predict(obs, action_masks=masks, deterministic=True)[0])

    return {**asdict(config), "trained_success": success_rate(evaluation, trained,
                                                              config.episodes),
            "random_success": random_rate, "timesteps": int(model.num_timesteps),
            "train_seconds": round(seconds, 1), "train_cpu_seconds": round(cpu, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    defaults = Config()
    parser.add_argument("--env", default=defaults.env, help="family id or WordSim/<id>-v0")
    parser.add_argument("--difficulty", type=int, default=defaults.difficulty)
    parser.add_argument("--steps", type=int, default=defaults.steps)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--episodes", type=int, default=defaults.episodes)
    parser.add_argument("--max-steps", type=int, default=defaults.max_steps)
    parser.add_argument("--split", choices=("train", "test"), default=defaults.split)
    parser.add_argument("--threads", type=int, default=defaults.threads)
    parser.add_argument("--learning-rate", type=float, default=defaults.learning_rate)
    args = parser.parse_args(argv)
    config = Config(args.env, args.difficulty, args.steps, args.seed, args.episodes,
                    args.max_steps, args.split, args.threads, args.learning_rate)
    print(json.dumps(train(config)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
