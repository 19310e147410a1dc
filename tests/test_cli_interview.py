"""The interview commands as a user runs them: subprocesses, real files, real stdin."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.llm_server import http_error, llm_server, say  # noqa: F401 - llm_server is a fixture

ROOT = Path(__file__).resolve().parents[1]


def hotseat(*args, stdin=None, env=None):
    return subprocess.run([sys.executable, "-m", "server.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, input=stdin, timeout=180, env={**os.environ, **(env or {})})


def test_grade_answer_json_shape():
    result = hotseat("grade-answer", "attention_scaling", "--json", "--text",
                     "Dividing by sqrt(d_k) keeps the variance of the dot products near one, because otherwise "
                     "the logits grow with the dimension and the softmax saturates, so the gradients vanish.")
    assert result.returncode == 0, result.stderr
    grade = json.loads(result.stdout)
    assert {"question_id", "score", "dimensions", "covered", "missed", "misconceptions", "grader"} <= grade.keys()
    assert grade["question_id"] == "attention_scaling" and grade["grader"] == "offline"
    assert 0 <= grade["score"] <= 1 and grade["covered"]


def test_grade_answer_reads_a_file_and_refuses_unknown_ids(tmp_path):
    answer = tmp_path / "answer.txt"
    answer.write_text("L1 adds the absolute values of the weights to the loss and drives many of them to exactly zero.")
    assert hotseat("grade-answer", "l1_vs_l2", "--file", str(answer)).returncode == 0
    unknown = hotseat("grade-answer", "no_such_question", "--text", "hi")
    assert unknown.returncode == 2 and "unknown question" in unknown.stderr


def test_questions_by_role_and_category():
    result = hotseat("questions", "--role", "data_scientist", "--category", "ml_coding")
    assert result.returncode == 0
    ids = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert ids and "code_multi_head_attention" not in ids
    assert hotseat("questions", "--role", "nobody").returncode == 2


def test_rubric_validate_names_file_line_and_field(tmp_path):
    assert hotseat("rubric", "init", str(tmp_path / "mine")).returncode == 0
    role = tmp_path / "mine" / "roles" / "data_scientist.yaml"
    role.write_text(role.read_text().replace("  deep_learning: 5\n", "  deep_learning: 15\n", 1))
    result = hotseat("rubric", "validate", str(tmp_path / "mine"))
    assert result.returncode == 1
    line = next(l for l in result.stdout.splitlines() if "data_scientist.yaml" in l)
    file, number, rest = line.split(":", 2)
    assert file.endswith("data_scientist.yaml") and number.isdigit() and "weights" in rest
    assert hotseat("rubric", "validate").returncode == 0


def test_a_terminal_interview_from_stdin_ends_in_a_scorecard(tmp_path):
    answers = ["/hint", "Overfitting means the model memorises noise in the training set, so validation loss "
               "rises while training loss falls; I would add regularization or more data.", ""]
    stdin = "\n".join(answers + ["/skip", ""] * 40) + "\n"
    result = hotseat("interview", "--role", "data_scientist", "--seed", "3", "--data-dir", str(tmp_path / "data"),
                     stdin=stdin)
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    assert "interviewer> " in out and "Hint 1:" in out
    assert "=== Scorecard: Data Scientist ===" in out and "Overall" in out and "By category:" in out
    assert "moment None" not in out and "ml_fundamentals" not in out   # words for people, not ids
    # the terminal went through the server: the session is stored, replayable in the browser
    session_id = out.split("Session ", 1)[1].split()[0]
    from server.store import Store

    with Store(tmp_path / "data") as store:
        events = store.events(session_id)
    assert events[0]["type"] == "session_started" and events[-1]["type"] == "interviewer_said"
    assert f"/replay/{session_id}?token=r-" in out


def test_a_lost_admin_token_can_be_replaced(tmp_path):
    from server.store import Store

    with Store(tmp_path / "data") as store:
        first = store.ensure_admin_token()
    result = hotseat("admin-token", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0
    fresh = result.stdout.strip()
    with Store(tmp_path / "data") as store:
        assert store.is_admin(fresh) and not store.is_admin(first)


def test_the_terminal_says_when_llm_grading_falls_back(tmp_path, llm_server):
    def voice_fine_grades_down(request):
        return http_error(503, "grader overloaded") if request.response_format else say("Thanks for that.")

    llm_server.script(voice_fine_grades_down)
    stdin = ("Overfitting means the model memorises noise in the training set, so validation loss rises while "
             "training loss falls.\n\n/end\n")
    result = hotseat("interview", "--role", "data_scientist", "--seed", "3", "--llm", "--data-dir",
                     str(tmp_path / "data"), stdin=stdin, env={
                         "HOTSEAT_LLM_MODEL": "openai/scripted", "HOTSEAT_LLM_API_BASE": llm_server.url,
                         "HOTSEAT_LLM_API_KEY": "sk-test"})
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    assert "LLM interviewer: what you write is sent to openai/scripted" in out
    assert "Thanks for that." in out
    assert "this answer was graded offline" in out and "unavailable" in out
    assert out.count("Continuing with the offline interviewer") == 1


def test_a_terminal_candidate_who_asks_first_and_then_is_stuck(tmp_path):
    stdin = "\n".join([
        "Before I answer: is the data time-ordered, or are the rows independent?", "",
        "No idea, sorry.", "",
        "Honestly, I don't know.", "",
        "/end", ""]) + "\n"
    result = hotseat("interview", "--role", "data_scientist", "--seed", "3", "--data-dir", str(tmp_path / "data"),
                     stdin=stdin)
    assert result.returncode == 0, result.stderr[-2000:]
    session_id = result.stdout.split("Session ", 1)[1].split()[0]
    from server.store import Store

    with Store(tmp_path / "data") as store:
        events = store.events(session_id)
    said = [e for e in events if e["type"] in ("candidate_said", "interviewer_said")]
    kinds = [(e["type"], e.get("reading") or e.get("purpose")) for e in said]
    clarify = kinds.index(("candidate_said", "clarify"))
    assert kinds[clarify + 1] == ("interviewer_said", "clarification")   # answered, not graded
    assert said[clarify + 1]["text"] in result.stdout
    stuck = kinds.index(("candidate_said", "dont_know"))
    assert kinds[stuck + 1] == ("interviewer_said", "nudge") and "hint" in said[stuck + 1]["text"]
    assert kinds[stuck + 3] == ("interviewer_said", "question")   # the second "I don't know" moves on
    assert not [e for e in events if e["type"] == "answer_graded"]
