"""The interview: a state machine over an event log, answer graders, the scorecard.

Knows nothing about HTTP or SQL. `engine.Interview` runs an interview; `state.reduce`
rebuilds it (live or replayed) from its events; `grading` judges answers offline or
through an LLM; `scorecard` turns a finished interview into a verdict; `voice` words
what the interviewer says. Code verdicts come in through `Interview.receive_verdict`,
from whoever runs the code (the server wires it to `kernels`).
"""
