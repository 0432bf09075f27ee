"""A stand-in for the GitHub Actions runner, enough to run ``action.yml`` on this machine.

It does what the runner does with a composite action's steps: evaluates each step's
``if:``, its ``env:`` and ``with:`` expressions, runs a ``run:`` step as
``bash --noprofile --norc -eo pipefail FILE`` in the workspace, with the documented
environment variables (``GITHUB_ACTION_PATH``, ``GITHUB_WORKSPACE``, ``GITHUB_EVENT_NAME``,
``GITHUB_BASE_REF``, ``RUNNER_TEMP``, ``RUNNER_OS``...) and a fresh ``GITHUB_OUTPUT`` and
``GITHUB_STEP_SUMMARY`` file per step, then reads the step's outputs back. A ``uses:`` step
(setup-python, cache, upload-sarif) is not run: the test gives the outputs it would have
set, and the call is recorded with its evaluated inputs.

Only the expressions ``action.yml`` uses are understood (``inputs.x``, ``steps.id.outputs.x``,
string literals, ``==``, ``!=``, ``&&``); anything else fails the test, so a new expression
cannot be skipped silently.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
ACTION_FILE = REPO / "action.yml"

_EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def load_action() -> dict[str, Any]:
    return yaml.safe_load(ACTION_FILE.read_text("utf-8"))


@dataclass
class Step:
    name: str
    id: str | None
    ran: bool
    exit_code: int | None = None
    stdout: str = ""
    stderr: str = ""
    outputs: dict[str, str] = field(default_factory=dict)
    #: what the step appended to its GITHUB_STEP_SUMMARY
    summary: str = ""


@dataclass
class ActionRun:
    steps: list[Step]
    outputs: dict[str, str]
    summary: str
    #: (uses, evaluated with:) of every ``uses:`` step that ran
    calls: list[tuple[str, dict[str, str]]]

    @property
    def failed(self) -> bool:
        return any(s.ran and s.exit_code for s in self.steps)

    def step(self, name: str) -> Step:
        return next(s for s in self.steps if s.name == name)


class _Context:
    def __init__(self, inputs: dict[str, str]):
        self.inputs = inputs
        self.steps: dict[str, dict[str, str]] = {}

    def value(self, expr: str) -> str:
        expr = expr.strip()
        if m := re.fullmatch(r"inputs\.([\w-]+)", expr):
            return self.inputs[m.group(1)]
        if m := re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expr):
            return self.steps.get(m.group(1), {}).get(m.group(2), "")
        if m := re.fullmatch(r"'((?:[^']|'')*)'", expr):
            return m.group(1).replace("''", "'")
        raise AssertionError(f"the test runner does not understand the expression {expr!r}")

    def substitute(self, text: str) -> str:
        return _EXPRESSION.sub(lambda m: self.value(m.group(1)), str(text))

    def condition(self, expr: str) -> bool:
        expr = _EXPRESSION.sub(lambda m: m.group(1), expr.strip())
        result = True
        for part in expr.split("&&"):
            m = re.fullmatch(r"\s*(.+?)\s*(==|!=)\s*(.+?)\s*", part)
            if not m:
                raise AssertionError(f"the test runner does not understand the condition {part!r}")
            # Actions compares strings ignoring case
            equal = self.value(m.group(1)).casefold() == self.value(m.group(3)).casefold()
            result = result and (equal if m.group(2) == "==" else not equal)
        return result


def run_action(
    tmp: Path,
    workspace: Path,
    inputs: dict[str, str] | None = None,
    *,
    event: str = "push",
    base_ref: str = "",
    uses: dict[str, dict[str, str]] | None = None,
    home: Path | None = None,
    extra_env: dict[str, str] | None = None,
    action_path: Path = REPO,
    stop_after: str | None = None,
) -> ActionRun:
    """Run ``action.yml``'s steps in order; ``uses`` gives, by step id, the outputs of the
    steps that call other actions; ``stop_after`` names the last step to run."""
    action = load_action()
    declared = action.get("inputs", {})
    given = dict(inputs or {})
    unknown = set(given) - set(declared)
    assert not unknown, f"action.yml has no input {sorted(unknown)}"
    context = _Context({name: str(given.get(name, spec.get("default", ""))) for name, spec in declared.items()})
    runner_temp = tmp / "runner-temp"
    runner_temp.mkdir(parents=True, exist_ok=True)
    home = home or tmp / "home"
    home.mkdir(parents=True, exist_ok=True)
    base_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "CI": "true",
        "GITHUB_ACTIONS": "true",
        "GITHUB_ACTION_PATH": str(action_path),
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_EVENT_NAME": event,
        "GITHUB_BASE_REF": base_ref,
        "RUNNER_OS": "Linux",
        "RUNNER_ARCH": "X64",
        "RUNNER_TEMP": str(runner_temp),
        **(extra_env or {}),
    }
    steps: list[Step] = []
    summaries: list[str] = []
    calls: list[tuple[str, dict[str, str]]] = []
    for n, spec in enumerate(action["runs"]["steps"]):
        name = spec.get("name", spec.get("uses", f"step {n}"))
        step_id = spec.get("id")
        failed_before = any(s.ran and s.exit_code for s in steps)
        condition = spec.get("if")
        # without if:, a step runs only while every step before it succeeded
        if failed_before or (condition is not None and not context.condition(str(condition))):
            steps.append(Step(name, step_id, ran=False))
            continue
        if "uses" in spec:
            calls.append((spec["uses"], {k: context.substitute(v) for k, v in spec.get("with", {}).items()}))
            outputs = dict((uses or {}).get(step_id or "", {}))
            step = Step(name, step_id, ran=True, exit_code=0, outputs=outputs)
        else:
            assert spec.get("shell") == "bash", f"{name}: a composite step needs shell: bash"
            step = _run_shell(tmp / f"step-{n}", name, step_id, spec, context, base_env, workspace)
            summaries.append(step.summary)
        if step_id:
            context.steps[step_id] = step.outputs
        steps.append(step)
        if name == stop_after:
            break
    outputs = {name: context.substitute(spec.get("value", "")) for name, spec in action.get("outputs", {}).items()}
    return ActionRun(steps, outputs, "".join(summaries), calls)


def _run_shell(folder: Path, name: str, step_id: str | None, spec: dict[str, Any], context: _Context, base_env: dict[str, str], workspace: Path) -> Step:
    folder.mkdir(parents=True)
    script = folder / "script.sh"
    script.write_text(context.substitute(spec["run"]), encoding="utf-8")
    files = {key: folder / key.lower() for key in ("GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_ENV", "GITHUB_PATH")}
    for path in files.values():
        path.touch()
    env = {**base_env, **{k: str(v) for k, v in files.items()}}
    env.update({key: context.substitute(value) for key, value in spec.get("env", {}).items()})
    proc = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
        cwd=workspace, env=env, capture_output=True, text=True, timeout=600,
    )
    return Step(
        name, step_id, ran=True, exit_code=proc.returncode, stdout=proc.stdout, stderr=proc.stderr,
        outputs=read_outputs(files["GITHUB_OUTPUT"]), summary=files["GITHUB_STEP_SUMMARY"].read_text("utf-8"),
    )


def read_outputs(path: Path) -> dict[str, str]:
    """A ``GITHUB_OUTPUT`` file: ``name=value`` lines and ``name<<DELIMITER`` blocks."""
    outputs: dict[str, str] = {}
    lines = iter(path.read_text("utf-8").splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            key, delimiter = line.split("<<", 1)
            block = []
            for body in lines:
                if body == delimiter:
                    break
                block.append(body)
            outputs[key] = "\n".join(block)
        elif "=" in line:
            key, value = line.split("=", 1)
            outputs[key] = value
    return outputs
