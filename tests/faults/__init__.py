"""Fault tests: Redis killed and restarted under the running service, a worker killed mid-event
(tests/test_worker.py::test_a_worker_killed_mid_event_still_answers_exactly_once), upstream and
Send API failures, the store blinking at the worst moments."""
