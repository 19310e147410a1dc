"""A copy of the bundled rubric follows each release: untouched files are replaced, edited ones kept."""

from __future__ import annotations

import json

import pytest

from rubric import copy_rubric, load_rubric
from rubric.migrate import BESIDE, MANIFEST, bundled_files, fingerprint, history, sync

CODING = "questions/ml_coding.yaml"
ROLE = "roles/data_scientist.yaml"


@pytest.fixture()
def copy(tmp_path):
    """A copy made by an older release: its manifest says every file came from an older version."""
    dest = copy_rubric(tmp_path / "rubric")
    older = bundled_files()[CODING].replace("Implement softmax(x, axis=-1)", "Write softmax(x, axis=-1)")
    (dest / CODING).write_text(older, encoding="utf-8")
    manifest = json.loads((dest / MANIFEST).read_text())
    manifest[CODING] = fingerprint(older)
    (dest / MANIFEST).write_text(json.dumps(manifest))
    return dest


def test_every_bundled_file_is_in_its_history():
    """Run `python -m rubric.migrate --record` after changing a bundled file, so copies of it can follow."""
    known = history()
    stale = [name for name, text in bundled_files().items() if fingerprint(text) not in known.get(name, ())]
    assert not stale, f"run `python -m rubric.migrate --record`: {stale}"


def test_a_copy_records_where_each_file_came_from(tmp_path):
    dest = copy_rubric(tmp_path / "rubric")
    manifest = json.loads((dest / MANIFEST).read_text())
    assert manifest == {name: fingerprint(text) for name, text in bundled_files().items()}
    assert sync(dest).lines() == []   # nothing to do


def test_an_untouched_file_takes_the_new_release(copy):
    report = sync(copy)
    assert report.updated == [CODING] and not report.kept
    assert (copy / CODING).read_text() == bundled_files()[CODING]
    assert load_rubric(copy).question("code_attention").discussion   # the release's new content is there


def test_an_edited_file_is_kept_and_the_release_is_written_beside_it(copy):
    edited = (copy / ROLE).read_text().replace("duration_minutes:", "# our team's version\nduration_minutes:", 1)
    (copy / ROLE).write_text(edited)
    report = sync(copy)
    assert report.kept == [ROLE] and (copy / ROLE).read_text() == edited
    assert (copy / (ROLE + BESIDE)).read_text() == bundled_files()[ROLE]
    assert any("kept your edits to roles/data_scientist.yaml" in line for line in report.lines())
    load_rubric(copy)   # the file beside is not read as part of the rubric


def test_a_copy_made_before_manifests_follows_when_its_file_is_a_past_release(copy, monkeypatch):
    (copy / MANIFEST).unlink()
    older = fingerprint((copy / CODING).read_text())
    report = sync(copy)   # not a version the history knows: someone's edit, kept
    assert report.kept == [CODING]

    (copy / MANIFEST).unlink()
    (copy / (CODING + BESIDE)).unlink()
    known = history()
    monkeypatch.setattr("rubric.migrate.history", lambda: {**known, CODING: known[CODING] | {older}})
    report = sync(copy)   # a release's own text: replaced
    assert report.updated == [CODING] and (copy / CODING).read_text() == bundled_files()[CODING]


def test_a_deleted_file_stays_deleted_and_a_new_one_is_added(tmp_path):
    dest = copy_rubric(tmp_path / "rubric")
    manifest = json.loads((dest / MANIFEST).read_text())
    del manifest["roles/ml_research_scientist.yaml"]   # a file this copy never had: new in the release
    (dest / MANIFEST).write_text(json.dumps(manifest))
    (dest / "roles/ml_research_scientist.yaml").unlink()
    (dest / "roles/applied_scientist.yaml").unlink()   # the owner removed this one
    report = sync(dest)
    assert report.added == ["roles/ml_research_scientist.yaml"]
    assert not (dest / "roles/applied_scientist.yaml").exists()


def test_nothing_changes_when_the_result_would_not_load(copy):
    """An edited file that would not load beside the release's files keeps the whole copy as it was."""
    questions = (copy / "questions/ml_fundamentals.yaml").read_text()
    (copy / "questions/ml_fundamentals.yaml").write_text(questions + "\n  - id: Not An Id\n")
    before = (copy / CODING).read_text()
    report = sync(copy)
    assert report.problem and "would not load" in report.problem and "ml_fundamentals.yaml" in report.problem
    assert not report.updated and (copy / CODING).read_text() == before
