"""The browser app end to end, in headless Chromium against a real server with real kernels.

One offline interview is run through the UI from the start page to the scorecard (hint,
skip, a failing then a passing submission typed into CodeMirror, a refresh and a server
restart in the middle). The replay (scrubbed to where the code differs), the read-only
share link and the history are checked on an interview of their own, played over the
websocket, so each test stands alone: one failing never turns the others into skips. A
second interview is ended early on a narrow screen, and a rubric edit is refused with the
error shown next to its field. Screenshots of every page go to test-output/ui/.
"""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import expect

from rubric import load_rubric
from tests.interviewer.test_engine import strong_answer
from tests.server.harness import ROOT, Client
from tests.ui.conftest import NARROW

ROLE, SEED = "ml_adjacent_software_engineer", 1      # a 10-question plan with the causal_mask exercise
WS_DOWN = r"WebSocket connection to .* failed"


@pytest.fixture(scope="module")
def rubric():
    return load_rubric()


def reference_code(exercise: str) -> str:
    from reference import get

    return (ROOT / "reference" / "solutions" / f"{get(exercise).solution}.py").read_text()


def wrong_code(exercise: str) -> str:
    variants = sorted((ROOT / "tests" / "variants" / exercise).glob("wrong_*.py"))
    if variants:
        return variants[0].read_text()
    return "import numpy as np\n\n\ndef nothing_here():\n    return None\n"


def set_editor(page, code: str) -> None:
    """Replace the editor's text as a paste would."""
    content = page.locator(".workspace .cm-content")
    content.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(code)


def editor_text(page, scope: str) -> str:
    return page.locator(f"{scope} .cm-content").inner_text()


def wait_for_turn(page, timeout: float = 60_000) -> None:
    """Until the room takes an answer again (the interviewer has replied), or the interview is over."""
    page.wait_for_function("""() => {
        const banner = document.querySelector('.ended-banner');
        const answer = document.querySelector('#answer');
        const send = document.querySelector('.answer-box button[type=submit]');
        return (banner && !banner.hidden) || (answer && !answer.disabled && send && !send.disabled);
    }""", timeout=timeout)


def answer(page, rubric) -> None:
    label = page.locator(".answer-label").inner_text()
    if "question for the interviewer" in label:
        text = "How does the team decide which models to retrain first?"
    else:
        question_id = page.locator(".transcript .msg-interviewer[data-question]").last.get_attribute("data-question")
        text = strong_answer(rubric.question(question_id))
    count = page.locator(".transcript .msg-candidate").count()
    box = page.locator("#answer")
    box.fill(text)
    box.press("Control+Enter")
    expect(page.locator(".transcript .msg-candidate")).to_have_count(count + 1)
    expect(page.locator(".answer-box button[type=submit]")).to_have_text("Send")


def current_section(page) -> str:
    return page.locator(".stepper .step-current .step-name").inner_text()


# --------------------------------------------------------------------------- the interview


def test_a_whole_offline_interview(page, server, rubric, shots, page_errors):
    page.goto("/")
    expect(page.get_by_role("heading", name="Practice an ML engineering interview")).to_be_visible()
    expect(page.locator(".role-card")).to_have_count(len(rubric.roles))
    shots.take(page, "start", full_page=True)

    page.locator(f"input[name=role][value={ROLE}]").check()
    page.get_by_text("Options").click()
    page.get_by_label("Seed").fill(str(SEED))
    page.get_by_role("button", name="Begin interview").click()
    page.wait_for_url(re.compile(r"/interview/s-[\w-]+$"))
    session_id = page.url.rsplit("/", 1)[-1]
    expect(page.locator(".conn")).to_have_class(re.compile("conn-open"))
    expect(page.locator(".timer-text")).to_have_text(re.compile(r"^\d+:\d\d$"))
    wait_for_turn(page)

    # a hint on the first question
    hints = page.locator(".transcript .msg-hint").count()
    page.get_by_role("button", name="Hint").click()
    expect(page.locator(".transcript .msg-hint")).to_have_count(hints + 1)

    answered, refreshed, skipped, coded = 0, False, False, False
    for _ in range(60):
        wait_for_turn(page)
        if page.locator(".ended-banner").is_visible():
            break
        if page.locator(".workspace").is_visible() and not coded:
            coding_exercise(page, server, shots, page_errors)
            coded = True
            continue
        if current_section(page) == "System design" and not skipped:
            asked = page.locator(".transcript .msg-question").count()
            page.get_by_role("button", name="Skip").click()
            page.get_by_role("dialog").get_by_role("button", name="Skip it").click()
            expect(page.locator(".transcript .msg-skipped")).to_have_count(1)
            skipped = True
            page.wait_for_function("() => document.querySelectorAll('.transcript .msg-question').length"
                                   f" > {asked} || !document.querySelector('.ended-banner').hidden")
            continue
        answer(page, rubric)
        answered += 1
        if answered == 2 and not refreshed:
            refresh_mid_interview(page, shots)
            refreshed = True
    else:
        raise AssertionError("the interview did not finish")

    assert refreshed and coded and skipped
    expect(page.locator(".ended-banner")).to_contain_text("The interview is over")
    expect(page.get_by_role("link", name="Open your scorecard")).to_be_visible(timeout=30_000)
    expect(page.locator("#answer")).to_be_hidden()
    shots.take(page, "room-ended")

    page.get_by_role("link", name="Open your scorecard").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Software Engineer (ML-adjacent)")
    expect(page.locator(".verdict-card .band")).to_have_text(re.compile("Hire|Lean hire|Lean no hire|No hire"))
    expect(page.locator(".verdict-card .overall")).to_contain_text("%")
    card = httpx.get(f"{server.url}/api/sessions/{session_id}/replay",
                     headers={"Authorization": f"Bearer {token_of(page, session_id)}"}).json()["scorecard"]
    expect(page.locator("[aria-labelledby=cat-title] .chart-row")).to_have_count(len(card["categories"]))
    expect(page.locator("[aria-labelledby=dim-title] .chart-row")).to_have_count(5)
    expect(page.locator("[aria-labelledby=cat-title] svg.bar").first).to_be_visible()
    assert page.locator("[aria-labelledby=str-title] .moment-link").count() >= 1
    expect(page.locator("[aria-labelledby=gap-title] .finding-skipped")).to_have_count(1)
    expect(page.locator("[aria-labelledby=study-title] .study > li").first).to_be_visible()
    expect(page.locator(".dim-advice-item")).to_have_count(len(card["dimension_advice"]))
    # feedback in words: no key point id anywhere a user reads; each question opens to a model answer
    shown = page.locator("main").inner_text()
    ids = {kp for a in card["answers"] for kp in a["covered"] + a["missed"] + a["misconceptions"] if "_" in kp}
    assert ids and not [i for i in ids if i in shown]
    page.locator(".q-details summary").first.click()
    expect(page.locator(".q-details[open]")).to_contain_text("A model answer covers")
    shots.take(page, "scorecard", full_page=True)

    # a gap links to its moment in the replay
    gap = card["gaps"][0]
    page.locator("[aria-labelledby=gap-title] .moment-link").first.click()
    page.wait_for_url(re.compile(rf"/replay/{session_id}\?at={gap['moment']}$"))
    expect(page.locator(".msg-current")).to_have_count(1)
    expect(page.locator(".scrubber")).to_have_value(str(gap["moment"]))


def refresh_mid_interview(page, shots) -> None:
    """A refresh resumes the same session: the same transcript, a draft kept, the answer box usable."""
    messages = page.locator(".transcript .msg").count()
    page.locator("#answer").fill("a draft I have not sent yet")   # reloaded at once: kept all the same
    url = page.url
    page.reload()
    assert page.url == url
    expect(page.locator(".conn")).to_have_class(re.compile("conn-open"))
    expect(page.locator(".transcript .msg")).to_have_count(messages)
    expect(page.locator("#answer")).to_have_value("a draft I have not sent yet")
    wait_for_turn(page)
    shots.take(page, "room-after-refresh")


NEWEST_SHOWN = """() => {
    const last = document.querySelector('.transcript').lastElementChild.getBoundingClientRect();
    const scroller = document.querySelector('.transcript-scroll').getBoundingClientRect();
    const box = document.querySelector('.answer-box');
    const floor = box && !box.hidden ? Math.min(box.getBoundingClientRect().top, window.innerHeight) : window.innerHeight;
    return last.bottom <= Math.min(scroller.bottom, floor) + 2 && last.bottom > 0;
}"""


def newest_message_shown(page) -> None:
    """The newest message is on screen: in the conversation's view, above the answer box."""
    page.wait_for_function(NEWEST_SHOWN, timeout=5_000)


def coding_exercise(page, server, shots, page_errors) -> None:
    exercise = page.locator(".code-file").first.inner_text().removesuffix(".py")
    expect(page.locator(".exercise-title")).to_be_visible()
    expect(page.locator(".workspace .cm-content")).to_contain_text("def ")        # the starter
    newest_message_shown(page)                                                    # the question, as the pad opens
    expect(page.locator(".results-empty")).to_contain_text("fix and resubmit")
    expect(page.locator("#answer")).to_have_value("")                             # no breadth draft carried over
    shots.take(page, "room-coding-starter")

    # a failing submission: per-test results, messages with their line breaks
    set_editor(page, wrong_code(exercise))
    page.get_by_role("button", name="Submit").click()
    failed = page.locator(".results .run").first
    expect(failed).to_have_class(re.compile("run-failed"), timeout=90_000)
    expect(failed.locator(".run-summary")).to_contain_text("hidden tests pass")
    message = failed.locator(".test-fail .test-message").first
    expect(message).to_be_visible()
    expect(message).to_have_css("white-space", "pre-wrap")   # retried: each event redraws the results
    reaction = page.locator(".transcript .msg-feedback").last   # the interviewer reacts; the pad stays open
    expect(reaction).to_contain_text("submit again", timeout=30_000)
    newest_message_shown(page)
    expect(page.get_by_role("button", name="Submit")).to_be_enabled()
    shots.take(page, "room-failing-submit")

    # the server goes away and comes back: the page reconnects and resumes by itself
    messages = page.locator(".transcript .msg").count()
    with page_errors.expect(WS_DOWN):
        server.kill()
        expect(page.locator(".conn")).to_have_class(re.compile("conn-reconnecting"))
        shots.take(page, "room-reconnecting")
        server.start()
        server.wait_kernels()
        expect(page.locator(".conn")).to_have_class(re.compile("conn-open"), timeout=40_000)
    expect(page.locator(".transcript .msg")).to_have_count(messages)
    expect(page.locator(".workspace .cm-content")).to_contain_text(exercise)

    # the reference solution: Run (Ctrl+Enter in the editor) passes the examples, Submit the hidden tests
    set_editor(page, reference_code(exercise))
    page.locator(".workspace .cm-content").press("Control+Enter")
    latest = page.locator(".results > .run")
    expect(latest).to_have_class(re.compile("run-passed"), timeout=90_000)
    expect(latest.locator(".run-summary")).to_contain_text("examples pass")
    page.get_by_role("button", name="Submit").click()
    expect(latest.locator(".run-summary")).to_have_text(re.compile(r"All \d+ hidden tests pass"), timeout=90_000)
    expect(page.locator(".earlier-runs")).to_contain_text("Earlier runs (2)")
    expect(page.locator(".transcript .msg-followup").last).to_contain_text("That fixed it.", timeout=30_000)
    newest_message_shown(page)
    shots.take(page, "room-passing-submit")


def token_of(page, session_id: str) -> str:
    return page.evaluate(f"JSON.parse(localStorage.getItem('hotseat.sessions.v1'))['{session_id}'].token")


@pytest.fixture(scope="module")
def finished(server, rubric) -> dict:
    """An interview of the same role played to its scorecard over the websocket, as the room would:
    a hint, a skip, a failing Submit, then the reference solution. Its `session` message is returned."""
    client = Client(server.ws_url)
    try:
        session = client.answered({"type": "start", "role": ROLE, "options": {"seed": SEED}}) and client.session
        hinted = skipped = False
        for _ in range(150):
            state = client.state()
            if state.ended:
                client.event("scorecard")
                return session
            current = state.current
            if current is None:
                client.answered({"type": "answer", "text": "What does a good first month look like on this team?"})
            elif not hinted:
                hinted = client.answered({"type": "hint"})["type"] == "ack"
            elif state.section_kind == "system_design" and not skipped:
                skipped = client.answered({"type": "skip"})["type"] == "ack"
            elif current.exercise and not any(r.verdict and r.verdict["passed"] for r in state.runs.values()):
                code = wrong_code(current.exercise) if not state.runs else reference_code(current.exercise)
                before = client.last_seq()
                client.answered({"type": "submit", "exercise": current.exercise, "code": code})
                client.event("verdict", after=before, timeout=90)
            else:
                client.answered({"type": "answer", "text": strong_answer(rubric.question(current.question_id),
                                                                          current.target)})
        raise AssertionError("the websocket interview did not finish")
    finally:
        client.close()


def hold(page, session: dict) -> None:
    """Give this browser the session's tokens, as if it had run the interview itself."""
    page.goto("/")
    page.evaluate("""(s) => {
        const all = JSON.parse(localStorage.getItem('hotseat.sessions.v1') || '{}');
        all[s.session_id] = {id: s.session_id, token: s.token, replay_token: s.replay_token, owner_token: s.owner_token};
        localStorage.setItem('hotseat.sessions.v1', JSON.stringify(all));
        localStorage.setItem('hotseat.owner.v1', JSON.stringify(s.owner_token));
    }""", session)


# --------------------------------------------------------------------------- replay


def test_replay_scrubs_to_where_the_code_differs(page, server, shots, finished):
    hold(page, finished)
    session_id = finished["session_id"]
    token = token_of(page, session_id)
    events = httpx.get(f"{server.url}/api/sessions/{session_id}/replay",
                       headers={"Authorization": f"Bearer {token}"}).json()["events"]
    ran = [i for i, e in enumerate(events) if e["type"] == "code_ran"]
    first_code = min(i for i, e in enumerate(events) if e["type"] in ("code_changed", "code_ran"))
    wrong_at, right_at = ran[0], ran[-1]
    assert events[wrong_at]["code"] != events[right_at]["code"]

    page.goto(f"/replay/{session_id}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Software Engineer (ML-adjacent)")
    scrubber = page.locator(".scrubber")
    expect(scrubber).to_have_value(str(len(events) - 1))
    all_messages = page.locator(".replay-transcript .msg").count()
    expect(page.locator(".replay-transcript .grade").first).to_be_visible()
    expect(page.locator(".replay-transcript .points-covered li").first).to_be_visible()
    expect(page.locator(".replay-transcript .evidence").first).to_be_visible()
    shots.take(page, "replay-end")

    scrubber.fill(str(wrong_at))
    expect(page.locator(".replay-event")).to_contain_text(f"Event {wrong_at + 1} of {len(events)}")
    wrong_shown = editor_text(page, ".replay-code")
    assert page.locator(".replay-transcript .msg").count() < all_messages
    scrubber.fill(str(right_at))
    expect(page.locator(".replay-event")).to_contain_text(f"Event {right_at + 1} of")
    right_shown = editor_text(page, ".replay-code")
    assert wrong_shown != right_shown, "the code shown did not change between the two moments"
    wrong_line = next(line for line in wrong_code("causal_mask").splitlines() if "return" in line).strip()
    assert wrong_line in wrong_shown and wrong_line not in right_shown   # the wrong variant, as it was
    expect(page.locator(".replay-code .run-current")).to_have_count(1)
    shots.take(page, "replay-code-moment")

    scrubber.fill(str(first_code - 1))
    expect(page.locator(".replay-code .code-empty")).to_be_visible()

    # keyboard stepping and playback at 16x
    scrubber.fill("3")
    page.get_by_role("button", name="Next event").click()
    expect(scrubber).to_have_value("4")
    page.locator(".segment", has_text="16×").click()
    page.get_by_role("button", name="Play").click()
    page.wait_for_function("() => Number(document.querySelector('.scrubber').value) > 6")
    page.get_by_role("button", name="Pause").click()
    expect(page).to_have_url(re.compile(r"\?at=\d+$"))


def test_the_share_link_opens_read_only_in_another_browser(browser, server, shots, page_errors, finished):
    session_id, replay_token = finished["session_id"], finished["replay_token"]
    other = browser.new_context(viewport={"width": 1280, "height": 800}, base_url=server.url)
    try:
        tab = page_errors.watch(other.new_page())
        tab.goto(f"/replay/{session_id}?token={replay_token}")
        expect(tab.get_by_role("heading", level=1)).to_have_text("Software Engineer (ML-adjacent)")
        expect(tab.locator(".replay-transcript .msg").first).to_be_visible()
        tab.get_by_role("link", name="Scorecard").click()
        expect(tab.locator(".verdict-card .band")).to_be_visible()
        assert tab.evaluate("localStorage.getItem('hotseat.sessions.v1')") is None
        shots.take(tab, "shared-scorecard")
    finally:
        other.close()


def test_history_lists_the_session_with_a_trend(page, shots, finished):
    hold(page, finished)
    session_id = finished["session_id"]
    page.goto("/history")
    row = page.locator(f"tr[data-session='{session_id}']")
    expect(row).to_contain_text("Finished")
    expect(row).to_contain_text("%")
    expect(page.locator(".trend-row")).not_to_have_count(0)
    expect(page.locator(".trend .sparkline").first).to_be_visible()
    page.locator("#search").fill("gradient")
    page.get_by_role("button", name="Search").click()
    expect(page.locator(".search-results")).to_contain_text(re.compile("Nothing found|You|Interviewer"))
    shots.take(page, "history", full_page=True)


def test_a_session_is_regraded_side_by_side_and_its_owner_keeps_it(page, server, shots, finished, browser):
    session_id = finished["session_id"]
    other = browser.new_context(base_url=server.url)   # a shared link may look, not keep
    try:
        tab = other.new_page()
        tab.goto(f"/scorecard/{session_id}?token={finished['replay_token']}")
        tab.get_by_role("button", name="Re-grade with today's grader").click()
        expect(tab.locator(".regrade")).to_contain_text("Only the session's own link can keep")
    finally:
        other.close()

    hold(page, finished)
    page.goto(f"/scorecard/{session_id}")
    card = httpx.get(f"{server.url}/api/sessions/{session_id}/replay",
                     headers={"Authorization": f"Bearer {finished['token']}"}).json()["scorecard"]
    page.get_by_role("button", name="Re-grade with today's grader").click()
    expect(page.locator(".regrade-table tbody tr")).to_have_count(len(card["answers"]))
    expect(page.locator(".regrade")).to_contain_text("Overall")
    shots.take(page, "regrade", full_page=True)
    page.get_by_role("button", name="Keep the new scorecard").click()
    expect(page.locator(".regrade")).to_have_count(1)
    events = httpx.get(f"{server.url}/api/sessions/{session_id}/replay",
                       headers={"Authorization": f"Bearer {finished['token']}"}).json()["events"]
    assert events[-1]["type"] == "regraded"
    page.goto(f"/replay/{session_id}")
    expect(page.locator(".replay-event")).to_contain_text(f"Event {len(events)} of {len(events)}")


# --------------------------------------------------------------------------- narrow screens


def test_a_narrow_screen_interview_ended_early(context, page_errors, shots):
    tab = page_errors.watch(context.new_page())
    try:
        tab.set_viewport_size(NARROW)
        tab.goto("/")
        expect(tab.locator(".role-card").first).to_be_visible()
        assert tab.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
        shots.take(tab, "narrow-start", full_page=True)
        tab.locator(f"input[name=role][value={ROLE}]").check()
        tab.get_by_text("Options").click()
        tab.get_by_label("Seed").fill(str(SEED))
        tab.get_by_role("button", name="Begin interview").click()
        tab.wait_for_url(re.compile(r"/interview/s-[\w-]+$"))
        session_id = tab.url.rsplit("/", 1)[-1]
        wait_for_turn(tab)
        assert tab.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
        shots.take(tab, "narrow-room")
        for _ in range(12):   # skip to the exercise
            if tab.locator(".workspace").is_visible():
                break
            asked = tab.locator(".transcript .msg-question").count()
            tab.get_by_role("button", name="Skip").click()
            tab.get_by_role("dialog").get_by_role("button", name="Skip it").click()
            tab.wait_for_function(f"() => document.querySelectorAll('.transcript .msg-question').length > {asked}")
            wait_for_turn(tab)
            newest_message_shown(tab)   # on a narrow screen, the new question sits above the answer box
        expect(tab.locator(".workspace .cm-content")).to_contain_text("def ")
        assert tab.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
        tab.locator(".workspace").scroll_into_view_if_needed()
        shots.take(tab, "narrow-room-coding")
        tab.get_by_role("button", name="End interview").click()
        tab.get_by_role("dialog").get_by_role("button", name="End interview").click()
        expect(tab.locator(".ended-banner")).to_contain_text("You ended the interview")
        expect(tab.get_by_role("link", name="Open your scorecard")).to_be_visible()
        for path, name in [(f"/scorecard/{session_id}", "narrow-scorecard"), (f"/replay/{session_id}", "narrow-replay"),
                           ("/history", "narrow-history"), ("/rubric/data_scientist", "narrow-rubric")]:
            tab.goto(path)
            expect(tab.get_by_role("heading", level=1)).to_be_visible()
            tab.wait_for_load_state("networkidle")
            width = tab.evaluate("document.documentElement.scrollWidth")
            assert width <= NARROW["width"], f"{path} scrolls sideways on a narrow screen ({width}px)"
            shots.take(tab, name, full_page=True)
    finally:
        tab.close()


def test_the_start_page_works_from_the_keyboard(context, page_errors):
    tab = page_errors.watch(context.new_page())
    try:
        tab.goto("/")
        expect(tab.locator(".role-card").first).to_be_visible()
        seen = []
        for _ in range(30):
            tab.keyboard.press("Tab")
            seen.append(tab.evaluate("(() => { const e = document.activeElement;"
                                     " return `${e.tagName}:${e.name || e.type || ''}:${e.textContent.trim().slice(0, 20)}`; })()"))
            if seen[-1].startswith("BUTTON") and "Begin interview" in seen[-1]:
                break
        assert any(s.startswith("INPUT:role") for s in seen), seen
        assert any(s.startswith("INPUT:interviewer") for s in seen), seen
        assert "Begin interview" in seen[-1], seen
        outline = tab.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none", "the focused button shows no focus ring"
        tab.keyboard.press("Enter")
        tab.wait_for_url(re.compile(r"/interview/s-[\w-]+$"))
        wait_for_turn(tab)
        tab.locator("#answer").focus()
        tab.keyboard.type("Bias is error from wrong assumptions; variance is sensitivity to the sample.")
        tab.keyboard.press("Control+Enter")
        expect(tab.locator(".transcript .msg-candidate")).to_have_count(1)
        tab.get_by_role("button", name="End interview").focus()
        tab.keyboard.press("Enter")
        expect(tab.get_by_role("dialog")).to_be_visible()
        tab.keyboard.press("Escape")
        expect(tab.get_by_role("dialog")).to_have_count(0)
    finally:
        tab.close()


# --------------------------------------------------------------------------- rubric editor


def test_a_bad_rubric_weight_is_shown_next_to_its_field(page, server, shots, page_errors):
    page.goto("/rubric/data_scientist")
    expect(page.get_by_role("heading", name="Edit a role")).to_be_visible()
    page.get_by_label("Admin token").fill(server.admin_token)
    page.get_by_role("button", name="Use").click()
    expect(page.get_by_text("Admin token set for this tab")).to_be_visible()

    weight = page.get_by_label("ML fundamentals", exact=True)
    original = weight.input_value()
    weight.fill("150")
    expect(page.locator(".rubric-group[data-path='weights'] .sum")).to_have_class(re.compile("sum-off"))
    with page_errors.expect(r"status of 422"):
        page.get_by_role("button", name="Save role").click()
        field = page.locator(".field[data-path='weights.ml_fundamentals']")
        expect(field.locator(".field-error")).to_contain_text("must be between 0 and 100")
    expect(weight).to_have_attribute("aria-invalid", "true")
    expect(page.locator(".error-summary")).to_contain_text("The role was not saved")
    expect(page.locator(".error-summary")).to_contain_text("weights.ml_fundamentals")
    expect(page.locator(".error-summary a")).to_have_text("Category weights (%) › ML fundamentals")
    shots.take(page, "rubric-error-summary")
    page.locator(".error-summary a").click()
    expect(weight).to_be_focused()
    shots.take(page, "rubric-error-field")

    # not a number: the server's message, next to the same field
    weight.fill("lots")
    expect(weight).not_to_have_attribute("aria-invalid", "true")
    with page_errors.expect(r"status of 422"):
        page.get_by_role("button", name="Save role").click()
        expect(page.locator(".field[data-path='weights.ml_fundamentals'] .field-error")).to_contain_text("valid integer")

    # weights that do not sum to 100: the error goes to the group
    weight.fill(str(int(original) - 5))
    with page_errors.expect(r"status of 422"):
        page.get_by_role("button", name="Save role").click()
        expect(page.locator(".rubric-group[data-path='weights'] > .group-error")).to_contain_text("sum to 100")

    # a valid edit is saved, and the page shows it after a reload
    page.get_by_label("Case studies", exact=True).fill(str(int(page.get_by_label("Case studies", exact=True).input_value()) + 5))
    page.get_by_role("button", name="Save role").click()
    expect(page.locator(".toast-success")).to_contain_text("saved")
    expect(page.locator(".error-summary")).to_be_hidden()
    page.reload()
    expect(page.get_by_label("ML fundamentals", exact=True)).to_have_value(str(int(original) - 5))
    role = httpx.get(f"{server.url}/api/roles/data_scientist").json()
    assert role["weights"]["ml_fundamentals"] == int(original) - 5
    shots.take(page, "rubric", full_page=True)

    # an error in a list ("sections[1].minutes") lands on the section it means, not on an index
    page.get_by_label("Coding minutes", exact=True).fill("0")
    with page_errors.expect(r"status of 422"):
        page.get_by_role("button", name="Save role").click()
        expect(page.locator(".field[data-path='sections.coding.minutes'] .field-error")).to_contain_text(
            "greater than or equal to 1")
