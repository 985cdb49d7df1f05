"""The layout's promises: imports point one way, and the request path never loads evaluation or training code."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What `finbot ask` and `finbot serve` run; evaluation and training sit beside it, never under it.
REQUEST_PATH = ["assistant/answering", "assistant/retrieval", "assistant/generators", "assistant/triage",
                "assistant/guardrails", "assistant/feedback.py", "assistant/app.py", "assistant/settings.py",
                "assistant/errors.py", "assistant/cli", "ui", "index"]
OFF_PATH = ("assistant.evaluation", "assistant.training")


def _imports(folder: str) -> dict[str, set[str]]:
    """Every module a file imports (top level or inside functions), by file."""
    paths = [ROOT / folder] if folder.endswith(".py") else sorted((ROOT / folder).rglob("*.py"))
    found: dict[str, set[str]] = {}
    for path in paths:
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        found[str(path.relative_to(ROOT))] = names
    return found


def test_index_never_imports_the_assistant_or_the_ui():
    offending = {f: sorted(n for n in names if n.split(".")[0] in ("assistant", "ui"))
                 for f, names in _imports("index").items()}
    assert not {f: n for f, n in offending.items() if n}


def test_the_request_path_names_no_evaluation_or_training_module():
    offending = {}
    for folder in REQUEST_PATH:
        for file, names in _imports(folder).items():
            # The CLI's classify command trains and evaluates on request: its own imports run only then.
            if file == "assistant/cli/classify.py":
                continue
            bad = sorted(n for n in names if n.startswith(OFF_PATH))
            if bad:
                offending[file] = bad
    assert not offending


def test_ask_and_serve_load_no_evaluation_module():
    """Run the real `ask` and `serve` code paths (with fakes for the models) in a fresh interpreter."""
    script = textwrap.dedent(
        """
        import sys, tempfile
        from pathlib import Path
        from assistant.app import Finbot
        from assistant.cli.ask import ask_one
        from assistant.cli.main import build_parser
        from assistant.settings import Settings
        from tests.fakes import HashEmbedder, ScriptedGenerator
        from ui.server import build_server

        build_parser().parse_args(["ask", "What is the fee?"])
        home = Path(tempfile.mkdtemp())
        (home / "fees.md").write_text("# Fees\\n\\nCard replacement costs 5 pounds.\\n")
        finbot = Finbot(Settings(home=home, classify=False, min_relevance=0.1), embedder=HashEmbedder(),
                        generator=ScriptedGenerator("Card replacement costs 5 pounds [1]."))
        finbot.ingest([home / "fees.md"])
        ask_one(finbot, "What does card replacement cost?", None, as_json=True)
        build_server(finbot)
        loaded = sorted(m for m in sys.modules if m.startswith(("assistant.evaluation", "assistant.training")))
        print("LOADED", loaded)
        sys.exit(1 if loaded else 0)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
